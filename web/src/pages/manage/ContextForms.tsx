/** Forms of the context page: the scope (versioned), an issue, an interested party. */
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { api, client, ok } from "../../api";
import type { Party, Scope, ScopeInput } from "../../api/types";
import type { ConflictField } from "../../components/ConflictModal";
import { useVersionedSave } from "../../components/useVersionedSave";
import { useSlug } from "../../session";
import { FormModal, opt, useFields, useOrgRefresh, useOrgWrite } from "./shared";

export type { Scope };

export const SCOPE_FIELDS: (ConflictField & { help: string })[] = [
  { name: "statement", label: "Scope statement", help: "What the ISMS covers, in one or two sentences" },
  { name: "boundaries", label: "Boundaries", help: "Organisational, technical and physical limits" },
  {
    name: "interfaces",
    label: "Interfaces",
    help: "Where the ISMS meets customers, suppliers and other parties",
  },
  { name: "dependencies", label: "Dependencies", help: "What the ISMS relies on outside its control" },
  { name: "exclusions", label: "Exclusions", help: "What is left out and why" },
];

export function ScopeModal({ scope, onClose }: { scope: Scope | null; onClose: () => void }) {
  const slug = useSlug();
  const refresh = useOrgRefresh();
  const save = useVersionedSave<ScopeInput, Scope, unknown>({
    send: (body, headers) =>
      ok(client.PUT("/orgs/{slug}/context/scope", { params: { path: { slug } }, body, headers })),
    latest: async () => {
      const fresh = await ok(client.GET("/orgs/{slug}/context", { params: { path: { slug } } }));
      if (!fresh.scope) throw new Error("The scope was removed while you were editing it.");
      return fresh.scope;
    },
    fields: SCOPE_FIELDS,
    show: (mine) => mine,
    showSaved: (theirs) => theirs,
    // The dialog shows an empty field as null; the scope leaves an empty field out.
    merge: (picked) => ({
      statement: String(picked.statement ?? ""),
      ...Object.fromEntries(
        SCOPE_FIELDS.filter((f) => f.name !== "statement").map((f) => [
          f.name,
          opt(picked[f.name] as string | null),
        ]),
      ),
    }),
    onSaved: async () => {
      await refresh("Scope saved");
      onClose();
    },
    onDiscard: onClose,
  });
  const form = useFields(
    Object.fromEntries(SCOPE_FIELDS.map((f) => [f.name, (scope?.[f.name as keyof Scope] as string) ?? ""])),
    save.error,
  );
  const body = (): ScopeInput => ({
    statement: String(form.values.statement ?? "").trim(),
    ...Object.fromEntries(
      SCOPE_FIELDS.filter((f) => f.name !== "statement").map((f) => [
        f.name,
        opt(String(form.values[f.name] ?? "")),
      ]),
    ),
  });
  const submit = () => {
    if (!form.require("statement")) return;
    save.save(body(), scope?.version ?? 0);
  };
  if (save.dialog) return save.dialog;
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Edit the ISMS scope"
      submitLabel="Save scope"
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      size="xl"
      testId="scope-modal"
    >
      {SCOPE_FIELDS.map((f) => (
        <Textarea
          key={f.name}
          label={f.label}
          description={f.help}
          required={f.name === "statement"}
          autosize
          minRows={f.name === "statement" ? 3 : 2}
          maxRows={8}
          {...form.text(f.name)}
        />
      ))}
    </FormModal>
  );
}

export function IssueModal({ onClose, kind }: { onClose: () => void; kind: string }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) => api.post(`/orgs/${slug}/context/issues`, body),
    "Issue added",
    onClose,
  );
  const form = useFields(
    { kind, title: "", description: "", category: "", climateRelated: false as boolean },
    write.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("kind", "title")) return;
    write.mutate({
      kind: v.kind,
      title: v.title.trim(),
      description: opt(v.description),
      category: opt(v.category),
      climateRelated: v.climateRelated,
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Add an issue"
      submitLabel="Add issue"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="issue-modal"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Internal or external"
          required
          data={[
            { value: "internal", label: "Internal" },
            { value: "external", label: "External" },
          ]}
          value={v.kind}
          onChange={(k) => form.set("kind", k ?? "internal")}
          error={form.error("kind")}
          allowDeselect={false}
        />
        <TextInput label="Category" placeholder="e.g. Legal and regulatory" {...form.text("category")} />
      </SimpleGrid>
      <TextInput label="Issue" required data-autofocus {...form.text("title")} />
      <Textarea label="Why it matters" autosize minRows={3} maxRows={8} {...form.text("description")} />
      <Checkbox
        label="Related to climate change"
        description="Whether climate change is a relevant issue for the organization"
        checked={v.climateRelated}
        onChange={(e) => form.set("climateRelated", e.currentTarget.checked)}
      />
    </FormModal>
  );
}

interface Requirement {
  text: string;
  addressed: boolean;
  addressedBy?: string | null;
}

/** Adds an interested party, or edits one (its name, description and requirements) when given. */
export function PartyModal({ onClose, party }: { onClose: () => void; party?: Party }) {
  const slug = useSlug();
  const write = useOrgWrite(
    (body: Record<string, unknown>) =>
      party
        ? api.patch(`/orgs/${slug}/context/parties/${party.id}`, body, party.version)
        : api.post(`/orgs/${slug}/context/parties`, body),
    party ? "Interested party saved" : "Interested party added",
    onClose,
  );
  const form = useFields({ name: party?.name ?? "", description: party?.description ?? "" }, write.error);
  const [reqs, setReqs] = useState<Requirement[]>(
    party?.requirements.length ? party.requirements : [{ text: "", addressed: false }],
  );
  const update = (i: number, patch: Partial<Requirement>) =>
    setReqs((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () => {
    if (!form.require("name")) return;
    write.mutate({
      name: form.values.name.trim(),
      description: opt(form.values.description),
      requirements: reqs
        .filter((r) => r.text.trim())
        .map((r) => ({ text: r.text.trim(), addressed: r.addressed, addressedBy: r.addressedBy ?? null })),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={party ? `Edit ${party.name}` : "Add an interested party"}
      submitLabel={party ? "Save" : "Add party"}
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="party-modal"
    >
      <TextInput label="Name" required placeholder="e.g. Customers" data-autofocus {...form.text("name")} />
      <Textarea label="Description" autosize minRows={2} maxRows={5} {...form.text("description")} />
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          Their requirements
        </Text>
        {reqs.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <Group key={i} gap="xs" wrap="nowrap" align="center">
            <TextInput
              aria-label={`Requirement ${i + 1}`}
              placeholder="What they expect from our information security"
              style={{ flex: 1 }}
              value={r.text}
              onChange={(e) => update(i, { text: e.currentTarget.value })}
            />
            <Checkbox
              label="Addressed"
              checked={r.addressed}
              onChange={(e) => update(i, { addressed: e.currentTarget.checked })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove requirement ${i + 1}`}
              onClick={() => setReqs((list) => list.filter((_, j) => j !== i))}
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
            onClick={() => setReqs((list) => [...list, { text: "", addressed: false }])}
          >
            Add a requirement
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
