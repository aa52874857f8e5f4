/** Audit trail events in plain words: "Dana updated a risk", never the raw change record. */
import type { AuditEvent } from "./types";

const ENTITY_WORDS: Record<string, string> = {
  organizations: "the organization",
  users: "a user",
  memberships: "a membership",
  apiTokens: "an API token",
  contextIssues: "a context issue",
  interestedParties: "an interested party",
  scopes: "the ISMS scope",
  assets: "an asset",
  riskMethodologies: "the risk method",
  risks: "a risk",
  riskAssets: "a risk–asset link",
  riskControls: "a risk–control link",
  treatmentActions: "a treatment action",
  soaEntries: "an SoA entry",
  soaVersions: "an SoA version",
  evidence: "evidence",
  evidenceLinks: "an evidence link",
  implementationNotes: "an implementation note",
  tasks: "a task",
  objectives: "an objective",
  measurements: "a measurement",
  documents: "a document",
  audits: "an internal audit",
  auditFindings: "an audit finding",
  managementReviews: "a management review",
  nonconformities: "a nonconformity",
  correctiveActions: "a corrective action",
  ismsRoles: "an ISMS role",
  ismsChanges: "a planned change",
  competenceRecords: "a competence record",
  awarenessActivities: "an awareness activity",
  communications: "a communication plan entry",
  riskAssessmentRuns: "a risk assessment",
  improvements: "an improvement",
  exports: "a report",
};

/** "soaEntries" → "an SoA entry"; unknown types are split into words. */
export function entityWords(type: string): string {
  const known = ENTITY_WORDS[type];
  if (known) return known;
  const words = type
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/s$/, "");
  return `a ${words}`;
}

/** "create" → "created", "update" → "updated", "approve" → "approved", "export" → "exported". */
export function pastTense(action: string): string {
  const a = action.toLowerCase().replace(/_/g, " ");
  return a.endsWith("e") ? `${a}d` : `${a}ed`;
}

/** A short name of the changed record, when the change carries one (key, title, control id). */
export function subjectOf(event: AuditEvent): string | undefined {
  const record = event.changes?.after ?? event.changes?.before;
  if (!record) return undefined;
  const pick = (name: string) => {
    const value = record[name];
    return typeof value === "string" && value.trim() ? value.trim() : undefined;
  };
  const key = pick("key") ?? pick("controlId");
  const title = pick("title") ?? pick("name");
  const text = key && title ? `${key} ${title}` : (key ?? title);
  if (!text) return undefined;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The actor as a person reads it ("cli:root" is the command line). */
export function actorWords(event: AuditEvent): string {
  const name = event.actorName || event.actor;
  if (name.startsWith("cli:")) return "The command line";
  return name;
}

/** "5 min ago", "3 h ago", "2 days ago", or the date for older events. */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (Number.isNaN(seconds)) return iso;
  if (seconds < 60) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days} day${days === 1 ? "" : "s"} ago`;
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
