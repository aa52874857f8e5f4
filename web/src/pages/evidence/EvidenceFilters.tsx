/** The evidence filters: theme, ISO/IEC 27002 attribute, control, freshness and a title search. */
import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { ATTRIBUTE_VOCABULARY } from "../../../../src/catalog/types";
import { useControlOptions } from "./fields";
import type { EvidenceFilter } from "./types";

const ATTRIBUTE_NAMES: Record<string, string> = {
  controlType: "Control type",
  securityProperties: "Security property",
  cybersecurityConcepts: "Cybersecurity concept",
  operationalCapabilities: "Operational capability",
  securityDomains: "Security domain",
};

const ATTRIBUTE_OPTIONS = Object.entries(ATTRIBUTE_VOCABULARY).map(([name, values]) => ({
  group: ATTRIBUTE_NAMES[name] ?? name,
  items: values.map((v) => ({ value: `${name}=${v}`, label: v.replace(/_/g, " ") })),
}));

const THEMES = [
  { value: "organizational", label: "Organizational (A.5)" },
  { value: "people", label: "People (A.6)" },
  { value: "physical", label: "Physical (A.7)" },
  { value: "technological", label: "Technological (A.8)" },
];

const FRESHNESS_OPTIONS = [
  { value: "current", label: "Current" },
  { value: "due_soon", label: "Due soon" },
  { value: "stale", label: "Stale" },
];

export function EvidenceFilters({
  filter,
  onChange,
  search,
  onSearch,
}: {
  filter: EvidenceFilter;
  onChange: (filter: EvidenceFilter) => void;
  search: string;
  onSearch: (text: string) => void;
}) {
  const controls = useControlOptions();
  const set = (name: keyof EvidenceFilter) => (value: string | null) =>
    onChange({ ...filter, [name]: value ?? undefined });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" verticalSpacing="sm">
      <TextInput
        label="Search"
        placeholder="Title, owner, file"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
      />
      <Select
        label="Theme"
        placeholder="All themes"
        data={THEMES}
        value={filter.theme ?? null}
        onChange={set("theme")}
        clearable
      />
      <Select
        label="Attribute (ISO/IEC 27002)"
        placeholder="Any attribute"
        data={ATTRIBUTE_OPTIONS}
        value={filter.attribute ?? null}
        onChange={set("attribute")}
        searchable
        clearable
        maxDropdownHeight={300}
      />
      <Select
        label="Control"
        placeholder="Any control"
        data={controls}
        value={filter.control ?? null}
        onChange={set("control")}
        searchable
        clearable
        nothingFoundMessage="No control matches"
      />
      <Select
        label="Freshness"
        placeholder="Any"
        data={FRESHNESS_OPTIONS}
        value={filter.freshness ?? null}
        onChange={set("freshness")}
        clearable
      />
    </SimpleGrid>
  );
}
