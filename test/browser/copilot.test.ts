/**
 * The copilot panel in a real browser: a question about the organization's ISMS answered offline,
 * with citations that open the control's page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("copilot panel (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("answers a question with the organization's position and links its citations", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo");
    await page.getByRole("button", { name: "Copilot" }).click();
    await page
      .getByRole("textbox", { name: "Your question", exact: true })
      .fill("How often should we test that backups can be restored?");
    await page.getByRole("button", { name: "Ask", exact: true }).click();
    const answer = page.getByTestId("copilot-answer");
    await answer.waitFor();
    await expect.poll(() => answer.getByTestId("copilot-source").textContent()).toBe("Offline answer");
    // The demo organization's own decision on the cited control is part of the answer.
    expect(await answer.textContent()).toContain("Brightfield Analytics Ltd");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "20-copilot-panel");
    await answer
      .getByRole("link", { name: /A\.8\.13 Information backup/ })
      .first()
      .click();
    await page.waitForURL("**/o/demo/controls/8.13");
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 90_000);
});
