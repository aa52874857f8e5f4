/**
 * E-mail reminders on SQLite and PostgreSQL, through a real SMTP server on loopback: the demo's
 * opted-in members each receive one digest listing their overdue and due obligations with links
 * into the app; scheduled runs send each digest and immediate message once; a one-click
 * unsubscribe stops them; people choose their own settings; the log keeps who got what, and
 * `isms notify digest` and `isms jobs run` do the same from the command line.
 */
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationCalendar } from "../../src/modules/calendar/calendar.service.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { type Mailer, smtpMailer } from "../../src/modules/mail/mailer.js";
import { digestNow, runDueWork } from "../../src/modules/notify/due-work.js";
import { orgScope } from "../../src/modules/scope.js";
import { type ApiHarness, openApi, type Session } from "../support/api.js";
import { runIsms } from "../support/run-cli.js";
import { type SmtpCapture, startSmtpCapture } from "../support/smtp-capture.js";
import { DIALECTS } from "../support/workspaces.js";

const PUBLIC = "https://isms.example.test";
const PRIYA = "priya.castellan@brightfield.example";
const TOBIAS = "tobias.wren@brightfield.example";
const schedule = { hour: 7, weekday: 1 };

/** The web app's page patterns (web/src/routes.tsx), to check that a link leads to a page. */
const PAGES = [
  ...readFileSync(new URL("../../web/src/routes.tsx", import.meta.url), "utf8").matchAll(/page\("([^"]+)"/g),
]
  .map((m) => m[1] ?? "")
  .map((p) => new RegExp(`^${(p.startsWith("/") ? p : `/o/:slug/${p}`).replace(/:[a-zA-Z]+/g, "[^/]+")}$`));
const isPage = (path: string) => path === "/o/demo" || PAGES.some((re) => re.test(path));
const linksIn = (text: string) =>
  [...text.matchAll(/https:\/\/isms\.example\.test\/[^\s"<>)]+/g)].map((m) => m[0]);
const digestsTo = (smtp: SmtpCapture, to: string) =>
  smtp.messages.filter((m) => m.to.includes(to) && /ISMS digest/.test(m.raw));

describe.each(DIALECTS)("e-mail reminders on %s", (dialect) => {
  let api: ApiHarness;
  let smtp: SmtpCapture;
  let mailer: Mailer;
  let owner: Session;
  let orgId = "";
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    mailer = await smtpMailer(smtp.url, "ISMS <isms@example.test>");
    api = await openApi(dialect, { app: { mailer, publicUrl: PUBLIC } });
    await createDemo(api.ws, "test");
    owner = await api.member("demo", "owner");
    orgId = (
      await api.ws.db
        .selectFrom("organizations")
        .select("id")
        .where("slug", "=", "demo")
        .executeTakeFirstOrThrow()
    ).id;
  }, 120_000);
  afterAll(async () => {
    await api?.dispose();
    await smtp?.close();
  });

  it("sends each opted-in member one digest of their overdue and due obligations, with working links", async () => {
    // The demo's ISMS manager chose the daily digest; an administrator opts the CTO in too.
    const set = await api.call(owner, "PUT", "/api/v1/orgs/demo/notifications", {
      body: { email: TOBIAS, digest: "daily" },
    });
    expect(set.json).toEqual({ email: TOBIAS, digest: "daily", alerts: true });
    const dry = await digestNow(api.ws, { publicUrl: PUBLIC }, "demo", { dryRun: true });
    expect(dry.messages.map((m) => m.to).sort()).toEqual([PRIYA, TOBIAS]);
    expect(smtp.messages).toHaveLength(0);

    const result = await digestNow(api.ws, { mailer, publicUrl: PUBLIC }, "demo");
    expect(result.messages.map((m) => m.outcome)).toEqual(["sent", "sent"]);
    expect(digestsTo(smtp, PRIYA)).toHaveLength(1);
    expect(digestsTo(smtp, TOBIAS)).toHaveLength(1);
    expect(smtp.messages).toHaveLength(2);

    // Priya owns her records as "Head of Security" (her job title) and "ISMS manager" (her role).
    const mail = digestsTo(smtp, PRIYA)[0];
    const mine = await organizationCalendar(orgScope(api.ws.db, orgId, "test"), { owner: PRIYA, open: true });
    const pressing = mine.filter((i) => i.state === "overdue" || i.state === "due");
    expect(pressing.length).toBeGreaterThan(0);
    for (const item of pressing) expect(mail?.text).toContain(item.title);
    expect(mail?.text).toContain(`Overdue (${mine.filter((i) => i.state === "overdue").length})`);
    expect(mail?.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail?.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/i);

    const links = [...new Set(linksIn(mail?.text ?? ""))];
    expect(links.length).toBeGreaterThan(pressing.length);
    for (const link of links) {
      const path = new URL(link).pathname;
      if (path.startsWith("/api/v1/")) continue;
      expect(isPage(path), `${link} is a page of the app`).toBe(true);
    }
    const unsubscribe = links.find((l) => l.includes("/unsubscribe/")) ?? "";
    const token = unsubscribe.split("/unsubscribe/")[1] ?? "";
    const who = await api.call(undefined, "GET", `/api/v1/mail/unsubscribe/${token}`);
    expect(who.json).toMatchObject({
      email: PRIYA,
      organization: "Brightfield Analytics Ltd",
      digest: "daily",
    });
  });

  it("sends scheduled digests and immediate messages once, however often the schedule runs", async () => {
    smtp.messages.length = 0;
    const monday = new Date("2027-03-01T08:00:00Z");
    const [first, second] = await Promise.all([
      runDueWork(api.ws, { mailer, publicUrl: PUBLIC, schedule }, monday),
      runDueWork(api.ws, { mailer, publicUrl: PUBLIC, schedule }, monday),
    ]);
    const digests = [...first.jobs, ...second.jobs].filter(
      (j) => j.type === "digest" && j.outcome === "sent",
    );
    expect(digests).toHaveLength(2);
    expect(digestsTo(smtp, PRIYA)).toHaveLength(1);
    expect(digestsTo(smtp, TOBIAS)).toHaveLength(1);
    // The demo's open NIS2 early warning goes at once to the incident manager (held by the Head of Security).
    const alerts = smtp.messages.filter((m) => /NIS2 early warning/.test(m.raw));
    expect(alerts.map((m) => m.to[0])).toEqual([PRIYA]);
    const again = await runDueWork(
      api.ws,
      { mailer, publicUrl: PUBLIC, schedule },
      new Date("2027-03-01T20:00:00Z"),
    );
    expect(again.sent).toBe(0);
    // Before the hour nothing is due; the next day's digests are new.
    expect(
      (await runDueWork(api.ws, { mailer, publicUrl: PUBLIC, schedule }, new Date("2027-03-02T06:00:00Z")))
        .sent,
    ).toBe(0);
    const tuesday = await runDueWork(
      api.ws,
      { mailer, publicUrl: PUBLIC, schedule },
      new Date("2027-03-02T07:30:00Z"),
    );
    expect(tuesday.jobs.filter((j) => j.type === "digest").map((j) => j.outcome)).toEqual(["sent", "sent"]);
  });

  it("stops a person's messages with one click, and records who got what without the links", async () => {
    const mail = digestsTo(smtp, TOBIAS).at(-1);
    const oneClick = /List-Unsubscribe:\s*<([^>]+)>/i.exec(mail?.raw ?? "")?.[1] ?? "";
    expect(oneClick).toMatch(/\/api\/v1\/mail\/unsubscribe\//);
    const response = await api.app.inject({
      method: "POST",
      url: new URL(oneClick).pathname,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: TOBIAS, digest: "off", alerts: false });
    const wednesday = await runDueWork(
      api.ws,
      { mailer, publicUrl: PUBLIC, schedule },
      new Date("2027-03-03T09:00:00Z"),
    );
    expect(wednesday.jobs.filter((j) => j.type === "digest")).toHaveLength(1);
    expect(digestsTo(smtp, TOBIAS).filter((m) => m.raw.includes("2027-03-03"))).toHaveLength(0);
    // A forged link is refused.
    expect(
      (await api.call(undefined, "POST", `/api/v1/mail/unsubscribe/${"A".repeat(43)}.${"B".repeat(22)}`))
        .status,
    ).toBe(404);

    const log = await api.call(owner, "GET", "/api/v1/orgs/demo/sent-messages");
    const messages = log.json.messages as {
      recipient: string;
      kind: string;
      subject: string;
      status: string;
    }[];
    expect(
      messages.filter((m) => m.kind === "digest" && m.recipient === PRIYA).length,
    ).toBeGreaterThanOrEqual(3);
    expect(messages.some((m) => m.kind === "alert:incident-notification")).toBe(true);
    expect(messages.every((m) => m.status === "sent")).toBe(true);
    const token = oneClick.split("/unsubscribe/")[1] ?? "";
    expect(JSON.stringify(messages)).not.toContain(token.split(".")[1]);
    // Only those who manage members read the log.
    const editor = await api.member("demo", "editor");
    expect((await api.call(editor, "GET", "/api/v1/orgs/demo/sent-messages")).status).toBe(403);
  });

  it("lets each person choose their own digest, off until they opt in or an administrator's default", async () => {
    const dana = await api.member("demo", "editor");
    const mine = await api.call(dana, "GET", "/api/v1/me/notifications");
    expect(mine.json).toEqual({
      mailConfigured: true,
      organizations: [{ slug: "demo", name: "Brightfield Analytics Ltd", digest: "off", alerts: true }],
    });
    const chose = await api.call(dana, "PUT", "/api/v1/me/notifications/demo", {
      body: { digest: "weekly" },
    });
    expect(chose.json).toMatchObject({ digest: "weekly", alerts: true });
    expect(
      (await api.call(dana, "PUT", "/api/v1/me/notifications/globex", { body: { digest: "daily" } })).status,
    ).toBe(404);
    expect(
      (await api.call(dana, "PUT", "/api/v1/orgs/demo/notifications", { body: { digest: "daily" } })).status,
    ).toBe(403);
    // The administrator's default reaches those who have not chosen, not those who have.
    await api.call(owner, "PUT", "/api/v1/orgs/demo/notifications", { body: { digest: "daily" } });
    const sam = await digestNow(api.ws, { publicUrl: PUBLIC }, "demo", { dryRun: true });
    expect(sam.messages.find((m) => m.to === "sam.whitlock@brightfield.example")?.cadence).toBe("daily");
    expect((await api.call(dana, "GET", "/api/v1/me/notifications")).json).toMatchObject({
      organizations: [{ digest: "weekly" }],
    });
    await api.call(owner, "PUT", "/api/v1/orgs/demo/notifications", { body: { digest: "off" } });
  });

  it("serves the demo's obligations as an iCalendar feed with their dates", async () => {
    const feed = await api.call(owner, "POST", "/api/v1/orgs/demo/calendar-feed");
    const path = new URL(String(feed.json.url)).pathname;
    const body = (await api.app.inject({ method: "GET", url: path })).body;
    const events = new ICAL.Component(ICAL.parse(body))
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e));
    const { json } = await api.call(owner, "GET", "/api/v1/orgs/demo/calendar");
    const items = json.items as { title: string; due: string; state: string }[];
    expect(items.length).toBeGreaterThan(100);
    expect(events).toHaveLength(items.length);
    const dueOf = (e: ICAL.Event) =>
      e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString().slice(0, 16);
    const seen = new Set(events.map((e) => `${dueOf(e)} ${e.summary.replace(/^Overdue: /, "")}`));
    for (const i of items)
      expect(seen, i.title).toContain(`${i.due.length > 10 ? i.due.slice(0, 16) : i.due} ${i.title}`);
  });

  it("isms notify digest and isms jobs run send from the command line", async () => {
    const saved = { ...process.env };
    process.env.ISMS_DATABASE_URL = (api.ws as unknown as { url: string }).url;
    process.env.ISMS_DATA_DIR = (api.ws as unknown as { dir: string }).dir;
    process.env.ISMS_SMTP_URL = smtp.url;
    process.env.ISMS_PUBLIC_URL = PUBLIC;
    try {
      smtp.messages.length = 0;
      const dry = JSON.parse(
        (await runIsms("notify", "digest", "--org", "demo", "--dry-run", "--json")).stdout,
      );
      expect(dry.messages.map((m: { to: string }) => m.to)).toContain(PRIYA);
      expect(smtp.messages).toHaveLength(0);
      const sent = await runIsms("notify", "digest", "--org", "demo");
      expect(sent.stdout).toMatch(new RegExp(`^sent\\t${PRIYA}\\tdaily`, "m"));
      expect(digestsTo(smtp, PRIYA)).toHaveLength(1);
      const run = JSON.parse((await runIsms("jobs", "run", "--json")).stdout);
      expect(run).toMatchObject({ failed: 0 });
      const log = await runIsms("notify", "log", "--org", "demo");
      expect(log.stdout).toContain(PRIYA);
      delete process.env.ISMS_SMTP_URL;
      await expect(runIsms("notify", "digest", "--org", "demo")).rejects.toThrow(
        /no mail server is configured/,
      );
    } finally {
      process.env = saved;
    }
  });
});
