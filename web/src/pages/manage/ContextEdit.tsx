/** Keeping the context up to date: edit or delete issues and parties, address requirements, record climate. */
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconEdit, IconLeaf, IconTrash } from "@tabler/icons-react";
import { api } from "../../api";
import type { ContextData, Issue, Party } from "../../api/types";
import { useSlug } from "../../session";
import { FormModal, opt, Section, useFields, useOrgWrite } from "./shared";

export type EditDialog =
  | { kind: "edit-issue" | "delete-issue"; issue: Issue }
  | { kind: "delete-party"; party: Party }
  | { kind: "address"; party: Party; index: number }
  | { kind: "climate" };

/** The dialog open on arrival: `?climate` (the fix of the readiness blocker) opens the climate determination. */
export const arrivalDialog = (): EditDialog | null =>
  new URLSearchParams(window.location.search).has("climate") ? { kind: "climate" } : null;

/** The edit and delete buttons of an issue row. */
export function IssueActions({ issue, open }: { issue: Issue; open: (d: EditDialog) => void }) {
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      <ActionIcon
        variant="subtle"
        aria-label={`Edit ${issue.title}`}
        onClick={() => open({ kind: "edit-issue", issue })}
      >
        <IconEdit size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={`Delete ${issue.title}`}
        onClick={() => open({ kind: "delete-issue", issue })}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

function IssueEditModal({ issue, onClose }: { issue: Issue; onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.patch(`/orgs/${slug}/context/issues/${issue.id}`, body, issue.version),
    "Issue saved",
    onClose,
  );
  const form = useFields(
    {
      kind: issue.kind,
      title: issue.title,
      description: issue.description ?? "",
      category: issue.category ?? "",
      climateRelated: issue.climateRelated,
    },
    write.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("title")) return;
    write.mutate({
      kind: v.kind,
      title: v.title.trim(),
      description: opt(v.description) ?? null,
      category: opt(v.category) ?? null,
      climateRelated: v.climateRelated,
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Edit the issue"
      submitLabel="Save"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="issue-edit-modal"
    >
      <Select
        label="Internal or external"
        data={[
          { value: "internal", label: "Internal" },
          { value: "external", label: "External" },
        ]}
        value={v.kind}
        onChange={(k) => form.set("kind", k ?? "internal")}
        allowDeselect={false}
      />
      <TextInput label="Issue" required data-autofocus {...form.text("title")} />
      <TextInput label="Category" {...form.text("category")} />
      <Textarea label="Why it matters" autosize minRows={3} maxRows={8} {...form.text("description")} />
      <Checkbox
        label="Related to climate change"
        checked={v.climateRelated}
        onChange={(e) => form.set("climateRelated", e.currentTarget.checked)}
      />
    </FormModal>
  );
}

function ConfirmDelete({
  what,
  path,
  version,
  onClose,
}: {
  what: string;
  path: string;
  version: number;
  onClose: () => void;
}) {
  const write = useOrgWrite(() => api.del(path, version), `${what} deleted`, onClose);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Delete ${what.toLowerCase()}?`}
      submitLabel="Delete"
      pending={write.isPending}
      error={write.error}
      onSubmit={() => write.mutate(undefined)}
      size="md"
      testId="confirm-delete"
    >
      <Text size="sm">The deletion is recorded in the audit trail.</Text>
    </FormModal>
  );
}

function AddressModal({ party, index, onClose }: { party: Party; index: number; onClose: () => void }) {
  const slug = useSlug();
  const requirement = party.requirements[index];
  const write = useOrgWrite(
    (body: { addressed: boolean; addressedBy?: string }) =>
      api.put(`/orgs/${slug}/context/parties/${party.id}/requirements/${index}`, body),
    "Requirement saved",
    onClose,
  );
  const form = useFields(
    { addressed: !requirement?.addressed, by: requirement?.addressedBy ?? "" },
    write.error,
  );
  return (
    <FormModal
      opened
      onClose={onClose}
      title={requirement?.text ?? "Requirement"}
      submitLabel="Save"
      pending={write.isPending}
      error={write.error}
      onSubmit={() => write.mutate({ addressed: form.values.addressed, addressedBy: opt(form.values.by) })}
      size="md"
      testId="address-modal"
    >
      <Checkbox
        label="Addressed by the ISMS"
        checked={form.values.addressed}
        onChange={(e) => form.set("addressed", e.currentTarget.checked)}
      />
      {form.values.addressed && (
        <TextInput
          label="Addressed by"
          placeholder="e.g. control 5.23, the supplier policy"
          {...form.text("by")}
        />
      )}
    </FormModal>
  );
}

function ClimateModal({ climate, onClose }: { climate: ContextData["climate"]; onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: { relevant: boolean; reason?: string }) => api.put(`/orgs/${slug}/context/climate`, body),
    "Climate change determination recorded",
    onClose,
  );
  const form = useFields(
    { relevant: climate ? (climate.relevant ? "yes" : "no") : "", reason: climate?.reason ?? "" },
    write.error,
  );
  const submit = () => {
    if (!form.require("relevant")) return;
    if (form.values.relevant === "no" && !form.require("relevant", "reason")) return;
    write.mutate({ relevant: form.values.relevant === "yes", reason: opt(form.values.reason) });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Is climate change a relevant issue?"
      submitLabel="Record"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      size="md"
      testId="climate-modal"
    >
      <Radio.Group
        value={form.values.relevant}
        onChange={(value) => form.set("relevant", value)}
        error={form.error("relevant")}
      >
        <Stack gap={6}>
          <Radio value="yes" label="Relevant: it affects our information security" />
          <Radio value="no" label="Considered, not relevant" />
        </Stack>
      </Radio.Group>
      <Textarea label="Why" autosize minRows={2} maxRows={6} {...form.text("reason")} />
    </FormModal>
  );
}

/** Where the organization's climate-change determination (Amd 1:2024) is shown and recorded. */
export function ClimateSection({
  climate,
  canWrite,
  open,
}: {
  climate: ContextData["climate"];
  canWrite: boolean;
  open: (d: EditDialog) => void;
}) {
  return (
    <Section
      title="Climate change"
      description="ISO/IEC 27001:2022/Amd 1:2024 asks whether climate change is a relevant issue."
      testId="climate"
      actions={
        canWrite && (
          <Button
            variant="default"
            leftSection={<IconLeaf size={16} />}
            onClick={() => open({ kind: "climate" })}
            data-testid="record-climate"
          >
            {climate ? "Change" : "Record the determination"}
          </Button>
        )
      }
    >
      <Text size="sm" data-testid="climate-determination">
        {climate
          ? `${climate.relevant ? "Relevant" : "Considered, not relevant"}${climate.reason ? `: ${climate.reason}` : ""}`
          : "Not determined yet."}
      </Text>
    </Section>
  );
}

/** The dialog of an edit action, if one is open. */
export function EditDialogs({
  dialog,
  climate,
  onClose,
}: {
  dialog: EditDialog | null;
  climate: ContextData["climate"];
  onClose: () => void;
}) {
  const slug = useSlug();
  if (!dialog) return null;
  if (dialog.kind === "edit-issue") return <IssueEditModal issue={dialog.issue} onClose={onClose} />;
  if (dialog.kind === "delete-issue")
    return (
      <ConfirmDelete
        what="Issue"
        path={`/orgs/${slug}/context/issues/${dialog.issue.id}`}
        version={dialog.issue.version}
        onClose={onClose}
      />
    );
  if (dialog.kind === "delete-party")
    return (
      <ConfirmDelete
        what="Interested party"
        path={`/orgs/${slug}/context/parties/${dialog.party.id}`}
        version={dialog.party.version}
        onClose={onClose}
      />
    );
  if (dialog.kind === "address")
    return <AddressModal party={dialog.party} index={dialog.index} onClose={onClose} />;
  return <ClimateModal climate={climate} onClose={onClose} />;
}
