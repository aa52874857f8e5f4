/** Add or edit an asset; edits are sent with If-Match and a 412 opens the conflict resolver. */
import { Group, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { ApiError, api } from "../../api";
import { type ConflictField, ConflictModal } from "../../components/ConflictModal";
import { useSlug } from "../../session";
import { FormModal, useFields, useOrgWrite } from "./shared";

export interface Asset {
  key: string;
  name: string;
  type: string;
  description: string | null;
  owner: string | null;
  location: string | null;
  classification: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  version: number;
  abilities: { update: boolean; delete: boolean };
}

export const ASSET_TYPES = [
  { value: "information", label: "Information" },
  { value: "software", label: "Software" },
  { value: "hardware", label: "Hardware" },
  { value: "service", label: "Service" },
  { value: "people", label: "People" },
  { value: "site", label: "Site" },
];

const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"].map((v) => ({
  value: v,
  label: v.charAt(0).toUpperCase() + v.slice(1),
}));

const LEVELS = [
  { value: "1", label: "1 – Low" },
  { value: "2", label: "2 – Medium" },
  { value: "3", label: "3 – High" },
];

const FIELDS: ConflictField[] = [
  { name: "name", label: "Name" },
  { name: "type", label: "Type" },
  { name: "description", label: "Description" },
  { name: "owner", label: "Owner" },
  { name: "location", label: "Location" },
  { name: "classification", label: "Classification" },
  { name: "confidentiality", label: "Confidentiality" },
  { name: "integrity", label: "Integrity" },
  { name: "availability", label: "Availability" },
];

type Body = Record<string, string | number | null>;

const level = (v: string | null) => (v ? Number(v) : null);
const text = (v: string) => (v.trim() ? v.trim() : null);

export function AssetModal({ asset, onClose }: { asset: Asset | null; onClose: () => void }) {
  const slug = useSlug();
  const [conflict, setConflict] = useState<{ mine: Body; theirs: Asset; n: number } | null>(null);
  const save = useOrgWrite(
    ({ body, version }: { body: Body; version?: number }) =>
      asset
        ? api.patch<Asset>(`/orgs/${slug}/assets/${asset.key}`, body, version ?? asset.version)
        : api.post<Asset>(`/orgs/${slug}/assets`, body),
    (saved) => (asset ? `Asset ${saved.key} saved` : `Asset ${saved.key} added`),
    onClose,
  );
  const form = useFields(
    {
      key: "",
      name: asset?.name ?? "",
      type: asset?.type ?? "information",
      description: asset?.description ?? "",
      owner: asset?.owner ?? "",
      location: asset?.location ?? "",
      classification: asset?.classification ?? null,
      confidentiality: asset?.confidentiality ? String(asset.confidentiality) : null,
      integrity: asset?.integrity ? String(asset.integrity) : null,
      availability: asset?.availability ? String(asset.availability) : null,
    } as Record<string, string | null>,
    save.error,
  );
  const v = form.values;
  const body = (): Body => ({
    ...(!asset && v.key?.trim() ? { key: v.key.trim() } : {}),
    name: (v.name ?? "").trim(),
    type: v.type ?? "information",
    description: text(v.description ?? ""),
    owner: text(v.owner ?? ""),
    location: text(v.location ?? ""),
    classification: v.classification ?? null,
    confidentiality: level(v.confidentiality ?? null),
    integrity: level(v.integrity ?? null),
    availability: level(v.availability ?? null),
  });
  const submit = () => {
    if (!form.require("name", "type")) return;
    const mine = body();
    save.mutate(
      { body: mine },
      {
        onError: async (error) => {
          if (!(asset && error instanceof ApiError && error.status === 412)) return;
          const theirs = await api.get<Asset>(`/orgs/${slug}/assets/${asset.key}`);
          setConflict({ mine, theirs, n: Date.now() });
        },
      },
    );
  };
  const select = (key: string) => ({
    value: v[key] ?? null,
    onChange: (value: string | null) => form.set(key, value),
    error: form.error(key),
  });

  if (conflict)
    return (
      <ConflictModal
        key={conflict.n}
        opened
        fields={FIELDS}
        mine={conflict.mine}
        theirs={conflict.theirs as unknown as Record<string, unknown>}
        onCancel={onClose}
        onResolve={(merged) => {
          save.mutate({ body: merged as Body, version: conflict.theirs.version });
          setConflict(null);
        }}
      />
    );

  return (
    <FormModal
      opened
      onClose={onClose}
      title={asset ? `Edit asset ${asset.key}` : "Add an asset"}
      submitLabel={asset ? "Save changes" : "Add asset"}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      testId="asset-modal"
    >
      <SimpleGrid cols={{ base: 1, sm: asset ? 1 : 2 }}>
        {!asset && (
          <TextInput label="Key" description="Leave empty to number it automatically" {...form.text("key")} />
        )}
        <Select label="Type" required data={ASSET_TYPES} allowDeselect={false} {...select("type")} />
      </SimpleGrid>
      <TextInput label="Name" required data-autofocus {...form.text("name")} />
      <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.text("description")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Owner" {...form.text("owner")} />
        <TextInput label="Location" {...form.text("location")} />
        <Select label="Classification" data={CLASSIFICATIONS} clearable {...select("classification")} />
      </SimpleGrid>
      <Group grow align="flex-start">
        <Select label="Confidentiality" data={LEVELS} clearable {...select("confidentiality")} />
        <Select label="Integrity" data={LEVELS} clearable {...select("integrity")} />
        <Select label="Availability" data={LEVELS} clearable {...select("availability")} />
      </Group>
    </FormModal>
  );
}
