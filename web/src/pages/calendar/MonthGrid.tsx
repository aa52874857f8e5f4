/**
 * The calendar as a month: a table of weeks, Monday first, each obligation on its day; today
 * marked. On a phone the days show how many obligations fall on them and the month's obligations
 * follow as a list under the grid.
 */
import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { Link } from "react-router";
import { dayOf, longDay, monthOf, monthTitle, monthWeeks, shiftMonth, today, WEEKDAYS } from "./dates";
import { kindLabel, STATE_LABELS } from "./labels";
import { DueText, ItemLink, KindText, StateTag } from "./parts";
import type { CalendarItem } from "./queries";

function DayCell({
  day,
  month,
  items,
  slug,
}: {
  day: string;
  month: string;
  items: CalendarItem[];
  slug: string;
}) {
  const isToday = day === today();
  const outside = monthOf(day) !== month;
  return (
    <td
      className="cal-day"
      data-outside={outside || undefined}
      data-today={isToday || undefined}
      aria-current={isToday ? "date" : undefined}
      data-testid={`day-${day}`}
    >
      <div className="cal-day-number">
        <span aria-hidden>{Number(day.slice(8))}</span>
        <span className="visually-hidden-text">
          {longDay(day)}
          {isToday ? ", today" : ""}
        </span>
      </div>
      {items.length > 0 && (
        <>
          <span className="cal-day-count" aria-hidden>
            {items.length}
          </span>
          <ul className="cal-day-items">
            {items.map((item) => (
              <li key={`${item.kind}-${item.source.key}-${item.due}-${item.title}`} data-state={item.state}>
                <Anchor
                  component={Link}
                  to={`/o/${slug}/${item.page}`}
                  className="cal-item"
                  data-state={item.state}
                  data-kind={item.kind}
                  title={`${kindLabel(item.kind)}: ${item.title} (${STATE_LABELS[item.state]})`}
                >
                  <span className="visually-hidden-text">
                    {kindLabel(item.kind)}, {STATE_LABELS[item.state].toLowerCase()}:{" "}
                  </span>
                  {item.title}
                </Anchor>
              </li>
            ))}
          </ul>
        </>
      )}
    </td>
  );
}

/** The month's obligations as a list: what a phone shows under the grid. */
function Agenda({ items, slug }: { items: CalendarItem[]; slug: string }) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" className="cal-agenda" data-testid="month-agenda">
      <Title order={3} fz="md">
        This month
      </Title>
      {items.map((item) => (
        <Group
          key={`${item.kind}-${item.source.key}-${item.due}-${item.title}`}
          gap="xs"
          justify="space-between"
          wrap="nowrap"
          align="flex-start"
          className="cal-agenda-item"
        >
          <Stack gap={0} style={{ minWidth: 0 }}>
            <KindText kind={item.kind} />
            <ItemLink item={item} slug={slug} />
            <Text size="sm" c="dimmed">
              <DueText due={item.due} />
              {item.owner ? ` · ${item.owner}` : ""}
            </Text>
          </Stack>
          <StateTag state={item.state} />
        </Group>
      ))}
    </Stack>
  );
}

export function MonthGrid({
  month,
  items,
  slug,
  onMonth,
}: {
  month: string;
  items: CalendarItem[];
  slug: string;
  onMonth: (month: string) => void;
}) {
  const byDay = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const day = dayOf(item.due);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const inMonth = items.filter((i) => monthOf(dayOf(i.due)) === month);
  const current = monthOf(today());
  return (
    <Stack gap="sm" data-testid="month-view">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Button
          variant="default"
          leftSection={<IconChevronLeft size={16} aria-hidden />}
          onClick={() => onMonth(shiftMonth(month, -1))}
          aria-label={`Previous month, ${monthTitle(shiftMonth(month, -1))}`}
          data-testid="previous-month"
        >
          <span className="cal-nav-word">Previous</span>
        </Button>
        <Stack gap={0} align="center">
          <Title order={3} fz="lg" aria-live="polite" data-testid="month-title">
            {monthTitle(month)}
          </Title>
          {month !== current && (
            <Button variant="subtle" size="compact-sm" onClick={() => onMonth(current)}>
              Back to this month
            </Button>
          )}
        </Stack>
        <Button
          variant="default"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          onClick={() => onMonth(shiftMonth(month, 1))}
          aria-label={`Next month, ${monthTitle(shiftMonth(month, 1))}`}
          data-testid="next-month"
        >
          <span className="cal-nav-word">Next</span>
        </Button>
      </Group>
      <table className="cal-month">
        <caption className="visually-hidden-text">
          {monthTitle(month)}: {inMonth.length} {inMonth.length === 1 ? "obligation" : "obligations"}
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d.short} scope="col" abbr={d.long}>
                {d.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <DayCell key={day} day={day} month={month} items={byDay.get(day) ?? []} slug={slug} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Agenda items={inMonth} slug={slug} />
    </Stack>
  );
}
