/**
 * Certification readiness: gathers the facts of the workspace and applies domain/readiness.ts,
 * adding the Annex A readiness per theme from the SoA.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { operationsBlockers } from "../../domain/operations.js";
import {
  assessReadiness,
  type ManagementSystemFacts,
  type MandatoryDocumentCheck,
  mandatoryDocumentChecklist,
} from "../../domain/readiness.js";
import { lintSoa } from "../../domain/soa.js";
import { operationsAttention } from "../operations/attention.js";
import { memoPart } from "../read-memo.js";
import { recordingOf } from "../read-view.js";
import { type OrgScope, orgScope } from "../scope.js";
import { getSoa, loadSoa, soaScores } from "../soa/soa.service.js";
import { latestSoaVersion } from "../soa/soa-parts.js";
import { recordFacts, riskScores } from "./readiness-facts.js";

/** "Jane Roe (CEO)": the named approver of an SoA version and their role. */
const approverOf = (v: { approvedBy: string; approverRole: string | null }) =>
  v.approverRole ? `${v.approvedBy} (${v.approverRole})` : v.approvedBy;

/**
 * What readiness takes from the SoA's decisions (its approved version, lint, Annex A scores). Read
 * without the notes, so a note leaves this part as it is; whether the SoA still matches its approved
 * version (notes included) is a part of its own.
 */
async function soaFacts(scope: OrgScope, today: string) {
  const [state, approved] = await Promise.all([
    loadSoa(scope.read, today, scope, { notes: false }),
    latestSoaVersion(scope),
  ]);
  return {
    soa: {
      approvedVersion: state.latestVersion,
      approvedOn: approved?.approvedAt.slice(0, 10) ?? null,
      approvedBy: approved ? approverOf(approved) : null,
      lintProblems: lintSoa(state.entries, today).length,
    },
    applicableControls: state.entries.filter((e) => e.applicable === true).map((e) => e.controlId),
    annexA: soaScores(state.entries),
  };
}

/**
 * The facts readiness is judged on, in parts kept between requests while exact (read-memo.ts): the
 * records, the risk scores, the SoA's standing and whether it still matches its approved version.
 * A change to the SoA recomputes only what reads it.
 */
async function factParts(db: Kysely<Database>, orgId: string, today: string) {
  const scope = orgScope(db, orgId, "system", today);
  const [records, risks, soa, changedSinceLatest] = await Promise.all([
    memoPart(scope, "readiness:records", (s) => recordFacts(s.db, orgId, today)),
    memoPart(scope, "readiness:risks", (s) => riskScores(s.read)),
    memoPart(scope, "readiness:soa", (s) => soaFacts(s, today)),
    // Whether the SoA still matches its approved version (notes included): from the SoA as it stands.
    getSoa(scope).then((state) => state.changedSinceLatest),
  ]);
  const facts: ManagementSystemFacts = {
    ...records,
    risks,
    soa: { ...soa.soa, changedSinceLatest },
    applicableControls: soa.applicableControls,
  };
  return { scope, facts, annexA: soa.annexA, parts: [records, risks, soa, changedSinceLatest] };
}

export async function gatherFacts(
  db: Kysely<Database>,
  orgId: string,
  today: string,
): Promise<ManagementSystemFacts> {
  return (await factParts(db, orgId, today)).facts;
}

/** What the operational registers add to readiness (attention items and what they block). */
async function operationsFacts(scope: OrgScope, today: string) {
  const [attention, documents, incidents] = await Promise.all([
    operationsAttention(scope),
    scope.read.list("documents"),
    scope.read.count("incidents"),
  ]);
  const documentControls = documents
    .filter((d) => d.approvedOn && d.approvedOn <= today)
    .flatMap((d) => JSON.parse(d.controlRefs ?? "[]") as string[]);
  return { attention, documentControls, incidents };
}

/** The public readiness report: overall score, every clause, Annex A themes and blockers. */
export interface ReadinessReport {
  overall: number;
  clauses: ReturnType<typeof assessReadiness>["clauses"];
  themes: { theme: string; score: number }[];
  blockers: (
    | ReturnType<typeof assessReadiness>["blockers"][number]
    | ReturnType<typeof operationsBlockers>[number]
  )[];
  attention: Awaited<ReturnType<typeof operationsAttention>>;
}

export async function readiness(
  db: Kysely<Database>,
  orgId: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<ReadinessReport> {
  const { scope, facts, annexA, parts } = await factParts(db, orgId, today);
  const operations = await memoPart(scope, "readiness:operations", (s) => operationsFacts(s, today));
  // The report is a function of its parts alone: while each is the very one kept, so is the report.
  const inputs = [...parts, operations];
  const key = `${orgId}\n${today}`;
  // Kept per database, whichever recording handle (read-view.ts) the request came through.
  const { root } = recordingOf(db);
  let reports = lastReports.get(root);
  const last = reports?.get(key);
  if (last?.inputs.every((part, i) => part === inputs[i])) return last.report as ReadinessReport;
  const report = assessReadiness(facts);
  const { attention, documentControls, incidents } = operations;
  const operational = operationsBlockers({
    applicableControls: facts.applicableControls,
    documentedControls: [...facts.controlEvidence, ...documentControls],
    incidents,
    overdueNotifications: attention.dueNotifications.filter((n) => n.state === "overdue").length,
    supplierReviewsOverdue: attention.supplierReviewsDue.length,
  });
  // Clauses and Annex A weigh equally: a certification audit examines both.
  const overall = Math.round(((report.clauseScore + annexA.overall) / 2) * 1000) / 1000;
  const result = {
    overall,
    clauses: report.clauses,
    themes: annexA.themes.map((t) => ({ theme: t.theme, score: Math.round(t.score * 1000) / 1000 })),
    blockers: [...report.blockers, ...operational].sort((a, b) => a.stage - b.stage),
    /** What the operational registers need done soon (expiring certificates, notifications due). */
    attention,
  };
  if (!reports) {
    reports = new Map();
    lastReports.set(root, reports);
  }
  reports.set(key, { inputs, report: result satisfies ReadinessReport });
  if (reports.size > 200) reports.delete(reports.keys().next().value as string);
  return result;
}

/** The last report per organization and day, with the parts it was made of (shared: do not change it). */
const lastReports = new WeakMap<Kysely<Database>, Map<string, { inputs: unknown[]; report: unknown }>>();

/**
 * The mandatory documented information of clauses 4–10 and what keeps each item: the ISMS's own
 * record, a registered document or evidence on the matching control.
 */
export async function documentChecklist(
  db: Kysely<Database>,
  orgId: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<MandatoryDocumentCheck[]> {
  return mandatoryDocumentChecklist(await gatherFacts(db, orgId, today));
}
