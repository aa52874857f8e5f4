import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REVIEW_INPUTS } from "../../src/domain/readiness.js";
import {
  addAudit,
  addFinding,
  completeAudit,
  listAudits,
} from "../../src/modules/management/audit-programme.service.js";
import { addContextIssue, addDocument } from "../../src/modules/management/context.service.js";
import {
  addCorrectiveAction,
  analyseNonconformity,
  closeNonconformity,
  listNonconformities,
} from "../../src/modules/management/nonconformity.service.js";
import { documentChecklist, readiness } from "../../src/modules/management/readiness.service.js";
import { addRegisterEntry, registerSpec } from "../../src/modules/management/registers.js";
import { prefillReviewInputs, recordReview } from "../../src/modules/management/review.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { createRisk } from "../../src/modules/risks/risk.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoa, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";

describe.each(DIALECTS)("management system on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  it("refuses an auditor who owns controls in scope unless an exception is recorded", async () => {
    const entry = (await getSoa(orgScope(ws.db, org.id, "test"))).entries.find((e) => e.controlId === "8.8");
    await updateSoaEntry(orgScope(ws.db, org.id, actor), "8.8", entry?.version ?? 1, {
      applicable: true,
      owner: "Dana (IT)",
    });
    const plan = { title: "Technical audit", scopeRefs: ["A.8.8", "clause:9.1"], auditor: "dana (IT)" };
    await expect(addAudit(ws.db, org.id, actor, plan)).rejects.toThrow(
      /cannot audit controls they own \(8\.8\)/,
    );
    await addAudit(ws.db, org.id, actor, { ...plan, auditor: "External auditor" });
    const excepted = await addAudit(ws.db, org.id, actor, {
      ...plan,
      impartialityException: "Sole IT person; results reviewed by the CEO",
    });
    expect(excepted).toMatchObject({
      auditor: "dana (IT)",
      scopeRefs: JSON.stringify(["8.8", "clause:9.1"]),
    });
    await expect(addAudit(ws.db, org.id, actor, { title: "x", scopeRefs: ["9.9.9"] })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("opens a nonconformity from an NC finding and closes it only after root cause, action and effectiveness review", async () => {
    const audit = await addAudit(ws.db, org.id, actor, { title: "ISMS audit", scopeRefs: ["clause:10.2"] });
    await completeAudit(ws.db, org.id, actor, audit.key);
    await addFinding(ws.db, org.id, actor, {
      auditKey: audit.key,
      findingType: "minor_nc",
      ref: "clause:7.5.3",
      description: "Two policies past review",
    });
    await addFinding(ws.db, org.id, actor, {
      auditKey: audit.key,
      findingType: "observation",
      description: "Good incident drills",
    });
    expect((await listAudits(ws.db, org.id))[0]?.findings).toHaveLength(2);
    const [nc] = await listNonconformities(ws.db, org.id);
    expect(nc).toMatchObject({ key: "NC-001", source: "internal_audit", finding: "F-001", status: "open" });

    const close = () =>
      closeNonconformity(ws.db, org.id, actor, "NC-001", {
        effectivenessReview: "Checked all policies",
        effective: true,
      });
    await expect(close()).rejects.toThrow(/no root cause/);
    await analyseNonconformity(ws.db, org.id, actor, "NC-001", {
      correction: "Reviewed both",
      rootCause: "No review reminders",
    });
    await expect(close()).rejects.toThrow(/no corrective action/);
    await addCorrectiveAction(ws.db, org.id, actor, "NC-001", {
      description: "Calendar reminders for owners",
      owner: "CISO",
      dueOn: "2027-01-31",
    });
    expect(await close()).toMatchObject({ status: "closed" });
    expect((await listNonconformities(ws.db, org.id))[0]?.actions[0]).toMatchObject({
      status: "done",
      effective: true,
    });
  });

  it("prefills every management review input from the workspace", async () => {
    await addContextIssue(ws.db, org.id, actor, { kind: "external", title: "NIS2 applies from 2026" });
    await createRisk(ws.db, org.id, actor, {
      title: "Ransomware",
      inherent: { likelihood: 5, impact: 5 },
      treatment: "modify",
      controls: ["8.13"],
    });
    await addRegisterEntry(ws.db, org.id, actor, registerSpec("improvements"), {
      title: "Automate access reviews",
    });
    const inputs = await prefillReviewInputs(ws.db, org.id);
    expect(Object.keys(inputs)).toEqual([...REVIEW_INPUTS]);
    expect(inputs.changesInIssues).toMatch(/^1 internal or external issue added or changed/);
    // Plurals read as English: "0 interested parties", "0 open nonconformities".
    expect(inputs.changesInInterestedParties).toMatch(/^0 interested parties added/);
    expect(inputs.nonconformitiesAndCorrectiveActions).toContain("0 open nonconformities");
    expect(inputs.riskAssessmentResults).toMatch(/1 risk; 1 above the acceptance criteria \(R-001\)/);
    expect(inputs.opportunitiesForImprovement).toMatch(/^1 improvement logged/);
    expect(inputs.statusOfPreviousActions).toBe("No previous management review.");

    const review = await recordReview(ws.db, org.id, actor, {
      attendees: ["CEO"],
      decisions: ["Budget for EDR"],
    });
    expect(JSON.parse(review.inputs)).toMatchObject({ riskAssessmentResults: inputs.riskAssessmentResults });
    expect((await prefillReviewInputs(ws.db, org.id)).statusOfPreviousActions).toMatch(
      /1 decision at the review of .*: Budget for EDR/,
    );
    await expect(recordReview(ws.db, org.id, actor, { attendees: [], decisions: [] })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("checks the mandatory documents against the register", async () => {
    await addDocument(ws.db, org.id, actor, {
      title: "ISMS scope",
      clauseRefs: ["4.3"],
      approvedBy: "CEO",
      docVersion: "1.0",
    });
    await addDocument(ws.db, org.id, actor, { title: "Draft policy", clauseRefs: ["clause:5.2"] });
    const checklist = await documentChecklist(ws.db, org.id);
    expect(checklist.find((c) => c.clause === "4.3")).toMatchObject({
      present: true,
      documents: ["DOC-001"],
    });
    expect(checklist.find((c) => c.clause === "5.2")?.present).toBe(false);
    await expect(
      addDocument(ws.db, org.id, actor, { title: "x", clauseRefs: ["11.1"] }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("reports readiness for an empty ISMS with stage 1 blockers, each fixed by an action", async () => {
    const report = await readiness(ws.db, org.id);
    expect(report.clauses).toHaveLength(40);
    expect(report.clauses.find((c) => c.id === "4.3")).toMatchObject({
      status: "missing",
      reasons: ["no scope statement"],
    });
    expect(report.themes.map((t) => t.theme)).toEqual([
      "organizational",
      "people",
      "physical",
      "technological",
    ]);
    expect(report.overall).toBeLessThan(0.2);
    const scope = report.blockers.find((b) => b.ref === "clause:4.3");
    expect(scope).toMatchObject({ stage: 1, fix: { action: "set-scope" } });
    // Fixes are data, not commands: no interface has to parse another's words.
    expect(JSON.stringify(report.blockers)).not.toMatch(/isms |--org/);
  });

  it("validates simple register entries", async () => {
    await expect(
      addRegisterEntry(ws.db, org.id, actor, registerSpec("awareness"), {
        title: "Phishing drill",
        heldOn: "next week",
      }),
    ).rejects.toThrow(/heldOn: a date/);
    const row = await addRegisterEntry(ws.db, org.id, actor, registerSpec("awareness"), {
      title: "Phishing drill",
      participants: "90",
    });
    expect(row).toMatchObject({
      title: "Phishing drill",
      participants: 90,
      heldOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});
