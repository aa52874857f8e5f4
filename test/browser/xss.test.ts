/**
 * Stored cross-site scripting in a real browser: script-bearing text is saved in every kind of
 * field the pages show (through the services, as the API would), then each page that renders it is
 * opened. No payload may run (`window.__xss` stays undefined, no dialog opens), none may become
 * markup (no element with an inline event handler, no injected script), each must read as plain
 * text, and a `javascript:` address is never rendered as a link.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOrg } from "../../src/db/store.js";
import { createAsset } from "../../src/modules/assets/asset.service.js";
import { addFileEvidence, addLinkEvidence } from "../../src/modules/evidence/evidence.service.js";
import { addAudit, addFinding } from "../../src/modules/management/audit-programme.service.js";
import {
  addContextIssue,
  addDocument,
  addInterestedParty,
} from "../../src/modules/management/context.service.js";
import { addNonconformity } from "../../src/modules/management/nonconformity.service.js";
import { addObjective } from "../../src/modules/management/objectives.service.js";
import { createRisk } from "../../src/modules/risks/risk.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoa, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { type BrowserHarness, hasChromium, openBrowserHarness } from "./harness.js";

const IMG = `<img src=x onerror="window.__xss=1">`;
const SCRIPT = "<script>window.__xss=1</script>";
const SVG = `"><svg onload=window.__xss=1>`;
const JS_URL = "javascript:window.__xss=1";

/** Each page, and the payload texts at least one of which it must show as text. */
const PAGES: [string, string, string[]][] = [
  ["dashboard", "", [IMG, SCRIPT, SVG]],
  ["controls list", "/controls", [IMG, SCRIPT, SVG]],
  ["control page", "/controls/5.1", [IMG, SCRIPT, SVG]],
  ["statement of applicability", "/soa", [IMG, SCRIPT, SVG]],
  ["risk register", "/risks?q=PWNRISK", [IMG, SVG]],
  ["assets", "/assets", [SVG]],
  ["documents", "/documents", [SCRIPT]],
  ["context", "/context", [IMG, SVG]],
  ["evidence", "/evidence", [IMG, SCRIPT, SVG]],
  ["audits", "/audits", [IMG, SCRIPT]],
  ["nonconformities", "/nonconformities", [SVG]],
  ["objectives", "/objectives", [IMG, SCRIPT]],
  ["audit trail", "/audit-trail", [IMG, SCRIPT, SVG]],
  ["settings", "/settings", [SCRIPT]],
];

describe.skipIf(!hasChromium)("stored XSS (browser)", () => {
  let sut: BrowserHarness;
  let riskKey = "";
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    await sut.user("xss-member@example.com", { org: "demo", role: "viewer" });
    const db = sut.ws.db;
    await db
      .updateTable("users")
      .set({ name: SCRIPT })
      .where("email", "=", "xss-member@example.com")
      .execute();
    const org = await db
      .selectFrom("organizations")
      .select("id")
      .where("slug", "=", "demo")
      .executeTakeFirstOrThrow();
    const orgId = org.id;

    const risk = await createRisk(db, orgId, "test", {
      title: `${IMG} PWNRISK`,
      description: `${SCRIPT} risk description`,
      owner: `${SVG} risk owner`,
      inherent: { likelihood: 3, impact: 3 },
    });
    riskKey = risk.key;
    const soa = await getSoa(orgScope(db, orgId, "test"));
    const entry = soa.entries.find((e) => e.controlId === "5.1");
    await updateSoaEntry(orgScope(db, orgId, "test"), "5.1", entry?.version ?? 0, {
      applicable: false,
      justification: `${IMG} is the stated justification`,
      notes: `${SCRIPT} notes`,
      owner: `${SVG} owner`,
    });
    await createAsset(db, orgId, "test", {
      name: `${SVG} asset`,
      type: "software",
      owner: `${IMG} asset owner`,
    });
    await addDocument(db, orgId, "test", {
      title: `${SCRIPT} document`,
      owner: `${SVG} document owner`,
      location: JS_URL,
    });
    await addContextIssue(db, orgId, "test", {
      kind: "internal",
      title: `${IMG} issue`,
      description: `${SCRIPT} issue description`,
    });
    await addInterestedParty(db, orgId, "test", {
      name: `${SVG} party`,
      requirements: [{ text: `${IMG} requirement`, addressed: false }],
    });
    await addLinkEvidence(db, orgId, "test", {
      title: `${IMG} link evidence`,
      url: "https://example.com/policy",
      owner: `${SVG} evidence owner`,
      links: [{ type: "control", id: "5.1" }],
    });
    await addFileEvidence(db, sut.ws.blobs, orgId, "test", {
      title: `${SCRIPT} file evidence`,
      filename: `${SVG}.html`,
      data: Buffer.from(`<html><body>${SCRIPT}</body></html>`),
      mime: "text/html",
      links: [{ type: "control", id: "5.1" }],
    });
    // The service refuses a javascript: address; a row restored from an old backup, or written
    // around the service, may still hold one, so the pages must not trust the stored value either.
    await writeOrg(db, orgId, "test", async (w) => {
      const evidence = await w.insert("evidence", {
        key: await w.nextKey("evidence", "E"),
        title: "Scripted link evidence",
        description: null,
        kind: "link",
        url: JS_URL,
        sha256: null,
        size: null,
        mime: null,
        filename: null,
        collectedOn: null,
        effectiveFrom: null,
        effectiveTo: null,
        reviewDueOn: null,
        owner: null,
      });
      await w.insert("evidenceLinks", { evidenceId: evidence.id, targetType: "control", targetId: "5.1" });
    });
    const audit = await addAudit(db, orgId, "test", { title: `${IMG} audit`, scope: `${SVG} audit scope` });
    await addFinding(db, orgId, "test", {
      auditKey: audit.key,
      findingType: "observation",
      description: `${SCRIPT} finding`,
    });
    await addNonconformity(db, orgId, "test", { source: "incident", description: `${SVG} nonconformity` });
    await addObjective(db, orgId, "test", { title: `${IMG} objective`, owner: `${SCRIPT} objective owner` });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("shows stored script payloads as text on every page and never runs them or links a javascript: URL", async () => {
    const { context, page } = await sut.newPage({ width: 1600, height: 1000 });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await sut.signIn(page, "owner@example.com");
    const failures: string[] = [];
    for (const [name, path, shown] of [
      ...PAGES,
      ["risk editor", `/risks/${riskKey}`, [IMG, SCRIPT, SVG]] as [string, string, string[]],
    ]) {
      await page.goto(`/o/demo${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      const seen = await page.evaluate(() => {
        const g = globalThis as unknown as {
          __xss?: unknown;
          document: {
            body: { innerText: string };
            querySelectorAll(selector: string): ArrayLike<{
              value?: string;
              textContent: string | null;
              getAttribute(name: string): string | null;
            }>;
          };
        };
        const all = (selector: string) => Array.from(g.document.querySelectorAll(selector));
        return {
          xss: g.__xss,
          text: [
            g.document.body.innerText,
            ...all("input, textarea").map((e) => e.value ?? ""),
            ...all("[title]").map((e) => e.getAttribute("title") ?? ""),
          ].join("\n"),
          handlers: all("[onerror], [onload], svg[onload], img[src='x']").length,
          scripts: all("script").filter((s) => (s.textContent ?? "").includes("__xss")).length,
          scriptLinks: all("a[href], [href]")
            .map((a) => a.getAttribute("href") ?? "")
            .filter((href) => /^\s*javascript:/i.test(href)),
        };
      });
      if (seen.xss !== undefined) failures.push(`${name}: a payload ran (window.__xss = ${seen.xss})`);
      if (seen.handlers) failures.push(`${name}: ${seen.handlers} element(s) built from a payload`);
      if (seen.scripts) failures.push(`${name}: ${seen.scripts} injected script element(s)`);
      if (seen.scriptLinks.length) failures.push(`${name}: javascript: links ${seen.scriptLinks.join(", ")}`);
      if (!shown.some((payload) => seen.text.includes(payload)))
        failures.push(`${name}: none of the stored payloads is shown as text`);
    }
    // The pages holding the javascript: addresses show them, if at all, as text.
    await page.goto("/o/demo/evidence");
    await page.getByText("Scripted link evidence").first().waitFor();
    await page.goto("/o/demo/controls/5.1");
    await page.getByText("Scripted link evidence").first().waitFor();
    expect(failures).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 180_000);
});
