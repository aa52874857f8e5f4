/**
 * The ISMS calendar of an organization: the dated obligations of every register in one list, each
 * with its owner, its source record and its state today. Nothing is stored here; the records are
 * the calendar.
 */
import {
  type CalendarState,
  calendarState,
  type ObligationKind,
  ownedBy,
  recurrenceRule,
} from "../../domain/calendar.js";
import { listIncidents } from "../operations/incident.service.js";
import { listSuppliers } from "../operations/supplier.service.js";
import { getMethodology } from "../risks/methodology.service.js";
import type { OrgScope } from "../scope.js";
import { ownerNames } from "./calendar.people.js";

export interface CalendarItem {
  kind: ObligationKind;
  title: string;
  /** YYYY-MM-DD, or an ISO 8601 time for a notification deadline. */
  due: string;
  owner: string | null;
  state: CalendarState;
  source: { type: string; key: string };
  /** The app's page for the record, relative to the organization. */
  page: string;
  /** For obligations that come back on an interval: an RFC 5545 RRULE ("FREQ=YEARLY"). */
  recurrence: string | null;
}

export interface CalendarFilter {
  /** A person's name or e-mail, a job title or an ISMS role: everything owned under any of their names. */
  owner?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Leave out obligations already met. */
  open?: boolean | undefined;
}

type Raw = Omit<CalendarItem, "state" | "recurrence"> & { status: string | null; recurrence?: string | null };

type Add = (item: Raw) => void;

async function collect(scope: OrgScope): Promise<Raw[]> {
  const items: Raw[] = [];
  const add: Add = (item) => items.push(item);
  await collectRisksAndControls(scope, add);
  await collectManagement(scope, add);
  await collectOperations(scope, add);
  await collectAcknowledgements(scope, add);
  return items;
}

/** Risk reviews and treatment actions, control reviews, evidence and document reviews. */
async function collectRisksAndControls(scope: OrgScope, add: Add): Promise<void> {
  const r = scope.read;
  const [risks, actions, soa, evidence, documents, { method }] = await Promise.all([
    r.list("risks"),
    r.list("treatmentActions"),
    r.list("soaEntries"),
    r.list("evidence"),
    r.list("documents"),
    getMethodology(r),
  ]);
  const riskEvery = recurrenceRule(method.reviewIntervalMonths);
  const riskKey = new Map(risks.map((x) => [x.id, x.key]));
  for (const x of risks)
    if (x.nextReviewOn && x.status !== "closed")
      add({
        kind: "risk-review",
        title: `Review risk ${x.key}: ${x.title}`,
        due: x.nextReviewOn,
        owner: x.owner,
        status: null,
        source: { type: "risk", key: x.key },
        page: `risks/${x.key}`,
        recurrence: riskEvery,
      });
  for (const x of actions)
    if (x.dueOn)
      add({
        kind: "treatment-action",
        title: x.title,
        due: x.dueOn,
        owner: x.owner,
        status: x.status,
        source: { type: "risk", key: riskKey.get(x.riskId) ?? "" },
        page: `risks/${riskKey.get(x.riskId) ?? ""}`,
      });
  for (const x of soa)
    if (x.nextReviewOn)
      add({
        kind: "control-review",
        title: `Review control ${x.controlId}`,
        due: x.nextReviewOn,
        owner: x.owner,
        status: null,
        source: { type: "control", key: x.controlId },
        page: `soa/${x.controlId}`,
      });
  for (const x of evidence) {
    const due = x.reviewDueOn ?? x.effectiveTo;
    if (due)
      add({
        kind: "evidence-review",
        title: `Renew or review evidence ${x.key}: ${x.title}`,
        due,
        owner: x.owner,
        status: null,
        source: { type: "evidence", key: x.key },
        page: "evidence",
      });
  }
  for (const x of documents)
    if (x.nextReviewOn)
      add({
        kind: "document-review",
        title: `Review ${x.title}`,
        due: x.nextReviewOn,
        owner: x.owner,
        status: null,
        source: { type: "document", key: x.key },
        page: x.key.startsWith("POL") ? `policies/${x.key}` : "documents",
        recurrence: recurrenceRule(x.reviewMonths ?? (x.key.startsWith("POL") ? 12 : null)),
      });
}

/** Internal audits, management reviews, objectives and corrective actions (clauses 6.2, 9, 10). */
async function collectManagement(scope: OrgScope, add: Add): Promise<void> {
  const r = scope.read;
  const [audits, reviews, objectives] = await Promise.all([
    r.list("audits"),
    r.list("managementReviews"),
    r.list("objectives"),
  ]);
  for (const x of audits)
    if (x.plannedStart)
      add({
        kind: "internal-audit",
        title: `Internal audit ${x.key}: ${x.title}`,
        due: x.plannedStart,
        owner: x.auditor,
        status: x.status,
        source: { type: "audit", key: x.key },
        page: "audits",
      });
  for (const x of reviews)
    if (x.heldOn)
      add({
        kind: "management-review",
        title: `Management review ${x.key}`,
        due: x.heldOn,
        owner: null,
        status: x.status,
        source: { type: "review", key: x.key },
        page: "reviews",
      });
  for (const x of objectives)
    if (x.dueOn)
      add({
        kind: "objective",
        title: `Objective ${x.key}: ${x.title}`,
        due: x.dueOn,
        owner: x.owner,
        status: x.status,
        source: { type: "objective", key: x.key },
        page: "objectives",
      });
  const ncs = await r.list("nonconformities");
  const ncKey = new Map(ncs.map((x) => [x.id, x.key]));
  for (const x of await r.list("correctiveActions"))
    if (x.dueOn)
      add({
        kind: "corrective-action",
        title: x.description,
        due: x.dueOn,
        owner: x.owner,
        status: x.status,
        source: { type: "nonconformity", key: ncKey.get(x.nonconformityId) ?? "" },
        page: "nonconformities",
      });
}

/** Supplier reviews and certificate expiries, requirement reviews, notification deadlines. */
async function collectOperations(scope: OrgScope, add: Add): Promise<void> {
  const r = scope.read;
  for (const s of await listSuppliers(scope)) {
    if (s.status === "offboarded") continue;
    if (s.nextReviewOn)
      add({
        kind: "supplier-review",
        title: `Review supplier ${s.name}`,
        due: s.nextReviewOn,
        owner: s.owner,
        status: null,
        source: { type: "supplier", key: s.key },
        page: `suppliers/${s.key}`,
      });
    if (s.certificateExpiresOn)
      add({
        kind: "certificate-expiry",
        title: `${s.latestAssessment?.document ?? "Assurance document"} of ${s.name} expires`,
        due: s.certificateExpiresOn,
        owner: s.owner,
        status: null,
        source: { type: "supplier", key: s.key },
        page: `suppliers/${s.key}`,
      });
  }
  for (const q of await r.list("requirements"))
    if (q.reviewOn)
      add({
        kind: "requirement-review",
        title: `Review requirement ${q.key}: ${q.title}`,
        due: q.reviewOn,
        owner: q.owner,
        status: null,
        source: { type: "requirement", key: q.key },
        page: "requirements",
      });
  for (const i of await listIncidents(scope))
    for (const n of i.notifications)
      if (n.dueAt)
        add({
          kind: "incident-notification",
          title: `${n.label} for ${i.key}: ${i.title}`,
          due: n.dueAt,
          owner: null,
          status: n.sentAt ? "sent" : null,
          source: { type: "incident", key: i.key },
          page: `incidents/${i.key}`,
        });
}

/** Acknowledgements still asked of someone for a policy in force: two weeks from the request. */
async function collectAcknowledgements(scope: OrgScope, add: Add): Promise<void> {
  const published = await scope.read.list("policyVersions", { state: "published" });
  const docs = new Map((await scope.read.list("documents")).map((d) => [d.id, d]));
  for (const version of published) {
    if (!version.ackVersionId) continue;
    const doc = docs.get(version.documentId);
    for (const ask of await scope.read.list("policyAcks", { versionId: version.ackVersionId })) {
      if (ask.acknowledgedAt) continue;
      const due = new Date(Date.parse(ask.requestedAt) + 14 * 86_400_000).toISOString().slice(0, 10);
      add({
        kind: "acknowledgement",
        title: `Read and acknowledge ${version.title} (version ${version.number})`,
        due,
        owner: ask.email ?? ask.person,
        status: null,
        source: { type: "policy", key: doc?.key ?? "" },
        page: `policies/${doc?.key ?? ""}`,
      });
    }
  }
}

/** The organization's obligations, earliest first, with the filter applied. */
export async function organizationCalendar(
  scope: OrgScope,
  filter: CalendarFilter = {},
): Promise<CalendarItem[]> {
  const names = filter.owner ? await ownerNames(scope, filter.owner) : [];
  const items = (await collect(scope))
    .map(({ status, recurrence, ...item }) => ({
      ...item,
      recurrence: recurrence ?? null,
      state: calendarState(item.due, status, scope.today),
    }))
    .filter((i) => !filter.owner || ownedBy(i.owner, names))
    .filter((i) => !filter.from || i.due.slice(0, 10) >= filter.from)
    .filter((i) => !filter.to || i.due.slice(0, 10) <= filter.to)
    .filter((i) => !filter.open || i.state !== "done");
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}

/** The signed-in person's open obligations in every organization they belong to. */
export async function myTasks(
  scopes: readonly { slug: string; name: string; scope: OrgScope }[],
  person: { email: string },
) {
  const out: (CalendarItem & { organization: { slug: string; name: string } })[] = [];
  for (const { slug, name, scope } of scopes)
    for (const item of await organizationCalendar(scope, { owner: person.email, open: true }))
      out.push({ ...item, organization: { slug, name } });
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
