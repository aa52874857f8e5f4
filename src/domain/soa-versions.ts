/**
 * Approved SoA versions (ISO/IEC 27001 6.1.3 d, 7.5.3): what a version records per control and
 * what changed, control by control, between two versions. Pure functions over plain data.
 */
import { compareIds } from "./ids.js";
import type { DerivedEntry } from "./soa.js";

/** The fields a version records per control, and that a diff compares. */
export const SNAPSHOT_FIELDS = [
  "applicable",
  "reasons",
  "justification",
  "status",
  "owner",
  "notes",
] as const;
export type SnapshotEntry = Pick<DerivedEntry, "controlId" | (typeof SNAPSHOT_FIELDS)[number]>;

/** "8.10" → 8010: Annex A ids in reading order without the collator (sorting 93 ids per SoA read). */
const controlRank = (id: string) => {
  const match = /^(\d{1,3})\.(\d{1,3})$/.exec(id);
  return match ? Number(match[1]) * 1000 + Number(match[2]) : Number.NaN;
};
const byControl = (a: { controlId: string }, b: { controlId: string }) => {
  const x = controlRank(a.controlId);
  const y = controlRank(b.controlId);
  return Number.isNaN(x) || Number.isNaN(y) ? compareIds(a.controlId, b.controlId) : x - y;
};

export function snapshotOf(entries: readonly DerivedEntry[]): SnapshotEntry[] {
  return [...entries]
    .sort(byControl)
    .map(({ controlId, applicable, reasons, justification, status, owner, notes }) => ({
      controlId,
      applicable,
      reasons,
      justification,
      status,
      owner,
      notes,
    }));
}

export interface ControlDiff {
  controlId: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

/** Control by control, what differs between two snapshots. */
export function diffSnapshots(from: readonly SnapshotEntry[], to: readonly SnapshotEntry[]): ControlDiff[] {
  const before = new Map(from.map((e) => [e.controlId, e]));
  const diffs: ControlDiff[] = [];
  for (const after of to) {
    const previous = before.get(after.controlId);
    const changes = SNAPSHOT_FIELDS.flatMap((field) => {
      const a = previous?.[field] ?? null;
      const b = after[field] ?? null;
      return same(a, b) ? [] : [{ field, from: a, to: b }];
    });
    if (changes.length) diffs.push({ controlId: after.controlId, changes });
  }
  return diffs;
}

/** Whether an entry differs in any recorded field from the one before (undefined: none). */
export function snapshotEntryDiffers(previous: SnapshotEntry | undefined, after: SnapshotEntry): boolean {
  return SNAPSHOT_FIELDS.some((field) => !same(previous?.[field] ?? null, after[field] ?? null));
}

/** Equal as JSON (values of a snapshot: text, booleans, null, lists of text). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i] || same(item, b[i]));
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
