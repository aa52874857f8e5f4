/**
 * Every main page of the web app in a real browser, as the demo organization's owner at 1280×800
 * and 1920×1080: it renders its heading without console errors, axe-core finds no serious or
 * critical violation, and a screenshot is saved. Then an auditor, who may read everything and
 * record audit findings but change neither the SoA nor risks, sees no edit controls.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

const PAGES: [string, string][] = [
  ["dashboard", ""],
  ["guided-start", "/start"],
  ["controls", "/controls"],
  ["control-8.13", "/controls/8.13"],
  ["clause-6.1.2", "/clauses/6.1.2"],
  ["evidence", "/evidence"],
  ["risk-treatment-plan", "/treatment"],
  ["risk-methodology", "/method"],
  ["risk-import", "/risks/import"],
  ["risk-R-001", "/risks/R-001"],
  ["assets", "/assets"],
  ["context", "/context"],
  ["documents", "/documents"],
  ["objectives", "/objectives"],
  ["audits", "/audits"],
  ["reviews", "/reviews"],
  ["nonconformities", "/nonconformities"],
  ["audit-trail", "/audit-trail"],
  ["settings", "/settings"],
];

describe.skipIf(!hasChromium)("main pages (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    await sut.user("auditor@example.com", { org: "demo", role: "auditor" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("renders every main page accessibly and without errors, on a laptop and a wide screen", async () => {
    const failures: string[] = [];
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const { context, page } = await sut.newPage({ width, height });
      await sut.signIn(page, "owner@example.com");
      for (const [name, path] of PAGES) {
        await page.goto(`/o/demo${path}`);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await page.waitForLoadState("networkidle");
        // No page may overflow sideways at either width.
        const overflow = await page.evaluate(() => {
          const doc = (
            globalThis as unknown as {
              document: { documentElement: { scrollWidth: number; clientWidth: number } };
            }
          ).document.documentElement;
          return doc.scrollWidth - doc.clientWidth;
        });
        if (overflow > 1) failures.push(`${name} at ${width}: ${overflow}px of horizontal overflow`);
        for (const violation of await seriousViolations(page))
          failures.push(`${name} at ${width}: ${violation}`);
        await screenshot(page, `${width === 1280 ? "50" : "60"}-${name}-${width}`);
        const body = (await page.locator("#main").textContent()) ?? "";
        for (const placeholder of ["Not built yet", "TODO", "Lorem", "[object Object]", "undefined", "NaN"])
          if (body.includes(placeholder)) failures.push(`${name} at ${width}: shows "${placeholder}"`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 300_000);

  it("shows an auditor everything but no way to change the SoA or the risks", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "auditor@example.com");
    await page.goto("/o/demo");
    expect(await page.getByTestId("role-badge").textContent()).toBe("Auditor");

    await page.goto("/o/demo/controls/5.15");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("save-decision").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Draft with copilot" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Upload evidence" }).count()).toBe(0);

    await page.goto("/o/demo/soa");
    await page.getByTestId("soa-row-5.15").waitFor();
    expect(await page.getByTestId("approve-soa").count()).toBe(0);
    expect(await page.getByLabel("Status of 5.15", { exact: true }).count()).toBe(0);
    expect(await page.getByLabel("Owner of 5.15", { exact: true }).count()).toBe(0);

    await page.goto("/o/demo/risks");
    await page.getByTestId("risk-row-R-001").waitFor();
    expect(await page.getByTestId("add-risk").count()).toBe(0);
    await page.goto("/o/demo/risks/R-001");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("save-risk").count()).toBe(0);

    // Auditors do record internal audit work.
    await page.goto("/o/demo/audits");
    await page.getByTestId("plan-audit").waitFor();
    await screenshot(page, "70-auditor-audits");
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);
});
