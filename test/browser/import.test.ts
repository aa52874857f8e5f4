/**
 * The risk import wizard in a real browser with a consultant's workbook as it was received: the
 * header is found under the title, an unknown status is mapped in the value step, and the import
 * adds the risks, the assets they name and their treatment actions.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAssets } from "../../src/modules/assets/asset.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { getRisk, listRisks } from "../../src/modules/risks/risk.service.js";
import { CONSULTANT_ASSETS, writeConsultantRegister } from "../fixtures/risk-registers/consultant.js";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("risk import wizard (browser)", () => {
  let sut: BrowserHarness;
  let orgId = "";
  beforeAll(async () => {
    sut = await openBrowserHarness();
    orgId = (await createOrganization(sut.ws.db, "test", { slug: "acme", name: "Acme" })).id;
    await sut.user("owner@example.com", { org: "acme", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("imports a consultant's register with a title row, unknown statuses and named assets", async () => {
    const file = join(sut.ws.dir, "Northwind risk register.xlsx");
    await writeConsultantRegister(file, (rows) => {
      (rows[1] as unknown[])[8] = "Awaiting sign-off";
    });
    const { context, page } = await sut.newPage({ width: 1280, height: 1000 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/acme/risks/import");
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId("import-next").click();

    await page.getByTestId("import-mapping").waitFor();
    expect(await page.getByText(/header on row 3/).count()).toBe(1);
    expect(await page.getByTestId("import-header-row").inputValue()).toBe("3");
    expect(await page.getByTestId("import-create-assets").isChecked()).toBe(true);
    await screenshot(page, "45-import-columns");
    await page.getByTestId("import-check").click();

    const values = page.getByTestId("import-values");
    await values.waitFor();
    expect(await values.textContent()).toContain("Awaiting sign-off");
    const choice = page.getByRole("combobox", { name: 'Value for "Awaiting sign-off" in Status' });
    await choice.click();
    await page.getByRole("option", { name: "Open", exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "46-import-values");
    await page.getByTestId("import-values-check").click();

    const report = page.getByTestId("import-report");
    await report.waitFor();
    expect(await report.textContent()).toContain("Every row is valid");
    expect(await page.getByTestId("import-notes").textContent()).toContain("Google Workspace");
    await screenshot(page, "47-import-validated");
    await page.getByTestId("import-run").click();

    const summary = page.getByTestId("import-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("20 new risks added");
    await screenshot(page, "48-import-done");
    await page.goto("/o/acme/treatment");
    await expect
      .poll(async () => (await page.locator("main").textContent()) ?? "")
      .toContain("Action 1: phishing");
    await screenshot(page, "49-import-treatment-plan");

    expect(await listRisks(sut.ws.db, orgId)).toHaveLength(20);
    expect((await getRisk(sut.ws.db, orgId, "R-002")).status).toBe("open");
    expect((await getRisk(sut.ws.db, orgId, "R-001")).actions[0]?.dueOn).toBe("2027-05-31");
    expect((await listAssets(sut.ws.db, orgId)).map((a) => a.name).sort()).toEqual(
      [...CONSULTANT_ASSETS].sort(),
    );
    expect(sut.clientErrors.filter((e) => !e.includes("/risks/import"))).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 180_000);
});
