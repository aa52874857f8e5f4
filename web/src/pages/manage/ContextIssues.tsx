/** The table of internal or external issues, with edit and delete buttons for those who may. */
import { Group, Table, Text } from "@mantine/core";
import { IconLeaf } from "@tabler/icons-react";
import type { Issue } from "../../api/types";
import { EmptyState } from "../../components/common";
import { type EditDialog, IssueActions } from "./ContextEdit";
import { Tag } from "./shared";

export function IssueTable({
  issues,
  kind,
  edit,
}: {
  issues: Issue[];
  kind: string;
  edit?: (d: EditDialog) => void;
}) {
  const list = issues.filter((i) => i.kind === kind);
  if (list.length === 0)
    return (
      <EmptyState title={`No ${kind} issues`}>
        Add the {kind} matters that affect information security.
      </EmptyState>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid={`issues-${kind}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Issue</Table.Th>
            <Table.Th w={170}>Category</Table.Th>
            {edit && <Table.Th w={70} aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((issue) => (
            <Table.Tr key={issue.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={600}>
                    {issue.title}
                  </Text>
                  {issue.climateRelated && (
                    <Tag color="green">
                      <Group gap={3} wrap="nowrap">
                        <IconLeaf size={12} aria-hidden />
                        climate
                      </Group>
                    </Tag>
                  )}
                </Group>
                {issue.description && (
                  <Text size="sm" c="dimmed" mt={2}>
                    {issue.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{issue.category ?? "—"}</Text>
              </Table.Td>
              {edit && (
                <Table.Td>
                  <IssueActions issue={issue} open={edit} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
