/**
 * Downloads through the web app's menus, as the demo organization's owner: the SoA as an approved
 * version (PDF from the versions page, DOCX by choosing the version in the SoA's menu), the internal
 * audit report and the management review minutes from their audit and review, and the evidence pack
 * (for an audit period) and an OSCAL document from the reports page on a phone. Each file must arrive, be of the format
 * asked for and carry a name that says whose it is, which report and (for a version) which version.
 */
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrganization } from "../../src/modules/orgs/org.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoaEntry, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { type BrowserHarness, hasChromium, openBrowserHarness, screenshot } from "./harness.js";

const PDF = "%PDF";
const ZIP = "PK";

/** Clicks a download link and reads what arrives. */
async function download(page: Page, testId: string): Promise<{ name: string; data: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()])) as [
    Download,
    unknown,
  ];
  expect(await file.failure()).toBeNull();
  const path = await file.path();
  return { name: file.suggestedFilename(), data: await readFile(path) };
}

const startsWith = (data: Buffer, magic: string) =>
  data.subarray(0, magic.length).toString("latin1") === magic;

describe.skipIf(!hasChromium)("downloads from the web app (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    // A decision changed since version 1, so the current state is not version 1.
    const orgId = (await findOrganization(sut.ws.db, "demo"))?.id ?? "";
    const scope = orgScope(sut.ws.db, orgId, "test");
    const entry = await getSoaEntry(scope, "5.7");
    await updateSoaEntry(scope, "5.7", entry.version, { status: "planned" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("downloads an approved SoA version as PDF and as DOCX", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");

    await page.goto("/o/demo/soa/versions");
    await page.getByTestId("download-version-1").click();
    const pdf = await download(page, "export-soa-pdf");
    expect(pdf.name).toMatch(/^demo-soa-v1\b.*\.pdf$/);
    expect(startsWith(pdf.data, PDF)).toBe(true);
    expect(pdf.data.byteLength).toBeGreaterThan(2000);

    await page.goto("/o/demo/soa");
    await page.getByTestId("export-menu").click();
    await page.getByTestId("export-soa-version").selectOption("1");
    await screenshot(page, "85-download-soa-version");
    const docx = await download(page, "export-soa-docx");
    expect(docx.name).toMatch(/^demo-soa-v1\b.*\.docx$/);
    expect(startsWith(docx.data, ZIP)).toBe(true);
    expect(docx.data.byteLength).toBeGreaterThan(2000);

    // The current state (no version asked for), changed since version 1, is not named as it.
    await page.getByTestId("export-menu").click();
    const current = await download(page, "export-soa-csv");
    expect(current.name).toMatch(/^demo-soa\b.*\.csv$/);
    expect(current.name).not.toMatch(/-v1\b/);
    expect(current.data.toString("utf8")).toContain("5.1");

    await context.close();
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("downloads the internal audit report from a completed audit and the minutes from a review", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");

    await page.goto("/o/demo/audits");
    await page.getByTestId("audit-AUD-001").getByRole("button").first().click();
    await page.getByTestId("download-AUD-001").click();
    const report = await download(page, "export-audit-docx");
    expect(report.name).toMatch(/^demo-audit\b.*\.docx$/);
    expect(startsWith(report.data, ZIP)).toBe(true);
    expect(report.data.byteLength).toBeGreaterThan(2000);

    await page.goto("/o/demo/reviews");
    await page.getByTestId("download-MR-001").click();
    const minutes = await download(page, "export-review-pdf");
    expect(minutes.name).toMatch(/^demo-review\b.*\.pdf$/);
    expect(startsWith(minutes.data, PDF)).toBe(true);

    await context.close();
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("downloads the evidence pack and an OSCAL document from the reports page on a phone", async () => {
    const { context, page } = await sut.newPage({ width: 390, height: 844 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/reports");
    await page.getByRole("heading", { level: 1, name: "Reports" }).waitFor();

    await page.getByTestId("pack-from").fill("2026-01-01");
    await page.getByTestId("pack-to").fill("2026-06-30");
    const pack = await download(page, "export-evidence-pack");
    expect(pack.name).toMatch(/^demo-evidence-pack\b.*\.zip$/);
    expect(startsWith(pack.data, ZIP)).toBe(true);
    const { default: JSZip } = await import("jszip");
    const manifest = JSON.parse(
      await ((await JSZip.loadAsync(pack.data)).file("manifest.json")?.async("string") ?? "{}"),
    );
    expect(manifest.period).toEqual({ from: "2026-01-01", to: "2026-06-30" });

    const ssp = await download(page, "export-oscal-ssp");
    expect(ssp.name).toMatch(/^demo-oscal-ssp\b.*\.json$/);
    expect(JSON.parse(ssp.data.toString("utf8"))).toHaveProperty("system-security-plan");

    const readiness = await download(page, "export-readiness-xlsx");
    expect(readiness.name).toMatch(/^demo-readiness\b.*\.xlsx$/);
    expect(startsWith(readiness.data, ZIP)).toBe(true);

    await context.close();
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 120_000);
});
