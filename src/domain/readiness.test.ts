import { describe, expect, it } from "vitest";
import { CLAUSES } from "../catalog/index.js";
import { assessReadiness, type ManagementSystemFacts } from "./readiness.js";
import { buildFacts, doc, leafClauses, today } from "./readiness-fixture.js";

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
    [
      "4.3",
      { scope: { statement: "All", boundaries: null, interfaces: null, version: 1, updatedOn: today } },
      "partial",
    ],
    [
      "4.4",
      {
        soa: {
          approvedVersion: null,
          approvedOn: null,
          approvedBy: null,
          changedSinceLatest: false,
          lintProblems: 0,
        },
      },
      "partial",
    ],
    ["5.1", { reviews: [] }, "partial"],
    ["5.2", { documents: [] }, "missing"],
    ["5.3", { roles: [] }, "missing"],
    ["5.3", { roles: [{ role: "Auditor", holder: null }] }, "partial"],
    ["6.1.1", { risks: [] }, "missing"],
    ["6.1.2", { methodologyStored: false, documents: [] }, "partial"],
    [
      "6.1.2",
      { risks: [{ key: "R-1", owner: null, treatment: "modify", currentScore: 4, residualAssessed: false }] },
      "partial",
    ],
    [
      "6.1.3",
      {
        soa: {
          approvedVersion: null,
          approvedOn: null,
          approvedBy: null,
          changedSinceLatest: false,
          lintProblems: 0,
        },
      },
      "missing",
    ],
    [
      "6.1.3",
      {
        soa: {
          approvedVersion: 2,
          approvedOn: null,
          approvedBy: null,
          changedSinceLatest: false,
          lintProblems: 3,
        },
      },
      "partial",
    ],
    [
      "6.1.3",
      { risks: [{ key: "R-9", owner: "CTO", treatment: null, currentScore: 20, residualAssessed: false }] },
      "partial",
    ],
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
          {
            key: "MR-2",
            heldOn: "2026-10-15",
            status: "completed",
            inputs: { auditResults: "ok" },
            decisions: ["x"],
          },
        ],
      },
      "partial",
    ],
    [
      "9.3.3",
      { reviews: [{ key: "MR-3", heldOn: "2026-10-15", status: "completed", inputs: {}, decisions: [] }] },
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
      buildFacts({
        soa: {
          approvedVersion: null,
          approvedOn: null,
          approvedBy: null,
          changedSinceLatest: false,
          lintProblems: 0,
        },
        audits: [],
      }),
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
