/** Form parts shared by the upload and link dialogs: the control picker and the dates. */
import { MultiSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type ApiError, client, ok } from "../../api";
import { orgKey, useSlug } from "../../session";

/** The 93 Annex A controls as options ("5.15 Access control"), from the organization's SoA. */
export function useControlOptions() {
  const slug = useSlug();
  const soa = useQuery({
    queryKey: orgKey(slug, "soa"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa", { params: { path: { slug } } })),
  });
  return (soa.data?.entries ?? []).map((e) => ({ value: e.controlId, label: `${e.controlId} ${e.title}` }));
}

export function ControlsInput({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}) {
  const options = useControlOptions();
  // Keep ids the caller passed even before the list has loaded.
  const data = [
    ...options,
    ...value.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v })),
  ];
  return (
    <MultiSelect
      label="Controls"
      description="The Annex A controls this evidence supports"
      placeholder={value.length ? undefined : "Search controls by number or title"}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No control matches"
      maxDropdownHeight={260}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export interface MetaValues {
  owner: string;
  collectedOn: string;
  reviewDueOn: string;
}

export const emptyMeta = (): MetaValues => ({
  owner: "",
  collectedOn: new Date().toISOString().slice(0, 10),
  reviewDueOn: "",
});

/** The optional metadata of a piece of evidence, without empty values. */
export function metaOf(m: MetaValues) {
  return {
    ...(m.owner.trim() && { owner: m.owner.trim() }),
    ...(m.collectedOn && { collectedOn: m.collectedOn }),
    ...(m.reviewDueOn && { reviewDueOn: m.reviewDueOn }),
  };
}

export function MetaFields({
  value,
  onChange,
  error,
}: {
  value: MetaValues;
  onChange: (value: MetaValues) => void;
  error: ApiError | null;
}) {
  return (
    <>
      <TextInput
        label="Owner"
        description="Who keeps this evidence up to date"
        value={value.owner}
        onChange={(e) => onChange({ ...value, owner: e.currentTarget.value })}
        error={error?.field("owner")}
      />
      <SimpleGrid cols={2}>
        <TextInput
          type="date"
          label="Collected on"
          value={value.collectedOn}
          onChange={(e) => onChange({ ...value, collectedOn: e.currentTarget.value })}
          error={error?.field("collectedOn")}
        />
        <TextInput
          type="date"
          label="Review by"
          value={value.reviewDueOn}
          onChange={(e) => onChange({ ...value, reviewDueOn: e.currentTarget.value })}
          error={error?.field("reviewDueOn")}
        />
      </SimpleGrid>
    </>
  );
}
