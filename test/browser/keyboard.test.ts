/**
 * The app by keyboard alone: sign in, skip the navigation, move to the SoA through the navigation,
 * and change a control's status, without touching the mouse.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrganization } from "../../src/modules/orgs/org.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoaEntry } from "../../src/modules/soa/soa.service.js";
import { type BrowserHarness, hasChromium, openBrowserHarness, PASSWORD } from "./harness.js";

/** What the focused element is: its accessible label or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: Record<string, unknown> | null } })
      .document.activeElement as {
      getAttribute(n: string): string | null;
      textContent: string | null;
      id: string;
    } | null;
    return `${el?.getAttribute("aria-label") ?? ""}|${(el?.textContent ?? "").trim()}|${el?.id ?? ""}`;
  });

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, match: RegExp, key = "Tab", limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (match.test(await focused(page))) return;
  }
  throw new Error(`no focusable element matching ${match} within ${limit} tabs`);
}

describe.skipIf(!hasChromium)("keyboard only (browser)", () => {
  let sut: BrowserHarness;
  let orgId = "";
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    orgId = (await findOrganization(sut.ws.db, "demo"))?.id ?? "";
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("signs in, skips the navigation, opens the SoA and changes a status by keyboard", async () => {
    const { context, page } = await sut.newPage();
    await page.goto("/login");
    await page.getByRole("textbox", { name: "Email", exact: true }).waitFor();
    // The email field has the focus when the page opens.
    await page.keyboard.type("owner@example.com");
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/o\/demo$/);
    await page.getByTestId("readiness-overall").waitFor();

    // The first stop is the skip link; the navigation follows it.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toContain("Skip to content");
    await tabTo(page, /^\|Statement of Applicability\|/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/o\/demo\/soa$/);
    await page.getByTestId("soa-row-5.1").waitFor();

    // Back to the skip link, which jumps past the navigation into the page.
    await tabTo(page, /Skip to content/, "Shift+Tab");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toContain("|main");
    await tabTo(page, /^Status of 5\.1\|/);
    const before = (await getSoaEntry(orgScope(sut.ws.db, orgId, "test"), "5.1")).status;
    // 5.1 is implemented in the demo: one step up is "partial" (an included control offers no
    // "not applicable").
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Tab");
    await expect
      .poll(async () => (await getSoaEntry(orgScope(sut.ws.db, orgId, "test"), "5.1")).status)
      .not.toBe(before);
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);
});
