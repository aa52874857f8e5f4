/**
 * One SoA entry as people read it: the stored decision derived with its planners and evidence
 * (domain/soa.ts), with the control's title, theme and objective. Derived entries are kept by row,
 * so the SoA derived again after a decision re-derives only the entry it changed.
 */
import { getControl } from "../../catalog/index.js";
import type { OrgRowOf } from "../../db/store.js";
import { type DerivedEntry, deriveEntry, type Reason, type SoaStatus } from "../../domain/soa.js";
import { type SnapshotEntry, snapshotEntryDiffers } from "../../domain/soa-versions.js";

export interface SoaEntryView extends DerivedEntry {
  id: string;
  version: number;
  title: string;
  theme: string;
  /** The control's objective, from the catalog, shown beside the decision. */
  purpose: string;
}

export function toStored(row: OrgRowOf<"soaEntries">) {
  return {
    controlId: row.controlId,
    applicable: row.applicable === null ? null : row.applicable === 1,
    reasons: JSON.parse(row.reasons) as Reason[],
    justification: row.justification,
    status: row.status as SoaStatus,
    notes: row.notes,
    owner: row.owner,
    nextReviewOn: row.nextReviewOn,
  };
}

export const NO_PLANNERS: readonly string[] = Object.freeze([]);
export const NO_EVIDENCE = Object.freeze({ total: 0, current: 0 });

/**
 * Derived entries kept by row: the SoA is derived again after every decision, but a decision
 * changes one entry. An entry is reused while its row holds the same values, the same planners
 * list (the kept planning part's, see soa-parts.ts) and the same evidence counts. Shared: do not
 * change them.
 */
const keptEntries = new Map<
  string,
  {
    row: OrgRowOf<"soaEntries">;
    planned: readonly string[];
    total: number;
    current: number;
    view: SoaEntryView;
  }
>();
const KEPT_ENTRIES = 5000;

export function entryView(
  row: OrgRowOf<"soaEntries">,
  planned: readonly string[],
  evidence: { total: number; current: number },
  variant: string,
): SoaEntryView {
  const key = `${row.id}\n${variant}`;
  const kept = keptEntries.get(key);
  if (
    kept &&
    kept.planned === planned &&
    kept.total === evidence.total &&
    kept.current === evidence.current &&
    sameRow(kept.row, row)
  )
    return kept.view;
  const control = getControl(row.controlId);
  const view = {
    ...deriveEntry(toStored(row), planned, evidence, true),
    id: row.id,
    version: row.version,
    title: control?.title ?? "",
    theme: control?.theme ?? "",
    purpose: control?.guidance.purpose ?? "",
  };
  keptEntries.delete(key);
  keptEntries.set(key, { row, planned, total: evidence.total, current: evidence.current, view });
  if (keptEntries.size > KEPT_ENTRIES) keptEntries.delete(keptEntries.keys().next().value as string);
  return view;
}

function sameRow(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Whether an entry differs from the latest approved version, kept per entry and version. */
const approvedComparisons = new WeakMap<
  SoaEntryView,
  { approved: readonly SnapshotEntry[]; differs: boolean }
>();
const approvedByControl = new WeakMap<readonly SnapshotEntry[], Map<string, SnapshotEntry>>();

export function differsFromApproved(approved: readonly SnapshotEntry[], entry: SoaEntryView): boolean {
  const known = approvedComparisons.get(entry);
  if (known?.approved === approved) return known.differs;
  let byControl = approvedByControl.get(approved);
  if (!byControl) {
    byControl = new Map(approved.map((e) => [e.controlId, e]));
    approvedByControl.set(approved, byControl);
  }
  const differs = snapshotEntryDiffers(byControl.get(entry.controlId), entry);
  approvedComparisons.set(entry, { approved, differs });
  return differs;
}
