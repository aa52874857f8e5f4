/**
 * Annex A in a real browser: the walkthrough of three controls by mouse and keyboard (a decision, a
 * justification and an evidence upload by file chooser), and a copilot draft inserted into the
 * justification only after the user has reviewed it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrgReader } from "../../src/db/store.js";
import { listEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { loadSoaEntry } from "../../src/modules/soa/soa.service.js";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("Annex A walkthrough (browser)", () => {
  let sut: BrowserHarness;
  let orgId: string;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    orgId = (await createOrganization(sut.ws.db, "test", { slug: "acme", name: "Acme Logistics" })).id;
    await sut.user("owner@example.com", { org: "acme", role: "owner" });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("walks three controls: a decision, a justification and an evidence upload each saved", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/acme/walk");
    const current = page.getByTestId("walk-control-id");
    await expect.poll(() => current.textContent()).toContain("5.1");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "10-walkthrough");
    const form = page.getByTestId("decision-form");
    const justification = form.getByRole("textbox", { name: "Justification", exact: true });

    // 5.1 by mouse.
    await form.getByText("Included", { exact: true }).click();
    await form.getByRole("checkbox", { name: /Business requirement/ }).check();
    await justification.fill("Customers ask for our policy set in every security questionnaire.");
    await page.getByTestId("save-decision").click();
    await expect.poll(() => current.textContent()).toContain("5.2");

    // 5.2 by keyboard, with an evidence file chosen through the upload dialog.
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await page.keyboard.press("i");
    await justification.fill("Security roles are assigned in the ISMS roles register.");
    await justification.blur();
    await page.keyboard.press("u");
    const dialog = page.getByRole("dialog", { name: "Upload evidence" });
    await dialog.waitFor();
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "isms-roles.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% roles and responsibilities\n"),
    });
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await justification.focus();
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => current.textContent()).toContain("5.3");

    // 5.3: excluded, with the reason why.
    await form.getByText("Excluded", { exact: true }).click();
    await justification.fill("Two people run the company; duties cannot be split further.");
    await page.getByTestId("save-decision").click();
    await expect.poll(() => current.textContent()).toContain("5.4");

    const reader = new OrgReader(sut.ws.db, orgId);
    const [first, second, third] = await Promise.all(
      ["5.1", "5.2", "5.3"].map((id) => loadSoaEntry(reader, id)),
    );
    expect(first).toMatchObject({ applicable: true, reasons: ["business"] });
    expect(first?.justification).toContain("security questionnaire");
    expect(second).toMatchObject({
      applicable: true,
      justification: "Security roles are assigned in the ISMS roles register.",
    });
    expect(third).toMatchObject({ applicable: false });
    const evidence = await listEvidence(sut.ws.db, orgId, { controlId: "5.2" });
    expect(evidence.map((e) => e.filename)).toEqual(["isms-roles.pdf"]);
    expect(sut.clientErrors).toEqual([]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);

  it("inserts a copilot draft into the justification only after the user has reviewed it", async () => {
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/controls/5.7");
    const form = page.getByTestId("decision-form");
    await form.waitFor();
    await form.getByRole("button", { name: "Draft with copilot" }).first().click();
    const draft = page.getByTestId("copilot-draft");
    await draft.waitFor();
    const insert = draft.getByRole("button", { name: "Insert into the field" });
    await expect.poll(() => insert.isDisabled()).toBe(true);
    await draft.getByRole("checkbox", { name: /I have reviewed this text/ }).check();
    await screenshot(page, "21-copilot-draft");
    await insert.click();
    const justification = form.getByRole("textbox", { name: "Justification", exact: true });
    await expect.poll(() => justification.inputValue()).toContain("R-049");
    const drafted = await justification.inputValue();
    expect(drafted).not.toContain("DRAFT");
    // A drafted justification, not instructions: the decision, the linked risk by key and title,
    // and the reason.
    expect(drafted).toMatch(/^Included to treat risk R-049 \(Emerging threats go unnoticed\)/);
    expect(drafted).toMatch(/Reason: Threat intelligence is how this risk is reduced; it covers \w+/);
    expect(drafted).not.toMatch(/If it applies, state/);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 60_000);
});
