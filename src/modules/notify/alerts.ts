/**
 * Immediate messages for short clocks: an incident notification obligation (24 or 72 hours from
 * detection) goes at once to whoever handles incidents, and a policy version waiting for approval
 * to the organization's owners (top management approves, clause 5.2). Each goes once per record
 * and person; a message no longer true when it is sent (notification made, version approved) is
 * dropped.
 */
import { OBLIGATIONS } from "../../domain/operations.js";
import type { MailMessage } from "../mail/mailer.js";
import type { OrgScope } from "../scope.js";
import { type Recipient, recipientsOf } from "./preferences.js";

export const ALERT_KINDS = ["incident-notification", "approval"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface Alert {
  kind: AlertKind;
  /** The notification or policy version. */
  recordId: string;
  userId: string;
}

type Member = Recipient;

/** Who handles incidents: holders of an ISMS role about incidents, else the owners and admins. */
async function incidentHandlers(scope: OrgScope, people: readonly Member[]): Promise<Member[]> {
  const same = (a: string | null, b: string) => (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();
  const holders = (await scope.read.list("ismsRoles"))
    .filter((r) => /incident/i.test(r.role) && r.holder)
    .map((r) => r.holder ?? "");
  const found = people.filter((m) =>
    holders.some((h) => same(m.name, h) || same(m.email, h) || same(m.title, h)),
  );
  return found.length > 0 ? found : people.filter((m) => m.role === "owner" || m.role === "admin");
}

/** Every immediate message the organization's records call for now (sent or not). */
export async function dueAlerts(scope: OrgScope): Promise<Alert[]> {
  const people = await recipientsOf(scope.db, scope.orgId);
  const out: Alert[] = [];
  const open = new Set(
    (await scope.read.list("incidents")).filter((i) => i.status !== "closed").map((i) => i.id),
  );
  const waiting = (await scope.read.list("incidentNotifications")).filter(
    (n) => n.dueAt && !n.sentAt && open.has(n.incidentId),
  );
  if (waiting.length > 0) {
    const handlers = await incidentHandlers(scope, people);
    for (const n of waiting)
      for (const h of handlers) out.push({ kind: "incident-notification", recordId: n.id, userId: h.userId });
  }
  const owners = people.filter((m) => m.role === "owner");
  for (const v of await scope.read.list("policyVersions", { state: "in_review" }))
    for (const o of owners) out.push({ kind: "approval", recordId: v.id, userId: o.userId });
  return out;
}

/** The message of an alert, or null when what it is about has been dealt with. */
export async function composeAlert(
  scope: OrgScope,
  alert: Alert,
  person: { name: string; email: string },
  context: { slug: string; organization: string; publicUrl: string },
): Promise<MailMessage | null> {
  const app = `${context.publicUrl.replace(/\/+$/, "")}/o/${context.slug}`;
  if (alert.kind === "incident-notification") {
    const n = await scope.read.get("incidentNotifications", alert.recordId);
    const incident = n && (await scope.read.get("incidents", n.incidentId));
    if (!n || !incident || n.sentAt || !n.dueAt || incident.status === "closed") return null;
    const label = OBLIGATIONS[n.obligation as keyof typeof OBLIGATIONS]?.label ?? n.obligation;
    const due = `${n.dueAt.slice(0, 16).replace("T", " ")} UTC`;
    const link = `${app}/incidents/${incident.key}`;
    return {
      to: person.email,
      subject: `${label} for ${incident.key} is due by ${due}`,
      text: [
        `Hello ${person.name},`,
        "",
        `${incident.key} "${incident.title}" in ${context.organization} needs a notification: ${label}${n.recipient ? ` to ${n.recipient}` : ""}, due by ${due} (the clock started when it was detected, ${incident.detectedAt.slice(0, 16).replace("T", " ")} UTC).`,
        "When it has been made, record it on the incident so the deadline shows as met:",
        link,
      ].join("\n"),
    };
  }
  const version = await scope.read.get("policyVersions", alert.recordId);
  if (version?.state !== "in_review") return null;
  const doc = await scope.read.get("documents", version.documentId);
  const link = `${app}/policies/${doc?.key ?? ""}`;
  return {
    to: person.email,
    subject: `Waiting for your approval: ${version.title} (version ${version.number})`,
    text: [
      `Hello ${person.name},`,
      "",
      `Version ${version.number} of "${version.title}" in ${context.organization} has been sent for review${version.submittedBy ? ` by ${version.submittedBy}` : ""} and waits for approval by top management.`,
      "Read it, comment or approve it here:",
      link,
    ].join("\n"),
  };
}
