/** The SoA entries of one theme as an editable table. */
import { Badge, Group, Paper, Table, Title } from "@mantine/core";
import type { SoaEntry } from "../../api/types";
import { SoaRow } from "./SoaRow";

export function SoaGrid({
  title,
  entries,
  slug,
  canWrite,
}: {
  title: string;
  entries: SoaEntry[];
  slug: string;
  canWrite: boolean;
}) {
  const included = entries.filter((e) => e.applicable).length;
  const implemented = entries.filter((e) => e.applicable && e.status === "implemented").length;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          {title}
        </Title>
        <Group gap={6}>
          <Badge variant="light" color="indigo" radius="sm" tt="none" c="dark.8">
            {included} of {entries.length} included
          </Badge>
          <Badge variant="light" color="teal" radius="sm" tt="none" c="dark.8">
            {implemented} implemented
          </Badge>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={940}>
        <Table striped highlightOnHover verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="25%">Control</Table.Th>
              <Table.Th w={136}>Applicability</Table.Th>
              <Table.Th w={176}>Status</Table.Th>
              <Table.Th w={146}>Owner</Table.Th>
              <Table.Th>Justification</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <SoaRow key={entry.controlId} entry={entry} slug={slug} canWrite={canWrite} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
