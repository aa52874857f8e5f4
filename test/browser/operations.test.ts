/**
 * The operational registers in a real browser: a cloud supplier with its contract terms and an
 * assessment whose certificate expires next month; an event reported 70 hours after detection, with
 * two timeline entries and the GDPR 72-hour notification and its due time; a legal requirement
 * linked to 5.31; then the dashboard's "Needs attention" card lists the certificate and the
 * notification. Screenshots at desktop and phone widths.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTIFACTS,
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";
import { choose, dayFromToday, localTime, phoneLayout, shortDate } from "./operations-support.js";

const SUPPLIER = "Northwind Cloud Hosting";
const INCIDENT = "Customer list e-mailed to the wrong recipient";
const REQUIREMENT = "GDPR: security of processing (art. 32)";

describe.skipIf(!hasChromium)("operational registers (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  it("records a supplier, an incident and a requirement, and the dashboard shows what needs attention", async () => {
    const { context, page } = await sut.newPage({ width: 1440, height: 900 });
    await sut.signIn(page, "owner@example.com");

    // A cloud supplier: two contract terms checked (one present, one missing), the rest not checked.
    await page.goto("/o/demo/suppliers");
    await page.getByTestId("add-supplier").click();
    const form = page.getByRole("dialog");
    await page.getByTestId("supplier-name").fill(SUPPLIER);
    await choose(page, form, "Criticality", "High");
    await form.getByLabel("Services it provides").fill("Managed hosting of the customer portal");
    await page.getByTestId("supplier-cloud").check();
    await form
      .getByLabel("Shared responsibility")
      .fill("Provider: data centre and hypervisor. Us: accounts, configuration, backups.");
    await form.getByLabel("Information security requirements").click();
    await form.getByLabel("Right to audit").click();
    await form.getByLabel("Right to audit").click();
    await axe(page);
    await screenshot(page, "100-supplier-form");
    await form.getByRole("button", { name: "Add supplier" }).click();
    await page.getByRole("link", { name: SUPPLIER }).click();
    await page.waitForURL(/\/o\/demo\/suppliers\/[^/]+$/);
    const supplierUrl = page.url();
    const terms = page.getByTestId("contract-terms");
    await expect
      .poll(() => terms.textContent())
      .toContain("Information security requirements — In the contract");
    expect(await terms.textContent()).toContain("Right to audit — Missing from the contract");
    expect(await terms.textContent()).toContain("Data processing agreement — Not checked yet");
    expect(await page.getByTestId("shared-responsibility").textContent()).toContain("Provider: data centre");

    // Its ISO/IEC 27001 certificate expires next month.
    const expires = dayFromToday(25);
    await page.getByTestId("record-assessment").click();
    const assessment = page.getByRole("dialog");
    await assessment.getByLabel("Document received").fill("ISO/IEC 27001:2022 certificate, scope: hosting");
    await assessment.getByLabel("Document valid until").fill(expires);
    await assessment.getByRole("button", { name: "Record assessment" }).click();
    await page.getByTestId("assessment-table").waitFor();
    await page
      .getByText(`certificate expires ${shortDate(expires)}`)
      .first()
      .waitFor();
    await axe(page);
    await screenshot(page, "101-supplier");

    // More suppliers from a file (a refused row first: nothing is imported), and the register as CSV.
    await page.goto("/o/demo/suppliers");
    const file = page.locator("input[type=file]");
    const csv = (text: string) => ({
      name: "suppliers.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    });
    await file.setInputFiles(csv("Supplier,Tier\nBadco,enormous\n"));
    await page.getByRole("alert").getByText("Nothing was imported").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Line 2");
    await screenshot(page, "101-supplier-import-refused");
    await file.setInputFiles(csv("Supplier,Tier,Services\nAcme Payroll,tier 2,Payroll processing\n"));
    await page.getByTestId("supplier-table").getByText("Acme Payroll").waitFor();
    await page.getByTestId("suppliers-download").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: /CSV/ }).click(),
    ]);
    expect(readFileSync((await download.path()) as string, "utf8")).toContain(SUPPLIER);

    // An event detected 70 hours ago, with two timeline entries and the GDPR notification.
    await page.goto("/o/demo/incidents");
    await page.getByTestId("incident-stats").waitFor();
    await page.getByTestId("report-event").click();
    const report = page.getByRole("dialog");
    await page.getByTestId("incident-title").fill(INCIDENT);
    const detected = localTime(-70);
    await page.getByTestId("incident-detected").fill(detected);
    await choose(page, report, "Severity", "High");
    await page.getByTestId("incident-personal-data").check();
    await axe(page);
    await report.getByRole("button", { name: "Report" }).click();
    await page.waitForURL(/\/o\/demo\/incidents\/[^/]+$/);
    const incidentUrl = page.url();
    const entry = page.getByTestId("add-entry-form");
    await entry
      .getByLabel("What was done or found")
      .fill("Confirmed the file held 240 customer names and e-mail addresses.");
    await entry.getByLabel("When").fill(localTime(-69));
    await page.getByTestId("add-entry").click();
    await expect.poll(() => page.getByTestId("timeline-entry").count()).toBe(1);
    await choose(page, entry, "Phase", "Containment");
    await entry.getByLabel("What was done or found").fill("The recipient confirmed deletion in writing.");
    await entry.getByLabel("When").fill(localTime(-60));
    await page.getByTestId("add-entry").click();
    await expect.poll(() => page.getByTestId("timeline-entry").count()).toBe(2);
    await choose(page, page.getByTestId("notifications"), "Obligation", /GDPR personal data breach/);
    await page.getByTestId("add-obligation").click();
    const gdpr = page.getByTestId("notification-gdpr-breach");
    await gdpr.waitFor();
    const due = new Date(new Date(detected).getTime() + 72 * 3_600_000).toISOString();
    expect(await gdpr.textContent()).toContain("Due within a day");
    expect(await gdpr.textContent()).toContain(`due ${shortDate(due)}`);
    await axe(page);
    await screenshot(page, "102-incident");

    // A legal requirement met by 5.31, found again through the control filter.
    await page.goto("/o/demo/requirements");
    await page.getByTestId("add-requirement").click();
    const req = page.getByRole("dialog");
    await page.getByTestId("requirement-title").fill(REQUIREMENT);
    await req.getByLabel("Source").fill("Regulation (EU) 2016/679");
    await choose(page, req, "Annex A controls", /^5\.31 /, "5.31");
    await req.getByLabel("Owner").click();
    await axe(page);
    await screenshot(page, "103-requirement-form");
    await req.getByRole("button", { name: "Add requirement" }).click();
    await req.waitFor({ state: "hidden" });
    await choose(page, page, "Control", /^5\.31 /, "5.31");
    const table = page.getByTestId("requirement-table");
    await expect.poll(() => table.textContent()).toContain(REQUIREMENT);
    expect(await table.textContent()).toContain("Controls 5.31");
    await axe(page);
    await screenshot(page, "104-requirements");

    // The dashboard lists the expiring certificate and the due notification, linked to their records.
    await page.goto("/o/demo");
    const card = page.getByTestId("attention-card");
    await card.getByText(SUPPLIER).waitFor();
    expect(await card.textContent()).toContain(INCIDENT);
    expect(await card.textContent()).toContain("Certificate expiring");
    expect(await card.textContent()).toContain("Due within a day");
    await card.getByText(INCIDENT).scrollIntoViewIfNeeded();
    await axe(page);
    await page.screenshot({ path: `${ARTIFACTS}/105-dashboard-attention.png` });
    await card.getByRole("link", { name: new RegExp(INCIDENT) }).click();
    await page.waitForURL(incidentUrl);

    // The notification is sent; closing asks for the lessons learned; the stats count the closed incident.
    await page.getByRole("button", { name: /^Mark sent/ }).click();
    await page.getByRole("dialog").getByLabel("Reference").fill("DPA-2026-0417");
    await page.getByTestId("confirm-sent").click();
    await expect.poll(() => gdpr.textContent()).toContain("ref. DPA-2026-0417");
    expect(await gdpr.textContent()).toContain("Sent");
    await page.getByTestId("close-incident").click();
    const closing = page.getByRole("dialog");
    await choose(page, closing, "Kind", "Incident");
    await closing.getByRole("button", { name: "Close the incident" }).click();
    await closing.getByText("Required").waitFor();
    await page
      .getByTestId("lessons-learned")
      .fill("Turn off address autocompletion for external recipients.");
    await closing.getByRole("button", { name: "Close the incident" }).click();
    await page.getByTestId("lessons").waitFor();
    await screenshot(page, "106-incident-closed");
    await page.goto("/o/demo/incidents");
    await expect.poll(() => page.getByTestId("incident-stats").textContent()).toContain("1 closed");

    // A risk raised from the supplier's residual risk opens in the register.
    await page.goto(supplierUrl);
    await page.getByTestId("edit-supplier").click();
    await choose(page, page.getByRole("dialog"), "Status", "Active");
    await page.getByRole("dialog").getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByRole("heading", { name: SUPPLIER }).waitFor();
    await expect
      .poll(() => page.getByTestId("supplier-details").locator("..").textContent())
      .toContain("Active");
    await page.getByTestId("raise-risk").click();
    await page.getByTestId("raised-risk").click();
    await page.waitForURL(/\/o\/demo\/risks\/[^/]+$/);
    await context.close();

    // The same pages on a phone: nothing wider than the screen, 44 px touch targets.
    const phone = await sut.newPage({ width: 390, height: 844 });
    await sut.signIn(phone.page, "owner@example.com");
    const pages: [string, string, string][] = [
      ["/o/demo/suppliers", "supplier-table", "107-phone-suppliers"],
      [new URL(supplierUrl).pathname, "assessment-table", "107-phone-supplier"],
      ["/o/demo/incidents", "incident-table", "108-phone-incidents"],
      [new URL(incidentUrl).pathname, "notification-table", "109-phone-incident"],
      ["/o/demo/requirements", "requirement-table", "110-phone-requirements"],
      ["/o/demo", "attention-card", "111-phone-dashboard"],
    ];
    for (const [path, testId, name] of pages) {
      await phone.page.goto(path);
      await phone.page.getByTestId(testId).waitFor();
      const layout = await phoneLayout(phone.page);
      expect(layout.width, path).toBeLessThanOrEqual(390);
      expect(layout.small, path).toEqual([]);
      await axe(phone.page);
      await screenshot(phone.page, name);
    }
    await phone.page.getByTestId("attention-card").scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: `${ARTIFACTS}/112-phone-attention.png` });
    await phone.page.goto(new URL(incidentUrl).pathname);
    await phone.page
      .getByTestId("notifications")
      .screenshot({ path: `${ARTIFACTS}/109-phone-incident-notifications.png` });
    await phone.page
      .getByTestId("incident-timeline")
      .screenshot({ path: `${ARTIFACTS}/109-phone-incident-timeline.png` });
    await phone.context.close();
    // The refused import is the only answer in the 400s.
    expect(sut.clientErrors).toEqual(["422 POST /api/v1/orgs/demo/suppliers/import"]);
    expect(sut.problems).toEqual([]);
  }, 240_000);
});
