/**
 * The facts readiness reads from the management system's records (all but the SoA), and the risk
 * register's scores in one narrow query. Each is a part kept between requests (read-memo.ts).
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import type { ManagementSystemFacts } from "../../domain/readiness.js";
import { getMethodology } from "../risks/methodology.service.js";
import { listDocuments } from "./context.service.js";

const json = <T>(text: string) => JSON.parse(text) as T;

/**
 * What readiness needs of each risk, read in one narrow query (a description or a title changes
 * none of it, so the part survives such edits: read-memo.ts). The value is shared: do not change it.
 */
export async function riskScores(reader: OrgReader): Promise<ManagementSystemFacts["risks"]> {
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

export type RecordFacts = Omit<ManagementSystemFacts, "risks" | "soa" | "applicableControls">;

type OperationFacts = Pick<
  RecordFacts,
  | "changes"
  | "competenceRecords"
  | "awarenessDates"
  | "communications"
  | "assessmentRuns"
  | "treatmentActions"
  | "audits"
  | "reviews"
  | "nonconformities"
  | "improvementDates"
>;
type PlanningFacts = Omit<RecordFacts, keyof OperationFacts | "today">;

/** Everything readiness reads of the management system's records but the risks and the SoA. */
export async function recordFacts(db: Kysely<Database>, orgId: string, today: string): Promise<RecordFacts> {
  const r = new OrgReader(db, orgId);
  const [planning, operation] = await Promise.all([planningFacts(db, r), operationFacts(r)]);
  return { today, ...planning, ...operation };
}

/** Clauses 4 to 6 and 9.1: context, scope, documents, roles, the method, objectives and measurements. */
async function planningFacts(db: Kysely<Database>, r: OrgReader): Promise<PlanningFacts> {
  const [
    issues,
    parties,
    scopes,
    documents,
    roles,
    methodology,
    objectives,
    measurements,
    methodRows,
    links,
  ] = await Promise.all([
    r.list("contextIssues"),
    r.list("interestedParties"),
    r.list("scopes"),
    listDocuments(db, r.orgId),
    r.list("ismsRoles"),
    getMethodology(r),
    r.list("objectives"),
    r.list("measurements"),
    r.list("riskMethodologies"),
    r.list("evidenceLinks"),
  ]);
  const measurementsOf = Map.groupBy(measurements, (m) => m.objectiveId);
  const scope = scopes[0];
  return {
    contextIssues: issues.map((i) => ({ kind: i.kind, climateRelated: i.climateRelated === 1 })),
    interestedParties: parties.map((p) => ({ name: p.name, requirements: json(p.requirements) })),
    scope: scope
      ? {
          statement: scope.statement,
          boundaries: scope.boundaries,
          interfaces: scope.interfaces,
          version: scope.version,
          updatedOn: scope.updatedAt.slice(0, 10),
        }
      : null,
    climate:
      scope && scope.climateRelevant !== null
        ? { relevant: scope.climateRelevant === 1, reason: scope.climateReason }
        : null,
    documents,
    roles: roles.map((x) => ({ role: x.role, holder: x.holder })),
    methodologyStored: methodology.version !== null,
    method: { version: methodology.version, adoptedOn: methodRows[0]?.updatedAt.slice(0, 10) ?? null },
    acceptanceMaxScore: methodology.method.acceptanceMaxScore,
    reviewIntervalMonths: methodology.method.reviewIntervalMonths,
    objectives: objectives.map((o) => ({
      key: o.key,
      measure: o.measure,
      target: o.target,
      owner: o.owner,
      measurements: measurementsOf.get(o.id)?.length ?? 0,
    })),
    measurementDates: measurements.map((m) => m.measuredOn),
    controlEvidence: [...new Set(links.filter((l) => l.targetType === "control").map((l) => l.targetId))],
  };
}

/** Clauses 7 to 10: support, operation, audits, reviews, nonconformities and improvement. */
async function operationFacts(r: OrgReader): Promise<OperationFacts> {
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
  const findingsOf = Map.groupBy(findings, (f) => f.auditId);
  const actionsOf = Map.groupBy(cas, (a) => a.nonconformityId);
  return {
    changes,
    competenceRecords: competence,
    awarenessDates: awareness.map((a) => a.heldOn),
    communications: comms,
    assessmentRuns: runs.map((x) => x.performedOn),
    treatmentActions: actions.map((a) => ({ dueOn: a.dueOn, status: a.status })),
    audits: audits.map((a) => ({
      key: a.key,
      status: a.status,
      completedOn: a.completedOn,
      plannedStart: a.plannedStart,
      scopeRefs: json<string[]>(a.scopeRefs),
      findings: findingsOf.get(a.id)?.length ?? 0,
    })),
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
