/** Response shapes of the ISMS calendar, checked against the service results both ways. */
import { z } from "zod";
import { CALENDAR_STATES, OBLIGATION_KINDS } from "../../domain/calendar.js";
import { describes } from "../shape.js";
import type { CalendarItem, myTasks } from "./calendar.service.js";

const item = {
  kind: z.enum(OBLIGATION_KINDS),
  title: z.string(),
  due: z.string().describe("YYYY-MM-DD, or an ISO 8601 time for a notification deadline"),
  owner: z.string().nullable(),
  state: z.enum(CALENDAR_STATES),
  source: z.object({ type: z.string(), key: z.string() }).describe("The record the obligation comes from"),
  page: z.string().describe("The app's page for the record, relative to the organization"),
  recurrence: z
    .string()
    .nullable()
    .describe("For an obligation that comes back on an interval, its RFC 5545 rule (FREQ=YEARLY)"),
};

export const ZCalendarItem = describes<CalendarItem>()(z.object(item));
export const ZCalendar = z.object({ items: z.array(ZCalendarItem) });
export const ZMyTasks = describes<Awaited<ReturnType<typeof myTasks>>[number]>()(
  z.object({ ...item, organization: z.object({ slug: z.string(), name: z.string() }) }),
);
