/**
 * The Frameworks page in a real browser: the demo organization's coverage of NIS2 (the figures per
 * state, the ENISA attribution under CC BY 4.0), section 1 opened to requirement 1.1.1.a with its
 * mapped control 5.1 linking to the control's page; the unmapped requirements only (the URL keeps
 * the filter), one given an owner and a note that survive a reload. Screenshots and axe at desktop
 * and phone widths; on a phone nothing is wider than the screen and touch targets are 44 px.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";
import { choose, phoneLayout } from "./operations-support.js";

const OWNER = "Head of Network Operations";
const NOTE = "Handled by the on-call runbook and the supplier contract, outside ISO";

describe.skipIf(!hasChromium)("framework coverage (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const openSection = async (page: Page, testId: string) => {
    const control = page.getByTestId(testId).locator(".mantine-Accordion-control");
    await control.click();
    await expect.poll(() => control.getAttribute("aria-expanded")).toBe("true");
  };
  const states = (page: Page) =>
    page.locator("li.cov-req").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-state")));

  it("shows NIS2 coverage by section, filters by state and records an owner and a note", async () => {
    const { context, page } = await sut.newPage({ width: 1440, height: 900 });
    await sut.signIn(page, "owner@example.com");

    // NIS2 by default: five figures, some requirements covered, and ENISA's attribution.
    await page.goto("/o/demo/coverage");
    await page.getByTestId("coverage-summary").waitFor();
    expect(await page.getByTestId("coverage-framework-picker").inputValue()).toMatch(/NIS2/);
    for (const state of ["covered", "partial", "not_covered", "not_applicable", "unmapped"])
      expect(await page.getByTestId(`summary-${state}-count`).textContent()).toMatch(/^\d+$/);
    expect(Number(await page.getByTestId("summary-covered-count").textContent())).toBeGreaterThan(0);
    const attribution = (await page.getByTestId("coverage-attribution").textContent()) ?? "";
    expect(attribution).toContain("ENISA");
    expect(attribution).toContain("CC BY 4.0");
    expect(await page.getByTestId("coverage-sources").isVisible()).toBe(true);
    await axe(page);
    await screenshot(page, "130-coverage");

    // Section 1 opens to 1.1.1.a, covered, with control 5.1 linking to its page.
    await openSection(page, "section-1");
    const requirement = page.getByTestId("requirement-1.1.1.a");
    await requirement.waitFor();
    expect(await requirement.getAttribute("data-state")).toBe("covered");
    expect(await requirement.getByTestId("requirement-state").textContent()).toBe("Covered");
    const link = requirement.getByRole("link", { name: "5.1", exact: true });
    expect(await link.getAttribute("href")).toBe("/o/demo/controls/5.1");
    await axe(page);
    await requirement.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-artifacts/screenshots/131-coverage-section.png" });
    await link.click();
    await page.waitForURL(/\/o\/demo\/controls\/5\.1$/);

    // Unmapped requirements only; the filter is in the link.
    await page.goto("/o/demo/coverage/nis2");
    await page.getByTestId("coverage-summary").waitFor();
    const unmapped = Number(await page.getByTestId("summary-unmapped-count").textContent());
    expect(unmapped).toBeGreaterThan(0);
    await choose(page, page, "State", /^Unmapped/);
    await page.waitForURL(/state=unmapped/);
    // The sections without an unmapped requirement are gone once the list has followed the filter.
    await page
      .getByTestId("coverage-sections")
      .getByText(/unmapped of \d+ requirements/)
      .first()
      .waitFor();
    const first = page.getByTestId("coverage-sections").locator(".mantine-Accordion-item").first();
    const sectionId = (await first.getAttribute("data-testid")) ?? "";
    await openSection(page, sectionId);
    await page.locator("li.cov-req").first().waitFor();
    const shown = await states(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["unmapped"]));

    // An owner and a note on the first of them, kept after a reload.
    const item = page.locator("li.cov-req").first();
    const id = ((await item.getAttribute("data-testid")) ?? "").replace(/^requirement-/, "");
    await item.getByRole("button", { name: "Owner and note" }).click();
    await item.getByLabel("Owner", { exact: true }).fill(OWNER);
    await item.getByLabel("Note", { exact: true }).fill(NOTE);
    await axe(page);
    const saved = page.waitForResponse(
      (r) => r.url().includes("/coverage/") && r.request().method() === "PUT",
    );
    await item.getByRole("button", { name: "Save" }).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => item.getByTestId("note-owner").textContent()).toBe(OWNER);
    await page.reload();
    await openSection(page, sectionId);
    const again = page.getByTestId(`requirement-${id}`);
    expect(await again.getByTestId("note-owner").textContent()).toBe(OWNER);
    expect(await again.getByTestId("note-text").textContent()).toBe(NOTE);
    expect(new Set(await states(page))).toEqual(new Set(["unmapped"]));
    await axe(page);
    await screenshot(page, "132-coverage-unmapped");
    await again.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-artifacts/screenshots/133-coverage-note.png" });
    await context.close();

    // On a phone: stacked, nothing wider than the screen, 44 px touch targets, axe clean.
    const phone = await sut.newPage({ width: 390, height: 844 });
    await sut.signIn(phone.page, "owner@example.com");
    await phone.page.goto("/o/demo/coverage");
    await phone.page.getByTestId("coverage-summary").waitFor();
    let layout = await phoneLayout(phone.page);
    expect(layout.width).toBeLessThanOrEqual(390);
    expect(layout.small).toEqual([]);
    await axe(phone.page);
    await screenshot(phone.page, "134-phone-coverage");
    await openSection(phone.page, "section-1");
    await phone.page.getByTestId("requirement-1.1.1.a").scrollIntoViewIfNeeded();
    layout = await phoneLayout(phone.page);
    expect(layout.width).toBeLessThanOrEqual(390);
    expect(layout.small).toEqual([]);
    await axe(phone.page);
    await phone.page.screenshot({ path: "test-artifacts/screenshots/135-phone-coverage-section.png" });
    await phone.page.goto(`/o/demo/coverage/nis2?state=unmapped`);
    await openSection(phone.page, sectionId);
    await phone.page
      .getByTestId(`requirement-${id}`)
      .getByRole("button", { name: /owner and note/i })
      .click();
    await phone.page.getByTestId(`requirement-${id}`).scrollIntoViewIfNeeded();
    layout = await phoneLayout(phone.page);
    expect(layout.width).toBeLessThanOrEqual(390);
    expect(layout.small).toEqual([]);
    await axe(phone.page);
    await phone.page.screenshot({ path: "test-artifacts/screenshots/136-phone-coverage-note.png" });
    await phone.page.getByTestId("coverage-sources").scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: "test-artifacts/screenshots/137-phone-coverage-sources.png" });
    await phone.context.close();
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 240_000);
});
