/**
 * Context, approvals, reviews and navigation as an auditor expects, in a real browser: a context
 * issue edited and deleted, climate change recorded as considered and not relevant, the SoA
 * approved on behalf of a named approver, a review saved as a draft and completed later, a jump to
 * control 7.12 in the walkthrough, and an unknown address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getContext } from "../../src/modules/management/context.service.js";
import { listReviews } from "../../src/modules/management/review.service.js";
import { createOrganization, findOrganization } from "../../src/modules/orgs/org.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { listVersions } from "../../src/modules/soa/soa-approval.service.js";
import { type BrowserHarness, hasChromium, openBrowserHarness, screenshot } from "./harness.js";

describe.skipIf(!hasChromium)("context, approvals and reviews (browser)", () => {
  let sut: BrowserHarness;
  let demoId: string;
  let freshId: string;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    freshId = (await createOrganization(sut.ws.db, "test", { slug: "fresh", name: "Fresh Ltd" })).id;
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    await sut.user("owner@example.com", { org: "fresh", role: "owner" });
    demoId = (await findOrganization(sut.ws.db, "demo"))?.id ?? "";
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("edits and deletes a context issue, edits a party and records climate change as considered, not relevant", async () => {
    const { context, page } = await sut.newPage({ width: 1600, height: 1000 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/context");
    const first = (await getContext(sut.ws.db, demoId)).issues.find((i) => i.kind === "internal");
    if (!first) throw new Error("the demo has no internal issue");
    await page.getByRole("button", { name: `Edit ${first.title}`, exact: true }).click();
    const edit = page.getByTestId("issue-edit-modal");
    await edit.getByRole("textbox", { name: "Issue" }).fill("Edited in the browser");
    await edit.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("issues-internal").getByText("Edited in the browser").waitFor();
    await screenshot(page, "60-context-issue-edited");

    await page.getByRole("button", { name: "Delete Edited in the browser", exact: true }).click();
    await page.getByTestId("confirm-delete").getByRole("button", { name: "Delete" }).click();
    await expect
      .poll(async () => (await getContext(sut.ws.db, demoId)).issues.some((i) => i.id === first.id))
      .toBe(false);
    await page.getByText("Edited in the browser").waitFor({ state: "detached" });

    const party = (await getContext(sut.ws.db, demoId)).interestedParties[0];
    if (!party) throw new Error("the demo has no interested party");
    const row = page.getByTestId("parties-table").getByRole("row").filter({ hasText: party.name });
    await row.getByRole("button", { name: "Edit", exact: true }).click();
    await page.getByTestId("party-modal").getByRole("textbox", { name: "Name" }).fill("Renamed party");
    await page.getByTestId("party-modal").getByRole("button", { name: "Save" }).click();
    await page.getByTestId("parties-table").getByText("Renamed party").waitFor();
    expect(
      (await getContext(sut.ws.db, demoId)).interestedParties.some((p) => p.name === "Renamed party"),
    ).toBe(true);

    // The readiness blocker's fix opens the determination directly.
    await page.goto("/o/demo/context?climate");
    const climate = page.getByTestId("climate-modal");
    await climate.getByLabel("Considered, not relevant").check();
    await climate.getByRole("textbox", { name: "Why" }).fill("Office-based software; no climate exposure");
    await climate.getByRole("button", { name: "Record" }).click();
    await page.getByTestId("climate-determination").getByText("Considered, not relevant").waitFor();
    expect((await getContext(sut.ws.db, demoId)).climate).toEqual({
      relevant: false,
      reason: "Office-based software; no climate exposure",
    });
    await screenshot(page, "61-context-climate");
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("approves the SoA on behalf of a named approver, with the reason for undecided controls", async () => {
    const { context, page } = await sut.newPage({ width: 1600, height: 1000 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/fresh/soa");
    await page.getByTestId("approve-soa").click();
    await expect.poll(() => page.getByTestId("approve-confirm").isDisabled()).toBe(true);
    await page.getByTestId("approve-by").fill("Jane Roe");
    await page.getByTestId("approve-role").fill("CEO");
    await page
      .getByTestId("approve-undecided-reason")
      .fill("Remaining controls are decided in the first walkthrough");
    await page.getByTestId("approve-confirm").click();
    await page.getByTestId("approve-result").getByText("Jane Roe (CEO)").waitFor();
    await screenshot(page, "62-soa-approved-on-behalf");
    expect(await listVersions(orgScope(sut.ws.db, freshId, "test"))).toMatchObject([
      {
        number: 1,
        approvedBy: "Jane Roe",
        approverRole: "CEO",
        recordedBy: expect.stringMatching(/owner/),
      },
    ]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("saves a management review as a draft and completes it later", async () => {
    const { context, page } = await sut.newPage({ width: 1600, height: 1000 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/fresh/reviews");
    await page.getByTestId("add-review").click();
    await page.getByTestId("review-save-draft").click();
    await page.getByTestId("review-MR-001").getByText("Draft").first().waitFor();
    expect((await listReviews(sut.ws.db, freshId))[0]).toMatchObject({ status: "draft", decisions: [] });
    await screenshot(page, "63-review-draft");

    await page.getByTestId("complete-MR-001").click();
    const modal = page.getByTestId("review-modal");
    await modal.getByRole("textbox", { name: "Held on" }).fill(new Date().toISOString().slice(0, 10));
    await modal.getByRole("textbox", { name: "Decision 1" }).fill("Fund an EDR tool");
    await modal.getByRole("button", { name: "Complete the review" }).click();
    await expect.poll(async () => (await listReviews(sut.ws.db, freshId))[0]?.status).toBe("completed");
    expect((await listReviews(sut.ws.db, freshId))[0]?.decisions).toEqual(["Fund an EDR tool"]);
    await screenshot(page, "64-review-completed");

    // The policies and documents page says which of the ISMS's own records keep each item.
    await page.goto("/o/fresh/documents");
    const soaItem = page
      .getByTestId("check-6.1.3")
      .filter({ hasText: "Approved Statement of Applicability · v1" });
    await soaItem.getByText("approved by Jane Roe (CEO)", { exact: false }).waitFor();
    await page.getByTestId("check-9.3.3").getByText("Management review MR-001").waitFor();
    await screenshot(page, "67-documents-kept-by-records");
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("jumps to control 7.12 in the walkthrough and shows a friendly page for an unknown address", async () => {
    const { context, page } = await sut.newPage({ width: 1600, height: 1000 });
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/walk");
    await page.getByTestId("jump-to-control").waitFor();
    await page.keyboard.press("g");
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('aria-label')"))
      .toBe("Go to a control");
    await page.keyboard.type("7.12");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("control")).toBe("7.12");
    await page.getByText("Cabling security").first().waitFor();
    await screenshot(page, "65-walkthrough-jump");

    await page.goto("/o/demo/no-such-page");
    await page.getByTestId("not-found").waitFor();
    expect(await page.textContent("body")).not.toContain("[object Object]");
    await screenshot(page, "66-not-found");
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/o/demo");
    await page.goto("/nowhere/at/all");
    await page.getByTestId("not-found").getByRole("link", { name: "Back to the start" }).waitFor();
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);
});
