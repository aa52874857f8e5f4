/**
 * Record a management review, with its inputs prefilled from what the workspace already knows; or
 * save it as a draft to prepare the meeting, and complete the draft once the review is held.
 */
import {
  ActionIcon,
  Button,
  Group,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import type { ApiResponse, Review, ReviewPrefill } from "../../api/types";
import { Loading } from "../../components/common";
import { orgKey, useSlug } from "../../session";
import { FormModal, opt, serverField, today, useFields, useOrgWrite } from "./shared";

export const INPUT_LABELS: Record<string, string> = {
  statusOfPreviousActions: "Actions from earlier reviews",
  changesInIssues: "Changes in internal and external issues",
  changesInInterestedParties: "Changes in what interested parties need",
  nonconformitiesAndCorrectiveActions: "Nonconformities and corrective actions",
  monitoringResults: "Monitoring and measurement results",
  auditResults: "Audit results",
  objectivesFulfilment: "Progress on objectives",
  interestedPartyFeedback: "Feedback from interested parties",
  riskAssessmentResults: "Risk assessment and treatment status",
  opportunitiesForImprovement: "Opportunities for improvement",
};

export const inputLabel = (key: string) =>
  INPUT_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

function ReviewForm({
  prefill,
  draft,
  onClose,
}: {
  prefill: Record<string, string>;
  draft?: Review;
  onClose: () => void;
}) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      draft
        ? api.patch<ApiResponse<"/orgs/{slug}/reviews", "post">>(
            `/orgs/${slug}/reviews/${draft.key}`,
            body,
            "*",
          )
        : api.post<ApiResponse<"/orgs/{slug}/reviews", "post">>(`/orgs/${slug}/reviews`, body),
    (r) =>
      `Management review ${r.key ?? ""} ${r.status === "draft" ? "saved as a draft" : "recorded"}`.replace(
        "  ",
        " ",
      ),
    onClose,
  );
  const form = useFields(
    { title: draft?.title ?? "ISMS management review", heldOn: draft ? (draft.heldOn ?? "") : today() },
    write.error,
  );
  const [attendees, setAttendees] = useState<string[]>(draft?.attendees ?? []);
  const [inputs, setInputs] = useState<Record<string, string>>({ ...prefill, ...(draft?.inputs ?? {}) });
  const [decisions, setDecisions] = useState<string[]>(draft?.decisions.length ? draft.decisions : [""]);
  const [decisionError, setDecisionError] = useState<string | undefined>();
  const body = (status: "draft" | "completed") => ({
    title: opt(form.values.title),
    heldOn: opt(form.values.heldOn) ?? (draft ? null : undefined),
    attendees,
    inputs: Object.fromEntries(Object.entries(inputs).filter(([, v]) => v.trim())),
    decisions: decisions.map((d) => d.trim()).filter(Boolean),
    status,
  });
  const submit = () => {
    const list = decisions.map((d) => d.trim()).filter(Boolean);
    if (list.length === 0) setDecisionError("Record at least one decision or action");
    if (!form.require("heldOn") || list.length === 0) return;
    write.mutate(body("completed"));
  };
  const saveDraft = (
    <Group justify="flex-end">
      <Button
        variant="light"
        onClick={() => write.mutate(body("draft"))}
        loading={write.isPending}
        data-testid="review-save-draft"
      >
        Save as draft
      </Button>
    </Group>
  );
  return (
    <FormModal
      opened
      onClose={onClose}
      title={draft ? `Complete ${draft.key}` : "Record a management review"}
      submitLabel={draft ? "Complete the review" : "Record review"}
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      size="80rem"
      testId="review-modal"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Title" {...form.text("title")} />
        <TextInput label="Held on" type="date" required {...form.text("heldOn")} />
      </SimpleGrid>
      <TagsInput
        label="Attendees"
        description="Press Enter after each name or role"
        value={attendees}
        onChange={setAttendees}
        error={serverField(write.error, "attendees")}
      />
      <Title order={3} fz="md" mt="xs">
        Inputs to the review
      </Title>
      <Text size="sm" c="dimmed" mt={-8}>
        Prefilled from the registers of this workspace. Edit them to reflect what was presented.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {Object.keys(inputs).map((key) => (
          <Textarea
            key={key}
            label={inputLabel(key)}
            autosize
            minRows={2}
            maxRows={6}
            value={inputs[key]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setInputs((all) => ({ ...all, [key]: value }));
            }}
          />
        ))}
      </SimpleGrid>
      <Title order={3} fz="md" mt="xs">
        Decisions and actions
      </Title>
      <Stack gap="xs">
        {decisions.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <Group key={i} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Decision ${i + 1}`}
              placeholder="e.g. Approve the budget for a second backup region"
              style={{ flex: 1 }}
              value={d}
              error={i === 0 ? (decisionError ?? serverField(write.error, "decisions")) : undefined}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDecisionError(undefined);
                setDecisions((all) => all.map((x, j) => (j === i ? value : x)));
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove decision ${i + 1}`}
              disabled={decisions.length === 1}
              onClick={() => setDecisions((all) => all.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => setDecisions((all) => [...all, ""])}
          >
            Add a decision
          </Button>
        </Group>
      </Stack>
      {saveDraft}
    </FormModal>
  );
}

export function ReviewModal({ onClose, draft }: { onClose: () => void; draft?: Review }) {
  const slug = useSlug();
  const prefill = useQuery({
    queryKey: orgKey(slug, "reviews", "prefill"),
    queryFn: () => api.get<ReviewPrefill>(`/orgs/${slug}/reviews/prefill`),
    staleTime: 0,
  });
  if (draft) return <ReviewForm prefill={{}} draft={draft} onClose={onClose} />;
  if (!prefill.data)
    return (
      <FormModal
        opened
        onClose={onClose}
        title="Record a management review"
        submitLabel="Record review"
        pending
        error={prefill.error}
        onSubmit={() => {}}
      >
        {prefill.error ? null : <Loading label="Gathering the review inputs…" />}
      </FormModal>
    );
  return <ReviewForm prefill={prefill.data} onClose={onClose} />;
}
