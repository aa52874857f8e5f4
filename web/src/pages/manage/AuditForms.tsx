/** Forms of the internal audit programme: plan an audit, record a finding, complete an audit. */
import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { api } from "../../api";
import type { ApiResponse } from "../../api/types";
import { useSlug } from "../../session";
import { refLabel, useCatalog } from "./catalog";
import { FormModal, opt, today, useFields, useOrgWrite } from "./shared";

export const FINDING_TYPES = [
  { value: "major_nc", label: "Major nonconformity" },
  { value: "minor_nc", label: "Minor nonconformity" },
  { value: "observation", label: "Observation" },
  { value: "opportunity", label: "Opportunity for improvement" },
];

export function PlanAuditModal({ onClose }: { onClose: () => void }) {
  const slug = useSlug();
  const catalog = useCatalog();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.post<ApiResponse<"/orgs/{slug}/audits", "post">>(`/orgs/${slug}/audits`, body),
    (r) => `Audit ${r.key} planned`,
    onClose,
  );
  const form = useFields(
    {
      title: "",
      scope: "",
      scopeRefs: [] as string[],
      criteria: "",
      auditor: "",
      plannedStart: "",
      plannedEnd: "",
      impartialityException: "",
    },
    write.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("title")) return;
    write.mutate({
      title: v.title.trim(),
      scope: opt(v.scope),
      scopeRefs: v.scopeRefs,
      criteria: opt(v.criteria),
      auditor: opt(v.auditor),
      plannedStart: opt(v.plannedStart),
      plannedEnd: opt(v.plannedEnd),
      impartialityException: opt(v.impartialityException),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Plan an internal audit"
      submitLabel="Plan audit"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      size="xl"
      testId="plan-audit-modal"
    >
      <TextInput label="Title" required data-autofocus {...form.text("title")} />
      <MultiSelect
        label="Clauses and controls in scope"
        description="These become the audit's checklist"
        placeholder={v.scopeRefs.length ? undefined : "Pick clauses and Annex A controls"}
        data={catalog.options}
        value={v.scopeRefs}
        onChange={(refs) => form.set("scopeRefs", refs)}
        error={form.error("scopeRefs")}
        searchable
        selectFirstOptionOnChange
        clearable
        maxDropdownHeight={260}
      />
      <Textarea label="Scope in words" autosize minRows={2} maxRows={5} {...form.text("scope")} />
      <Textarea
        label="Audit criteria"
        placeholder="The standard, our policies and procedures, contracts…"
        autosize
        minRows={2}
        maxRows={4}
        {...form.text("criteria")}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Auditor"
          description="Must not own any control in scope"
          {...form.text("auditor")}
        />
        <TextInput label="Planned start" type="date" {...form.text("plannedStart")} />
        <TextInput label="Planned end" type="date" {...form.text("plannedEnd")} />
      </SimpleGrid>
      <Textarea
        label="Impartiality exception"
        description="Only when the auditor must audit their own work: why, and how objectivity is kept"
        autosize
        minRows={2}
        maxRows={4}
        {...form.text("impartialityException")}
      />
    </FormModal>
  );
}

export function FindingModal({
  auditKey,
  scopeRefs,
  initialRef,
  onClose,
}: {
  auditKey: string;
  scopeRefs: string[];
  initialRef?: string;
  onClose: () => void;
}) {
  const slug = useSlug();
  const { titles } = useCatalog();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.post<ApiResponse<"/orgs/{slug}/audits/{key}/findings", "post">>(
        `/orgs/${slug}/audits/${auditKey}/findings`,
        body,
      ),
    (r) => `Finding ${r.key ?? ""} recorded`.replace("  ", " "),
    onClose,
  );
  const form = useFields(
    { findingType: "minor_nc", ref: initialRef ?? null, description: "", evidence: "" } as {
      findingType: string;
      ref: string | null;
      description: string;
      evidence: string;
    },
    write.error,
  );
  const submit = () => {
    if (!form.require("findingType", "description")) return;
    write.mutate({
      findingType: form.values.findingType,
      ref: form.values.ref ?? undefined,
      description: form.values.description.trim(),
      evidence: opt(form.values.evidence),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Record a finding for ${auditKey}`}
      submitLabel="Record finding"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="finding-modal"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type"
          required
          data={FINDING_TYPES}
          value={form.values.findingType}
          onChange={(t) => form.set("findingType", t ?? "minor_nc")}
          error={form.error("findingType")}
          allowDeselect={false}
        />
        <Select
          label="Clause or control"
          data={scopeRefs.map((r) => ({ value: r, label: `${refLabel(r)} ${titles.get(r) ?? ""}`.trim() }))}
          value={form.values.ref}
          onChange={(r) => form.set("ref", r)}
          error={form.error("ref")}
          searchable
          clearable
        />
      </SimpleGrid>
      <Textarea
        label="What was found"
        required
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        {...form.text("description")}
      />
      <Textarea label="Audit evidence" autosize minRows={2} maxRows={6} {...form.text("evidence")} />
    </FormModal>
  );
}

export function CompleteAuditModal({ auditKey, onClose }: { auditKey: string; onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: { completedOn: string }) => api.post(`/orgs/${slug}/audits/${auditKey}/complete`, body),
    `Audit ${auditKey} completed`,
    onClose,
  );
  const form = useFields({ completedOn: today() }, write.error);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Complete audit ${auditKey}`}
      submitLabel="Mark as completed"
      pending={write.isPending}
      error={write.error}
      onSubmit={() => form.require("completedOn") && write.mutate({ completedOn: form.values.completedOn })}
      size="md"
      testId="complete-audit-modal"
    >
      <TextInput label="Completed on" type="date" required {...form.text("completedOn")} />
    </FormModal>
  );
}
