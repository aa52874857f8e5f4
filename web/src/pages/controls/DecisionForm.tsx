/**
 * The organization's decision on one Annex A control: applicability, reasons, justification,
 * status, owner, notes and next review. Saves like the SoA grid does (useSoaSave): If-Match, and a
 * 412 opens the conflict dialog and saves the merge. Used by the control page and the walkthrough
 * (which turns on its shortcuts).
 */
import {
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconSparkles } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ApiError } from "../../api";
import type { SoaEntry, SoaPatch, SoaStatus } from "../../api/types";
import { ErrorAlert } from "../../components/common";
import { useCopilot } from "../../copilot-context";
import { orgKey, useCan } from "../../session";
import { manualReasons, useSoaSave } from "../soa/useSoaSave";
import { DecisionReadOnly } from "./DecisionReadOnly";
import { humanize, STATUSES } from "./data";
import { isTyping, useWindowKeys } from "./parts";

const MANUAL_REASONS = [
  { value: "legal", label: "Legal or regulatory requirement" },
  { value: "contractual", label: "Contractual obligation" },
  { value: "business", label: "Business requirement or good practice" },
];

interface Values {
  applicable: boolean | null;
  reasons: string[];
  justification: string;
  status: SoaStatus;
  /** Whether the person chose the status; otherwise the server derives it from the decision. */
  statusChosen: boolean;
  owner: string;
  notes: string;
  nextReviewOn: string;
}

const valuesOf = (entry: SoaEntry | SoaPatch, statusChosen = false): Values => ({
  applicable: entry.applicable ?? null,
  reasons: manualReasons(entry.reasons ?? []),
  justification: entry.justification ?? "",
  status: entry.status ?? "not_started",
  statusChosen,
  owner: entry.owner ?? "",
  notes: entry.notes ?? "",
  nextReviewOn: entry.nextReviewOn ?? "",
});

const bodyOf = (v: Values): SoaPatch => ({
  applicable: v.applicable,
  reasons: manualReasons(v.reasons),
  justification: v.justification.trim() || null,
  // The status follows from the decision on the server (decideSoaEntry) unless the person chose one.
  ...(v.statusChosen && v.applicable !== false && { status: v.status }),
  owner: v.owner.trim() || null,
  notes: v.notes.trim() || null,
  nextReviewOn: v.nextReviewOn || null,
});

export function DecisionForm({
  slug,
  entry,
  shortcuts = false,
  onSaved,
  saveLabel = "Save decision",
}: {
  slug: string;
  entry: SoaEntry;
  /** Walkthrough keys: i included, x excluded, Ctrl+Enter save. */
  shortcuts?: boolean;
  onSaved?: (entry: SoaEntry) => void;
  saveLabel?: string;
}) {
  const queryClient = useQueryClient();
  const copilot = useCopilot();
  const canWrite = useCan("soa:write") && entry.abilities.update;
  const [values, setValues] = useState<Values>(() => valuesOf(entry));
  // The version the form was loaded from: a background refetch must not silently move it forward.
  const [baseVersion, setBaseVersion] = useState(entry.version);
  const [localError, setLocalError] = useState<string | null>(null);
  const labelId = useId();
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useSoaSave(slug, entry.controlId, {
    onSaved: async (saved) => {
      setBaseVersion(saved.version);
      notifications.show({
        message: `Decision on ${saved.controlId} saved`,
        color: "teal",
      });
      await queryClient.invalidateQueries({ queryKey: ["org", slug] });
      onSaved?.(saved);
    },
    onDiscard: (theirs) => {
      setValues(valuesOf(theirs));
      setBaseVersion(theirs.version);
      queryClient.invalidateQueries({ queryKey: orgKey(slug) });
    },
    onResolve: (merged) => setValues(valuesOf(merged, merged.status !== undefined)),
  });

  const submit = () => {
    setLocalError(null);
    save.save(bodyOf(values), baseVersion);
  };

  const choose = (applicable: boolean) => setValues((v) => ({ ...v, applicable }));

  useWindowKeys(shortcuts && canWrite, (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key === "i") choose(true);
    else if (event.key === "x") choose(false);
  });

  const apiError = save.error instanceof ApiError ? save.error : null;
  const fieldError = (name: string) => apiError?.field(name);
  const draft = (kind: "justification" | "notes") =>
    copilot.open({
      draft: {
        kind,
        controlId: entry.controlId,
        label: `${kind === "justification" ? "Justification" : "Implementation notes"} of ${entry.controlId}`,
        onInsert: (text) => set(kind, text),
      },
    });

  if (!canWrite) return <DecisionReadOnly entry={entry} />;
  const riskReason = entry.risks.length > 0;
  const applicability =
    values.applicable === true ? "included" : values.applicable === false ? "excluded" : "";

  return (
    <form
      data-testid="decision-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Stack gap="md">
          <Stack gap={6}>
            <Text id={labelId} component="div" size="sm" fw={500}>
              Applicability
            </Text>
            <SegmentedControl
              aria-labelledby={labelId}
              value={applicability}
              onChange={(value) => choose(value === "included")}
              disabled={!canWrite}
              data={[
                { value: "included", label: "Included" },
                { value: "excluded", label: "Excluded" },
              ]}
              fullWidth
              color={values.applicable === false ? "gray.7" : "teal.9"}
            />
            {values.applicable === null && (
              <Text size="xs" c="dimmed">
                Not decided yet.
              </Text>
            )}
            {riskReason && values.applicable !== false && (
              <Text size="xs" c="dimmed">
                Planned by the treatment of {entry.risks.join(", ")}, so it cannot be excluded.
              </Text>
            )}
            {fieldError("applicable") && (
              <Text size="xs" c="red.9" role="alert">
                {fieldError("applicable")}
              </Text>
            )}
          </Stack>

          <Checkbox.Group
            label="Reasons"
            description="Why the control is in the SoA."
            value={[...values.reasons, ...(riskReason ? ["risk"] : [])]}
            onChange={(value) =>
              set(
                "reasons",
                value.filter((r) => r !== "risk"),
              )
            }
            error={fieldError("reasons")}
          >
            <Stack gap={6} mt={6}>
              <Checkbox
                value="risk"
                label="Risk treatment"
                description={
                  riskReason
                    ? `Set by the treatment of ${entry.risks.join(", ")}`
                    : "Set automatically when a risk treatment plans this control"
                }
                disabled
              />
              {MANUAL_REASONS.map((r) => (
                <Checkbox key={r.value} value={r.value} label={r.label} disabled={!canWrite} />
              ))}
            </Stack>
          </Checkbox.Group>

          <Stack gap={4}>
            <Textarea
              label="Justification"
              description={
                values.applicable === false
                  ? "Required for an exclusion."
                  : "Why this decision is right for you."
              }
              autosize
              minRows={3}
              maxRows={10}
              value={values.justification}
              onChange={(e) => set("justification", e.currentTarget.value)}
              error={fieldError("justification") ?? localError}
              maxLength={4000}
            />
            {canWrite && (
              <Group justify="flex-end">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconSparkles size={14} />}
                  onClick={() => draft("justification")}
                >
                  Draft with copilot
                </Button>
              </Group>
            )}
          </Stack>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Implementation status"
              data={STATUSES.filter((s) => s !== "not_applicable").map((s) => ({
                value: s,
                label: humanize(s),
              }))}
              value={values.applicable === false || values.status === "not_applicable" ? null : values.status}
              placeholder={values.applicable === false ? "Not applicable (excluded)" : "Not started"}
              onChange={(value) => {
                const status = STATUSES.find((s) => s === value);
                if (status) setValues((v) => ({ ...v, status, statusChosen: true }));
              }}
              allowDeselect={false}
              error={fieldError("status")}
              disabled={!canWrite || values.applicable === false}
            />
            <TextInput
              label="Owner"
              placeholder="Role or person"
              value={values.owner}
              onChange={(e) => set("owner", e.currentTarget.value)}
              error={fieldError("owner")}
              maxLength={200}
            />
          </SimpleGrid>

          <Stack gap={4}>
            <Textarea
              label="Implementation notes"
              description="How the control works in your organization, for the auditor."
              autosize
              minRows={3}
              maxRows={12}
              value={values.notes}
              onChange={(e) => set("notes", e.currentTarget.value)}
              error={fieldError("notes")}
            />
            {canWrite && (
              <Group justify="flex-end">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconSparkles size={14} />}
                  onClick={() => draft("notes")}
                >
                  Draft with copilot
                </Button>
              </Group>
            )}
          </Stack>

          <TextInput
            type="date"
            label="Next review date"
            value={values.nextReviewOn}
            onChange={(e) => set("nextReviewOn", e.currentTarget.value)}
            error={fieldError("nextReviewOn")}
            maw={220}
          />
        </Stack>

        {apiError && <ErrorAlert error={apiError} title="The decision was not saved" />}
        {save.error && !(save.error instanceof ApiError) && <ErrorAlert error={save.error} />}

        {canWrite && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Version {baseVersion}
            </Text>
            <Button
              type="submit"
              data-testid="save-decision"
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={16} />}
            >
              {saveLabel}
            </Button>
          </Group>
        )}
      </Stack>

      {save.dialog}
    </form>
  );
}
