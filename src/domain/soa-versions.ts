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

export function snapshotOf(entries: readonly DerivedEntry[]): SnapshotEntry[] {
  return [...entries]
    .sort((a, b) => compareIds(a.controlId, b.controlId))
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
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ field, from: a, to: b }];
    });
    if (changes.length) diffs.push({ controlId: after.controlId, changes });
  }
  return diffs;
}
