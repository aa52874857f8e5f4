/**
 * Add or edit a supplier: what it provides and how critical it is, the contract's security terms
 * (each present, missing or not yet checked), the cloud shared responsibility, the next review and
 * the controls it concerns. Edits carry If-Match; a 412 opens the field-by-field merge.
 */
import { Checkbox, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import type { ConflictField } from "../../components/ConflictModal";
import { useVersionedSave } from "../../components/useVersionedSave";
import { useSlug } from "../../session";
import { FormModal, opt, useFields, useOrgRefresh } from "../manage/shared";
import { ControlsPicker } from "./parts";
import { operationWrites } from "./queries";
import {
  CONTRACT_TERMS,
  type ContractTerm,
  CRITICALITIES,
  SUPPLIER_STATUSES,
  type Supplier,
  type SupplierInput,
} from "./types";

const FIELDS: ConflictField[] = [
  { name: "name", label: "Name" },
  { name: "services", label: "Services" },
  { name: "dataCategories", label: "Data it handles" },
  { name: "criticality", label: "Criticality" },
  { name: "status", label: "Status" },
  { name: "owner", label: "Owner" },
  { name: "contact", label: "Contact" },
  { name: "sharedResponsibility", label: "Shared responsibility" },
  { name: "nextReviewOn", label: "Next review" },
  { name: "notes", label: "Notes" },
];

type Contract = Supplier["contract"];
type TermValue = Contract[ContractTerm];

/** Words for a term's state, shown beside its box (the box alone does not say "not checked"). */
export const TERM_WORDS = (value: TermValue) =>
  value === true ? "In the contract" : value === false ? "Missing from the contract" : "Not checked yet";

/** Not checked → in the contract → missing → not checked. */
const nextTerm = (value: TermValue): TermValue => (value === null ? true : value === true ? false : null);

const EMPTY_CONTRACT = Object.fromEntries(CONTRACT_TERMS.map((t) => [t.value, null])) as Contract;

/** The contract checklist: a box per term that also shows "not checked" (indeterminate). */
export function ContractChecklist({ value, onChange }: { value: Contract; onChange: (c: Contract) => void }) {
  return (
    <Stack gap={6} role="group" aria-labelledby="contract-terms">
      <Text id="contract-terms" size="sm" fw={500}>
        Contract security terms (5.20)
      </Text>
      <Text size="xs" c="dimmed" mt={-6}>
        Each click moves a term from not checked, to in the contract, to missing.
      </Text>
      {CONTRACT_TERMS.map((t) => (
        <Checkbox
          key={t.value}
          label={t.label}
          description={TERM_WORDS(value[t.value])}
          checked={value[t.value] === true}
          indeterminate={value[t.value] === null}
          color={value[t.value] === null ? "gray" : undefined}
          onChange={() => onChange({ ...value, [t.value]: nextTerm(value[t.value]) })}
          data-testid={`term-${t.value}`}
        />
      ))}
    </Stack>
  );
}

export function SupplierForm({ supplier, onClose }: { supplier: Supplier | null; onClose: () => void }) {
  const slug = useSlug();
  const refresh = useOrgRefresh();
  const writes = operationWrites(slug);
  const save = useVersionedSave<SupplierInput, Supplier, Supplier>({
    send: (body, headers) =>
      supplier ? writes.saveSupplier(supplier.key, body, headers) : writes.addSupplier(body),
    latest: () => writes.supplier(supplier?.key ?? ""),
    fields: FIELDS,
    show: (mine) => mine,
    showSaved: (theirs) => theirs,
    merge: (picked, { mine }) => ({ ...mine, ...picked }),
    onSaved: async (saved) => {
      await refresh(supplier ? `${saved.name} saved` : `${saved.name} added as ${saved.key}`);
      onClose();
    },
    onDiscard: onClose,
  });
  const form = useFields(
    {
      name: supplier?.name ?? "",
      services: supplier?.services ?? "",
      dataCategories: supplier?.dataCategories ?? "",
      criticality: supplier?.criticality ?? "medium",
      status: supplier?.status ?? "onboarding",
      owner: supplier?.owner ?? "",
      contact: supplier?.contact ?? "",
      cloudService: supplier?.cloudService ?? false,
      sharedResponsibility: supplier?.sharedResponsibility ?? "",
      nextReviewOn: supplier?.nextReviewOn ?? "",
      controlRefs: supplier?.controlRefs ?? [],
      notes: supplier?.notes ?? "",
    },
    save.error,
  );
  const v = form.values;
  const contract = useFields({ ...EMPTY_CONTRACT, ...supplier?.contract } as Record<string, boolean | null>);
  const submit = () => {
    if (!form.require("name", "criticality")) return;
    save.save(
      {
        name: v.name.trim(),
        services: opt(v.services) ?? null,
        dataCategories: opt(v.dataCategories) ?? null,
        criticality: v.criticality as Supplier["criticality"],
        status: v.status as Supplier["status"],
        owner: opt(v.owner) ?? null,
        contact: opt(v.contact) ?? null,
        cloudService: v.cloudService,
        sharedResponsibility: v.cloudService ? (opt(v.sharedResponsibility) ?? null) : null,
        contract: contract.values as Contract,
        nextReviewOn: v.nextReviewOn || null,
        controlRefs: v.controlRefs,
        notes: opt(v.notes) ?? null,
      },
      supplier?.version,
    );
  };
  if (save.dialog) return save.dialog;
  return (
    <FormModal
      opened
      onClose={onClose}
      title={supplier ? `Edit ${supplier.name}` : "Add a supplier"}
      submitLabel={supplier ? "Save changes" : "Add supplier"}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      testId="supplier-form"
    >
      <TextInput label="Name" required data-autofocus {...form.text("name")} data-testid="supplier-name" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Criticality"
          required
          data={CRITICALITIES}
          allowDeselect={false}
          value={v.criticality}
          onChange={(c) => form.set("criticality", c ?? "medium")}
          error={form.error("criticality")}
          data-testid="supplier-criticality"
        />
        <Select
          label="Status"
          data={SUPPLIER_STATUSES}
          allowDeselect={false}
          value={v.status}
          onChange={(s) => form.set("status", s ?? "onboarding")}
          error={form.error("status")}
        />
      </SimpleGrid>
      <Textarea label="Services it provides" autosize minRows={2} {...form.text("services")} />
      <TextInput
        label="Data it handles"
        placeholder="e.g. customer contact details, payroll"
        {...form.text("dataCategories")}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Owner" {...form.text("owner")} />
        <TextInput label="Supplier contact" {...form.text("contact")} />
        <TextInput label="Next review" type="date" {...form.text("nextReviewOn")} />
      </SimpleGrid>
      <Switch
        label="Cloud service (5.23)"
        checked={v.cloudService}
        onChange={(e) => form.set("cloudService", e.currentTarget.checked)}
        data-testid="supplier-cloud"
      />
      {v.cloudService && (
        <Textarea
          label="Shared responsibility"
          description="What the provider secures and what remains yours (identities, configuration, data)"
          autosize
          minRows={2}
          {...form.text("sharedResponsibility")}
        />
      )}
      <ContractChecklist
        value={contract.values as Contract}
        onChange={(c) => contract.setValues(c as Record<string, boolean | null>)}
      />
      <ControlsPicker
        value={v.controlRefs}
        onChange={(refs) => form.set("controlRefs", refs)}
        error={form.error("controlRefs")}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.text("notes")} />
    </FormModal>
  );
}
