import { describe, expect, it } from "vitest";
import { CLAUSES } from "../catalog/index.js";
import {
  assessReadiness,
  type ManagementSystemFacts,
  mandatoryDocumentChecklist,
  REVIEW_INPUTS,
} from "./readiness.js";

const today = "2026-11-22";
const leafClauses = CLAUSES.filter((c) => !CLAUSES.some((d) => d.parent === c.id)).map((c) => c.id);

function doc(
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
function buildFacts(overrides: Partial<ManagementSystemFacts> = {}): ManagementSystemFacts {
  const mandatory = CLAUSES.filter((c) => c.mandatoryDocuments.length).map((c, i) => doc(`DOC-${i}`, [c.id]));
  return {
    today,
    contextIssues: [
      { kind: "internal", climateRelated: false },
      { kind: "external", climateRelated: true },
    ],
    interestedParties: [{ name: "Customers", requirements: [{ text: "ISO certificate", addressed: true }] }],
    scope: { statement: "All SaaS operations", boundaries: "Office and AWS", interfaces: "Payment provider" },
    documents: mandatory,
    roles: [{ role: "ISMS manager", holder: "CISO" }],
    methodologyStored: true,
    acceptanceMaxScore: 6,
    reviewIntervalMonths: 12,
    risks: [{ key: "R-1", owner: "CTO", treatment: "modify", currentScore: 4 }],
    soa: { approvedVersion: 1, changedSinceLatest: false, lintProblems: 0 },
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
    reviews: [
      {
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

const statusOf = (facts: ManagementSystemFacts, id: string) =>
  assessReadiness(facts).clauses.find((c) => c.id === id)?.status;

describe("clause readiness", () => {
  it("lists every clause from 4.1 to 10.2 and finds a complete system met throughout", () => {
    const report = assessReadiness(buildFacts());
    expect(report.clauses.map((c) => c.id)).toEqual(CLAUSES.filter((c) => c.id !== "4").map((c) => c.id));
    expect(report.clauses.filter((c) => c.status !== "met")).toEqual([]);
    expect(report.blockers).toEqual([]);
    expect(report.clauseScore).toBe(1);
  });

  // One way to break each rule, and the status it should then have.
  const breaks: [string, Partial<ManagementSystemFacts>, "partial" | "missing"][] = [
    ["4.1", { contextIssues: [{ kind: "internal", climateRelated: false }] }, "missing"],
    [
      "4.1",
      {
        contextIssues: [
          { kind: "internal", climateRelated: false },
          { kind: "external", climateRelated: false },
        ],
      },
      "partial",
    ],
    ["4.2", { interestedParties: [] }, "missing"],
    ["4.2", { interestedParties: [{ name: "Staff", requirements: [] }] }, "partial"],
    ["4.3", { scope: null }, "missing"],
    ["4.3", { scope: { statement: "All", boundaries: null, interfaces: null } }, "partial"],
    ["4.4", { soa: { approvedVersion: null, changedSinceLatest: false, lintProblems: 0 } }, "partial"],
    ["5.1", { reviews: [] }, "partial"],
    ["5.2", { documents: [] }, "missing"],
    ["5.3", { roles: [] }, "missing"],
    ["5.3", { roles: [{ role: "Auditor", holder: null }] }, "partial"],
    ["6.1.1", { risks: [] }, "missing"],
    ["6.1.2", { methodologyStored: false, documents: [] }, "partial"],
    ["6.1.2", { risks: [{ key: "R-1", owner: null, treatment: "modify", currentScore: 4 }] }, "partial"],
    ["6.1.3", { soa: { approvedVersion: null, changedSinceLatest: false, lintProblems: 0 } }, "missing"],
    ["6.1.3", { soa: { approvedVersion: 2, changedSinceLatest: false, lintProblems: 3 } }, "partial"],
    ["6.1.3", { risks: [{ key: "R-9", owner: "CTO", treatment: null, currentScore: 20 }] }, "partial"],
    ["6.2", { objectives: [] }, "missing"],
    [
      "6.2",
      { objectives: [{ key: "OBJ-1", measure: "x", target: "y", owner: "z", measurements: 0 }] },
      "partial",
    ],
    ["6.3", { changes: 0 }, "partial"],
    ["7.1", { reviews: [] }, "partial"],
    ["7.2", { competenceRecords: 0 }, "missing"],
    ["7.3", { awarenessDates: ["2025-01-01"] }, "partial"],
    ["7.4", { communications: 0 }, "partial"],
    ["7.5.1", { documents: [doc("DOC-1", ["5.2"])] }, "partial"],
    ["7.5.2", { documents: [doc("DOC-1", ["5.2"], { owner: null })] }, "partial"],
    ["7.5.3", { documents: [doc("DOC-1", ["5.2"], { nextReviewOn: "2026-01-01" })] }, "partial"],
    ["8.1", { treatmentActions: [{ dueOn: "2026-01-01", status: "open" }] }, "partial"],
    ["8.2", { assessmentRuns: [] }, "missing"],
    ["8.2", { assessmentRuns: ["2024-01-01"] }, "partial"],
    ["8.3", { treatmentActions: [] }, "partial"],
    ["9.1", { measurementDates: ["2025-12-01"] }, "partial"],
    ["9.2.1", { audits: [] }, "missing"],
    [
      "9.2.2",
      {
        audits: [
          {
            key: "AUD-1",
            status: "completed",
            completedOn: "2026-08-01",
            plannedStart: null,
            scopeRefs: ["clause:9.2.1"],
            findings: 0,
          },
        ],
      },
      "partial",
    ],
    ["9.3.1", { reviews: [] }, "missing"],
    [
      "9.3.2",
      {
        reviews: [
          { heldOn: "2026-10-15", status: "completed", inputs: { auditResults: "ok" }, decisions: ["x"] },
        ],
      },
      "partial",
    ],
    [
      "9.3.3",
      { reviews: [{ heldOn: "2026-10-15", status: "completed", inputs: {}, decisions: [] }] },
      "missing",
    ],
    ["10.1", { improvementDates: [] }, "partial"],
    [
      "10.2",
      {
        nonconformities: [
          {
            key: "NC-2",
            status: "open",
            rootCause: null,
            actions: [{ status: "open", dueOn: "2026-01-01", effective: null }],
          },
        ],
      },
      "partial",
    ],
  ];

  it.each(breaks)("clause %s becomes not met when its evidence is missing", (id, change, expected) => {
    expect(statusOf(buildFacts(change), id)).toBe(expected);
  });

  it("covers every clause that has a rule", () => {
    expect(new Set(breaks.map(([id]) => id))).toEqual(new Set(leafClauses));
  });

  it("rolls sub-clause results up to their groups and names stage 1 and 2 blockers with a fix", () => {
    const report = assessReadiness(
      buildFacts({ soa: { approvedVersion: null, changedSinceLatest: false, lintProblems: 0 }, audits: [] }),
    );
    expect(report.clauses.find((c) => c.id === "6")?.status).toBe("missing");
    expect(report.blockers).toEqual(
      expect.arrayContaining([
        {
          stage: 1,
          ref: "clause:6.1.3",
          message: "the Statement of Applicability is not approved",
          fix: { action: "approve-soa" },
        },
        expect.objectContaining({ stage: 2, ref: "clause:9.2.1" }),
      ]),
    );
    expect(report.blockers.map((b) => b.stage)).toEqual([...report.blockers.map((b) => b.stage)].sort());
  });
});

describe("mandatory documents checklist", () => {
  it("is derived from the catalog and shows what the register lacks", () => {
    const checklist = mandatoryDocumentChecklist([
      doc("DOC-1", ["4.3"]),
      doc("DOC-2", ["5.2"], { approvedOn: null }),
    ]);
    expect(checklist.length).toBe(CLAUSES.reduce((n, c) => n + c.mandatoryDocuments.length, 0));
    expect(checklist.find((c) => c.clause === "4.3")).toMatchObject({ present: true, documents: ["DOC-1"] });
    expect(checklist.find((c) => c.clause === "5.2")).toMatchObject({ present: false, documents: [] });
    expect(checklist.some((c) => c.clause === "6.1.3" && /Statement of Applicability/.test(c.document))).toBe(
      true,
    );
  });
});
