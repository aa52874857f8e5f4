/** One group of the signed-in person's tasks as a table (cards on a phone). */
import { Group, Stack, Table, Text } from "@mantine/core";
import { Section } from "../manage/shared";
import { DueText, ItemLink, KindText, StateTag } from "./parts";
import type { MyTask } from "./queries";

export function TaskGroup({
  title,
  description,
  tasks,
  currentSlug,
  testId,
}: {
  title: string;
  description: string;
  tasks: MyTask[];
  currentSlug: string;
  testId: string;
}) {
  const elsewhere = tasks.some((t) => t.organization.slug !== currentSlug);
  return (
    <Section title={`${title} (${tasks.length})`} description={description} testId={testId}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" className="cards-on-phone">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Task</Table.Th>
              <Table.Th w={200}>Due</Table.Th>
              {elsewhere && <Table.Th w={200}>Organization</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((t) => (
              <Table.Tr
                key={`${t.organization.slug}-${t.kind}-${t.source.type}-${t.source.key}-${t.due}`}
                data-testid="task"
                data-kind={t.kind}
              >
                <Table.Td>
                  <Stack gap={2}>
                    <KindText kind={t.kind} />
                    <ItemLink item={t} slug={t.organization.slug} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <DueText due={t.due} />
                    {t.state === "overdue" && <StateTag state={t.state} />}
                  </Group>
                </Table.Td>
                {elsewhere && (
                  <Table.Td>
                    {t.organization.slug === currentSlug ? (
                      <Text size="sm" c="dimmed">
                        This organization
                      </Text>
                    ) : (
                      <Text size="sm">{t.organization.name}</Text>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
