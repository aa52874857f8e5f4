/**
 * The risk register in a real browser: adding a risk in the editor, with its score shown live under
 * the organization's method, moves the count of its heat-map cell; a click on a cell filters the
 * register to it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("risk register (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("adds a risk, shows its score live, and its heat-map cell counts it", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/risks");
    const cell = page.getByTestId("heatmap-inherent").locator('[data-cell="5-5"]');
    await cell.waitFor();
    const before = Number(await cell.getAttribute("data-count"));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "40-risk-register");

    await page.getByTestId("add-risk").click();
    await page.waitForURL("**/o/demo/risks/new");
    await page.getByTestId("risk-title").fill("Payment provider breach exposes card tokens");
    await page.getByRole("combobox", { name: "Inherent likelihood" }).click();
    await page.getByRole("option", { name: /Almost certain/ }).click();
    await page.getByRole("combobox", { name: "Inherent impact" }).click();
    await page.getByRole("option", { name: /Severe/ }).click();
    const score = page.getByTestId("inherent-score");
    await expect.poll(() => score.textContent()).toMatch(/25.*Critical/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "41-risk-editor");
    await page.getByTestId("save-risk").click();
    await page.waitForURL(/\/o\/demo\/risks\/(?!new)[^/]+$/);

    await page.goto("/o/demo/risks");
    await expect.poll(async () => Number(await cell.getAttribute("data-count"))).toBe(before + 1);
    await cell.getByRole("button").click();
    await expect.poll(() => page.getByTestId("risk-total").textContent()).toContain(String(before + 1));
    expect(await page.getByTestId("risk-table").textContent()).toContain("Payment provider breach");
    await screenshot(page, "42-risk-register-cell-filter");
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);
});
