/**
 * The operational registers auditors sample: suppliers and cloud services (Annex A 5.19–5.23),
 * incidents (5.24–5.28, 6.8) and legal, statutory, regulatory and contractual requirements (5.31,
 * clause 4.2). Their choices, and the clocks of notification obligations.
 */

import type { Blocker } from "./readiness-facts.js";

export const CRITICALITIES = ["low", "medium", "high", "critical"] as const;
export const SUPPLIER_STATUSES = ["onboarding", "active", "offboarded"] as const;
export const ASSESSMENT_METHODS = ["certificate", "soc2", "questionnaire", "audit", "other"] as const;
export const ASSESSMENT_RESULTS = ["acceptable", "conditional", "unacceptable"] as const;
export const RISK_LEVELS = ["low", "medium", "high"] as const;

/** The security terms a supplier contract is checked for (5.20). */
export const CONTRACT_TERMS = [
  "securityRequirements",
  "dataProcessingAgreement",
  "breachNotification",
  "rightToAudit",
  "subprocessors",
  "exitAndDataReturn",
] as const;
export type ContractTerm = (typeof CONTRACT_TERMS)[number];

export const INCIDENT_KINDS = ["event", "incident"] as const;
export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const INCIDENT_STATUSES = ["open", "contained", "recovered", "closed"] as const;
export const INCIDENT_PHASES = [
  "detection",
  "triage",
  "containment",
  "eradication",
  "recovery",
  "communication",
  "note",
] as const;

export const REQUIREMENT_KINDS = ["legal", "statutory", "regulatory", "contractual"] as const;

/**
 * Notification obligations with their clocks, counted from when the incident was detected (or
 * became known): a personal-data breach to the supervisory authority within 72 hours (GDPR art. 33);
 * under NIS2 art. 23 an early warning within 24 hours, the notification within 72 hours and a
 * final report within one month.
 */
export const OBLIGATIONS = {
  "gdpr-breach": { label: "Personal data breach to the supervisory authority", hours: 72 },
  "nis2-early-warning": { label: "NIS2 early warning to the CSIRT or authority", hours: 24 },
  "nis2-notification": { label: "NIS2 incident notification", hours: 72 },
  "nis2-final-report": { label: "NIS2 final report", months: 1 },
  other: { label: "Other obligation (contract, regulator)", hours: null },
} as const satisfies Record<string, { label: string; hours?: number | null; months?: number }>;
export type Obligation = keyof typeof OBLIGATIONS;
export const OBLIGATION_KEYS = Object.keys(OBLIGATIONS) as Obligation[];

/** When an obligation falls due, from the moment the incident became known (ISO 8601, UTC). */
export function obligationDue(obligation: Obligation, knownAt: string, hours?: number | null): string | null {
  const rule: { hours?: number | null; months?: number } = OBLIGATIONS[obligation];
  const start = new Date(knownAt);
  if (Number.isNaN(start.getTime())) return null;
  if (rule.months) {
    start.setUTCMonth(start.getUTCMonth() + rule.months);
    return start.toISOString();
  }
  const h = rule.hours ?? hours ?? null;
  return h === null ? null : new Date(start.getTime() + h * 3_600_000).toISOString();
}

/** A due time's state at `now`: sent, overdue, due within a day, or later. */
export function dueState(
  dueAt: string | null,
  sentAt: string | null,
  now: string,
): "sent" | "overdue" | "due_soon" | "later" | "none" {
  if (sentAt) return "sent";
  if (!dueAt) return "none";
  if (dueAt <= now) return "overdue";
  return Date.parse(dueAt) - Date.parse(now) <= 24 * 3_600_000 ? "due_soon" : "later";
}

/** What readiness needs to know of the operational registers. */
export interface OperationsFacts {
  applicableControls: readonly string[];
  /** Controls with linked evidence or a document (a published policy) that serves them. */
  documentedControls: readonly string[];
  incidents: number;
  overdueNotifications: number;
  supplierReviewsOverdue: number;
}

/**
 * Stage 2 gaps the operational registers show: an applicable incident management control with no
 * process and no record of any incident (5.24, 5.26), notifications past their deadline, supplier
 * reviews past due (5.22).
 */
export function operationsBlockers(f: OperationsFacts): Blocker[] {
  const blockers: Blocker[] = [];
  const incidentControls = ["5.24", "5.25", "5.26"];
  if (
    f.applicableControls.includes("5.24") &&
    f.incidents === 0 &&
    !incidentControls.some((c) => f.documentedControls.includes(c))
  )
    blockers.push({
      stage: 2,
      ref: "control:5.24",
      message:
        "5.24 applies, but there is neither an incident management process nor any record of an incident",
      fix: { action: "record-incident-process" },
    });
  if (f.overdueNotifications)
    blockers.push({
      stage: 2,
      ref: "control:5.26",
      message: `${f.overdueNotifications} incident notification${f.overdueNotifications === 1 ? " is" : "s are"} past the deadline and not recorded as sent`,
      fix: { action: "send-notifications" },
    });
  if (f.supplierReviewsOverdue)
    blockers.push({
      stage: 2,
      ref: "control:5.22",
      message: `${f.supplierReviewsOverdue} supplier review${f.supplierReviewsOverdue === 1 ? " is" : "s are"} overdue`,
      fix: { action: "review-suppliers" },
    });
  return blockers;
}
