/** The filter bar of the SoA grid: theme, applicability, status and free text. */
import { Group, NativeSelect, Text, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import type { SoaEntry } from "../../api/types";
import { STATUSES, THEMES } from "./types";

export interface SoaFilter {
  theme: string | null;
  applicability: string | null;
  status: string | null;
  text: string;
}

export const NO_FILTER: SoaFilter = { theme: null, applicability: null, status: null, text: "" };

export function matches(entry: SoaEntry, filter: SoaFilter): boolean {
  if (filter.theme && entry.theme !== filter.theme) return false;
  if (filter.applicability) {
    const value = entry.applicable === null ? "undecided" : entry.applicable ? "included" : "excluded";
    if (value !== filter.applicability) return false;
  }
  if (filter.status && entry.status !== filter.status) return false;
  const text = filter.text.trim().toLowerCase();
  if (text) {
    const haystack = [entry.controlId, entry.title, entry.owner, entry.justification, ...entry.risks]
      .filter(Boolean)
      .join(" ")
      .toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

export function SoaFilters({
  filter,
  onChange,
  shown,
  total,
}: {
  filter: SoaFilter;
  onChange: (filter: SoaFilter) => void;
  shown: number;
  total: number;
}) {
  const set = (patch: Partial<SoaFilter>) => onChange({ ...filter, ...patch });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="soa-filters">
      <TextInput
        label="Search"
        placeholder="Control, title, owner, risk…"
        leftSection={<IconSearch size={16} />}
        value={filter.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        w={240}
      />
      <NativeSelect
        label="Theme"
        data={[{ value: "", label: "All themes" }, ...THEMES]}
        value={filter.theme ?? ""}
        onChange={(e) => set({ theme: e.currentTarget.value || null })}
        w={210}
      />
      <NativeSelect
        label="Applicability"
        data={[
          { value: "", label: "All" },
          { value: "included", label: "Included" },
          { value: "excluded", label: "Excluded" },
          { value: "undecided", label: "Undecided" },
        ]}
        value={filter.applicability ?? ""}
        onChange={(e) => set({ applicability: e.currentTarget.value || null })}
        w={150}
      />
      <NativeSelect
        label="Status"
        data={[{ value: "", label: "All statuses" }, ...STATUSES]}
        value={filter.status ?? ""}
        onChange={(e) => set({ status: e.currentTarget.value || null })}
        w={190}
      />
      <Text size="sm" c="gray.7" pb={8} ml="auto" aria-live="polite">
        {shown === total ? `${total} controls` : `${shown} of ${total} controls`}
      </Text>
    </Group>
  );
}
