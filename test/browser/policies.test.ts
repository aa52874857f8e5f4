/**
 * A policy's life in a browser: drafted from its template, reviewed, approved by the CEO with their
 * password, published to every member and to someone without an account (whose link comes by e-mail
 * to a loopback SMTP server), acknowledged in the app and by the link; then a significant version 2
 * restarts acknowledgement and is compared with version 1. Screenshots at desktop and phone widths.
 */
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/http/app.js";
import { webRoot } from "../../src/http/web.js";
import { smtpMailer } from "../../src/modules/mail/mailer.js";
import { type SmtpCapture, startSmtpCapture } from "../support/smtp-capture.js";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  PASSWORD,
  screenshot,
  seriousViolations,
} from "./harness.js";

/** Whether the page fits a phone's width, and its buttons and fields lower than 44 px (touch targets). */
const phoneLayout = (page: Page) =>
  page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the DOM is not in the test's types
    const dom = globalThis as any;
    const small: string[] = [];
    for (const el of dom.document.querySelectorAll(
      "#main :is(button, a.mantine-Button-root, select, textarea), #main input:not([type=checkbox]):not([type=radio]):not([type=hidden])",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height < 44)
        small.push(`${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}"`);
    }
    return { fits: dom.document.documentElement.scrollWidth <= dom.innerWidth, small };
  });
const FITS = { fits: true, small: [] };

const OUTSIDER = { name: "Dana Reyes", email: "dana.reyes@contractor.example" };
const ADDED = "Every member of staff completes security awareness training each year.";

describe.skipIf(!hasChromium)("policies (browser)", () => {
  let sut: BrowserHarness;
  let smtp: SmtpCapture;
  /** The same installation with outgoing mail set up, serving the app on a port of its own. */
  let mailApp: App;
  let base: string;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    smtp = await startSmtpCapture();
    mailApp = await buildApp({
      ws: sut.ws,
      logLevel: false,
      loginRateLimit: 1000,
      webRoot: webRoot(),
      mailer: await smtpMailer(smtp.url, "ISMS Copilot <isms@example.com>"),
      publicUrl: "https://isms.example.com",
    });
    await mailApp.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(mailApp.server.address() as AddressInfo).port}`;
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    await sut.user("reviewer@example.com", { org: "demo", role: "editor" });
    await sut.user("ceo@example.com", { org: "demo", role: "admin" });
    await sut.user("staff@example.com", { org: "demo", role: "viewer" });
  }, 120_000);
  afterAll(async () => {
    // The browser first, so that no connection keeps the second server open.
    await sut?.browser.close();
    await mailApp?.close();
    await smtp?.close();
    await sut?.dispose();
  }, 60_000);

  /**
   * A signed-in page of its own (own cookies) at a width. The session cookie is for the host, so it
   * also opens the installation with mail set up, on the same host at another port.
   */
  async function signedIn(email: string, width = 1440, height = 900) {
    const opened = await sut.newPage({ width, height });
    await sut.signIn(opened.page, email);
    return opened;
  }

  /** The state of the policy's latest version, as its page's header shows it. */
  const state = (page: Page) => page.getByTestId("policy-state").first().textContent();

  it("takes the information security policy from template to acknowledged, twice", async () => {
    // The owner drafts the policy from its template and sends it for review.
    const owner = await signedIn("owner@example.com");
    let page = owner.page;
    await page.goto(`${base}/o/demo/policies`);
    await page.getByTestId("new-policy").click();
    await page.getByTestId("template-information-security-policy").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "90-policy-templates");
    await page.getByTestId("template-information-security-policy").click();
    await page.getByRole("button", { name: "Create the draft" }).click();
    await page.getByTestId("draft-editor").waitFor();
    const policyUrl = page.url();
    expect(await page.getByTestId("policy-editor").textContent()).toContain("Information security policy");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "91-policy-draft");
    await page.getByTestId("submit-policy").click();
    await page.getByTestId("approve-policy").waitFor();
    await expect.poll(() => state(page)).toBe("In review");

    // A reviewer comments on a section, quoting its words.
    const reviewer = await signedIn("reviewer@example.com");
    await reviewer.page.goto(policyUrl);
    await reviewer.page.getByTestId("comment-section").selectOption("Scope");
    await reviewer.page.getByTestId("comment-quote").fill("applies within the ISMS scope");
    await reviewer.page
      .getByTestId("comment-body")
      .fill("Name the offices and the cloud services explicitly.");
    await reviewer.page.getByTestId("add-comment").click();
    await reviewer.page.getByTestId("policy-comment").getByText("Name the offices").waitFor();
    await screenshot(reviewer.page, "92-policy-review-comment");
    await reviewer.context.close();

    // The CEO approves, confirming with their password (a wrong one first).
    const ceo = await signedIn("ceo@example.com");
    await ceo.page.goto(policyUrl);
    await ceo.page.getByTestId("policy-comment").getByText("Name the offices").waitFor();
    await ceo.page.getByTestId("approve-policy").click();
    await ceo.page.getByTestId("approver-role").fill("CEO");
    await ceo.page.getByLabel("Current password").fill("not my password");
    await ceo.page.getByRole("button", { name: "Approve version 1" }).click();
    await ceo.page.getByText("the current password is not right").first().waitFor();
    await ceo.page.getByLabel("Current password").fill(PASSWORD);
    await ceo.page.getByRole("button", { name: "Approve version 1" }).click();
    await ceo.page.getByTestId("approval-block").waitFor();
    expect(await ceo.page.getByTestId("approved-by").textContent()).toBe("ceo (CEO)");
    await screenshot(ceo.page, "93-policy-approved");

    // The owner publishes it to every member and to one person without an account.
    await page.reload();
    await page.getByTestId("publish-policy").click();
    await page.getByTestId("add-person").click();
    await page.getByTestId("person-name-0").fill(OUTSIDER.name);
    await page.getByTestId("person-email-0").fill(OUTSIDER.email);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "94-policy-publish");
    await page.getByRole("button", { name: "Publish version 1" }).click();
    await page.getByTestId("new-version").waitFor();
    await expect.poll(() => state(page)).toBe("Published");
    const mail = await smtp.waitFor(OUTSIDER.email);
    const link = /https:\/\/isms\.example\.com\/ack\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();

    // A member acknowledges in the app, from the reminder on the list.
    const staff = await signedIn("staff@example.com");
    await staff.page.goto(`${base}/o/demo/policies`);
    await staff.page.getByTestId("ack-reminders").waitFor();
    await screenshot(staff.page, "95-policy-reminder");
    await staff.page.goto(policyUrl);
    await staff.page.getByTestId("ack-banner").waitFor();
    await staff.page
      .getByTestId("ack-banner")
      .getByRole("button", { name: /Acknowledge/ })
      .click();
    await staff.page.getByTestId("ack-banner").waitFor({ state: "detached" });

    // The person without an account acknowledges through the e-mailed link, on a phone.
    const phone = await sut.newPage({ width: 390, height: 844 });
    await phone.page.goto(`${base}${new URL(link ?? "").pathname}`);
    await phone.page.getByTestId("ack-content").waitFor();
    expect(await phone.page.getByTestId("ack-content").textContent()).toContain(
      "Information security policy",
    );
    expect((await phoneLayout(phone.page)).fits).toBe(true);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, "96-policy-ack-link-phone");
    await phone.page.getByTestId("ack-accept").click();
    await phone.page.getByTestId("ack-confirmed").waitFor();
    await phone.page.getByTestId("ack-confirmed").scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: "test-artifacts/screenshots/97-policy-ack-done-phone.png" });
    await phone.page.reload();
    await phone.page.getByTestId("ack-invalid").waitFor();
    await phone.context.close();

    // The acknowledgements: those two done, the others pending; a fresh link for a pending member.
    await page.reload();
    await page.getByTestId("tab-acks").click();
    const table = page.getByTestId("ack-table");
    await table.waitFor();
    expect(await page.getByTestId("ack-staff@example.com").textContent()).toContain("In the app");
    expect(await page.getByTestId(`ack-${OUTSIDER.email}`).textContent()).toContain("By link");
    expect(await page.getByTestId("ack-reviewer@example.com").textContent()).toContain("pending");
    expect(Number(await page.getByTestId("pending-count").textContent())).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "98-policy-acknowledgements");
    await page.getByTestId("ack-link-reviewer@example.com").click();
    expect(await page.getByTestId("ack-link-url").inputValue()).toMatch(/\/ack\/[A-Za-z0-9_-]+$/);
    await page.keyboard.press("Escape");

    // The acknowledgements as CSV, and the policy as PDF.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("acks-csv").click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await page.getByTestId("policy-download").click();
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Policy as PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

    // Version 2, a significant change: edited, approved, published; acknowledgement restarts.
    await page.getByRole("tab", { name: "Policy" }).click();
    await page.getByTestId("new-version").click();
    await page.getByTestId("change-summary").fill("Yearly awareness training made explicit");
    await page.getByTestId("significant-change").check();
    await page.getByRole("button", { name: "Start the draft" }).click();
    const editor = page.getByTestId("policy-editor");
    await editor.waitFor();
    // A new paragraph under the heading "Purpose".
    await editor.getByRole("heading", { name: "Purpose" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type(ADDED);
    await page.getByTestId("save-policy").click();
    await page.getByText("All changes saved").waitFor();
    // The editor on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("draft-editor").scrollIntoViewIfNeeded();
    // The layout follows the new width after a moment.
    await expect.poll(() => phoneLayout(page)).toEqual(FITS);
    await page.screenshot({ path: "test-artifacts/screenshots/99-policy-editor-phone.png" });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId("submit-policy").click();
    await page.getByTestId("approve-policy").waitFor();

    await ceo.page.reload();
    await ceo.page.getByTestId("approve-policy").click();
    await ceo.page.getByTestId("approver-role").fill("CEO");
    await ceo.page.getByLabel("Current password").fill(PASSWORD);
    await ceo.page.getByRole("button", { name: "Approve version 2" }).click();
    await ceo.page.getByTestId("approval-block").waitFor();
    await ceo.context.close();

    await page.reload();
    await page.getByTestId("publish-policy").click();
    await page.getByRole("button", { name: "Publish version 2" }).click();
    await page.getByTestId("new-version").waitFor();
    await page.getByTestId("tab-acks").click();
    await page.getByTestId("ack-table").waitFor();
    expect(await page.getByTestId("ack-count").textContent()).toMatch(/^0 of \d+$/);
    expect(await page.getByTestId("ack-staff@example.com").textContent()).toContain("pending");

    await staff.page.goto(`${base}/o/demo/policies`);
    await staff.page.getByTestId("ack-reminders").waitFor();
    await staff.context.close();

    // The comparison of version 1 and version 2 shows the sentence added.
    await page.getByTestId("tab-compare").click();
    await page.getByTestId("compare-from").selectOption("1");
    await page.getByTestId("compare-to").selectOption("2");
    await page.getByTestId("policy-diff").waitFor();
    expect((await page.getByTestId("diff-added").allTextContents()).join(" ")).toContain(
      "awareness training",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "99-policy-compare");

    // A scheduled review that changes nothing, then the history.
    await page.getByRole("tab", { name: "Policy" }).click();
    await page.getByTestId("record-review").click();
    await page.getByRole("textbox", { name: "Note" }).fill("Reviewed after the office move; still right");
    await page.getByRole("button", { name: "Record the review" }).click();
    await page.getByTestId("tab-history").click();
    await page.getByTestId("policy-reviews").getByText("Reviewed after the office move").waitFor();
    expect(await page.getByTestId("history-1").textContent()).toContain("Superseded");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "99-policy-history");
    await owner.context.close();

    // The list and the policy at phone width.
    const small = await signedIn("owner@example.com", 390, 844);
    page = small.page;
    await page.goto(`${base}/o/demo/policies`);
    await page.getByTestId("policy-table").waitFor();
    expect(await phoneLayout(page)).toEqual(FITS);
    await screenshot(page, "99-policy-list-phone");
    await page.goto(policyUrl);
    await page.getByTestId("policy-content").waitFor();
    expect(await phoneLayout(page)).toEqual(FITS);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "99-policy-page-phone");
    await page.getByTestId("tab-acks").click();
    await page.getByTestId("ack-table").waitFor();
    expect(await phoneLayout(page)).toEqual(FITS);
    await screenshot(page, "99-policy-acks-phone");
    await small.context.close();

    // The one 4xx on purpose: the wrong password.
    expect(sut.clientErrors.filter((e) => !/^404 GET \/api\/v1\/ack\//.test(e))).toEqual([
      expect.stringMatching(/^403 POST \/api\/v1\/orgs\/demo\/policies\/.+\/versions\/1\/approve$/),
    ]);
    expect(sut.problems).toEqual([]);
  }, 300_000);
});
