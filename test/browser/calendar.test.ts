/**
 * The ISMS calendar in a real browser. Dana Reyes (an editor of the demo organization) owns a risk
 * due for review in 5 days with a treatment action due yesterday, a supplier whose review was due
 * 3 days ago, and a legal requirement (owned under her e-mail address) to review in 20 days. Her
 * tasks show four kinds, the overdue ones together, link to their records, and give a secret
 * calendar address; the organization's calendar filters by owner and shows the risk review on its
 * day in the month view. Screenshots and axe at desktop and phone widths.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember } from "../../src/modules/users/membership.service.js";
import { createUser } from "../../src/modules/users/user.service.js";
import {
  ARTIFACTS,
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  PASSWORD,
  screenshot,
  seriousViolations,
} from "./harness.js";
import { choose, dayFromToday, phoneLayout } from "./operations-support.js";

const DANA = "dana@example.com";
const RISK = "Stolen laptop with customer data";
const ACTION = "Encrypt every laptop disk";
const SUPPLIER = "CloudHost Ltd";
const REQUIREMENT = "Breach notification duty";

/** Calls the REST API as a signed-in person (session cookie and CSRF token). */
async function apiAs(sut: BrowserHarness, email: string) {
  const login = await sut.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: PASSWORD },
  });
  expect(login.statusCode).toBe(200);
  const cookie = `isms_session=${login.cookies.find((c) => c.name === "isms_session")?.value}`;
  const csrf = login.json().csrfToken as string;
  return async (url: string, body: unknown) => {
    const response = await sut.app.inject({
      method: "POST",
      url: `/api/v1/orgs/demo/${url}`,
      headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
      payload: JSON.stringify(body),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json() as { key: string };
  };
}

describe.skipIf(!hasChromium)("ISMS calendar (browser)", () => {
  let sut: BrowserHarness;
  let riskKey = "";
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
    await createUser(sut.ws.db, "test", { email: DANA, name: "Dana Reyes", password: PASSWORD });
    await addMember(sut.ws.db, "test", { orgSlug: "demo", email: DANA, role: "editor" });
    const post = await apiAs(sut, "owner@example.com");
    const risk = await post("risks", {
      title: RISK,
      owner: "Dana Reyes",
      inherent: { likelihood: 2, impact: 3 },
      nextReviewOn: dayFromToday(5),
      actions: [{ title: ACTION, owner: "Dana Reyes", dueOn: dayFromToday(-1), status: "open" }],
    });
    riskKey = risk.key;
    await post("suppliers", {
      name: SUPPLIER,
      criticality: "high",
      owner: "Dana Reyes",
      nextReviewOn: dayFromToday(-3),
    });
    await post("requirements", {
      title: REQUIREMENT,
      kind: "legal",
      owner: DANA,
      reviewOn: dayFromToday(20),
    });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const kindsOn = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute("data-kind")))].sort());

  it("shows Dana her tasks by when they fall due, with a calendar address, and the organization's calendar", async () => {
    const { context, page } = await sut.newPage({ width: 1440, height: 900 });
    await sut.signIn(page, DANA);

    // Her tasks: four kinds; the treatment action and the supplier review are overdue.
    await page.goto("/o/demo/tasks");
    const overdue = page.getByTestId("tasks-overdue");
    await overdue.waitFor();
    expect(await kindsOn(page, "task")).toEqual([
      "requirement-review",
      "risk-review",
      "supplier-review",
      "treatment-action",
    ]);
    expect(await overdue.textContent()).toContain(ACTION);
    expect(await overdue.textContent()).toContain(SUPPLIER);
    expect(await overdue.textContent()).not.toContain(REQUIREMENT);
    expect(await page.getByTestId("tasks-due").textContent()).toContain(RISK);
    expect(await page.getByTestId("tasks-upcoming").textContent()).toContain(REQUIREMENT);
    await axe(page);
    await screenshot(page, "120-my-tasks");

    // Her secret calendar address.
    await page.getByTestId("create-feed").click();
    await expect.poll(() => page.getByTestId("feed-url").inputValue()).toMatch(/^https?:\/\/.+\.ics$/);
    await page.getByTestId("calendar-feed").scrollIntoViewIfNeeded();
    await axe(page);
    await page.getByTestId("calendar-feed").screenshot({ path: `${ARTIFACTS}/121-feed.png` });

    // She opts in to the daily digest; the page says plainly that this installation sends no mail yet.
    const settings = page.getByTestId("digest-settings");
    await expect.poll(() => settings.getByTestId("mail-not-configured").isVisible()).toBe(true);
    const saved = page.waitForResponse(
      (r) => r.url().includes("/me/notifications/demo") && r.request().method() === "PUT",
    );
    await settings.getByText("Daily", { exact: true }).click();
    expect((await saved).status()).toBe(200);
    await page.reload();
    await expect
      .poll(() => page.getByTestId("digest-settings").getByRole("radio", { name: "Daily" }).isChecked())
      .toBe(true);
    await axe(page);
    await page.getByTestId("digest-settings").screenshot({ path: `${ARTIFACTS}/121-digest-settings.png` });

    // A task opens its record.
    await page
      .getByTestId("tasks-due")
      .getByRole("link", { name: new RegExp(RISK) })
      .click();
    await page.waitForURL(new RegExp(`/o/demo/risks/${riskKey}$`));

    // The organization's calendar, Dana's obligations only (the link keeps the filter).
    await page.goto("/o/demo/calendar");
    await page.getByTestId("calendar-list").waitFor();
    const everyone = await page.getByTestId("calendar-item").count();
    await choose(page, page, "Owner", "Dana Reyes");
    await page.waitForURL(/owner=Dana\+Reyes/);
    await expect.poll(() => page.getByTestId("calendar-item").count()).toBeLessThan(everyone);
    const owners = await page
      .getByTestId("calendar-item")
      .evaluateAll((rows) =>
        rows.map((r) => (r.querySelectorAll("td")[2]?.textContent ?? "").replace(/^Owner: /, "")),
      );
    expect(owners.length).toBeGreaterThanOrEqual(3);
    for (const owner of owners) expect(["Dana Reyes", DANA]).toContain(owner);
    expect(await kindsOn(page, "calendar-item")).toEqual(
      expect.arrayContaining(["risk-review", "supplier-review"]),
    );
    await axe(page);
    await screenshot(page, "122-calendar-list");

    // By kind, and with the obligations already met (the URL keeps both).
    await choose(page, page, "Kind", "Treatment action");
    await page.waitForURL(/kind=treatment-action/);
    await expect.poll(() => kindsOn(page, "calendar-item")).toEqual(["treatment-action"]);
    await page.getByLabel("Open only").click();
    await page.waitForURL(/open=all/);
    await expect.poll(() => page.getByLabel("Open only").isChecked()).toBe(false);
    await page.goto(page.url().replace(/&?kind=treatment-action/, ""));
    await expect.poll(() => kindsOn(page, "calendar-item")).toContain("risk-review");

    // The month view: the risk review on its day.
    await page.getByTestId("calendar-view").getByText("Month").click();
    await page.getByTestId("month-view").waitFor();
    const review = dayFromToday(5);
    if (review.slice(0, 7) !== new Date().toISOString().slice(0, 7))
      await page.getByTestId("next-month").click();
    await expect.poll(() => page.getByTestId(`day-${review}`).textContent()).toContain(RISK);
    expect(page.url()).toContain("view=month");
    await axe(page);
    await screenshot(page, "123-calendar-month");
    const link = page.url();
    await context.close();

    // On a phone: nothing wider than the screen, 44 px touch targets, the same link keeps its filters.
    const phone = await sut.newPage({ width: 390, height: 844 });
    await sut.signIn(phone.page, DANA);
    const pages: [string, string, string][] = [
      ["/o/demo/tasks", "tasks-overdue", "124-phone-my-tasks"],
      ["/o/demo/calendar", "calendar-list", "125-phone-calendar-list"],
      [new URL(link).pathname + new URL(link).search, "month-view", "126-phone-calendar-month"],
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
    await phone.page.goto("/o/demo/tasks");
    await phone.page.getByTestId("create-feed").click();
    await expect.poll(() => phone.page.getByTestId("feed-url").inputValue()).toMatch(/\.ics$/);
    expect((await phoneLayout(phone.page)).width).toBeLessThanOrEqual(390);
    await phone.page.getByTestId("calendar-feed").screenshot({ path: `${ARTIFACTS}/124-phone-feed.png` });
    await phone.page.goto(new URL(link).pathname + new URL(link).search);
    await phone.page.getByTestId("month-view").scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: `${ARTIFACTS}/126-phone-calendar-month-grid.png` });
    await phone.page.getByTestId("month-agenda").scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: `${ARTIFACTS}/126-phone-calendar-month-agenda.png` });
    await phone.context.close();
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 240_000);
});
