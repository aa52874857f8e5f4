/**
 * A first certification journey recorded through the app: the app's own records keep the
 * mandatory documented information, and readiness no longer asks for them a second time.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLAUSES } from "../../src/catalog/index.js";
import { DEFAULT_METHODOLOGY } from "../../src/domain/risk-method.js";
import { listAuditEvents } from "../../src/modules/audit-trail/audit-trail.service.js";
import { addAudit, addFinding, completeAudit } from "../../src/modules/management/audit-programme.service.js";
import {
  addContextIssue,
  addInterestedParty,
  getContext,
  setScope,
} from "../../src/modules/management/context.service.js";
import {
  deleteContextIssue,
  recordClimateDetermination,
  setRequirementAddressed,
  updateContextIssue,
} from "../../src/modules/management/context-edit.service.js";
import {
  addCorrectiveAction,
  addNonconformity,
  analyseNonconformity,
  closeNonconformity,
} from "../../src/modules/management/nonconformity.service.js";
import { addObjective } from "../../src/modules/management/objectives.service.js";
import { documentChecklist, readiness } from "../../src/modules/management/readiness.service.js";
import { addRegisterEntry, registerSpec } from "../../src/modules/management/registers.js";
import { listReviews, recordReview, updateReview } from "../../src/modules/management/review.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { applyMethodologyChange } from "../../src/modules/risks/methodology.service.js";
import { createRisk } from "../../src/modules/risks/risk.service.js";
import { isoToday, orgScope } from "../../src/modules/scope.js";
import { approveSoa, listVersions } from "../../src/modules/soa/soa-approval.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const recorder = "isms.manager@example.com";
const leafClauses = CLAUSES.filter((c) => !CLAUSES.some((d) => d.parent === c.id)).map(
  (c) => `clause:${c.id}`,
);

/** The items the journey records, by clause and name, and the fix that would have created each. */
const RECORDED: [clause: string, document: RegExp, fix: string][] = [
  ["4.3", /ISMS scope/, "set-scope"],
  ["6.1.2", /risk assessment process/, "define-risk-method"],
  ["6.1.3", /risk treatment process/, "define-risk-method"],
  ["6.1.3", /Statement of Applicability/, "approve-soa"],
  ["6.1.3", /risk treatment plan/, "treat-risks"],
  ["6.2", /objectives/, "add-objective"],
  ["8.2", /risk assessments/, "add-assessment"],
  ["9.2.2", /audit programme/, "complete-audit"],
  ["9.3.3", /management reviews/, "record-review"],
  ["10.2", /Nature of nonconformities/, "handle-nonconformities"],
  ["10.2", /Results of corrective actions/, "handle-nonconformities"],
];

describe.each(DIALECTS)("the app's records as documented information on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  const scope = () => orgScope(ws.db, org.id, recorder);
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, recorder, { slug: "first", name: "First Ltd" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  it("counts scope, method, assessment, SoA, objective, audit, review and nonconformity as kept", async () => {
    const before = await documentChecklist(ws.db, org.id);
    for (const [clause, document] of RECORDED) {
      expect(before.find((c) => c.clause === clause && document.test(c.document))?.present).toBe(false);
    }

    await setScope(ws.db, org.id, recorder, {
      statement: "The SaaS platform and its operations",
      boundaries: "Head office and the cloud tenancy",
      interfaces: "Payment provider",
    });
    await applyMethodologyChange(ws.db, org.id, recorder, DEFAULT_METHODOLOGY, 0, 0);
    await createRisk(ws.db, org.id, recorder, {
      title: "Ransomware",
      owner: "CTO",
      inherent: { likelihood: 4, impact: 5 },
      residual: { likelihood: 2, impact: 2 },
      treatment: "modify",
      controls: ["8.13"],
    });
    await addRegisterEntry(ws.db, org.id, recorder, registerSpec("assessments"), {
      summary: "First assessment",
      performedOn: isoToday(),
    });

    // Undecided controls: the approval is refused until the approver says why.
    await expect(approveSoa(scope(), { approvedBy: "Jane Roe", approverRole: "CEO" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await approveSoa(scope(), {
      approvedBy: "Jane Roe",
      approverRole: "CEO",
      undecidedReason: "Remaining controls are decided at the next review",
    });
    expect(await listVersions(scope())).toMatchObject([
      { number: 1, approvedBy: "Jane Roe", approverRole: "CEO", recordedBy: recorder },
    ]);

    await addObjective(ws.db, org.id, recorder, {
      title: "Patch critical vulnerabilities",
      measure: "days to patch",
      target: "7",
      owner: "CTO",
    });
    const audit = await addAudit(ws.db, org.id, recorder, {
      title: "First internal audit",
      scopeRefs: [...leafClauses, "8.13"],
      auditor: "External auditor",
    });
    await addFinding(ws.db, org.id, recorder, {
      auditKey: audit.key,
      findingType: "minor_nc",
      ref: "clause:7.5.3",
      description: "A policy is past its review date",
    });
    await completeAudit(ws.db, org.id, recorder, audit.key);

    // A review prepared as a draft is not done until completed, and a future date never is.
    const draft = await recordReview(ws.db, org.id, recorder, { status: "draft", attendees: ["Jane Roe"] });
    expect(draft.status).toBe("draft");
    let checklist = await documentChecklist(ws.db, org.id);
    expect(checklist.find((c) => c.clause === "9.3.3")?.present).toBe(false);
    await expect(
      updateReview(scope(), draft.key, { status: "completed", decisions: ["x"], heldOn: "2999-01-01" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await updateReview(scope(), draft.key, { status: "completed", decisions: ["Fund an EDR tool"] });
    expect((await listReviews(ws.db, org.id))[0]).toMatchObject({ status: "completed", heldOn: isoToday() });

    const nc = await addNonconformity(ws.db, org.id, recorder, {
      source: "incident",
      description: "Backup restore not tested",
    });
    await analyseNonconformity(ws.db, org.id, recorder, nc.key, { rootCause: "No schedule" });
    await addCorrectiveAction(ws.db, org.id, recorder, nc.key, { description: "Quarterly restore test" });
    await closeNonconformity(ws.db, org.id, recorder, nc.key, {
      effectivenessReview: "Restore tested",
      effective: true,
    });

    checklist = await documentChecklist(ws.db, org.id);
    for (const [clause, document] of RECORDED) {
      const item = checklist.find((c) => c.clause === clause && document.test(c.document));
      expect(item, `${clause} ${document}`).toMatchObject({ present: true, satisfiedBy: "record" });
      expect(item?.records.length).toBeGreaterThan(0);
    }
    expect(checklist.find((c) => /Statement of Applicability/.test(c.document))?.records[0]).toMatchObject({
      version: "v1",
      approvedBy: "Jane Roe (CEO)",
      date: isoToday(),
    });

    // No blocker asks for any of these again: none is fixed by making the record, and the
    // mandatory documented information (7.5.1) names none of them.
    const report = await readiness(ws.db, org.id);
    const fixes = new Set(RECORDED.map(([, , fix]) => fix));
    expect(report.blockers.filter((b) => fixes.has(b.fix.action))).toEqual([]);
    const missingDocs = report.blockers.filter((b) => b.ref === "clause:7.5.1").map((b) => b.message);
    expect(missingDocs.filter((m) => RECORDED.some(([, document]) => document.test(m)))).toEqual([]);
    expect(report.clauses.find((c) => c.id === "9.3.1")?.status).toBe("met");
  });

  it("keeps the context maintainable: edit, delete, address a requirement, record the climate decision", async () => {
    const issue = await addContextIssue(ws.db, org.id, recorder, {
      kind: "internal",
      title: "Small IT team",
    });
    await addContextIssue(ws.db, org.id, recorder, { kind: "external", title: "NIS2" });
    await addContextIssue(ws.db, org.id, recorder, { kind: "internal", title: "Remote work" });
    const edited = await updateContextIssue(scope(), {
      id: issue.id,
      expectedVersion: issue.version,
      title: "IT team of two",
    });
    expect(edited).toMatchObject({ title: "IT team of two", version: issue.version + 1 });
    await expect(
      updateContextIssue(scope(), { id: issue.id, expectedVersion: issue.version, title: "stale" }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    await deleteContextIssue(scope(), { id: issue.id });
    expect((await getContext(ws.db, org.id)).issues.map((i) => i.title)).toEqual(["NIS2", "Remote work"]);
    const trail = await listAuditEvents(ws.db, org.id, { entityId: issue.id, limit: 50 });
    expect(trail.map((e) => e.action).sort()).toEqual(["create", "delete", "update"]);

    const party = await addInterestedParty(ws.db, org.id, recorder, {
      name: "Customers",
      requirements: [{ text: "Data kept in the EU", addressed: false }],
    });
    await setRequirementAddressed(scope(), {
      id: party.id,
      index: 0,
      addressed: true,
      addressedBy: "Control 5.23",
    });
    expect((await getContext(ws.db, org.id)).interestedParties[0]?.requirements).toEqual([
      { text: "Data kept in the EU", addressed: true, addressedBy: "Control 5.23" },
    ]);

    const statusOf41 = async () =>
      (await readiness(ws.db, org.id)).clauses.find((c) => c.id === "4.1")?.status;
    expect(await statusOf41()).toBe("partial");
    await expect(recordClimateDetermination(scope(), { relevant: false })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await recordClimateDetermination(scope(), { relevant: false, reason: "Office-based software company" });
    expect((await getContext(ws.db, org.id)).climate).toEqual({
      relevant: false,
      reason: "Office-based software company",
    });
    expect(await statusOf41()).toBe("met");
  });
});
