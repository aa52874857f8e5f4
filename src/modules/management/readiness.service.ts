/**
 * Certification readiness: gathers the facts of the workspace and applies domain/readiness.ts,
 * adding the Annex A readiness per theme from the SoA.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
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
import { getMethodology } from "../risks/methodology.service.js";
import { orgScope } from "../scope.js";
import { latestSoaVersion, loadSoa, soaReadiness } from "../soa/soa.service.js";
import { listDocuments } from "./context.service.js";

const json = <T>(text: string) => JSON.parse(text) as T;

/** "Jane Roe (CEO)": the named approver of an SoA version and their role. */
const approverOf = (v: { approvedBy: string; approverRole: string | null }) =>
  v.approverRole ? `${v.approvedBy} (${v.approverRole})` : v.approvedBy;

/**
 * What readiness needs of each risk, read in one narrow query (a description or a title changes
 * none of it, so the part survives such edits: read-memo.ts). The value is shared: do not change it.
 */
async function riskScores(reader: OrgReader): Promise<ManagementSystemFacts["risks"]> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("risks") as any;
  const rows: {
    key: string;
    owner: string | null;
    treatment: string | null;
    inherentLikelihood: number | null;
    inherentImpact: number | null;
    inherentScore: number | null;
    residualLikelihood: number | null;
    residualImpact: number | null;
    residualScore: number | null;
  }[] = await query
    .select([
      "key",
      "owner",
      "treatment",
      "inherentLikelihood",
      "inherentImpact",
      "inherentScore",
      "residualLikelihood",
      "residualImpact",
      "residualScore",
    ])
    .orderBy("key")
    .execute();
  return rows.map((x) => {
    // A point counts when it was fully assessed (as the risk views count it).
    const residual = x.residualLikelihood !== null && x.residualImpact !== null && x.residualScore !== null;
    const inherent = x.inherentLikelihood !== null && x.inherentImpact !== null && x.inherentScore !== null;
    return {
      key: x.key,
      owner: x.owner,
      treatment: x.treatment,
      currentScore: (residual ? x.residualScore : inherent ? x.inherentScore : 0) ?? 0,
      residualAssessed: residual,
    };
  });
}

export async function gatherFacts(
  db: Kysely<Database>,
  orgId: string,
  today: string,
): Promise<ManagementSystemFacts> {
  const r = new OrgReader(db, orgId);
  const scope = orgScope(db, orgId, "system", today);
  const [
    [issues, parties, scopes, documents, roles, methodology, risks, soa, objectives, measurements],
    [methodRows, approved, evidenceLinks],
  ] = await Promise.all([
    Promise.all([
      r.list("contextIssues"),
      r.list("interestedParties"),
      r.list("scopes"),
      listDocuments(db, orgId),
      r.list("ismsRoles"),
      getMethodology(r),
      memoPart(scope, "readiness:risks", (s) => riskScores(s.read)),
      loadSoa(r, today, scope),
      r.list("objectives"),
      r.list("measurements"),
    ]),
    Promise.all([r.list("riskMethodologies"), latestSoaVersion(scope), r.list("evidenceLinks")]),
  ]);
  const [
    changes,
    competence,
    awareness,
    comms,
    runs,
    actions,
    audits,
    findings,
    reviews,
    ncs,
    cas,
    improvements,
  ] = await Promise.all([
    r.count("ismsChanges"),
    r.count("competenceRecords"),
    r.list("awarenessActivities"),
    r.count("communications"),
    r.list("riskAssessmentRuns"),
    r.list("treatmentActions"),
    r.list("audits"),
    r.list("auditFindings"),
    r.list("managementReviews"),
    r.list("nonconformities"),
    r.list("correctiveActions"),
    r.list("improvements"),
  ]);
  const measurementsOf = Map.groupBy(measurements, (m) => m.objectiveId);
  const findingsOf = Map.groupBy(findings, (f) => f.auditId);
  const actionsOf = Map.groupBy(cas, (a) => a.nonconformityId);
  return {
    today,
    contextIssues: issues.map((i) => ({ kind: i.kind, climateRelated: i.climateRelated === 1 })),
    interestedParties: parties.map((p) => ({ name: p.name, requirements: json(p.requirements) })),
    scope: scopes[0]
      ? {
          statement: scopes[0].statement,
          boundaries: scopes[0].boundaries,
          interfaces: scopes[0].interfaces,
          version: scopes[0].version,
          updatedOn: scopes[0].updatedAt.slice(0, 10),
        }
      : null,
    climate:
      scopes[0] && scopes[0].climateRelevant !== null
        ? { relevant: scopes[0].climateRelevant === 1, reason: scopes[0].climateReason }
        : null,
    documents,
    roles: roles.map((x) => ({ role: x.role, holder: x.holder })),
    methodologyStored: methodology.version !== null,
    method: { version: methodology.version, adoptedOn: methodRows[0]?.updatedAt.slice(0, 10) ?? null },
    acceptanceMaxScore: methodology.method.acceptanceMaxScore,
    reviewIntervalMonths: methodology.method.reviewIntervalMonths,
    risks,
    soa: {
      approvedVersion: soa.latestVersion,
      approvedOn: approved?.approvedAt.slice(0, 10) ?? null,
      approvedBy: approved ? approverOf(approved) : null,
      changedSinceLatest: soa.changedSinceLatest,
      lintProblems: lintSoa(soa.entries, today).length,
    },
    objectives: objectives.map((o) => ({
      key: o.key,
      measure: o.measure,
      target: o.target,
      owner: o.owner,
      measurements: measurementsOf.get(o.id)?.length ?? 0,
    })),
    changes,
    competenceRecords: competence,
    awarenessDates: awareness.map((a) => a.heldOn),
    communications: comms,
    assessmentRuns: runs.map((x) => x.performedOn),
    treatmentActions: actions.map((a) => ({ dueOn: a.dueOn, status: a.status })),
    measurementDates: measurements.map((m) => m.measuredOn),
    audits: audits.map((a) => ({
      key: a.key,
      status: a.status,
      completedOn: a.completedOn,
      plannedStart: a.plannedStart,
      scopeRefs: json<string[]>(a.scopeRefs),
      findings: findingsOf.get(a.id)?.length ?? 0,
    })),
    applicableControls: soa.entries.filter((e) => e.applicable === true).map((e) => e.controlId),
    controlEvidence: [
      ...new Set(evidenceLinks.filter((l) => l.targetType === "control").map((l) => l.targetId)),
    ],
    reviews: reviews.map((x) => ({
      key: x.key,
      heldOn: x.heldOn,
      status: x.status,
      inputs: json(x.inputs),
      decisions: json(x.decisions),
    })),
    nonconformities: ncs.map((n) => ({
      key: n.key,
      status: n.status,
      rootCause: n.rootCause,
      actions: (actionsOf.get(n.id) ?? []).map((a) => ({
        status: a.status,
        dueOn: a.dueOn,
        effective: a.effective === null ? null : a.effective === 1,
      })),
    })),
    improvementDates: improvements.map((i) => i.raisedOn),
  };
}

/** The public readiness report: overall score, every clause, Annex A themes and blockers. */
export async function readiness(
  db: Kysely<Database>,
  orgId: string,
  today = new Date().toISOString().slice(0, 10),
) {
  const facts = await gatherFacts(db, orgId, today);
  const report = assessReadiness(facts);
  const scope = orgScope(db, orgId, "system", today);
  const annexA = await soaReadiness(scope);
  const attention = await operationsAttention(scope);
  const documentControls = (await scope.read.list("documents"))
    .filter((d) => d.approvedOn && d.approvedOn <= today)
    .flatMap((d) => JSON.parse(d.controlRefs ?? "[]") as string[]);
  const operational = operationsBlockers({
    applicableControls: facts.applicableControls,
    documentedControls: [...facts.controlEvidence, ...documentControls],
    incidents: await scope.read.count("incidents"),
    overdueNotifications: attention.dueNotifications.filter((n) => n.state === "overdue").length,
    supplierReviewsOverdue: attention.supplierReviewsDue.length,
  });
  // Clauses and Annex A weigh equally: a certification audit examines both.
  const overall = Math.round(((report.clauseScore + annexA.overall) / 2) * 1000) / 1000;
  return {
    overall,
    clauses: report.clauses,
    themes: annexA.themes.map((t) => ({ theme: t.theme, score: Math.round(t.score * 1000) / 1000 })),
    blockers: [...report.blockers, ...operational].sort((a, b) => a.stage - b.stage),
    /** What the operational registers need done soon (expiring certificates, notifications due). */
    attention,
  };
}

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
