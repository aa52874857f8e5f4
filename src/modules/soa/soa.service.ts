/**
 * The Statement of Applicability: one entry per organization and Annex A control, derived from risk
 * treatment, checked by the lint, approved into immutable numbered versions and compared between
 * versions.
 */
import { type ControlFilter, filterControls, getControl } from "../../catalog/index.js";
import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";
import { compareIds } from "../../domain/ids.js";
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

/** Per control: how much evidence is linked, and how much of it is not stale. */
async function evidenceByControl(reader: OrgReader, on: string) {
  const evidence = new Map((await reader.list("evidence")).map((e) => [e.id, e]));
  const counts = new Map<string, { total: number; current: number }>();
  for (const link of await reader.list("evidenceLinks", { targetType: "control" })) {
    const item = evidence.get(link.evidenceId);
    if (!item) continue;
    const count = counts.get(link.targetId) ?? { total: 0, current: 0 };
    count.total++;
    if (evidenceFreshness(item, on) !== "stale") count.current++;
    counts.set(link.targetId, count);
  }
  return counts;
}

function appendTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Which risks (by key, in key order) plan each control: one joined query, however large the register. */
async function riskPlanning(reader: OrgReader): Promise<Map<string, string[]>> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("riskControls") as any;
  const rows: { controlId: string; key: string }[] = await query
    .innerJoin("risks", "risks.id", "riskControls.riskId")
    .select(["riskControls.controlId as controlId", "risks.key as key"])
    .orderBy("risks.key")
    .execute();
  const plannedBy = new Map<string, string[]>();
  // Appending in place: copying the list for every link made this quadratic in large registers.
  for (const { controlId, key } of rows) appendTo(plannedBy, controlId, key);
  for (const keys of plannedBy.values()) keys.sort(compareIds);
  return plannedBy;
}

/** Which risks plan each control, kept between requests (read-memo.ts). Shared: do not change it. */
const planningOf = (scope: OrgScope) => memoPart(scope, "soa:planning", (s) => riskPlanning(s.read));

/** The keys of the risks that plan one control, in key order. */
async function plannersOf(reader: OrgReader, controlId: string): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const links = reader.from("riskControls") as any;
  const rows: { key: string }[] = await links
    .innerJoin("risks", "risks.id", "riskControls.riskId")
    .select("risks.key as key")
    .where("riskControls.controlId", "=", controlId)
    .orderBy("risks.key")
    .execute();
  return rows.map((r) => r.key).sort(compareIds);
}

/** The latest approved SoA version with its snapshot read, or undefined before the first. */
async function latestVersion(reader: OrgReader) {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("soaVersions") as any;
  const row: OrgRowOf<"soaVersions"> | undefined = await query
    .selectAll()
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && { ...row, entries: JSON.parse(row.snapshot) as SnapshotEntry[] };
}

/**
 * The latest approved SoA version, kept between requests while no approval happens (read-memo.ts).
 * The value is shared: do not change it.
 */
export const latestSoaVersion = (scope: OrgScope) =>
  memoPart(scope, "soa:latest-version", (s) => latestVersion(s.read));

/**
 * The SoA's 93 entries derived from the decisions, the risks that plan each control and the linked
 * evidence. With `scope` (outside a transaction) the expensive parts are kept between requests
 * while nothing they read changes (read-memo.ts).
 */
export async function loadSoa(reader: OrgReader, on = today(), scope?: OrgScope): Promise<SoaState> {
  const [rows, plannedBy, latest, evidence] = await Promise.all([
    reader.list("soaEntries"),
    scope ? planningOf(scope) : riskPlanning(reader),
    scope ? latestSoaVersion(scope) : latestVersion(reader),
    scope
      ? memoPart(scope, `soa:evidence:${on}`, (s) => evidenceByControl(s.read, on))
      : evidenceByControl(reader, on),
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
  const changedSinceLatest = latest
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

export async function getSoa(scope: OrgScope, filter: ControlFilter = {}): Promise<SoaState> {
  const state = await loadSoa(scope.read, scope.today, scope);
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
  return loadSoaEntry(scope.read, controlOf(controlId).id, scope.today, scope);
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
    const planners = (await loadSoaEntry(w, control.id, scope.today)).risks;
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
    return loadSoaEntry(w, control.id, scope.today);
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
  scope?: OrgScope,
): Promise<SoaEntryView> {
  const [row] = await reader.list("soaEntries", { controlId });
  if (!row) throw notFound(`SoA entry ${controlId}`);
  const planners =
    scope && !scope.db.isTransaction
      ? ((await planningOf(scope)).get(controlId) ?? [])
      : await plannersOf(reader, controlId);
  // biome-ignore lint/suspicious/noExplicitAny: as above
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
export async function soaReadiness(scope: OrgScope) {
  const { entries } = await loadSoa(scope.read, scope.today, scope);
  const themes = ["organizational", "people", "physical", "technological"].map((theme) => ({
    theme,
    score: readinessScore(entries.filter((e) => e.theme === theme)),
  }));
  return { overall: readinessScore(entries), themes };
}
