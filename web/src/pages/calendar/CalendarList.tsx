/** The calendar as a list: the obligations month by month, a table on a desktop and cards on a phone. */
import { Stack, Table, Text, Title } from "@mantine/core";
import { dayOf, monthOf, monthTitle } from "./dates";
import { DueText, ItemLink, KindText, StateTag } from "./parts";
import type { CalendarItem } from "./queries";

/** The items by month, in the order they come (earliest first). */
function byMonth(items: CalendarItem[]): [string, CalendarItem[]][] {
  const months = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const month = monthOf(dayOf(item.due));
    months.set(month, [...(months.get(month) ?? []), item]);
  }
  return [...months];
}

function MonthTable({ month, items, slug }: { month: string; items: CalendarItem[]; slug: string }) {
  const id = `calendar-month-${month}`;
  return (
    <Stack gap={6} data-testid={`calendar-month-${month}`}>
      <Title order={3} fz="md" id={id}>
        {monthTitle(month)}{" "}
        <Text span c="dimmed" size="sm" fw={400}>
          ({items.length})
        </Text>
      </Title>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="xs" className="cards-on-phone" aria-labelledby={id}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>Due</Table.Th>
              <Table.Th>Obligation</Table.Th>
              <Table.Th w={200}>Owner</Table.Th>
              <Table.Th w={120}>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr
                key={`${item.kind}-${item.source.type}-${item.source.key}-${item.due}-${item.title}`}
                data-testid="calendar-item"
                data-kind={item.kind}
              >
                <Table.Td>
                  <DueText due={item.due} />
                </Table.Td>
                <Table.Td>
                  <KindText kind={item.kind} />
                  <ItemLink item={item} slug={slug} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={item.owner ? undefined : "dimmed"}>
                    <span className="cal-phone-label">Owner: </span>
                    {item.owner ?? "No owner named"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StateTag state={item.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function CalendarList({ items, slug }: { items: CalendarItem[]; slug: string }) {
  return (
    <Stack gap="lg" data-testid="calendar-list">
      {byMonth(items).map(([month, list]) => (
        <MonthTable key={month} month={month} items={list} slug={slug} />
      ))}
    </Stack>
  );
}
