/** Readiness facts of a management system where every clause is met, for the readiness tests. */
import { CLAUSES } from "../catalog/index.js";
import { type ManagementSystemFacts, REVIEW_INPUTS } from "./readiness.js";

export const today = "2026-11-22";
export const leafClauses = CLAUSES.filter((c) => !CLAUSES.some((d) => d.parent === c.id)).map((c) => c.id);

export function doc(
  key: string,
  clauseRefs: string[],
  overrides: Partial<ManagementSystemFacts["documents"][number]> = {},
) {
  return {
    key,
    title: key,
    docType: "policy",
    clauseRefs,
    approvedOn: "2026-06-01",
    owner: "CISO",
    docVersion: "1.0",
    classification: "internal",
    retention: "5 years",
    reviewMonths: 12,
    nextReviewOn: "2027-06-01",
    ...overrides,
  };
}

/** A management system where every clause is met. */
export function buildFacts(overrides: Partial<ManagementSystemFacts> = {}): ManagementSystemFacts {
  const mandatory = CLAUSES.filter((c) => c.mandatoryDocuments.length).map((c, i) => doc(`DOC-${i}`, [c.id]));
  return {
    today,
    contextIssues: [
      { kind: "internal", climateRelated: false },
      { kind: "external", climateRelated: true },
    ],
    interestedParties: [{ name: "Customers", requirements: [{ text: "ISO certificate", addressed: true }] }],
    scope: {
      statement: "All SaaS operations",
      boundaries: "Office and AWS",
      interfaces: "Payment provider",
      version: 2,
      updatedOn: "2026-03-01",
    },
    climate: null,
    documents: mandatory,
    roles: [{ role: "ISMS manager", holder: "CISO" }],
    methodologyStored: true,
    method: { version: 1, adoptedOn: "2026-02-01" },
    acceptanceMaxScore: 6,
    reviewIntervalMonths: 12,
    risks: [{ key: "R-1", owner: "CTO", treatment: "modify", currentScore: 4, residualAssessed: false }],
    soa: {
      approvedVersion: 1,
      approvedOn: null,
      approvedBy: null,
      changedSinceLatest: false,
      lintProblems: 0,
    },
    objectives: [{ key: "OBJ-1", measure: "% trained", target: "95%", owner: "CISO", measurements: 3 }],
    changes: 1,
    competenceRecords: 2,
    awarenessDates: ["2026-09-01"],
    communications: 3,
    assessmentRuns: ["2026-09-15"],
    treatmentActions: [{ dueOn: "2026-08-01", status: "done" }],
    measurementDates: ["2026-10-01"],
    audits: [
      {
        key: "AUD-1",
        status: "completed",
        completedOn: "2026-08-01",
        plannedStart: "2026-07-20",
        scopeRefs: [...leafClauses.map((c) => `clause:${c}`), "8.8"],
        findings: 2,
      },
    ],
    applicableControls: ["8.8"],
    controlEvidence: [],
    reviews: [
      {
        key: "MR-1",
        heldOn: "2026-10-15",
        status: "completed",
        inputs: Object.fromEntries(REVIEW_INPUTS.map((k) => [k, "considered"])),
        decisions: ["Fund the SIEM"],
      },
    ],
    nonconformities: [
      {
        key: "NC-1",
        status: "closed",
        rootCause: "no review",
        actions: [{ status: "done", dueOn: "2026-09-01", effective: true }],
      },
    ],
    improvementDates: ["2026-05-01"],
    ...overrides,
  };
}
