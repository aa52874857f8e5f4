/**
 * Information security events and incidents (Annex A 5.24–5.28, 6.8): reported by anyone, triaged
 * into event or incident with a severity, handled along a timeline (containment, eradication,
 * recovery), with the notification obligations that apply and their due times, and closed with the
 * lessons learned. Counts and time to close per severity feed monitoring (9.1).
 */
import { z } from "zod";
import type { OrgRowOf, OrgWriter } from "../../db/store.js";
import { conflict, invalid, stale } from "../../domain/errors.js";
import {
  dueState,
  INCIDENT_KINDS,
  INCIDENT_PHASES,
  INCIDENT_STATUSES,
  OBLIGATION_KEYS,
  OBLIGATIONS,
  type Obligation,
  obligationDue,
  SEVERITIES,
} from "../../domain/operations.js";
import { actorName, type OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { childrenOf, controlIds, parseList, recordByKey } from "./records.js";

const instant = z.string().datetime({ offset: true }).describe("ISO 8601 date and time");
const text = (max: number) => z.string().trim().max(max).nullish();

export const ZIncidentInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/)
    .optional(),
  title: z.string().trim().min(1).max(300),
  description: text(10_000),
  kind: z.enum(INCIDENT_KINDS).optional(),
  severity: z.enum(SEVERITIES),
  detectedAt: instant.optional().describe("When it became known; defaults to now"),
  reportedBy: text(200),
  personalData: z.boolean().optional(),
  controlRefs: z.array(z.string().max(10)).max(93).optional(),
});
export const ZIncidentPatch = ZIncidentInput.omit({ key: true, detectedAt: true, reportedBy: true })
  .extend({ status: z.enum(INCIDENT_STATUSES), lessonsLearned: text(10_000) })
  .partial();
export type IncidentInput = z.output<typeof ZIncidentInput>;
export const ZEntryInput = z.object({
  phase: z.enum(INCIDENT_PHASES),
  note: z.string().trim().min(1).max(10_000),
  at: instant.optional(),
  evidenceKey: z.string().trim().max(40).nullish(),
});
export const ZNotificationInput = z.object({
  obligation: z.enum(OBLIGATION_KEYS as [Obligation, ...Obligation[]]),
  recipient: text(300),
  hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .nullish()
    .describe("For an obligation of your own"),
});
export const ZNotificationPatch = z.object({ sentAt: instant.nullish(), reference: text(300) });

type Row = OrgRowOf<"incidents">;
type NotificationRow = OrgRowOf<"incidentNotifications">;

function notificationView(n: NotificationRow, now: string) {
  return {
    id: n.id,
    obligation: n.obligation as Obligation,
    label: String(OBLIGATIONS[n.obligation as Obligation]?.label ?? n.obligation),
    recipient: n.recipient,
    dueAt: n.dueAt,
    sentAt: n.sentAt,
    reference: n.reference,
    state: dueState(n.dueAt, n.sentAt, now),
  };
}

function incidentView(row: Row, notifications: readonly NotificationRow[], now: string) {
  const views = notifications
    .map((n) => notificationView(n, now))
    .sort((a, b) => (a.dueAt ?? "~").localeCompare(b.dueAt ?? "~"));
  return {
    key: row.key,
    title: row.title,
    description: row.description,
    kind: row.kind as (typeof INCIDENT_KINDS)[number],
    severity: row.severity as (typeof SEVERITIES)[number],
    status: row.status as (typeof INCIDENT_STATUSES)[number],
    reportedBy: row.reportedBy,
    reportedAt: row.reportedAt,
    detectedAt: row.detectedAt,
    personalData: row.personalData === 1,
    closedAt: row.closedAt,
    lessonsLearned: row.lessonsLearned,
    controlRefs: parseList(row.controlRefs),
    version: row.version,
    notifications: views,
    nextDue: views.find((v) => !v.sentAt && v.dueAt)?.dueAt ?? null,
  };
}
export type IncidentView = ReturnType<typeof incidentView>;

export async function listIncidents(
  scope: OrgScope,
  filter: { status?: string | undefined; severity?: string | undefined } = {},
) {
  const rows = (await scope.read.list("incidents", {}, "reportedAt")).reverse();
  const notes = await childrenOf(
    scope.read,
    "incidentNotifications",
    "incidentId",
    rows.map((r) => r.id),
  );
  const now = new Date().toISOString();
  return rows
    .filter((r) => !filter.status || r.status === filter.status)
    .filter((r) => !filter.severity || r.severity === filter.severity)
    .map((r) => incidentView(r, notes.get(r.id) ?? [], now));
}

export async function getIncident(scope: OrgScope, key: string) {
  const row = await recordByKey(scope.read, "incidents", key, "incident");
  const notifications = await scope.read.list("incidentNotifications", { incidentId: row.id });
  const entries = await scope.read.list("incidentEntries", { incidentId: row.id }, "at");
  return {
    ...incidentView(row, notifications, new Date().toISOString()),
    entries: entries.map((e) => ({
      id: e.id,
      at: e.at,
      phase: e.phase as (typeof INCIDENT_PHASES)[number],
      note: e.note,
      author: e.author,
      evidenceKey: e.evidenceKey,
    })),
  };
}

/** Inserts a checked report (the report form and the import share it). */
export async function insertIncident(
  w: OrgWriter,
  p: IncidentInput,
  reporter: string,
  now: string,
): Promise<string> {
  const key = p.key?.toUpperCase() ?? (await w.nextKey("incidents", "INC"));
  if ((await w.list("incidents", { key })).length) throw conflict(`incident ${key} already exists`);
  await w.insert("incidents", {
    key,
    title: p.title,
    description: p.description ?? null,
    kind: p.kind ?? "event",
    severity: p.severity,
    status: "open",
    reportedBy: p.reportedBy ?? reporter,
    reportedAt: now,
    detectedAt: p.detectedAt ? new Date(p.detectedAt).toISOString() : now,
    personalData: p.personalData ? 1 : 0,
    closedAt: null,
    lessonsLearned: null,
    controlRefs: JSON.stringify(controlIds(p.controlRefs ?? ["5.24", "5.25", "5.26"])),
  });
  return key;
}

export async function reportIncident(scope: OrgScope, input: unknown) {
  const p = parseInput(ZIncidentInput, input, "incident");
  const reporter = await actorName(scope);
  const key = await scope.write((w) => insertIncident(w, p, reporter, new Date().toISOString()));
  return getIncident(scope, key);
}

export async function updateIncident(scope: OrgScope, key: string, expectedVersion: number, patch: unknown) {
  const p = parseInput(ZIncidentPatch, patch, "incident update");
  await scope.write(async (w) => {
    const row = await recordByKey(w, "incidents", key, "incident");
    if (row.version !== expectedVersion) throw stale(`incident ${row.key}`, row.version, expectedVersion);
    const lessons = p.lessonsLearned !== undefined ? p.lessonsLearned : row.lessonsLearned;
    const kind = p.kind ?? row.kind;
    if (p.status === "closed" && kind === "incident" && !lessons?.trim())
      throw invalid("record the lessons learned before closing an incident (5.27)", [
        { path: "lessonsLearned", message: "needed to close an incident" },
      ]);
    const { controlRefs, personalData, ...rest } = p;
    await w.update("incidents", row.id, expectedVersion, {
      ...rest,
      ...(personalData !== undefined && { personalData: personalData ? 1 : 0 }),
      ...(controlRefs && { controlRefs: JSON.stringify(controlIds(controlRefs)) }),
      ...(p.status && {
        closedAt: p.status === "closed" ? (row.closedAt ?? new Date().toISOString()) : null,
      }),
    });
  });
  return getIncident(scope, key);
}

export async function addEntry(scope: OrgScope, key: string, input: unknown) {
  const p = parseInput(ZEntryInput, input, "timeline entry");
  const author = await actorName(scope);
  await scope.write(async (w) => {
    const row = await recordByKey(w, "incidents", key, "incident");
    // What was collected lives in the evidence store (hashed files, their own trail).
    if (p.evidenceKey && !(await w.list("evidence", { key: p.evidenceKey })).length)
      throw invalid(`there is no evidence ${p.evidenceKey}; add the file to the evidence store first`, [
        { path: "evidenceKey", message: "unknown evidence" },
      ]);
    await w.insert("incidentEntries", {
      incidentId: row.id,
      at: p.at ? new Date(p.at).toISOString() : new Date().toISOString(),
      phase: p.phase,
      note: p.note,
      author,
      evidenceKey: p.evidenceKey ?? null,
    });
  });
  return getIncident(scope, key);
}

export async function addNotification(scope: OrgScope, key: string, input: unknown) {
  const p = parseInput(ZNotificationInput, input, "notification");
  if (p.obligation === "other" && !p.hours)
    throw invalid("give the hours allowed for an obligation of your own", [
      { path: "hours", message: "required" },
    ]);
  await scope.write(async (w) => {
    const row = await recordByKey(w, "incidents", key, "incident");
    await w.insert("incidentNotifications", {
      incidentId: row.id,
      obligation: p.obligation,
      recipient: p.recipient ?? null,
      dueAt: obligationDue(p.obligation, row.detectedAt, p.hours),
      sentAt: null,
      reference: null,
    });
  });
  return getIncident(scope, key);
}

export async function updateNotification(scope: OrgScope, key: string, id: string, patch: unknown) {
  const p = parseInput(ZNotificationPatch, patch, "notification");
  await scope.write(async (w) => {
    const row = await recordByKey(w, "incidents", key, "incident");
    const note = await w.get("incidentNotifications", id);
    if (!note || note.incidentId !== row.id) throw invalid(`incident ${row.key} has no notification ${id}`);
    await w.update("incidentNotifications", note.id, note.version, {
      ...(p.sentAt !== undefined && { sentAt: p.sentAt ? new Date(p.sentAt).toISOString() : null }),
      ...(p.reference !== undefined && { reference: p.reference }),
    });
  });
  return getIncident(scope, key);
}

/** Per severity: how many, how many closed, and the median hours from detection to closure (9.1). */
export async function incidentStats(scope: OrgScope) {
  const rows = await scope.read.list("incidents");
  return SEVERITIES.map((severity) => {
    const mine = rows.filter((r) => r.severity === severity && r.kind === "incident");
    const hours = mine
      .filter((r) => r.closedAt)
      .map((r) => (Date.parse(r.closedAt as string) - Date.parse(r.detectedAt)) / 3_600_000)
      .sort((a, b) => a - b);
    const mid = hours.length
      ? ((hours[(hours.length - 1) >> 1] ?? 0) + (hours[hours.length >> 1] ?? 0)) / 2
      : null;
    return {
      severity,
      count: mine.length,
      closed: hours.length,
      medianHoursToClose: mid === null ? null : Math.round(mid * 10) / 10,
    };
  });
}
