/**
 * The Statement of Applicability: one entry per organization and Annex A control, derived from risk
 * treatment, checked by the lint, approved into immutable numbered versions and compared between
 * versions.
 */
import { type ControlFilter, filterControls, getControl } from "../../catalog/index.js";
import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";
import {
  decideSoaEntry,
  evidenceFreshness,
  type LintProblem,
  lintSoa,
  readinessScore,
  type SoaEntryChange,
} from "../../domain/soa.js";
import {
  type ControlDiff,
  diffSnapshots,
  type SnapshotEntry,
  snapshotOf,
} from "../../domain/soa-versions.js";
import type { EventTouch } from "../audit-trail/audit-trail.service.js";
import type { ReadSet } from "../read-deps.js";
import { memoPart, updatedRowsOf } from "../read-memo.js";
import type { OrgScope } from "../scope.js";
import {
  differsFromApproved,
  entryView,
  NO_EVIDENCE,
  NO_PLANNERS,
  type SoaEntryView,
  toStored,
} from "./soa-entry-view.js";
import {
  decisionsWithoutNotes,
  evidenceByControl,
  latestSoaVersion,
  latestVersion,
  memoEvidence,
  plannersOf,
  planningOf,
  riskPlanning,
} from "./soa-parts.js";

export type { SoaEntryView } from "./soa-entry-view.js";

export interface SoaState {
  entries: SoaEntryView[];
  latestVersion: number | null;
  /** True when the current SoA differs from the latest approved version. */
  changedSinceLatest: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The SoA's 93 entries derived from the decisions, the risks that plan each control and the linked
 * evidence. With `scope` (outside a transaction) the expensive parts are kept between requests
 * while nothing they read changes (read-memo.ts).
 */
export async function loadSoa(
  reader: OrgReader,
  on = today(),
  scope?: OrgScope,
  options: { notes?: boolean } = {},
): Promise<SoaState> {
  const [rows, plannedBy, latest, evidence] = await Promise.all([
    options.notes === false ? decisionsWithoutNotes(reader) : reader.list("soaEntries"),
    scope ? planningOf(scope) : riskPlanning(reader),
    scope ? latestSoaVersion(scope) : latestVersion(reader),
    scope ? memoEvidence(scope, on) : evidenceByControl(reader, on),
  ]);
  return deriveSoa({ rows, plannedBy, latest, evidence }, options.notes !== false);
}

/** What a state is derived from. */
interface SoaInputs {
  rows: OrgRowOf<"soaEntries">[];
  plannedBy: ReadonlyMap<string, readonly string[]>;
  latest: { number: number; entries: SnapshotEntry[] } | undefined;
  evidence: ReadonlyMap<string, { total: number; current: number }>;
}

function deriveSoa(inputs: SoaInputs, notes: boolean): SoaState {
  const { rows, plannedBy, evidence } = inputs;
  const variant = notes ? "whole" : "without-notes";
  const entries = rows
    .map((row) =>
      entryView(
        row,
        plannedBy.get(row.controlId) ?? NO_PLANNERS,
        evidence.get(row.controlId) ?? NO_EVIDENCE,
        variant,
      ),
    )
    .sort((a, b) => CONTROL_ORDER(a.controlId) - CONTROL_ORDER(b.controlId));
  return stateOf(entries, inputs, notes);
}

/** The state of these entries; with the notes, it knows its inputs (for updateSoaState). */
function stateOf(entries: SoaEntryView[], inputs: SoaInputs, notes: boolean): SoaState {
  const { latest } = inputs;
  // Without the notes the comparison with the approved version cannot be made (notes are in it).
  const changedSinceLatest =
    latest && notes ? entries.some((entry) => differsFromApproved(latest.entries, entry)) : false;
  const state = { entries, latestVersion: latest?.number ?? null, changedSinceLatest };
  if (notes) inputsOf.set(state, inputs);
  return state;
}

/** What a state (with whole rows) was derived from, for updating it. */
const inputsOf = new WeakMap<SoaState, SoaInputs>();

/**
 * The SoA after decisions were recorded on some entries (read-memo.ts PartUpdate): those rows are
 * read again, everything else it was derived from kept (no event since touched it, or this would
 * not be asked: the kept parts' reads are the state's too); every other change derives it afresh.
 */
async function updateSoaState(
  previous: SoaState,
  events: readonly EventTouch[],
  scope: OrgScope,
  reads: ReadSet,
) {
  const ids = updatedRowsOf(events, "soaEntries", reads);
  const inputs = inputsOf.get(previous);
  if (!ids || !inputs) return undefined;
  const fresh = new Map((await scope.read.listIn("soaEntries", "id", ids)).map((row) => [row.id, row]));
  if (fresh.size !== ids.length) return undefined;
  const { plannedBy, evidence } = inputs;
  let moved = false;
  // The other entries as they were: derived from the same rows, planners and evidence.
  const entries = previous.entries.map((entry) => {
    const row = fresh.get(entry.id);
    if (!row) return entry;
    moved ||= row.controlId !== entry.controlId;
    const planned = plannedBy.get(row.controlId) ?? NO_PLANNERS;
    return entryView(row, planned, evidence.get(row.controlId) ?? NO_EVIDENCE, "whole");
  });
  if (moved) return undefined;
  return stateOf(entries, { ...inputs, rows: inputs.rows.map((row) => fresh.get(row.id) ?? row) }, true);
}

const CONTROL_INDEX = new Map(filterControls({}).map((c, i) => [c.id, i]));
const CONTROL_ORDER = (id: string) => CONTROL_INDEX.get(id) ?? 999;

/**
 * The organization's SoA as it stands, kept between requests while exact (read-memo.ts; computed
 * afresh inside a transaction). The state is shared: do not change it.
 */
export async function getSoa(scope: OrgScope, filter: ControlFilter = {}): Promise<SoaState> {
  const state = await memoPart(scope, "soa:state", (s) => loadSoa(s.read, s.today, s), updateSoaState);
  if (Object.keys(filter).length === 0) return state;
  const wanted = new Set(filterControls(filter).map((c) => c.id));
  return { ...state, entries: state.entries.filter((e) => wanted.has(e.controlId)) };
}

/** A control id as people write it ("A.8.11", "8.11") to the catalog's control, or NOT_FOUND. */
function controlOf(controlId: string) {
  const control = getControl(controlId.replace(/^A\./i, ""));
  if (!control) throw notFound(`Annex A control ${controlId}`);
  return control;
}

/** One SoA entry, with its version for If-Match. */
export async function getSoaEntry(scope: OrgScope, controlId: string): Promise<SoaEntryView> {
  return loadSoaEntry(scope.read, controlOf(controlId).id, scope.today, { scope });
}

export type SoaEntryPatch = SoaEntryChange;

/**
 * Records a decision on one control at `expectedVersion`, by the one rule of decideSoaEntry: field
 * issues come back as a VALIDATION error, a stale version as STALE_VERSION.
 */
export async function updateSoaEntry(
  scope: OrgScope,
  controlId: string,
  expectedVersion: number,
  patch: SoaEntryPatch,
): Promise<SoaEntryView> {
  const control = controlOf(controlId);
  const written = await scope.write(async (w) => {
    const [row] = await w.list("soaEntries", { controlId: control.id });
    if (!row) throw notFound(`SoA entry ${control.id}`);
    const stored = toStored(row);
    // The risks that plan the control matter to a decision only when it excludes the control
    // (they block an exclusion): read them then alone.
    const excludes = (patch.applicable === undefined ? stored.applicable : patch.applicable) === false;
    const planners = excludes ? await plannersOf(w, control.id) : [];
    const decision = decideSoaEntry({ ...stored, risks: planners }, patch);
    if (!decision.ok) {
      const { issues } = decision;
      throw invalid(`${control.id}: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`, issues);
    }
    const next = decision.next;
    return w.update("soaEntries", row.id, expectedVersion, {
      applicable: next.applicable === null ? null : next.applicable ? 1 : 0,
      reasons: JSON.stringify(next.reasons),
      justification: next.justification,
      status: next.status,
      notes: next.notes,
      owner: next.owner,
      nextReviewOn: next.nextReviewOn,
    });
  });
  // Derived once committed from the row written and the kept parts (a decision does not change
  // which risks plan the control, nor its evidence).
  return loadSoaEntry(scope.read, control.id, scope.today, { scope, row: written });
}

/**
 * One entry, derived like loadSoa does for all 93 but reading only that control's links, so a
 * single edit stays fast however large the risk register is.
 */
export async function loadSoaEntry(
  reader: OrgReader,
  controlId: string,
  on = today(),
  // The risks that plan it when known already; otherwise, with a scope outside a transaction,
  // from the kept parts (read-memo.ts); otherwise read for this control.
  // `row`: the entry's row when just read or written.
  {
    scope,
    planners: known,
    row: given,
  }: { scope?: OrgScope; planners?: readonly string[]; row?: OrgRowOf<"soaEntries"> } = {},
): Promise<SoaEntryView> {
  const [row] = given ? [given] : await reader.list("soaEntries", { controlId });
  if (!row) throw notFound(`SoA entry ${controlId}`);
  const kept = scope && !scope.db.isTransaction ? scope : undefined;
  const [planners, evidence] = await Promise.all([
    known ??
      (kept
        ? planningOf(kept).then((planning) => planning.get(controlId) ?? NO_PLANNERS)
        : plannersOf(reader, controlId)),
    kept
      ? memoEvidence(kept, on).then((counts) => counts.get(controlId) ?? NO_EVIDENCE)
      : evidenceOf(reader, controlId, on),
  ]);
  return entryView(row, planners, evidence, "whole");
}

/** How much evidence is linked to one control, and how much of it is not stale on `on`. */
async function evidenceOf(reader: OrgReader, controlId: string, on: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const evidenceLinks = reader.from("evidenceLinks") as any;
  const items = (await evidenceLinks
    .innerJoin("evidence", "evidence.id", "evidenceLinks.evidenceId")
    .selectAll("evidence")
    .where("evidenceLinks.targetType", "=", "control")
    .where("evidenceLinks.targetId", "=", controlId)
    .execute()) as OrgRowOf<"evidence">[];
  const evidence = { total: items.length, current: 0 };
  for (const item of items) if (evidenceFreshness(item, on) !== "stale") evidence.current++;
  return evidence;
}

export async function lint(scope: OrgScope): Promise<LintProblem[]> {
  const state = await loadSoa(scope.read, scope.today);
  return lintSoa(state.entries, scope.today);
}

async function snapshotAt(reader: OrgReader, which: string): Promise<SnapshotEntry[]> {
  if (which === "current") return snapshotOf((await loadSoa(reader)).entries);
  const number = Number(which.replace(/^v/i, ""));
  const [version] = Number.isInteger(number) ? await reader.list("soaVersions", { number }) : [];
  if (!version) throw notFound(`SoA version ${which}`);
  return JSON.parse(version.snapshot) as SnapshotEntry[];
}

/** What changed, control by control, between two versions ("1", "v2") or a version and "current". */
export async function diffSoa(scope: OrgScope, from: string, to: string): Promise<ControlDiff[]> {
  return diffSnapshots(await snapshotAt(scope.read, from), await snapshotAt(scope.read, to));
}

/** Readiness overall and per theme: applicable controls implemented with current evidence. */
export function soaScores(entries: readonly SoaEntryView[]) {
  const themes = ["organizational", "people", "physical", "technological"].map((theme) => ({
    theme,
    score: readinessScore(entries.filter((e) => e.theme === theme)),
  }));
  return { overall: readinessScore(entries), themes };
}

/** Readiness overall and per theme, of the organization's SoA as it stands. */
export async function soaReadiness(scope: OrgScope) {
  return soaScores((await loadSoa(scope.read, scope.today, scope)).entries);
}
