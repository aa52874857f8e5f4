/**
 * The Statement of Applicability: one entry per organization and Annex A control, derived from risk
 * treatment, checked by the lint, approved into immutable numbered versions and compared between
 * versions.
 */
import { type ControlFilter, filterControls, getControl } from "../../catalog/index.js";
import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";
import {
  type DerivedEntry,
  decideSoaEntry,
  deriveEntry,
  evidenceFreshness,
  type LintProblem,
  lintSoa,
  type Reason,
  readinessScore,
  type SoaEntryChange,
  type SoaStatus,
} from "../../domain/soa.js";
import {
  type ControlDiff,
  diffSnapshots,
  type SnapshotEntry,
  snapshotOf,
} from "../../domain/soa-versions.js";
import { memoPart } from "../read-memo.js";
import type { OrgScope } from "../scope.js";
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

export interface SoaEntryView extends DerivedEntry {
  id: string;
  version: number;
  title: string;
  theme: string;
  /** The control's objective, from the catalog, shown beside the decision. */
  purpose: string;
}

export interface SoaState {
  entries: SoaEntryView[];
  latestVersion: number | null;
  /** True when the current SoA differs from the latest approved version. */
  changedSinceLatest: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

function toStored(row: OrgRowOf<"soaEntries">) {
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
  const entries = rows
    .map((row) => {
      const control = getControl(row.controlId);
      const derived = deriveEntry(
        toStored(row),
        plannedBy.get(row.controlId) ?? [],
        evidence.get(row.controlId) ?? { total: 0, current: 0 },
        true,
      );
      return {
        ...derived,
        id: row.id,
        version: row.version,
        title: control?.title ?? "",
        theme: control?.theme ?? "",
        purpose: control?.guidance.purpose ?? "",
      };
    })
    .sort((a, b) => CONTROL_ORDER(a.controlId) - CONTROL_ORDER(b.controlId));
  // Without the notes the comparison with the approved version cannot be made (notes are in it).
  const changedSinceLatest =
    latest && options.notes !== false
      ? JSON.stringify(diffSnapshots(latest.entries, snapshotOf(entries))) !== "[]"
      : false;
  return {
    entries,
    latestVersion: latest?.number ?? null,
    changedSinceLatest,
  };
}

const CONTROL_INDEX = new Map(filterControls({}).map((c, i) => [c.id, i]));
const CONTROL_ORDER = (id: string) => CONTROL_INDEX.get(id) ?? 999;

/**
 * The organization's SoA as it stands, kept between requests while exact (read-memo.ts; computed
 * afresh inside a transaction). The state is shared: do not change it.
 */
export async function getSoa(scope: OrgScope, filter: ControlFilter = {}): Promise<SoaState> {
  const state = await memoPart(scope, "soa:state", (s) => loadSoa(s.read, s.today, s));
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
  return scope.write(async (w) => {
    const [row] = await w.list("soaEntries", { controlId: control.id });
    if (!row) throw notFound(`SoA entry ${control.id}`);
    // A decision does not change which risks plan the control: read once, for both uses.
    const planners = await plannersOf(w, control.id);
    const decision = decideSoaEntry({ ...toStored(row), risks: planners }, patch);
    if (!decision.ok) {
      const { issues } = decision;
      throw invalid(`${control.id}: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`, issues);
    }
    const next = decision.next;
    await w.update("soaEntries", row.id, expectedVersion, {
      applicable: next.applicable === null ? null : next.applicable ? 1 : 0,
      reasons: JSON.stringify(next.reasons),
      justification: next.justification,
      status: next.status,
      notes: next.notes,
      owner: next.owner,
      nextReviewOn: next.nextReviewOn,
    });
    return loadSoaEntry(w, control.id, scope.today, { planners });
  });
}

/**
 * One entry, derived like loadSoa does for all 93 but reading only that control's links, so a
 * single edit stays fast however large the risk register is.
 */
export async function loadSoaEntry(
  reader: OrgReader,
  controlId: string,
  on = today(),
  // The risks that plan it when known already; otherwise from the kept planning (with a scope,
  // outside a transaction) or read for this control.
  { scope, planners: known }: { scope?: OrgScope; planners?: string[] } = {},
): Promise<SoaEntryView> {
  const [row] = await reader.list("soaEntries", { controlId });
  if (!row) throw notFound(`SoA entry ${controlId}`);
  const planners =
    known ??
    (scope && !scope.db.isTransaction
      ? ((await planningOf(scope)).get(controlId) ?? [])
      : await plannersOf(reader, controlId));
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
  const control = getControl(controlId);
  return {
    ...deriveEntry(toStored(row), planners, evidence, true),
    id: row.id,
    version: row.version,
    title: control?.title ?? "",
    theme: control?.theme ?? "",
    purpose: control?.guidance.purpose ?? "",
  };
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
