/**
 * A policy's whole life over the API, on SQLite and PostgreSQL: drafted from the template, sent
 * for review, commented on, approved by a named person who re-authenticates, published to
 * everyone and one person without an account (by e-mail through a real SMTP server on loopback),
 * acknowledged in the app and through the one-time link; then a significant second version
 * restarts acknowledgement. The approved policy satisfies 5.2 and is current evidence on 5.1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../../src/modules/mail/mailer.js";
import { type ApiHarness, buildTwoOrgs, openApi, PASSWORD, type Session } from "../support/api.js";
import { type SmtpCapture, startSmtpCapture } from "../support/smtp-capture.js";
import { DIALECTS } from "../support/workspaces.js";

const BASE = "/api/v1/orgs/acme/policies";

describe.each(DIALECTS)("policies over HTTP on %s", (dialect) => {
  let api: ApiHarness;
  let smtp: SmtpCapture;
  let owner: Session;
  let reviewer: Session;
  let ceo: Session;
  let key: string;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    api = await openApi(dialect, {
      app: { mailer: await smtpMailer(smtp.url, "isms@acme.test"), publicUrl: "https://isms.acme.test" },
    });
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    reviewer = await api.member("acme", "viewer");
    ceo = await api.member("acme", "admin");
  });
  afterAll(async () => {
    await api.dispose();
    await smtp.close();
  });

  it("drafts the top-level policy from the template with the organization's name", async () => {
    const created = await api.call(owner, "POST", BASE, {
      body: { template: "information-security-policy", owner: "Head of Security" },
    });
    expect(created.status).toBe(201);
    key = String(created.json.key);
    expect(created.json).toMatchObject({ clauseRefs: ["5.2"], templateKey: "information-security-policy" });
    expect(created.json.controlRefs).toContain("5.1");
    const [v1] = created.json.versions as { state: string; content: string }[];
    expect(v1?.state).toBe("draft");
    expect(v1?.content).toContain("Acme");
    // No placeholder is left for a reader to see.
    expect(v1?.content).not.toMatch(/\{\{\w+\}\}/);
    // Another organization cannot see it.
    const other = await api.member("globex", "owner");
    expect((await api.call(other, "GET", `/api/v1/orgs/globex/policies/${key}`)).status).toBe(404);
  });

  it("fixes the content when sent for review; reviewers comment; approval needs the approver's password", async () => {
    const submitted = await api.call(owner, "POST", `${BASE}/${key}/versions/1/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({
      state: "in_review",
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const edit = await api.call(owner, "PATCH", `${BASE}/${key}/versions/1`, {
      body: { content: "changed" },
    });
    expect(edit.status).toBe(409);
    expect(edit.json.detail).toContain("only a draft");
    const comment = await api.call(reviewer, "POST", `${BASE}/${key}/versions/1/comments`, {
      body: { body: "Name who approves exceptions.", section: "Roles and responsibilities" },
    });
    expect(comment.status).toBe(201);
    // A viewer may comment but not approve.
    expect(
      (await api.call(reviewer, "POST", `${BASE}/${key}/versions/1/approve`, { body: { role: "CEO" } }))
        .status,
    ).toBe(403);
    const wrong = await api.call(ceo, "POST", `${BASE}/${key}/versions/1/approve`, {
      body: { role: "CEO", currentPassword: "not the password" },
    });
    expect(wrong.status).toBe(403);
    const approved = await api.call(ceo, "POST", `${BASE}/${key}/versions/1/approve`, {
      body: { role: "CEO", currentPassword: PASSWORD },
    });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({
      state: "approved",
      approverRole: "CEO",
      approvedBy: expect.stringMatching(/^admin-/),
    });
    expect((approved.json.comments as unknown[]).length).toBe(1);
  });

  it("publishes to everyone and one person without an account, who acknowledges through the e-mailed link", async () => {
    const published = await api.call(owner, "POST", `${BASE}/${key}/versions/1/publish`, {
      body: {
        effectiveFrom: "2026-12-01",
        audience: { everyone: true, people: [{ name: "Sam Contractor", email: "sam@contractor.test" }] },
      },
    });
    expect(published.status).toBe(200);
    // owner, viewer, admin and Sam.
    expect(published.json).toMatchObject({ requested: 4, emailed: 4 });
    const mail = await smtp.waitFor("sam@contractor.test");
    const link = /https:\/\/isms\.acme\.test\/ack\/([A-Za-z0-9_-]+)/.exec(mail.text);
    expect(link).not.toBeNull();
    const token = link?.[1] ?? "";
    const page = await api.call(undefined, "GET", `/api/v1/ack/${token}`);
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({
      organization: "Acme",
      version: 1,
      person: "Sam Contractor",
      acknowledgedAt: null,
    });
    expect((await api.call(undefined, "POST", `/api/v1/ack/${token}`)).status).toBe(200);
    // The link works once.
    expect((await api.call(undefined, "POST", `/api/v1/ack/${token}`)).status).toBe(404);
    expect((await api.call(reviewer, "POST", `${BASE}/${key}/acknowledge`)).status).toBe(200);
    const acks = await api.call(owner, "GET", `${BASE}/${key}/acknowledgements`);
    expect(acks.json).toMatchObject({ version: 1, total: 4, acknowledged: 2, pending: 2 });
    const people = acks.json.people as {
      person: string;
      via: string | null;
      acknowledgedAt: string | null;
    }[];
    expect(people.find((p) => p.person === "Sam Contractor")).toMatchObject({ via: "link" });
    expect(people.filter((p) => !p.acknowledgedAt)).toHaveLength(2);
    // A reminder goes to those still pending, with a fresh link; the first one stops working.
    const pendingEmails = people.filter((p) => !p.acknowledgedAt).map((p) => p.person);
    expect(pendingEmails).toHaveLength(2);
    const before = smtp.messages.length;
    const reminded = await api.call(owner, "POST", `${BASE}/${key}/acknowledgements/remind`);
    expect(reminded.json).toEqual({ reminded: 2 });
    expect(smtp.messages.length).toBe(before + 2);
  });

  it("counts the approved policy for clause 5.2 and as current evidence on 5.1", async () => {
    const checklist = await api.call(owner, "GET", "/api/v1/orgs/acme/documents/checklist");
    const policy = (
      checklist.json as unknown as { clause: string; present: boolean; documents: string[] }[]
    ).find((c) => c.clause === "5.2");
    expect(policy).toMatchObject({ present: true, documents: [key] });
    const evidence = await api.call(owner, "GET", "/api/v1/orgs/acme/evidence?control=5.1");
    expect(evidence.json).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "policy",
          freshness: "current",
          controls: expect.arrayContaining(["5.1"]),
        }),
      ]),
    );
    const list = await api.call(owner, "GET", BASE);
    expect(list.json[0]).toMatchObject({
      key,
      state: "published",
      version: 1,
      acknowledged: 2,
      pending: 2,
      needsReview: false,
    });
  });

  it("a significant second version restarts acknowledgement, and the comparison shows the change", async () => {
    const v2 = await api.call(owner, "POST", `${BASE}/${key}/versions`, {
      body: { changeSummary: "Adds the rule on personal devices", significant: true },
    });
    expect(v2.status).toBe(201);
    const content = `${String(v2.json.content)}\n\n## Personal devices\n\nPersonal devices reach company data only through managed apps.\n`;
    expect((await api.call(owner, "PATCH", `${BASE}/${key}/versions/2`, { body: { content } })).status).toBe(
      200,
    );
    await api.call(owner, "POST", `${BASE}/${key}/versions/2/submit`);
    await api.call(ceo, "POST", `${BASE}/${key}/versions/2/approve`, {
      body: { role: "CEO", currentPassword: PASSWORD },
    });
    const published = await api.call(owner, "POST", `${BASE}/${key}/versions/2/publish`, {
      body: { audience: { everyone: true, people: [] } },
    });
    expect(published.json).toMatchObject({ requested: 3 });
    const acks = await api.call(owner, "GET", `${BASE}/${key}/acknowledgements`);
    expect(acks.json).toMatchObject({ version: 2, acknowledged: 0, pending: 3 });
    const detail = await api.call(owner, "GET", `${BASE}/${key}`);
    expect((detail.json.versions as { state: string }[]).map((v) => v.state)).toEqual([
      "superseded",
      "published",
    ]);
    const compare = await api.call(owner, "GET", `${BASE}/${key}/compare?from=1&to=2`);
    const added = (compare.json.parts as { kind: string; text: string }[]).filter((p) => p.kind === "added");
    expect(added.map((p) => p.text).join("")).toContain("Personal devices reach company data");
    const review = await api.call(owner, "POST", `${BASE}/${key}/review`, { body: { note: "Still right" } });
    expect(review.status).toBe(200);
    expect(review.json.reviews).toEqual([
      expect.objectContaining({ outcome: "unchanged", note: "Still right" }),
    ]);
  });
});
