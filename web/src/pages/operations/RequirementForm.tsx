/**
 * Add or edit a legal, statutory, regulatory or contractual requirement (5.31, clause 4.2): where
 * it comes from, what it applies to, who owns it, how it is met (controls and documents) and when it
 * is reviewed next. Edits carry If-Match; a 412 opens the field-by-field merge.
 */
import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { client, ok } from "../../api";
import type { ConflictField } from "../../components/ConflictModal";
import { useVersionedSave } from "../../components/useVersionedSave";
import { orgKey, useSlug } from "../../session";
import { FormModal, opt, useFields, useOrgRefresh } from "../manage/shared";
import { ControlsPicker } from "./parts";
import { operationWrites } from "./queries";
import { REQUIREMENT_KINDS, type Requirement, type RequirementInput } from "./types";

const FIELDS: ConflictField[] = [
  { name: "title", label: "Title" },
  { name: "kind", label: "Kind" },
  { name: "source", label: "Source" },
  { name: "jurisdiction", label: "Jurisdiction" },
  { name: "appliesTo", label: "Applies to" },
  { name: "owner", label: "Owner" },
  { name: "howMet", label: "How it is met" },
  { name: "reviewOn", label: "Next review" },
];

/** The documents of the register (policies, procedures) to pick from. */
function useDocumentOptions(value: string[]) {
  const slug = useSlug();
  const docs = useQuery({
    queryKey: orgKey(slug, "documents"),
    queryFn: () => ok(client.GET("/orgs/{slug}/documents", { params: { path: { slug } } })),
  });
  const options = (docs.data ?? []).map((d) => ({ value: d.key, label: `${d.key} ${d.title}` }));
  return [
    ...options,
    ...value.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v })),
  ];
}

export function RequirementForm({
  requirement,
  onClose,
}: {
  requirement: Requirement | null;
  onClose: () => void;
}) {
  const slug = useSlug();
  const refresh = useOrgRefresh();
  const writes = operationWrites(slug);
  const save = useVersionedSave<RequirementInput, Requirement, Requirement>({
    send: (body, headers) =>
      requirement ? writes.saveRequirement(requirement.key, body, headers) : writes.addRequirement(body),
    latest: () => writes.requirement(requirement?.key ?? ""),
    fields: FIELDS,
    show: (mine) => mine,
    showSaved: (theirs) => theirs,
    merge: (picked, { mine }) => ({ ...mine, ...picked }),
    onSaved: async (saved) => {
      await refresh(requirement ? `${saved.key} saved` : `${saved.title} added as ${saved.key}`);
      onClose();
    },
    onDiscard: onClose,
  });
  const form = useFields(
    {
      title: requirement?.title ?? "",
      kind: requirement?.kind ?? "legal",
      source: requirement?.source ?? "",
      jurisdiction: requirement?.jurisdiction ?? "",
      appliesTo: requirement?.appliesTo ?? "",
      owner: requirement?.owner ?? "",
      howMet: requirement?.howMet ?? "",
      controlRefs: requirement?.controlRefs ?? [],
      documentRefs: requirement?.documentRefs ?? [],
      reviewOn: requirement?.reviewOn ?? "",
    },
    save.error,
  );
  const v = form.values;
  const documents = useDocumentOptions(v.documentRefs);
  const submit = () => {
    if (!form.require("title", "kind")) return;
    save.save(
      {
        title: v.title.trim(),
        kind: v.kind as Requirement["kind"],
        source: opt(v.source) ?? null,
        jurisdiction: opt(v.jurisdiction) ?? null,
        appliesTo: opt(v.appliesTo) ?? null,
        owner: opt(v.owner) ?? null,
        howMet: opt(v.howMet) ?? null,
        controlRefs: v.controlRefs,
        documentRefs: v.documentRefs,
        reviewOn: v.reviewOn || null,
      },
      requirement?.version,
    );
  };
  if (save.dialog) return save.dialog;
  return (
    <FormModal
      opened
      onClose={onClose}
      title={requirement ? `Edit ${requirement.key}` : "Add a requirement"}
      submitLabel={requirement ? "Save changes" : "Add requirement"}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      testId="requirement-form"
    >
      <TextInput
        label="Requirement"
        required
        data-autofocus
        {...form.text("title")}
        data-testid="requirement-title"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Kind"
          required
          data={REQUIREMENT_KINDS}
          allowDeselect={false}
          value={v.kind}
          onChange={(k) => k && form.set("kind", k)}
          error={form.error("kind")}
          data-testid="requirement-kind"
        />
        <TextInput
          label="Source"
          placeholder="e.g. Regulation (EU) 2016/679, art. 32"
          {...form.text("source")}
        />
        <TextInput label="Jurisdiction" placeholder="e.g. EU, Germany" {...form.text("jurisdiction")} />
        <TextInput label="Applies to" placeholder="e.g. customer data, payroll" {...form.text("appliesTo")} />
        <TextInput label="Owner" {...form.text("owner")} />
        <TextInput label="Next review" type="date" {...form.text("reviewOn")} />
      </SimpleGrid>
      <Textarea label="How it is met" autosize minRows={2} {...form.text("howMet")} />
      <ControlsPicker
        value={v.controlRefs}
        onChange={(refs) => form.set("controlRefs", refs)}
        error={form.error("controlRefs")}
        description="The controls that meet it (5.31 for the register itself)"
        testId="requirement-controls"
      />
      <MultiSelect
        label="Documents"
        description="Policies and procedures that meet it, from the document register"
        placeholder={v.documentRefs.length ? undefined : "Search documents"}
        data={documents}
        value={v.documentRefs}
        onChange={(refs) => form.set("documentRefs", refs)}
        error={form.error("documentRefs")}
        searchable
        clearable
        nothingFoundMessage="No document matches"
        comboboxProps={{ withinPortal: true }}
      />
    </FormModal>
  );
}
