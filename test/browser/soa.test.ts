/**
 * The Statement of Applicability in a real browser: an inline edit, approving a version, comparing
 * two versions side by side, downloading the SoA as XLSX (opened back), and a stale edit that
 * shows both versions and saves the user's merge.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrganization } from "../../src/modules/orgs/org.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoaEntry, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("Statement of Applicability (browser)", () => {
  let sut: BrowserHarness;
  let orgId: string;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    orgId = (await findOrganization(sut.ws.db, "demo"))?.id ?? "";
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("approves a new version after an edit and shows the change between the two versions", async () => {
    const { context, page } = await sut.newPage({ width: 1920, height: 1080 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/soa");
    await page.getByTestId("soa-row-5.7").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "30-soa");
    await page.getByLabel("Status of 5.7", { exact: true }).selectOption("planned");
    await expect
      .poll(async () => (await getSoaEntry(orgScope(sut.ws.db, orgId, "test"), "5.7")).status)
      .toBe("planned");

    await page
      .getByTestId("soa-approval-state")
      .getByText("Changed since the last approved version")
      .waitFor();
    await page.getByTestId("approve-soa").click();
    await page
      .getByRole("textbox", { name: "Note", exact: true })
      .fill("Threat intelligence feed contract lapsed; back to planned");
    await page.getByTestId("approve-confirm").click();
    await page.getByTestId("approve-result").getByText("Version 2").first().waitFor();
    await screenshot(page, "31-soa-approved");
    await page.keyboard.press("Escape");

    await page.goto("/o/demo/soa/versions");
    await page.getByLabel("Compare", { exact: true }).selectOption("1");
    await page.getByLabel("with", { exact: true }).selectOption("2");
    const diff = page.getByTestId("soa-diff");
    await diff.waitFor();
    expect(await diff.textContent()).toContain("5.7");
    await page.getByTestId("diff-5.7-status").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "32-soa-versions-diff");
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("downloads the SoA as an XLSX workbook that opens with all 93 controls", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/soa");
    await page.getByTestId("export-menu").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-soa-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const themeSheets = book.worksheets.filter((s) => /controls \(A\.\d\)/.test(s.name));
    expect(themeSheets.reduce((n, s) => n + s.rowCount - 1, 0)).toBe(93);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 60_000);

  it("shows a stale edit as a conflict with both versions and saves the merge the user picks", async () => {
    const { context, page } = await sut.newPage({ width: 1920, height: 1080 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/soa");
    const owner = page.getByLabel("Owner of 5.9", { exact: true });
    await owner.waitFor();
    // Someone else saves 5.9 after this page loaded it.
    const before = await getSoaEntry(orgScope(sut.ws.db, orgId, "test"), "5.9");
    await updateSoaEntry(orgScope(sut.ws.db, orgId, "test"), "5.9", before.version, { owner: "Head of IT" });
    await owner.fill("Asset Manager");
    await owner.press("Tab");
    const conflict = page.getByTestId("conflict-table");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Asset Manager");
    expect(await conflict.textContent()).toContain("Head of IT");
    await screenshot(page, "33-soa-conflict");
    await page.getByRole("button", { name: "Save merged version" }).click();
    await expect
      .poll(async () => (await getSoaEntry(orgScope(sut.ws.db, orgId, "test"), "5.9")).owner)
      .toBe("Asset Manager");
    expect(sut.clientErrors.filter((e) => e.startsWith("412"))).toHaveLength(1);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 60_000);
});
