/**
 * The import wizard's reading options (which row is the header, whether named assets are added)
 * and its value-mapping step: each value of an enumerated column the server could not place, with
 * a choice among the allowed values (the closest preselected). Choices are kept in this browser
 * per organization and applied to the next import.
 */
import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { humanize, LABELS, label } from "../../../../src/domain/labels";
import type { ImportReport } from "./importApi";

export type ValueChoices = Record<string, Record<string, string>>;
type UnknownValue = ImportReport["unknownValues"][number];

const storageKey = (slug: string) => `isms.import-values.${slug}`;

/** An allowed stored value in people's words, from the label group that lists all of a column's values. */
function allowedLabel(allowed: string[], value: string): string {
  const group = (["riskStatus", "treatment", "actionStatus", "classification", "assetType"] as const).find(
    (g) => allowed.every((v) => v in LABELS[g]),
  );
  return group ? label(group, value) : humanize(value);
}

/** The value choices saved for this organization in this browser. */
export function savedChoices(slug: string): ValueChoices {
  try {
    return JSON.parse(localStorage.getItem(storageKey(slug)) ?? "{}") as ValueChoices;
  } catch {
    return {};
  }
}

export function saveChoices(slug: string, choices: ValueChoices): void {
  const merged = savedChoices(slug);
  for (const [column, values] of Object.entries(choices)) merged[column] = { ...merged[column], ...values };
  localStorage.setItem(storageKey(slug), JSON.stringify(merged));
}

export const forgetChoices = (slug: string) => localStorage.removeItem(storageKey(slug));

/** Merges two value maps, the second winning. */
export const mergeChoices = (a: ValueChoices, b: ValueChoices): ValueChoices => {
  const out: ValueChoices = { ...a };
  for (const [column, values] of Object.entries(b)) out[column] = { ...out[column], ...values };
  return out;
};

/** The suggestions of the server, as the starting choices. */
export const suggested = (unknown: readonly UnknownValue[]): ValueChoices =>
  mergeChoices(
    {},
    Object.fromEntries(
      unknown.filter((u) => u.suggestion).map((u) => [u.column, { [u.value]: u.suggestion as string }]),
    ),
  );

export function ReadingOptions({
  headerRow,
  onHeaderRow,
  onReread,
  rereading,
  createAssets,
  onCreateAssets,
}: {
  headerRow: number;
  onHeaderRow: (row: number) => void;
  onReread: () => void;
  rereading: boolean;
  createAssets: boolean;
  onCreateAssets: (value: boolean) => void;
}) {
  return (
    <Stack gap="xs">
      <Group align="end">
        <NumberInput
          label="Header row"
          description="The row of the file that holds the column names; rows above it are skipped."
          min={1}
          value={headerRow}
          onChange={(v) => typeof v === "number" && onHeaderRow(v)}
          w={320}
          data-testid="import-header-row"
        />
        <Button variant="default" onClick={onReread} loading={rereading} data-testid="import-reread">
          Read with this header row
        </Button>
      </Group>
      <Checkbox
        label="Add assets the register names but the inventory lacks"
        description="Otherwise a row naming an unknown asset is refused."
        checked={createAssets}
        onChange={(e) => onCreateAssets(e.currentTarget.checked)}
        data-testid="import-create-assets"
      />
    </Stack>
  );
}

export function ValueMapping({
  unknown,
  choices,
  onChange,
  remember,
  onRemember,
}: {
  unknown: readonly UnknownValue[];
  choices: ValueChoices;
  onChange: (choices: ValueChoices) => void;
  remember: boolean;
  onRemember: (value: boolean) => void;
}) {
  return (
    <Stack gap="md" data-testid="import-values">
      <Alert
        color="blue"
        variant="light"
        icon={<IconInfoCircle size={18} />}
        title="Some values need a choice"
      >
        These values are not among those the register allows. Choose what each one means; the closest allowed
        value is preselected.
      </Alert>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Column</Table.Th>
            <Table.Th>Value in the file</Table.Th>
            <Table.Th>Rows</Table.Th>
            <Table.Th w={260}>Read as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {unknown.map((u) => (
            <Table.Tr key={`${u.column}:${u.value}`}>
              <Table.Td>{u.column}</Table.Td>
              <Table.Td fw={600}>{u.value}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {u.lines.slice(0, 8).join(", ")}
                  {u.lines.length > 8 ? ` and ${u.lines.length - 8} more` : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Value for "${u.value}" in ${u.column}`}
                  data={u.allowed.map((value) => ({ value, label: allowedLabel(u.allowed, value) }))}
                  value={choices[u.column]?.[u.value] ?? null}
                  onChange={(v) => v && onChange(mergeChoices(choices, { [u.column]: { [u.value]: v } }))}
                  allowDeselect={false}
                  placeholder="Choose a value"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Checkbox
        label="Remember these choices for the next import of this organization (in this browser)"
        checked={remember}
        onChange={(e) => onRemember(e.currentTarget.checked)}
      />
    </Stack>
  );
}
