/** Add or edit an asset; edits are sent with If-Match and a 412 opens the conflict resolver. */
import { Group, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { client, ok } from "../../api";
import type { Asset, AssetInput } from "../../api/types";
import type { ConflictField } from "../../components/ConflictModal";
import { useVersionedSave } from "../../components/useVersionedSave";
import { useSlug } from "../../session";
import { FormModal, useFields, useOrgRefresh } from "./shared";

export type { Asset };

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

const level = (v: string | null) => (v ? Number(v) : null);
const text = (v: string) => (v.trim() ? v.trim() : null);

export function AssetModal({ asset, onClose }: { asset: Asset | null; onClose: () => void }) {
  const slug = useSlug();
  const refresh = useOrgRefresh();
  const save = useVersionedSave<AssetInput, Asset, Asset>({
    send: (body, headers) =>
      asset
        ? ok(
            client.PATCH("/orgs/{slug}/assets/{key}", {
              params: { path: { slug, key: asset.key } },
              body,
              headers,
            }),
          )
        : ok(client.POST("/orgs/{slug}/assets", { params: { path: { slug } }, body })),
    latest: () =>
      ok(client.GET("/orgs/{slug}/assets/{key}", { params: { path: { slug, key: asset?.key ?? "" } } })),
    fields: FIELDS,
    show: (mine) => mine,
    showSaved: (theirs) => theirs,
    merge: (picked, { mine }) => ({ ...mine, ...picked }),
    onSaved: async (saved) => {
      await refresh(asset ? `Asset ${saved.key} saved` : `Asset ${saved.key} added`);
      onClose();
    },
    onDiscard: onClose,
  });
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
  const body = (): AssetInput => ({
    ...(!asset && v.key?.trim() ? { key: v.key.trim() } : {}),
    name: (v.name ?? "").trim(),
    type: (v.type ?? "information") as AssetInput["type"],
    description: text(v.description ?? ""),
    owner: text(v.owner ?? ""),
    location: text(v.location ?? ""),
    classification: (v.classification ?? null) as AssetInput["classification"],
    confidentiality: level(v.confidentiality ?? null),
    integrity: level(v.integrity ?? null),
    availability: level(v.availability ?? null),
  });
  const submit = () => {
    if (!form.require("name", "type")) return;
    save.save(body(), asset?.version);
  };
  const select = (key: string) => ({
    value: v[key] ?? null,
    onChange: (value: string | null) => form.set(key, value),
    error: form.error(key),
  });

  if (save.dialog) return save.dialog;

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
