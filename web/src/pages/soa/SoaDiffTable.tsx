/** What changed between two SoA snapshots, control by control, coloured by kind of change. */
import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { ControlDiff } from "../../api/types";
import { EmptyState } from "../../components/common";
import { FIELD_LABELS, fieldValue, isEmptyValue } from "./types";

type Kind = "added" | "removed" | "changed";

const KIND = {
  added: { label: "Added", colour: "teal" },
  removed: { label: "Removed", colour: "red" },
  changed: { label: "Changed", colour: "yellow" },
} as const;

const kindOf = (from: unknown, to: unknown): Kind =>
  isEmptyValue(from) ? "added" : isEmptyValue(to) ? "removed" : "changed";

const OLD_BG = "var(--mantine-color-red-0)";
const NEW_BG = "var(--mantine-color-teal-0)";

export function DiffSummary({ controls }: { controls: ControlDiff[] }) {
  const counts: Record<Kind, number> = { added: 0, removed: 0, changed: 0 };
  for (const c of controls) for (const change of c.changes) counts[kindOf(change.from, change.to)]++;
  return (
    <Group gap="xs" data-testid="soa-diff-summary">
      <Text size="sm" fw={600}>
        {controls.length === 1 ? "1 control changed" : `${controls.length} controls changed`}
      </Text>
      {(Object.keys(KIND) as Kind[]).map((kind) => (
        <Badge key={kind} color={KIND[kind].colour} variant="light" radius="sm" tt="none" c="dark.8">
          {counts[kind]} {KIND[kind].label.toLowerCase()}
        </Badge>
      ))}
    </Group>
  );
}

export function SoaDiffTable({
  controls,
  slug,
  titles,
}: {
  controls: ControlDiff[];
  slug: string;
  titles: Map<string, string>;
}) {
  if (controls.length === 0)
    return (
      <EmptyState title="No differences">Both sides record the same decisions for every control.</EmptyState>
    );
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="soa-diff" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">Control</Table.Th>
            <Table.Th w={150}>Field</Table.Th>
            <Table.Th>Old value</Table.Th>
            <Table.Th>New value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.flatMap((control) =>
            control.changes.map((change, i) => {
              const kind = kindOf(change.from, change.to);
              return (
                <Table.Tr
                  key={`${control.controlId}-${change.field}`}
                  data-testid={`diff-${control.controlId}-${change.field}`}
                  data-kind={kind}
                  style={{ verticalAlign: "top" }}
                >
                  {i === 0 && (
                    <Table.Td rowSpan={control.changes.length}>
                      <Anchor
                        component={Link}
                        to={`/o/${slug}/controls/${control.controlId}`}
                        fw={700}
                        size="sm"
                      >
                        {control.controlId}
                      </Anchor>{" "}
                      <Text span size="sm">
                        {titles.get(control.controlId) ?? ""}
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {FIELD_LABELS[change.field] ?? change.field}
                    </Text>
                    <Badge
                      color={KIND[kind].colour}
                      variant="light"
                      radius="sm"
                      tt="none"
                      c="dark.8"
                      size="sm"
                      mt={4}
                    >
                      {KIND[kind].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ background: kind === "added" ? undefined : OLD_BG }}>
                    <Text size="sm" td={kind === "changed" ? "line-through" : undefined}>
                      {fieldValue(change.field, change.from)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ background: kind === "removed" ? undefined : NEW_BG }}>
                    <Text size="sm">{fieldValue(change.field, change.to)}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            }),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
