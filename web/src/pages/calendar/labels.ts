/**
 * People's words and colours for the ISMS calendar: the kinds of obligation (domain/calendar.ts
 * OBLIGATION_KINDS) and their states. Kept with the calendar pages; a kind missing here is still
 * put into words.
 */
import { humanize } from "../../../../src/domain/labels";
import type { CalendarItem, CalendarState, ObligationKind } from "./queries";

export const KIND_LABELS: Record<ObligationKind, string> = {
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
