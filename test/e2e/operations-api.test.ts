/**
 * The operational registers over the API, on SQLite and PostgreSQL: suppliers with an assessment
 * whose certificate expires next month, an incident with its timeline and a 72-hour notification,
 * a legal requirement on 5.31; updates with If-Match; who may do what; the audit trail; exports;
 * and what needs attention.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

const ORG = "/api/v1/orgs/acme";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)("operational registers over HTTP on %s", (dialect) => {
  let api: ApiHarness;
  let editor: Session;
  let auditor: Session;
  let viewer: Session;
  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    editor = await api.member("acme", "editor");
    auditor = await api.member("acme", "auditor");
    viewer = await api.member("acme", "viewer");
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("keeps a supplier, its assessment and contract terms, and updates it only with the version read", async () => {
    const created = await api.call(editor, "POST", `${ORG}/suppliers`, {
      body: {
        name: "CloudHost Ltd",
        criticality: "high",
        cloudService: true,
        contract: { dataProcessingAgreement: true },
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ key: "SUP-001", controlRefs: ["5.19", "5.20", "5.23"], version: 1 });
    expect(created.json.contract).toMatchObject({ dataProcessingAgreement: true, rightToAudit: null });
    const assessed = await api.call(editor, "POST", `${ORG}/suppliers/SUP-001/assessments`, {
      body: {
        assessedOn: inDays(-300),
        method: "certificate",
        document: "ISO/IEC 27001 certificate, scope: hosting",
        documentExpiresOn: inDays(30),
        result: "acceptable",
        residualRisk: "low",
      },
    });
    expect(assessed.status).toBe(201);
    expect(assessed.json).toMatchObject({ certificateExpiring: true, certificateExpiresOn: inDays(30) });
    const read = await api.call(editor, "GET", `${ORG}/suppliers/SUP-001`);
    const tag = String(read.headers.etag);
    const changed = await api.call(editor, "PATCH", `${ORG}/suppliers/SUP-001`, {
      body: { owner: "CTO", contract: { rightToAudit: false } },
      headers: { "if-match": tag },
    });
    expect(changed.status).toBe(200);
    expect(changed.json.contract).toMatchObject({ dataProcessingAgreement: true, rightToAudit: false });
    const stale = await api.call(editor, "PATCH", `${ORG}/suppliers/SUP-001`, {
      body: { owner: "Someone" },
      headers: { "if-match": tag },
    });
    expect(stale.status).toBe(412);
    expect(String(stale.json.detail)).toContain("supplier SUP-001");
    expect(
      (await api.call(editor, "PATCH", `${ORG}/suppliers/SUP-001`, { body: { owner: "X" } })).status,
    ).toBe(428);
    const raised = await api.call(editor, "POST", `${ORG}/suppliers/SUP-001/raise-risk`);
    expect(raised.status).toBe(201);
    expect((await api.call(editor, "GET", `${ORG}/risks/${raised.json.riskKey}`)).json).toMatchObject({
      title: expect.stringContaining("CloudHost"),
    });
  });

  it("logs an incident reported by anyone, with its timeline and a 72-hour notification clock", async () => {
    const detectedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const reported = await api.call(viewer, "POST", `${ORG}/incidents`, {
      body: { title: "Laptop with customer data stolen", severity: "high", detectedAt, personalData: true },
    });
    expect(reported.status).toBe(201);
    const key = String(reported.json.key);
    // A viewer reports; an editor handles.
    expect(
      (
        await api.call(viewer, "POST", `${ORG}/incidents/${key}/entries`, {
          body: { phase: "triage", note: "x" },
        })
      ).status,
    ).toBe(403);
    await api.call(editor, "POST", `${ORG}/incidents/${key}/entries`, {
      body: { phase: "triage", note: "Confirmed: disk not encrypted" },
    });
    await api.call(editor, "POST", `${ORG}/incidents/${key}/entries`, {
      body: { phase: "containment", note: "Accounts on the laptop reset" },
    });
    const notified = await api.call(editor, "POST", `${ORG}/incidents/${key}/notifications`, {
      body: { obligation: "gdpr-breach", recipient: "Data protection authority" },
    });
    expect(notified.status).toBe(201);
    const [notice] = notified.json.notifications as { id: string; dueAt: string; state: string }[];
    expect(Date.parse(notice?.dueAt ?? "") - Date.parse(detectedAt)).toBe(72 * 3_600_000);
    expect(notice?.state).toBe("later");
    expect(notified.json).toMatchObject({ entries: [expect.anything(), expect.anything()] });
    // Closing an incident needs the lessons learned.
    const read = await api.call(editor, "GET", `${ORG}/incidents/${key}`);
    const closing = await api.call(editor, "PATCH", `${ORG}/incidents/${key}`, {
      body: { kind: "incident", status: "closed" },
      headers: { "if-match": String(read.headers.etag) },
    });
    expect(closing.status).toBe(400);
    expect(closing.json.errors).toEqual([expect.objectContaining({ path: "lessonsLearned" })]);
    const attention = await api.call(auditor, "GET", `${ORG}/operations/attention`);
    expect(attention.json.expiringCertificates).toEqual([
      expect.objectContaining({ supplierKey: "SUP-001" }),
    ]);
    expect(attention.json.dueNotifications).toEqual([
      expect.objectContaining({ incidentKey: key, state: "later" }),
    ]);
    // Readiness shows the same, for the auditor's preparation.
    const readiness = await api.call(auditor, "GET", `${ORG}/readiness`);
    expect(readiness.json.attention).toMatchObject({
      expiringCertificates: [expect.objectContaining({ supplierKey: "SUP-001" })],
      dueNotifications: [expect.objectContaining({ incidentKey: key })],
    });
    // Evidence is referenced from the evidence store, not invented.
    const noEvidence = await api.call(editor, "POST", `${ORG}/incidents/${key}/entries`, {
      body: { phase: "eradication", note: "Image taken", evidenceKey: "EV-999" },
    });
    expect(noEvidence.status).toBe(400);
    const closed = await api.call(editor, "PATCH", `${ORG}/incidents/${key}`, {
      body: {
        kind: "incident",
        status: "closed",
        lessonsLearned: "Laptops without disk encryption were not blocked",
      },
      headers: { "if-match": String(read.headers.etag) },
    });
    expect(closed.json).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    const nc = await api.call(editor, "POST", `${ORG}/incidents/${key}/raise-nonconformity`);
    expect(nc.status).toBe(201);
    expect(String(nc.json.nonconformityKey)).toMatch(/^NC-/);
    const sent = await api.call(editor, "PATCH", `${ORG}/incidents/${key}/notifications/${notice?.id}`, {
      body: { sentAt: new Date().toISOString(), reference: "DPA-2026-118" },
    });
    expect((sent.json.notifications as { state: string }[])[0]?.state).toBe("sent");
  });

  it("keeps legal requirements with the controls that meet them; an auditor reads but does not write", async () => {
    const created = await api.call(editor, "POST", `${ORG}/requirements`, {
      body: {
        title: "Report personal data breaches within 72 hours",
        kind: "legal",
        source: "GDPR art. 33",
        controlRefs: ["A.5.31", "5.34"],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.controlRefs).toEqual(["5.31", "5.34"]);
    const unknown = await api.call(editor, "POST", `${ORG}/requirements`, {
      body: { title: "x", kind: "legal", controlRefs: ["9.99"] },
    });
    expect(unknown.status).toBe(400);
    expect((await api.call(auditor, "GET", `${ORG}/requirements?control=5.31`)).json).toHaveLength(1);
    expect(
      (await api.call(auditor, "POST", `${ORG}/requirements`, { body: { title: "y", kind: "legal" } }))
        .status,
    ).toBe(403);
    // Another organization sees none of it.
    const other = await api.member("globex", "owner");
    expect((await api.call(other, "GET", "/api/v1/orgs/globex/requirements/REQ-001")).status).toBe(404);
  });

  it("imports a supplier list as people keep it: title rows, their words, all rows or none", async () => {
    const upload = (body: string, query = "") =>
      api.app.inject({
        method: "POST",
        url: `${ORG}/suppliers/import${query}`,
        headers: { cookie: editor.cookie, "x-csrf-token": editor.csrf, "content-type": "text/csv" },
        payload: body,
      });
    const file = [
      "Vendor register,,,",
      ",,,",
      "Vendor,Tier,Status,Cloud,Next review date",
      "CloudHost Ltd,Tier 1,Live,Yes,31/03/2027",
      "Mailer Inc,Moderate,In use,no,15/02/2027",
      "Prepared by the ISMS manager,,,",
    ].join("\n");
    const bad = await upload(`${file.replace("Moderate", "Somewhat")}\n`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({
        line: 5,
        column: "Tier",
        message: expect.stringContaining('"Somewhat" is not one of'),
      }),
    ]);
    const good = await upload(file);
    expect(good.statusCode).toBe(200);
    // CloudHost Ltd is matched by name and updated; Mailer Inc is added.
    expect(good.json()).toMatchObject({ imported: 1, updated: 1, headerRow: 3 });
    for (const [register, csv, expected] of [
      ["incidents", "Summary,Severity,Type\nSuspicious login,High,Security incident\n", { imported: 1 }],
      ["requirements", "Requirement,Type,Law\nKeep payroll records,Statute,Tax code\n", { imported: 1 }],
    ] as const) {
      const imported = await api.app.inject({
        method: "POST",
        url: `${ORG}/${register}/import`,
        headers: { cookie: editor.cookie, "x-csrf-token": editor.csrf, "content-type": "text/csv" },
        payload: csv,
      });
      expect(imported.json()).toMatchObject(expected);
    }
    const list = await api.call(editor, "GET", `${ORG}/suppliers`);
    expect(list.json).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "CloudHost Ltd",
          criticality: "critical",
          nextReviewOn: "2027-03-31",
        }),
        expect.objectContaining({ name: "Mailer Inc", criticality: "medium", cloudService: false }),
      ]),
    );
  });

  it("records every change in the audit trail and exports each register", async () => {
    const trail = await api.call(auditor, "GET", `${ORG}/audit-trail?entityType=suppliers`);
    expect(JSON.stringify(trail.json)).toContain("CloudHost Ltd");
    for (const report of ["suppliers", "incidents", "requirements"]) {
      const csv = await api.app.inject({
        method: "GET",
        url: `${ORG}/exports/${report}?format=csv`,
        headers: { cookie: auditor.cookie, "x-csrf-token": auditor.csrf },
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toMatch(
        report === "suppliers" ? /CloudHost Ltd/ : report === "incidents" ? /Laptop/ : /GDPR art\. 33/,
      );
    }
  });
});
