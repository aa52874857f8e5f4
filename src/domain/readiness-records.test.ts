import { describe, expect, it } from "vitest";
import { CLAUSES } from "../catalog/index.js";
import { assessReadiness, type ManagementSystemFacts, mandatoryDocumentChecklist } from "./readiness.js";
import { buildFacts, doc } from "./readiness-fixture.js";

const statusOf = (facts: ManagementSystemFacts, id: string) =>
  assessReadiness(facts).clauses.find((c) => c.id === id)?.status;

describe("mandatory documents checklist", () => {
  const item = (facts: ManagementSystemFacts, document: string) =>
    mandatoryDocumentChecklist(facts).find((c) => c.document === document);

  it("is derived from the catalog and counts the ISMS's own records before the register", () => {
    const checklist = mandatoryDocumentChecklist(buildFacts());
    expect(checklist.length).toBe(CLAUSES.reduce((n, c) => n + c.mandatoryDocuments.length, 0));
    expect(checklist.filter((c) => !c.present)).toEqual([]);
    expect(item(buildFacts(), "ISMS scope")).toMatchObject({
      satisfiedBy: "record",
      records: [{ label: "Scope statement", page: "context", version: "v2", date: "2026-03-01" }],
      documents: ["DOC-0"],
    });
    expect(item(buildFacts(), "Information security policy")?.satisfiedBy).toBe("document");
  });

  it("with an empty register, the records alone keep every item they can", () => {
    const facts = buildFacts({ documents: [] });
    const byRecord = mandatoryDocumentChecklist(facts).filter((c) => c.satisfiedBy === "record");
    expect(byRecord.map((c) => c.clause)).toEqual(
      expect.arrayContaining([
        "4.3",
        "6.1.2",
        "6.1.3",
        "6.2",
        "7.2",
        "8.1",
        "8.2",
        "8.3",
        "9.1",
        "9.2.2",
        "9.3.3",
        "10.2",
      ]),
    );
    expect(item(facts, "Statement of Applicability")?.records[0]).toMatchObject({
      version: "v1",
      page: "soa/versions",
    });
    // The policy has no record of its own: the evidence on control 5.1 keeps it.
    expect(item(facts, "Information security policy")).toMatchObject({
      present: false,
      fix: { action: "add-document", args: { clause: "5.2", type: "policy" } },
    });
    const withEvidence = buildFacts({ documents: [], controlEvidence: ["5.1"] });
    expect(item(withEvidence, "Information security policy")).toMatchObject({
      present: true,
      satisfiedBy: "evidence",
      evidenceControls: ["5.1"],
    });
    expect(statusOf(withEvidence, "5.2")).toBe("met");
  });

  it("does not count what is missing, unapproved or dated in the future", () => {
    const facts = buildFacts({
      documents: [doc("DOC-9", ["4.3"], { approvedOn: null })],
      scope: null,
      method: { version: null, adoptedOn: null },
      methodologyStored: false,
      reviews: [{ key: "MR-9", heldOn: "2027-01-10", status: "completed", inputs: {}, decisions: ["later"] }],
      assessmentRuns: ["2027-02-01"],
    });
    expect(item(facts, "ISMS scope")).toMatchObject({ present: false, fix: { action: "set-scope" } });
    expect(item(facts, "Information security risk assessment process")?.fix.action).toBe(
      "define-risk-method",
    );
    expect(item(facts, "Results of management reviews")).toMatchObject({
      present: false,
      fix: { action: "record-review" },
    });
    expect(item(facts, "Results of information security risk assessments")?.present).toBe(false);
    const report = assessReadiness(facts);
    expect(report.clauses.find((c) => c.id === "9.3.1")?.status).toBe("missing");
    expect(report.clauses.find((c) => c.id === "9.3.3")?.status).toBe("missing");
    const blocker = report.blockers.find((b) => b.ref === "clause:7.5.1" && /ISMS scope/.test(b.message));
    expect(blocker?.fix).toEqual({ action: "set-scope" });
  });

  it("takes the organization's climate-change determination as having considered it", () => {
    const issues = [
      { kind: "internal", climateRelated: false },
      { kind: "external", climateRelated: false },
    ];
    expect(statusOf(buildFacts({ contextIssues: issues }), "4.1")).toBe("partial");
    const facts = buildFacts({
      contextIssues: issues,
      climate: { relevant: false, reason: "office-only services" },
    });
    expect(statusOf(facts, "4.1")).toBe("met");
    expect(assessReadiness(facts).clauses.find((c) => c.id === "4.1")?.reasons[0]).toMatch(
      /not relevant: office-only/,
    );
  });
});
