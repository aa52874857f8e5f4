/** Audit trail events in plain words: "Dana updated a risk", never the raw change record. */
import { entityLabel, subjectOf as trailSubject } from "../manage/trail-format";
import type { AuditEvent } from "./types";

/** Records there is only one of, named with "the". */
const SINGLETONS = new Set(["organizations", "scopes", "riskMethodologies"]);

/** "soaEntries" → "an SoA entry", "scopes" → "the ISMS scope". */
export function entityWords(type: string): string {
  const label = entityLabel(type);
  if (SINGLETONS.has(type)) return `the ${label}`;
  return `${/^[aeiou]|^SoA|^ISMS|^API/i.test(label) ? "an" : "a"} ${label}`;
}

/** "create" → "created", "update" → "updated", "approve" → "approved", "export" → "exported". */
export function pastTense(action: string): string {
  const a = action.toLowerCase().replace(/_/g, " ");
  return a.endsWith("e") ? `${a}d` : `${a}ed`;
}

/** A short name of the changed record (shared with the audit trail page). */
export const subjectOf = (event: AuditEvent): string | undefined => trailSubject(event);

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
