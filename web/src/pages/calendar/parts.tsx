/** Pieces both calendar pages use: an obligation's state as a tag, its kind, its link and its due date. */
import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { Tag } from "../manage/shared";
import { formatDue, isTime } from "./dates";
import { kindLabel, STATE_COLOURS, STATE_LABELS } from "./labels";
import type { CalendarItem, CalendarState } from "./queries";

/** The state in words and colour (overdue red, due amber, upcoming neutral, done muted). */
export function StateTag({ state }: { state: CalendarState }) {
  return <Tag color={STATE_COLOURS[state] ?? "gray"}>{STATE_LABELS[state] ?? state}</Tag>;
}

export function KindText({ kind }: { kind: CalendarItem["kind"] }) {
  return (
    <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
      {kindLabel(kind)}
    </Text>
  );
}

/** The obligation's title, linked to its record's page in its organization. */
export function ItemLink({ item, slug, size = "sm" }: { item: CalendarItem; slug: string; size?: string }) {
  return (
    <Anchor component={Link} to={`/o/${slug}/${item.page}`} fw={500} size={size} data-testid="task-link">
      {item.title}
    </Anchor>
  );
}

/** The due date, and the time for a notification deadline. */
export function DueText({ due }: { due: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: "nowrap" }} component="span">
      {isTime(due) ? `${formatDue(due)} (deadline)` : formatDue(due)}
    </Text>
  );
}
