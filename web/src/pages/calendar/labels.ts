/**
 * People's words and colours for the ISMS calendar: the kinds of obligation (domain/calendar.ts
 * OBLIGATION_LABELS, shared with the digests) and their states; a kind missing there is still put
 * into words.
 */
import { OBLIGATION_LABELS } from "../../../../src/domain/calendar";
import { humanize } from "../../../../src/domain/labels";
import type { CalendarItem, CalendarState, ObligationKind } from "./queries";

/** One table of words for the kinds, shared with the e-mail digests (domain/calendar.ts). */
const KIND_LABELS: Record<ObligationKind, string> = OBLIGATION_LABELS;

export const STATE_LABELS: Record<CalendarState, string> = {
  overdue: "Overdue",
  due: "Due soon",
  upcoming: "Upcoming",
  done: "Done",
};

/** Overdue red, due amber, upcoming neutral, done muted (the Tag keeps the text readable). */
export const STATE_COLOURS: Record<CalendarState, string> = {
  overdue: "red",
  due: "yellow",
  upcoming: "blue",
  done: "gray",
};

export const kindLabel = (kind: CalendarItem["kind"]): string => KIND_LABELS[kind] ?? humanize(kind);

/** The kinds as select choices, in the order of the domain's list. */
export const KIND_CHOICES = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));
