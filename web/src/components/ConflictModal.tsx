/**
 * Someone else saved the same record first (the server answered 412 to our If-Match). Shows the
 * user's edit beside the saved version, field by field, and lets them pick which value to keep;
 * the merge is saved against the newer version. Give it a new `key` per conflict to reset choices.
 */
import { Button, Group, Modal, Radio, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";

export interface ConflictField {
  name: string;
  label: string;
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return Object.values(value as object).join(" / ");
  return String(value);
};

export function ConflictModal({
  opened,
  fields,
  mine,
  theirs,
  onCancel,
  onResolve,
}: {
  opened: boolean;
  fields: ConflictField[];
  mine: Record<string, unknown>;
  theirs: Record<string, unknown>;
  onCancel: () => void;
  onResolve: (merged: Record<string, unknown>) => void;
}) {
  const differing = fields.filter((f) => show(mine[f.name]) !== show(theirs[f.name]));
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>({});
  const merged = () =>
    Object.fromEntries(
      fields.map((f) => [f.name, choice[f.name] === "theirs" ? theirs[f.name] : mine[f.name]] as const),
    );
  return (
    <Modal opened={opened} onClose={onCancel} title="Someone saved this record before you" size="xl">
      <Stack>
        <Text size="sm">
          Your changes were not saved, because another person saved a newer version while you were editing.
          Choose which value to keep for each field that differs, then save the merge.
        </Text>
        <Table withTableBorder data-testid="conflict-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Your edit</Table.Th>
              <Table.Th>Saved version</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differing.map((f) => (
              <Table.Tr key={f.name}>
                <Table.Td fw={600}>{f.label}</Table.Td>
                <Table.Td>
                  <Radio
                    name={`keep-${f.name}`}
                    checked={choice[f.name] !== "theirs"}
                    onChange={() => setChoice((c) => ({ ...c, [f.name]: "mine" }))}
                    label={show(mine[f.name])}
                    aria-label={`Keep your ${f.label}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Radio
                    name={`keep-${f.name}`}
                    checked={choice[f.name] === "theirs"}
                    onChange={() => setChoice((c) => ({ ...c, [f.name]: "theirs" }))}
                    label={show(theirs[f.name])}
                    aria-label={`Keep the saved ${f.label}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {differing.length === 0 && (
          <Text size="sm" c="dimmed">
            The saved version already has the same values as your edit.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Discard my edit
          </Button>
          <Button onClick={() => onResolve(merged())}>Save merged version</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
