/**
 * First run in a real browser: the owner bootstrap, the first organization, signing out and in
 * again with the login form, and two-factor sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../src/domain/totp.js";
import { beginTotp, enableTotp } from "../../src/modules/auth/auth.service.js";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("first run and sign-in (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness();
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("walks a new installation from owner set-up to its first organization, then signs out and in", async () => {
    const { context, page } = await sut.newPage();
    await page.goto("/");
    await page.waitForURL("**/setup");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "01-setup");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Olivia Owner");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill("olivia@example.com");
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("short");
    await page.getByRole("textbox", { name: "Repeat the password", exact: true }).fill("short");
    await page.getByRole("button", { name: "Create the owner account" }).click();
    // The server's own message appears next to the field, and nothing is created.
    await expect.poll(() => page.getByText("at least 12 characters").count()).toBeGreaterThan(0);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("correct horse battery staple");
    await page
      .getByRole("textbox", { name: "Repeat the password", exact: true })
      .fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create the owner account" }).click();
    await page.waitForURL("**/new-organization");
    await page.getByRole("textbox", { name: "Organization name", exact: true }).fill("Northwind Health");
    expect(
      await page.getByRole("textbox", { name: "Short name in addresses", exact: true }).inputValue(),
    ).toBe("northwind-health");
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.waitForURL("**/o/northwind-health/start");
    await page.getByTestId("start-progress").waitFor();
    await screenshot(page, "02-guided-start-new-org");

    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL("**/login");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "03-login");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill("olivia@example.com");
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("wrong password here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Could not sign in").waitFor();
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("correct horse battery staple");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/o\/northwind-health/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    // Only the provoked failures answered 4xx: the short password and the wrong one.
    expect(sut.clientErrors).toEqual(["400 POST /api/v1/setup", "401 POST /api/v1/auth/login"]);
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 90_000);

  it("asks for the one-time code when the account has two-factor authentication", async () => {
    const email = await sut.user("tess@example.com");
    const user = await sut.ws.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    const { secret } = await beginTotp(sut.ws.db, user);
    await enableTotp(sut.ws.db, user, totpCode(secret));
    const { context, page } = await sut.newPage();
    await page.goto("/login");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("correct horse battery staple");
    await page.getByRole("button", { name: "Sign in" }).click();
    const code = page.getByRole("textbox", { name: "One-time code", exact: true });
    await code.waitFor();
    // Each code is accepted once: the one that confirmed enrolment is spent, the next one signs in.
    await code.fill(totpCode(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 60_000);
});
