/**
 * Days and months of the calendar as YYYY-MM-DD and YYYY-MM strings. Date-only values are
 * computed in UTC so a day never moves with the time zone; a notification deadline (an ISO time)
 * falls on the day it is in where the reader is.
 */
import { formatDate, formatDateTime } from "../../components/common";

const pad = (n: number) => String(n).padStart(2, "0");
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Whether a due value is a time (an incident notification deadline), not a day. */
export const isTime = (due: string): boolean => due.length > 10;

/** The day an obligation is due (YYYY-MM-DD). */
export function dayOf(due: string): string {
  if (!isTime(due)) return due;
  const d = new Date(due);
  return Number.isNaN(d.getTime()) ? due.slice(0, 10) : localDay(d);
}

/** The due date in words: "5 Jan 2027", or "5 Jan 2027, 14:00" for a deadline. */
export const formatDue = (due: string): string => (isTime(due) ? formatDateTime(due) : formatDate(due));

/** Today where the reader is (YYYY-MM-DD). */
export const today = (): string => localDay(new Date());

/** The month (YYYY-MM) of a day. */
export const monthOf = (day: string): string => day.slice(0, 7);

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** "December 2026". */
export const monthTitle = (month: string): string =>
  utc(`${month}-01`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A month before or after (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const d = utc(`${month}-01`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return isoDay(d).slice(0, 7);
}

/** Whether a string is a month (YYYY-MM). */
export const isMonth = (value: string | null): value is string =>
  !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The weeks of a month's grid, Monday first: each a list of seven days, some from the months around it. */
export function monthWeeks(month: string): string[][] {
  const first = utc(`${month}-01`);
  const start = new Date(first);
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  const cursor = new Date(start);
  do {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(isoDay(cursor));
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (isoDay(cursor).slice(0, 7) === month);
  return weeks;
}

export const WEEKDAYS = [
  { short: "Mon", long: "Monday" },
  { short: "Tue", long: "Tuesday" },
  { short: "Wed", long: "Wednesday" },
  { short: "Thu", long: "Thursday" },
  { short: "Fri", long: "Friday" },
  { short: "Sat", long: "Saturday" },
  { short: "Sun", long: "Sunday" },
] as const;

/** "Monday 7 December 2026", for a day cell's accessible name. */
export const longDay = (day: string): string =>
  utc(day).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
