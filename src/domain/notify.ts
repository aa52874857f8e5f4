/**
 * When reminders go out: a digest per person, daily or weekly at an hour of the installation's
 * choosing (UTC), and immediate messages for short clocks. Each scheduled message has a key that
 * names it exactly (whom, what, which day), so it is sent once however often the schedule runs.
 */

export const DIGESTS = ["off", "daily", "weekly"] as const;
export type Digest = (typeof DIGESTS)[number];

export interface DigestSchedule {
  /** Hour of the day (0–23, UTC) from which the day's digests go out. */
  hour: number;
  /** Day of the weekly digest, 1 = Monday … 7 = Sunday (ISO 8601). */
  weekday: number;
}

const isoWeekday = (now: Date) => ((now.getUTCDay() + 6) % 7) + 1;

/**
 * The day whose digest is due at `now`, or null: a daily digest from the hour on each day, a
 * weekly one from the hour on its weekday. A day missed entirely (the service was down) is not
 * sent late: a digest is about today.
 */
export function digestPeriod(cadence: Digest, now: Date, schedule: DigestSchedule): string | null {
  if (cadence === "off" || now.getUTCHours() < schedule.hour) return null;
  if (cadence === "weekly" && isoWeekday(now) !== schedule.weekday) return null;
  return now.toISOString().slice(0, 10);
}

/** The key of a scheduled digest: one per person, organization, cadence and day. */
export const digestKey = (orgId: string, userId: string, cadence: Digest, day: string) =>
  `digest:${orgId}:${userId}:${cadence}:${day}`;

/** The key of an immediate message: one per record that starts it and person. */
export const alertKey = (kind: string, recordId: string, userId: string) =>
  `alert:${kind}:${recordId}:${userId}`;
