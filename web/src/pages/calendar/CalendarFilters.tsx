/** The calendar's filters and its view: kind, owner, open only, and list or month. */
import { Checkbox, Group, SegmentedControl, Select } from "@mantine/core";
import { PhoneFilters } from "../../components/PhoneFilters";
import type { CalendarState, OwnerChoice } from "./filters";
import { KIND_CHOICES } from "./labels";

export type Update = (changes: Record<string, string | undefined>) => void;

export function CalendarFilters({
  state,
  owners,
  update,
}: {
  state: CalendarState;
  owners: OwnerChoice[];
  update: Update;
}) {
  const active = [state.kind, state.owner, !state.open].filter(Boolean).length;
  return (
    <Group gap="sm" align="flex-end" justify="space-between">
      <PhoneFilters active={active}>
        <Group gap="sm" align="flex-end">
          <Select
            label="Kind"
            placeholder="All kinds"
            data={KIND_CHOICES}
            value={state.kind}
            onChange={(kind) => update({ kind: kind ?? undefined })}
            clearable
            w={{ base: "100%", sm: 220 }}
            data-testid="filter-kind"
          />
          <Select
            label="Owner"
            placeholder="Everyone"
            data={owners.map((o) => ({ value: o.value, label: o.label }))}
            value={state.owner}
            onChange={(owner) => update({ owner: owner ?? undefined })}
            clearable
            searchable
            nothingFoundMessage="Nobody by that name"
            w={{ base: "100%", sm: 220 }}
            data-testid="filter-owner"
          />
          <Checkbox
            label="Open only"
            checked={state.open}
            onChange={(e) => update({ open: e.currentTarget.checked ? undefined : "all" })}
            mb={8}
            data-testid="filter-open"
          />
        </Group>
      </PhoneFilters>
      <SegmentedControl
        aria-label="View"
        data={[
          { value: "list", label: "List" },
          { value: "month", label: "Month" },
        ]}
        value={state.view}
        onChange={(view) => update({ view: view === "month" ? "month" : undefined })}
        className="cal-view"
        data-testid="calendar-view"
      />
    </Group>
  );
}
