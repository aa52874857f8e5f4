/** Set an objective; record a measurement of one. */
import { NumberInput, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { api } from "../../api";
import type { ApiResponse } from "../../api/types";
import { useSlug } from "../../session";
import { FormModal, opt, today, useFields, useOrgWrite } from "./shared";

export function ObjectiveModal({ onClose }: { onClose: () => void }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.post<ApiResponse<"/orgs/{slug}/objectives", "post">>(`/orgs/${slug}/objectives`, body),
    (r) => `Objective ${r.key} set`,
    onClose,
  );
  const form = useFields(
    { title: "", description: "", measure: "", target: "", owner: "", dueOn: "" },
    write.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("title", "target")) return;
    write.mutate({
      title: v.title.trim(),
      description: opt(v.description),
      measure: opt(v.measure),
      target: opt(v.target),
      owner: opt(v.owner),
      dueOn: opt(v.dueOn),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Set an objective"
      submitLabel="Set objective"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="objective-modal"
    >
      <TextInput label="Objective" required data-autofocus {...form.text("title")} />
      <Textarea label="Why it matters" autosize minRows={2} maxRows={5} {...form.text("description")} />
      <TextInput
        label="How it is measured"
        placeholder="e.g. Percentage of laptops with disk encryption"
        {...form.text("measure")}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Target"
          required
          placeholder="e.g. At least 95%"
          description="Start with the number to chart it"
          {...form.text("target")}
        />
        <TextInput label="Owner" {...form.text("owner")} />
        <TextInput label="Due" type="date" {...form.text("dueOn")} />
      </SimpleGrid>
    </FormModal>
  );
}

export function MeasurementModal({
  objective,
  onClose,
}: {
  objective: { key: string; title: string; measure: string | null };
  onClose: () => void;
}) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.post(`/orgs/${slug}/objectives/${objective.key}/measurements`, body),
    `Result recorded for ${objective.key}`,
    onClose,
  );
  const form = useFields({ value: null as number | null, measuredOn: today(), note: "" }, write.error);
  const submit = () => {
    if (!form.require("value", "measuredOn")) return;
    write.mutate({
      value: form.values.value,
      measuredOn: form.values.measuredOn,
      note: opt(form.values.note),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Record a result: ${objective.title}`}
      submitLabel="Record result"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      size="md"
      testId="measurement-modal"
    >
      <SimpleGrid cols={2}>
        <NumberInput
          label="Value"
          required
          description={objective.measure ?? undefined}
          value={form.values.value ?? ""}
          onChange={(n) => form.set("value", typeof n === "number" ? n : null)}
          error={form.error("value")}
          data-autofocus
        />
        <TextInput label="Measured on" type="date" required {...form.text("measuredOn")} />
      </SimpleGrid>
      <Textarea label="Note" autosize minRows={2} maxRows={5} {...form.text("note")} />
    </FormModal>
  );
}
