/** Forms of the nonconformity log: raise, analyse, add a corrective action, close. */
import { Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { api } from "../../api";
import type { ApiResponse } from "../../api/types";
import { useSlug } from "../../session";
import { FormModal, opt, useFields, useOrgWrite } from "./shared";

export const NC_SOURCES = [
  { value: "internal_audit", label: "Internal audit" },
  { value: "external_audit", label: "External audit" },
  { value: "incident", label: "Incident" },
  { value: "management_review", label: "Management review" },
  { value: "other", label: "Other" },
];

export function RaiseNcModal({ onClose }: { onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.post<ApiResponse<"/orgs/{slug}/nonconformities", "post">>(`/orgs/${slug}/nonconformities`, body),
    (r) => `Nonconformity ${r.key} raised`,
    onClose,
  );
  const form = useFields(
    { source: "internal_audit" as string | null, description: "", correction: "", rootCause: "" },
    write.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("source", "description")) return;
    write.mutate({
      source: v.source,
      description: v.description.trim(),
      correction: opt(v.correction),
      rootCause: opt(v.rootCause),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Raise a nonconformity"
      submitLabel="Raise nonconformity"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="raise-nc-modal"
    >
      <Select
        label="Source"
        required
        data={NC_SOURCES}
        value={v.source}
        onChange={(s) => form.set("source", s)}
        error={form.error("source")}
        allowDeselect={false}
      />
      <Textarea
        label="What requirement was not met"
        required
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        {...form.text("description")}
      />
      <Textarea
        label="Correction"
        description="What was done straight away to contain it"
        autosize
        minRows={2}
        maxRows={6}
        {...form.text("correction")}
      />
      <Textarea label="Root cause" autosize minRows={2} maxRows={6} {...form.text("rootCause")} />
    </FormModal>
  );
}

export function AnalysisModal({
  nc,
  onClose,
}: {
  nc: { key: string; correction: string | null; rootCause: string | null };
  onClose: () => void;
}) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) => api.post(`/orgs/${slug}/nonconformities/${nc.key}/analysis`, body),
    `Analysis of ${nc.key} saved`,
    onClose,
  );
  const form = useFields({ correction: nc.correction ?? "", rootCause: nc.rootCause ?? "" }, write.error);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Correction and root cause of ${nc.key}`}
      submitLabel="Save analysis"
      pending={write.isPending}
      error={write.error}
      onSubmit={() => write.mutate({ correction: form.values.correction, rootCause: form.values.rootCause })}
      testId="nc-analysis-modal"
    >
      <Textarea
        label="Correction"
        description="What was done straight away to contain the nonconformity and its consequences"
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        {...form.text("correction")}
      />
      <Textarea
        label="Root cause"
        description="Why it happened, so the corrective actions remove the cause and it does not recur"
        autosize
        minRows={3}
        maxRows={8}
        {...form.text("rootCause")}
      />
    </FormModal>
  );
}

export function ActionModal({ ncKey, onClose }: { ncKey: string; onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) => api.post(`/orgs/${slug}/nonconformities/${ncKey}/actions`, body),
    `Corrective action added to ${ncKey}`,
    onClose,
  );
  const form = useFields({ description: "", owner: "", dueOn: "" }, write.error);
  const submit = () => {
    if (!form.require("description")) return;
    write.mutate({
      description: form.values.description.trim(),
      owner: opt(form.values.owner),
      dueOn: opt(form.values.dueOn),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Add a corrective action to ${ncKey}`}
      submitLabel="Add action"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="nc-action-modal"
    >
      <Textarea
        label="Action"
        required
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        {...form.text("description")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Owner" {...form.text("owner")} />
        <TextInput label="Due" type="date" {...form.text("dueOn")} />
      </SimpleGrid>
    </FormModal>
  );
}

export function CloseNcModal({ ncKey, onClose }: { ncKey: string; onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: { effectivenessReview: string; effective: boolean }) =>
      api.post(`/orgs/${slug}/nonconformities/${ncKey}/close`, body),
    (_r, v) => (v.effective ? `${ncKey} closed` : `${ncKey} stays open: the actions were not effective`),
    onClose,
  );
  const form = useFields({ effectivenessReview: "", effective: "yes" }, write.error);
  const submit = () => {
    if (!form.require("effectivenessReview")) return;
    write.mutate({
      effectivenessReview: form.values.effectivenessReview.trim(),
      effective: form.values.effective === "yes",
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Review effectiveness and close ${ncKey}`}
      submitLabel="Record review"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="close-nc-modal"
    >
      <Textarea
        label="Effectiveness review"
        description="How you checked that the actions removed the cause: what was looked at, when, and what it showed"
        required
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        {...form.text("effectivenessReview")}
      />
      <Radio.Group
        label="Were the actions effective?"
        value={form.values.effective}
        onChange={(v) => form.set("effective", v)}
      >
        <Stack gap={6} mt={6}>
          <Radio value="yes" label="Yes: close the nonconformity" />
          <Radio value="no" label="No: keep it open and plan further action" />
        </Stack>
      </Radio.Group>
    </FormModal>
  );
}
