/** Add documented information to the register. */
import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { api } from "../../api";
import type { ApiResponse } from "../../api/types";
import { useSlug } from "../../session";
import { useCatalog } from "./catalog";
import { FormModal, opt, useFields, useOrgWrite } from "./shared";

export const DOC_TYPES = ["policy", "procedure", "plan", "register", "record", "report", "document"].map(
  (v) => ({
    value: v,
    label: v.charAt(0).toUpperCase() + v.slice(1),
  }),
);

export function DocumentModal({
  onClose,
  title = "",
  clause,
  docType = "policy",
}: {
  onClose: () => void;
  title?: string;
  clause?: string;
  /** The kind of document the item is, e.g. "policy" for the information security policy. */
  docType?: string;
}) {
  const slug = useSlug();
  const catalog = useCatalog();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      api.post<ApiResponse<"/orgs/{slug}/documents", "post">>(`/orgs/${slug}/documents`, body),
    (r) => `Document ${r.key} added`,
    onClose,
  );
  const form = useFields(
    {
      title,
      docType: docType as string | null,
      docVersion: "1.0",
      owner: "",
      approvedBy: "",
      approvedOn: "",
      classification: "internal" as string | null,
      retention: "",
      reviewMonths: 12 as number | null,
      location: "",
      clauseRefs: clause ? [clause] : ([] as string[]),
    },
    write.error,
  );
  const v = form.values;
  const clauseOptions = (catalog.options[0]?.items ?? []).map((o) => ({
    value: o.value.slice(7),
    label: o.label,
  }));
  const submit = () => {
    if (!form.require("title")) return;
    write.mutate({
      title: v.title.trim(),
      docType: v.docType ?? undefined,
      docVersion: opt(v.docVersion),
      owner: opt(v.owner),
      approvedBy: opt(v.approvedBy),
      approvedOn: opt(v.approvedOn),
      classification: v.classification ?? undefined,
      reviewMonths: v.reviewMonths ?? undefined,
      retention: opt(v.retention),
      location: opt(v.location),
      clauseRefs: v.clauseRefs,
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Add a document"
      submitLabel="Add document"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      size="xl"
      testId="document-modal"
    >
      <TextInput label="Title" required data-autofocus {...form.text("title")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Type"
          data={DOC_TYPES}
          value={v.docType}
          onChange={(t) => form.set("docType", t)}
          error={form.error("docType")}
        />
        <TextInput label="Version" {...form.text("docVersion")} />
        <Select
          label="Classification"
          data={["public", "internal", "confidential", "restricted"].map((c) => ({
            value: c,
            label: c.charAt(0).toUpperCase() + c.slice(1),
          }))}
          value={v.classification}
          onChange={(c) => form.set("classification", c)}
          error={form.error("classification")}
          clearable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Owner" {...form.text("owner")} />
        <TextInput label="Approved by" {...form.text("approvedBy")} />
        <TextInput label="Approved on" type="date" {...form.text("approvedOn")} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Review every (months)"
          min={1}
          max={120}
          value={v.reviewMonths ?? ""}
          onChange={(n) => form.set("reviewMonths", typeof n === "number" ? n : null)}
          error={form.error("reviewMonths")}
        />
        <TextInput
          label="Retention"
          placeholder="e.g. 3 years after superseded"
          {...form.text("retention")}
        />
        <TextInput label="Location" placeholder="Link or place where it is kept" {...form.text("location")} />
      </SimpleGrid>
      <MultiSelect
        label="Clauses it satisfies"
        data={clauseOptions}
        value={v.clauseRefs}
        onChange={(refs) => form.set("clauseRefs", refs)}
        error={form.error("clauseRefs")}
        searchable
        selectFirstOptionOnChange
        clearable
      />
    </FormModal>
  );
}
