/**
 * The Statement of Applicability: one entry per organization and Annex A control, derived from risk
 * treatment, checked by the lint, approved into immutable numbered versions and compared between
 * versions.
 */
import type { Kysely } from "kysely";
import { type ControlFilter, filterControls, getControl } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, type OrgRowOf, writeOrg } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import {
  type ControlDiff,
  type DerivedEntry,
  deriveEntry,
  diffSnapshots,
  evidenceFreshness,
  type LintProblem,
  lintSoa,
  MANUAL_REASONS,
  type Reason,
  readinessScore,
  type SnapshotEntry,
  SOA_STATUSES,
  type SoaStatus,
  snapshotOf,
} from "../../domain/soa.js";

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
  /** Per control, the keys of risks treated by "modify" that plan it. */
  modifyRisksByControl: Map<string, string[]>;
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

/** Which risk (key, treatment) plans which control: one joined query, however large the register. */
async function riskPlanning(
  reader: OrgReader,
): Promise<{ controlId: string; key: string; treatment: string | null }[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("riskControls") as any;
  return query
    .innerJoin("risks", "risks.id", "riskControls.riskId")
    .select(["riskControls.controlId as controlId", "risks.key as key", "risks.treatment as treatment"])
    .orderBy("risks.key")
    .execute();
}

export async function loadSoa(reader: OrgReader, on = today()): Promise<SoaState> {
  const [rows, planning, versions] = await Promise.all([
    reader.list("soaEntries"),
    riskPlanning(reader),
    reader.list("soaVersions", {}, "number"),
  ]);
  const plannedBy = new Map<string, string[]>();
  const modifyBy = new Map<string, string[]>();
  for (const { controlId, key, treatment } of planning) {
    // Appending in place: copying the list for every link made this quadratic in large registers.
    appendTo(plannedBy, controlId, key);
    if (treatment === "modify") appendTo(modifyBy, controlId, key);
  }
  const evidence = await evidenceByControl(reader, on);
  const entries = rows
    .map((row) => {
      const control = getControl(row.controlId);
      const derived = deriveEntry(
        toStored(row),
        plannedBy.get(row.controlId) ?? [],
        evidence.get(row.controlId) ?? { total: 0, current: 0 },
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
  const latest = versions.at(-1);
  const changedSinceLatest = latest
    ? JSON.stringify(diffSnapshots(JSON.parse(latest.snapshot) as SnapshotEntry[], snapshotOf(entries))) !==
      "[]"
    : false;
  return {
    entries,
    modifyRisksByControl: modifyBy,
    latestVersion: latest?.number ?? null,
    changedSinceLatest,
  };
}

const CONTROL_INDEX = new Map(filterControls({}).map((c, i) => [c.id, i]));
const CONTROL_ORDER = (id: string) => CONTROL_INDEX.get(id) ?? 999;

export async function getSoa(
  db: Kysely<Database>,
  orgId: string,
  filter: ControlFilter = {},
): Promise<SoaState> {
  const state = await loadSoa(new OrgReader(db, orgId));
  if (Object.keys(filter).length === 0) return state;
  const wanted = new Set(filterControls(filter).map((c) => c.id));
  return { ...state, entries: state.entries.filter((e) => wanted.has(e.controlId)) };
}

export interface SoaEntryPatch {
  applicable?: boolean | null;
  reasons?: string[];
  justification?: string | null;
  status?: string;
  notes?: string | null;
  owner?: string | null;
  nextReviewOn?: string | null;
}

/**
 * Records a decision on one control at `expectedVersion`. An exclusion needs a justification, and
 * excluding a control that a risk treatment still plans is refused, naming the risks.
 */
export async function updateSoaEntry(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  controlId: string,
  expectedVersion: number,
  patch: SoaEntryPatch,
): Promise<SoaEntryView> {
  const control = getControl(controlId);
  if (!control) throw notFound(`Annex A control ${controlId}`);
  const issues: { path: string; message: string }[] = [];
  if (patch.reasons?.some((r) => !(MANUAL_REASONS as readonly string[]).includes(r))) {
    issues.push({
      path: "reasons",
      message: `use ${MANUAL_REASONS.join(", ")}; "risk" follows from risk treatment`,
    });
  }
  if (patch.status !== undefined && !(SOA_STATUSES as readonly string[]).includes(patch.status)) {
    issues.push({ path: "status", message: `use ${SOA_STATUSES.join(", ")}` });
  }
  if (patch.nextReviewOn && !/^\d{4}-\d{2}-\d{2}$/.test(patch.nextReviewOn))
    issues.push({ path: "nextReviewOn", message: "YYYY-MM-DD" });
  if (issues.length)
    throw invalid(`invalid SoA entry: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);

  return writeOrg(db, orgId, actor, async (w) => {
    const [row] = await w.list("soaEntries", { controlId: control.id });
    if (!row) throw notFound(`SoA entry ${control.id}`);
    const current = toStored(row);
    const applicable = patch.applicable === undefined ? current.applicable : patch.applicable;
    const justification = patch.justification === undefined ? current.justification : patch.justification;
    if (applicable === false) {
      if (!justification?.trim()) {
        throw invalid(`excluding ${control.id} needs a justification`, [
          { path: "justification", message: "required for an exclusion" },
        ]);
      }
      const planners = (await loadSoaEntry(w, control.id)).risks;
      if (planners.length) {
        throw invalid(`${control.id} cannot be excluded: the treatment of ${planners.join(", ")} plans it`, [
          { path: "applicable", message: `planned by ${planners.join(", ")}` },
        ]);
      }
    }
    const status =
      patch.status ??
      (applicable === false
        ? "not_applicable"
        : current.status === "not_applicable"
          ? "not_started"
          : current.status);
    await w.update("soaEntries", row.id, expectedVersion, {
      applicable: applicable === null ? null : applicable ? 1 : 0,
      ...(patch.reasons !== undefined && { reasons: JSON.stringify([...new Set(patch.reasons)]) }),
      justification,
      status,
      ...(patch.notes !== undefined && { notes: patch.notes }),
      ...(patch.owner !== undefined && { owner: patch.owner }),
      ...(patch.nextReviewOn !== undefined && { nextReviewOn: patch.nextReviewOn }),
    });
    return loadSoaEntry(w, control.id);
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
): Promise<SoaEntryView> {
  const [row] = await reader.list("soaEntries", { controlId });
  if (!row) throw notFound(`SoA entry ${controlId}`);
  const planners: string[] = [];
  for (const link of await reader.list("riskControls", { controlId })) {
    const risk = await reader.get("risks", link.riskId);
    if (risk) planners.push(risk.key);
  }
  const evidence = { total: 0, current: 0 };
  for (const link of await reader.list("evidenceLinks", { targetType: "control", targetId: controlId })) {
    const item = await reader.get("evidence", link.evidenceId);
    if (!item) continue;
    evidence.total++;
    if (evidenceFreshness(item, on) !== "stale") evidence.current++;
  }
  const control = getControl(controlId);
  return {
    ...deriveEntry(toStored(row), planners, evidence),
    id: row.id,
    version: row.version,
    title: control?.title ?? "",
    theme: control?.theme ?? "",
    purpose: control?.guidance.purpose ?? "",
  };
}

export async function lint(db: Kysely<Database>, orgId: string, on = today()): Promise<LintProblem[]> {
  const state = await loadSoa(new OrgReader(db, orgId), on);
  return lintSoa(state.entries, state.modifyRisksByControl, on);
}

/** Approves the current SoA as the next immutable numbered version. */
export async function approveSoa(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  approver: string,
  note?: string,
): Promise<{ number: number; approvedAt: string }> {
  return writeOrg(db, orgId, actor, async (w) => {
    const state = await loadSoa(w);
    if (state.latestVersion !== null && !state.changedSinceLatest) {
      throw conflict(`nothing changed since version ${state.latestVersion}`);
    }
    const number = (state.latestVersion ?? 0) + 1;
    const approvedAt = new Date().toISOString();
    await w.insert("soaVersions", {
      number,
      approvedBy: approver,
      approvedAt,
      note: note ?? null,
      snapshot: JSON.stringify(snapshotOf(state.entries)),
    });
    return { number, approvedAt };
  });
}

export async function listVersions(db: Kysely<Database>, orgId: string) {
  const versions = await new OrgReader(db, orgId).list("soaVersions", {}, "number");
  return versions.map(({ number, approvedBy, approvedAt, note }) => ({
    number,
    approvedBy,
    approvedAt,
    note,
  }));
}

async function snapshotAt(reader: OrgReader, which: string): Promise<SnapshotEntry[]> {
  if (which === "current") return snapshotOf((await loadSoa(reader)).entries);
  const number = Number(which.replace(/^v/i, ""));
  const [version] = Number.isInteger(number) ? await reader.list("soaVersions", { number }) : [];
  if (!version) throw notFound(`SoA version ${which}`);
  return JSON.parse(version.snapshot) as SnapshotEntry[];
}

/** What changed, control by control, between two versions ("1", "v2") or a version and "current". */
export async function diffSoa(
  db: Kysely<Database>,
  orgId: string,
  from: string,
  to: string,
): Promise<ControlDiff[]> {
  const reader = new OrgReader(db, orgId);
  return diffSnapshots(await snapshotAt(reader, from), await snapshotAt(reader, to));
}

/** Readiness overall and per theme: applicable controls implemented with current evidence. */
export async function soaReadiness(db: Kysely<Database>, orgId: string) {
  const { entries } = await loadSoa(new OrgReader(db, orgId));
  const themes = ["organizational", "people", "physical", "technological"].map((theme) => ({
    theme,
    score: readinessScore(entries.filter((e) => e.theme === theme)),
  }));
  return { overall: readinessScore(entries), themes };
}
