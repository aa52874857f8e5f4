/**
 * The settings page's own security, in a real browser: an API token is created only with the
 * current password, the password is changed (the other browser is signed out), sessions are
 * listed, and a member is removed; the page stays accessible.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  PASSWORD,
  screenshot,
  seriousViolations,
} from "./harness.js";

describe.skipIf(!hasChromium)("account security settings (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("keeper@example.com", { org: "demo", role: "owner" });
    await sut.user("leaver@example.com", { org: "demo", role: "viewer" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("creates a token with the current password, changes the password, lists sessions and removes a member", async () => {
    const other = await sut.newPage();
    await sut.signIn(other.page, "keeper@example.com");
    const { context, page } = await sut.newPage();
    await sut.signIn(page, "keeper@example.com");
    await page.goto("/o/demo/settings");
    await page.getByRole("heading", { name: "Where you are signed in" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "70-settings-security-1280");

    // A token needs the current password.
    await page.getByRole("button", { name: "Create a token" }).click();
    const modal = page.getByRole("dialog", { name: "Create an API token" });
    await modal.getByRole("textbox", { name: "Name" }).fill("CI pipeline");
    await modal.getByLabel("Current password").fill(PASSWORD);
    await modal.getByRole("button", { name: "Create token" }).click();
    await page.getByTestId("token-secret").waitFor();
    await page.getByRole("button", { name: "I have stored it" }).click();

    // Both sessions are listed, this one marked.
    const sessions = page.getByTestId("sessions-table");
    await expect.poll(async () => sessions.getByRole("row").count()).toBe(3);
    await sessions.getByText("this one").waitFor();

    // A wrong current password is refused at its field; the right one changes the password.
    const form = page.getByTestId("password");
    await form.getByLabel("Current password").fill("not the password");
    await form.getByLabel(/^New password/).fill("a fresh passphrase for keeper");
    await form.getByLabel("Repeat the new password").fill("a fresh passphrase for keeper");
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByText("the current password is not right").first().waitFor();
    await form.getByLabel("Current password").fill(PASSWORD);
    await form.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed; 1 other session(s) signed out").waitFor();
    await other.page.reload();
    await other.page.waitForURL((url) => url.pathname.startsWith("/login"));

    // A member is removed after confirmation.
    await page.getByRole("button", { name: "Remove leaver" }).click();
    await page
      .getByRole("dialog", { name: "Remove this member?" })
      .getByRole("button", { name: "Remove member" })
      .click();
    await expect
      .poll(async () => page.getByTestId("members-table").getByText("leaver@example.com").count())
      .toBe(0);

    await other.context.close();
    await context.close();
    expect(sut.problems).toEqual([]);
  }, 120_000);
});
