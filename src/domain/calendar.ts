/**
 * The ISMS calendar: every dated obligation the records hold (reviews, actions, expiries, audits,
 * notification deadlines), each with its state on a given day. Derived, never typed twice.
 */

export const OBLIGATION_KINDS = [
  "risk-review",
  "treatment-action",
  "control-review",
  "evidence-review",
  "document-review",
  "supplier-review",
  "certificate-expiry",
  "requirement-review",
  "internal-audit",
  "management-review",
  "corrective-action",
  "objective",
  "incident-notification",
  "acknowledgement",
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export const CALENDAR_STATES = ["overdue", "due", "upcoming", "done"] as const;
export type CalendarState = (typeof CALENDAR_STATES)[number];

/** How far ahead an obligation counts as due rather than upcoming. */
export const DUE_WITHIN_DAYS = 14;

/** Statuses that mean an obligation has been met, whatever the record. */
const DONE = new Set(["done", "completed", "closed", "achieved", "cancelled", "sent", "acknowledged"]);

/** An obligation's state on `today` (YYYY-MM-DD) from its due date and its record's status. */
export function calendarState(due: string, status: string | null, today: string): CalendarState {
  if (status && DONE.has(status)) return "done";
  const day = due.slice(0, 10);
  if (day < today) return "overdue";
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + DUE_WITHIN_DAYS);
  return day <= limit.toISOString().slice(0, 10) ? "due" : "upcoming";
}

/**
 * The RFC 5545 recurrence rule of an obligation that comes back every `months` months (a policy
 * reviewed yearly, risks reviewed at the methodology's interval), or null.
 */
export function recurrenceRule(months: number | null | undefined): string | null {
  if (!months || !Number.isInteger(months) || months < 1) return null;
  if (months % 12 === 0) return months === 12 ? "FREQ=YEARLY" : `FREQ=YEARLY;INTERVAL=${months / 12}`;
  return months === 1 ? "FREQ=MONTHLY" : `FREQ=MONTHLY;INTERVAL=${months}`;
}

/** Whether a free-text owner is one of a person's names (name, e-mail, job title, roles held), ignoring case. */
export function ownedBy(owner: string | null, names: readonly string[]): boolean {
  if (!owner) return false;
  const o = owner.trim().toLowerCase();
  return names.some((n) => n.trim().toLowerCase() === o);
}

/** People's words for each kind of obligation. */
export const OBLIGATION_LABELS: Record<ObligationKind, string> = {
  "risk-review": "Risk review",
  "treatment-action": "Treatment action",
  "control-review": "Control review",
  "evidence-review": "Evidence review",
  "document-review": "Document review",
  "supplier-review": "Supplier review",
  "certificate-expiry": "Certificate expiry",
  "requirement-review": "Requirement review",
  "internal-audit": "Internal audit",
  "management-review": "Management review",
  "corrective-action": "Corrective action",
  objective: "Objective",
  "incident-notification": "Incident notification",
  acknowledgement: "Policy acknowledgement",
};
