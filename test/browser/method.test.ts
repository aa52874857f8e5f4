/**
 * The method editor in a real browser, as a practitioner whose regulator mandates 4×4 scales uses
 * it: adopting a 4×4 method keeps it in force (the form shows it again after the apply and after a
 * reload, and a later edit applies on top of it), and a level the scales cannot reach is refused.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrgReader } from "../../src/db/store.js";
import { getMethodology, previewMethodologyChange } from "../../src/modules/risks/methodology.service.js";
import {
  ARTIFACTS,
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("risk method editor (browser)", () => {
  let sut: BrowserHarness;
  let orgId: string;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    const org = await sut.ws.db
      .selectFrom("organizations")
      .select("id")
      .where("slug", "=", "demo")
      .executeTakeFirstOrThrow();
    orgId = org.id;
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  const stored = async () => getMethodology(new OrgReader(sut.ws.db, orgId));
  const scaleRows = (page: Page, name: "likelihood" | "impact") =>
    page.getByTestId(`scale-${name}`).locator("tbody tr");
  const threshold = (page: Page, level: number) =>
    page.getByRole("textbox", { name: `Level ${level} highest score` });

  /** Preview the edited method, then apply it, and wait for the server's version to be shown. */
  async function previewAndApply(page: Page, version: number) {
    await page.getByTestId("method-preview").click();
    await page.getByTestId("method-apply").click();
    await expect.poll(async () => (await stored()).version).toBe(version);
    await page.getByTestId("method-in-force").waitFor();
  }

  it("adopts a 4×4 method, keeps it after a reload and a second edit, and refuses an unreachable level", async () => {
    const before = await stored();
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "owner@example.com");
    await page.goto("/o/demo/method");
    await scaleRows(page, "likelihood").first().waitFor();
    expect(await scaleRows(page, "likelihood").count()).toBe(before.method.likelihood.length);

    // Down to 4×4: the thresholds follow the scales, the top level ends at 16.
    while ((await scaleRows(page, "likelihood").count()) > 4)
      await page.getByRole("button", { name: "Remove the highest" }).first().click();
    while ((await scaleRows(page, "impact").count()) > 4)
      await page.getByRole("button", { name: "Remove the highest" }).nth(1).click();
    const top = before.method.levels.length;
    await expect.poll(() => threshold(page, top).inputValue()).toBe("16");
    await page.getByTestId("levels-refitted").waitFor();
    await previewAndApply(page, (before.version ?? 0) + 1);
    const adopted = await stored();
    expect([adopted.method.likelihood.length, adopted.method.impact.length]).toEqual([4, 4]);
    // After the apply the form shows what the server holds, not the 5×5 it started from.
    expect(await scaleRows(page, "likelihood").count()).toBe(4);
    expect(await scaleRows(page, "impact").count()).toBe(4);

    await page.reload();
    await scaleRows(page, "likelihood").first().waitFor();
    expect(await scaleRows(page, "impact").count()).toBe(4);
    const label = page.getByRole("textbox", { name: "Likelihood 2 name" });
    await label.fill("Unlikely (once in 3–5 years)");
    await previewAndApply(page, (adopted.version ?? 0) + 1);
    const relabelled = await stored();
    expect(relabelled.method.likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4]);
    expect(relabelled.method.impact).toHaveLength(4);
    expect(relabelled.method.likelihood[1]?.name).toBe("Unlikely (once in 3–5 years)");
    expect(relabelled.method.levels.at(-1)?.maxScore).toBe(16);
    await screenshot(page, "45-method-4x4");

    // A top level at 25 is beyond what 4×4 produces: marked on the field, and nothing to preview.
    await threshold(page, top).fill("25");
    const field = page.getByTestId("levels").locator(".mantine-InputWrapper-error");
    await expect.poll(() => field.first().textContent()).toMatch(/must be 16/);
    await page.getByTestId("method-invalid").waitFor();
    expect(await page.getByTestId("method-preview").isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await field.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "46-method-unreachable-level.png") });

    // The service behind the API refuses it too, naming the field, whatever a client sends.
    const unreachable = {
      ...relabelled.method,
      levels: relabelled.method.levels.map((l, i, all) =>
        i === all.length - 1 ? { ...l, maxScore: 25 } : l,
      ),
    };
    await expect(previewMethodologyChange(sut.ws.db, orgId, unreachable)).rejects.toMatchObject({
      code: "VALIDATION",
      issues: [
        {
          path: `levels[${top - 1}].maxScore`,
          message: "must be 16: the scales cannot produce a score above 16",
        },
      ],
    });
    expect((await stored()).version).toBe(relabelled.version);

    const narrow = await sut.newPage({ width: 390, height: 844 });
    await sut.signIn(narrow.page, "owner@example.com");
    await narrow.page.goto("/o/demo/method");
    await scaleRows(narrow.page, "likelihood").first().waitFor();
    expect(await scaleRows(narrow.page, "likelihood").count()).toBe(4);
    await screenshot(narrow.page, "47-method-4x4-narrow");
    await narrow.context.close();
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 240_000);
});
