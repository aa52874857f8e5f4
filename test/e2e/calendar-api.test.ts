/**
 * The ISMS calendar over the API on SQLite and PostgreSQL: obligations derived from the records
 * of several registers with their states, the owner filter, and a person's own tasks across
 * organizations.
 */
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember } from "../../src/modules/users/membership.service.js";
import { createUser } from "../../src/modules/users/user.service.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

const ORG = "/api/v1/orgs/acme";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)("ISMS calendar on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  let dana: Session;
  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    await createUser(api.ws.db, "test", {
      email: "dana@acme.test",
      name: "Dana Reyes",
      password: "correct horse battery staple",
    });
    await addMember(api.ws.db, "test", {
      orgSlug: "acme",
      email: "dana@acme.test",
      role: "editor",
      title: "Privacy Lead",
    });
    dana = await api.signIn("dana@acme.test");
    await api.call(owner, "POST", `${ORG}/suppliers`, {
      body: { name: "CloudHost", criticality: "high", owner: "Dana Reyes", nextReviewOn: inDays(-3) },
    });
    await api.call(owner, "POST", `${ORG}/suppliers/SUP-001/assessments`, {
      body: {
        assessedOn: inDays(-200),
        method: "certificate",
        documentExpiresOn: inDays(10),
        result: "acceptable",
        residualRisk: "low",
        nextReviewOn: inDays(-3),
      },
    });
    await api.call(owner, "POST", `${ORG}/requirements`, {
      body: { title: "Breach notification", kind: "legal", owner: "dana@acme.test", reviewOn: inDays(90) },
    });
    await api.call(owner, "POST", `${ORG}/risks`, {
      body: {
        title: "Stolen laptop",
        owner: "Dana Reyes",
        inherent: { likelihood: 2, impact: 3 },
        nextReviewOn: inDays(5),
        actions: [{ title: "Encrypt every disk", owner: "Dana Reyes", dueOn: inDays(-1), status: "open" }],
      },
    });
    await api.call(owner, "POST", `${ORG}/incidents`, {
      body: { title: "Phishing", severity: "medium", detectedAt: new Date().toISOString() },
    });
    await api.call(owner, "POST", `${ORG}/incidents/INC-001/notifications`, {
      body: { obligation: "nis2-early-warning" },
    });
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("lists the obligations of every register with their state, earliest first", async () => {
    const { json } = await api.call(owner, "GET", `${ORG}/calendar`);
    const items = json.items as {
      kind: string;
      state: string;
      due: string;
      source: { key: string };
      recurrence: string | null;
    }[];
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of [
      "supplier-review",
      "certificate-expiry",
      "requirement-review",
      "risk-review",
      "treatment-action",
      "incident-notification",
    ])
      expect(kinds, kind).toContain(kind);
    expect(items.find((i) => i.kind === "supplier-review")).toMatchObject({
      state: "overdue",
      source: { key: "SUP-001" },
    });
    expect(items.find((i) => i.kind === "certificate-expiry")?.state).toBe("due");
    expect(items.find((i) => i.kind === "requirement-review")?.state).toBe("upcoming");
    expect(items.find((i) => i.kind === "treatment-action")?.state).toBe("overdue");
    expect(items.find((i) => i.kind === "risk-review")).toMatchObject({ recurrence: "FREQ=YEARLY" });
    expect(items.find((i) => i.kind === "treatment-action")).toMatchObject({ recurrence: null });
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    const between = await api.call(owner, "GET", `${ORG}/calendar?from=${inDays(0)}&to=${inDays(30)}`);
    expect(
      (between.json.items as { due: string }[]).every(
        (i) => i.due.slice(0, 10) >= inDays(0) && i.due.slice(0, 10) <= inDays(30),
      ),
    ).toBe(true);
  });

  it("gives each person their own open tasks, by name or e-mail, from four kinds of record", async () => {
    // Records name owners by job title or ISMS role as often as by name: both reach the person.
    await api.call(owner, "POST", `${ORG}/registers/roles`, {
      body: { role: "Data protection officer", holder: "Privacy Lead" },
    });
    await api.call(owner, "POST", `${ORG}/suppliers`, {
      body: {
        name: "MailCo",
        criticality: "low",
        owner: "Data protection officer",
        nextReviewOn: inDays(40),
      },
    });
    await api.call(owner, "POST", `${ORG}/suppliers`, {
      body: { name: "PayCo", criticality: "low", owner: "privacy lead", nextReviewOn: inDays(41) },
    });
    const mine = await api.call(dana, "GET", "/api/v1/me/tasks");
    const kinds = new Set(
      (mine.json as unknown as { kind: string; organization: { slug: string } }[]).map((i) => i.kind),
    );
    expect([...kinds].sort()).toEqual([
      "certificate-expiry",
      "requirement-review",
      "risk-review",
      "supplier-review",
      "treatment-action",
    ]);
    const titles = (mine.json as unknown as { title: string }[]).map((i) => i.title);
    expect(titles).toContain("Review supplier MailCo");
    expect(titles).toContain("Review supplier PayCo");
    // Filtering the calendar by any of her names gives the same obligations.
    const byName = async (who: string) =>
      (
        (await api.call(owner, "GET", `${ORG}/calendar?open=true&owner=${encodeURIComponent(who)}`)).json
          .items as { title: string }[]
      ).map((i) => i.title);
    expect(await byName("dana@acme.test")).toEqual(titles);
    expect(await byName("Privacy Lead")).toEqual(titles);
    // A role title alone gives what is owned under that role.
    expect(await byName("Data protection officer")).toEqual(["Review supplier MailCo"]);
    // Another organization's calendar is not reachable.
    expect((await api.call(dana, "GET", "/api/v1/orgs/globex/calendar")).status).toBe(404);
  });

  it("serves each person's tasks and the organization's calendar as iCalendar at a secret, revocable address", async () => {
    const feed = await api.call(dana, "POST", "/api/v1/me/calendar-feed");
    const path = new URL(String(feed.json.url)).pathname;
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const got = await api.app.inject({ method: "GET", url: path });
    expect(got.statusCode).toBe(200);
    expect(got.headers["content-type"]).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(got.body))
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e));
    const review = events.find((e) => e.summary.includes("Review supplier CloudHost"));
    expect(review?.startDate.toString()).toBe(inDays(-3));
    expect(review?.summary).toMatch(/^Overdue: /);
    expect(events.length).toBe(7);
    // A risk review comes back at the methodology's interval (12 months by default): a yearly rule.
    const riskReview = events.find((e) => e.summary.includes("Review risk"));
    expect(riskReview?.isRecurring()).toBe(true);
    expect(riskReview?.component.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=YEARLY");
    expect(review?.isRecurring()).toBe(false);
    // The organization's feed holds every obligation; revoking it ends the address.
    const orgFeed = await api.call(owner, "POST", `${ORG}/calendar-feed`);
    const orgPath = new URL(String(orgFeed.json.url)).pathname;
    const all = new ICAL.Component(ICAL.parse((await api.app.inject({ method: "GET", url: orgPath })).body));
    const { json } = await api.call(owner, "GET", `${ORG}/calendar`);
    expect(all.getAllSubcomponents("vevent")).toHaveLength((json.items as unknown[]).length);
    expect((await api.call(owner, "DELETE", `${ORG}/calendar-feed`)).status).toBe(200);
    expect((await api.app.inject({ method: "GET", url: orgPath })).statusCode).toBe(404);
    // A new personal address replaces the old one.
    await api.call(dana, "POST", "/api/v1/me/calendar-feed");
    expect((await api.app.inject({ method: "GET", url: path })).statusCode).toBe(404);
  });
});
