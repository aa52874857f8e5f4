/** Plain-language wording of audit trail events: entity names, actions and readable values. */

import type { AuditEvent as TrailEvent } from "../../api/types";

export type { TrailEvent };

export const ENTITY_LABELS: Record<string, string> = {
  risks: "risk",
  riskAssets: "risk–asset link",
  riskControls: "risk–control link",
  treatmentActions: "treatment action",
  riskMethodologies: "risk methodology",
  riskAssessmentRuns: "risk assessment run",
  assets: "asset",
  soaEntries: "SoA entry",
  soaVersions: "approved SoA version",
  evidence: "evidence item",
  evidenceLinks: "evidence link",
  implementationNotes: "implementation note",
  tasks: "task",
  contextIssues: "context issue",
  interestedParties: "interested party",
  scopes: "ISMS scope",
  objectives: "objective",
  measurements: "measurement",
  documents: "document",
  audits: "internal audit",
  auditFindings: "audit finding",
  managementReviews: "management review",
  nonconformities: "nonconformity",
  correctiveActions: "corrective action",
  ismsRoles: "ISMS role",
  ismsChanges: "planned change",
  competenceRecords: "competence record",
  awarenessActivities: "awareness activity",
  communications: "communication",
  improvements: "improvement",
  memberships: "membership",
  organizations: "organization",
  users: "user",
  apiTokens: "API token",
  exports: "report",
  auditTrail: "audit trail",
};

export const entityLabel = (type: string) =>
  ENTITY_LABELS[type] ??
  type
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/s$/, "");

const ACTIONS: Record<string, string> = {
  create: "added",
  insert: "added",
  update: "changed",
  delete: "deleted",
  convert: "converted",
};

export const actionWord = (action: string) => ACTIONS[action] ?? action.replace(/_/g, " ");

export const actorLabel = (event: TrailEvent) => {
  if (event.actorName.startsWith("cli:")) return "Command line";
  if (event.actorName === "system") return "System";
  return event.actorName;
};

const MAX = 90;
const cut = (text: string, max = MAX) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** JSON kept as text (arrays and objects stored in text columns) becomes the value itself. */
function unpack(value: unknown): unknown {
  if (typeof value === "string" && /^[[{]/.test(value.trim())) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/** A value in a few readable words: lists joined, objects as "key: value", long text cut. */
export function readable(raw: unknown, max = MAX): string {
  const value = unpack(raw);
  if (value === null || value === undefined || value === "") return "empty";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return cut(value.map((v) => (typeof v === "object" && v ? readable(v, 40) : String(v))).join(", "), max);
  }
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `${fieldLabel(k)}: ${readable(v, 30)}`);
    return cut(parts.join("; ") || "empty", max);
  }
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value))
    return value.slice(0, 16).replace("T", " ");
  if (typeof value === "string" && /^[a-z]+(_[a-z]+)+$/.test(value)) return value.replace(/_/g, " ");
  return cut(String(value), max);
}

export const fieldLabel = (name: string) =>
  name
    .replace(/Id$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();

const NAME_FIELDS = ["key", "title", "name", "role", "controlId", "topic", "person", "number", "filename"];

/** The name of what an event was about: from a create or delete snapshot, else the server's subject. */
export function subjectOf(event: TrailEvent): string | undefined {
  const changes = event.changes as {
    after?: Record<string, unknown>;
    before?: Record<string, unknown>;
  } | null;
  const snapshot = changes?.after ?? changes?.before;
  if (!snapshot || typeof snapshot !== "object") return event.subject ?? undefined;
  const key = typeof snapshot.key === "string" ? snapshot.key : undefined;
  const title = ["title", "name", "role", "topic", "person", "controlId", "filename"]
    .map((f) => snapshot[f])
    .find((v) => typeof v === "string" && v);
  if (key && title) return `${key} ${cut(String(title), 70)}`;
  if (title) return cut(String(title), 80);
  if (key) return key;
  if (typeof snapshot.number === "number") return `version ${snapshot.number}`;
  return undefined;
}

/** Yes/no fields stored as 1/0. */
const FLAGS = new Set([
  "applicable",
  "effective",
  "climateRelated",
  "addressed",
  "installationOwner",
  "disabled",
]);

const shownValue = (field: string, value: unknown) =>
  FLAGS.has(field) && (value === 0 || value === 1) ? readable(value === 1) : readable(value);

export interface ChangeLine {
  field: string;
  before?: string;
  after: string;
}

/** The lines to show under an event: "field: before → after" for updates, the fields otherwise. */
export function changeLines(event: TrailEvent): ChangeLine[] {
  const changes = event.changes;
  if (!changes || typeof changes !== "object") return [];
  const record = changes as Record<string, unknown>;
  const snapshot = (record.after ?? record.before) as Record<string, unknown> | undefined;
  const isSnapshot =
    Object.keys(record).every((k) => k === "after" || k === "before") &&
    snapshot !== null &&
    typeof snapshot === "object" &&
    !Array.isArray(snapshot);
  if (isSnapshot && snapshot) {
    return Object.entries(snapshot)
      .filter(
        ([k, v]) => v !== null && v !== "" && !k.endsWith("Id") && k !== "id" && !NAME_FIELDS.includes(k),
      )
      .map(([k, v]) => ({ field: fieldLabel(k), after: shownValue(k, v) }));
  }
  return Object.entries(record).map(([k, v]) =>
    Array.isArray(v) && v.length === 2
      ? { field: fieldLabel(k), before: shownValue(k, v[0]), after: shownValue(k, v[1]) }
      : { field: fieldLabel(k), after: shownValue(k, v) },
  );
}
