/**
 * Every main page on a phone (390×844, the size of a common handset) as the demo organization's
 * owner: the document is no wider than the screen (wide tables scroll inside their own box or turn
 * into cards), the page's main action is on screen without scrolling sideways, buttons and fields are
 * at least 44 px high (touch targets), and a screenshot is saved for people to look at.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserHarness,
  hasChromium,
  openBrowserHarness,
  screenshot,
  seriousViolations,
} from "./harness.js";

const WIDTH = 390;
const HEIGHT = 844;

/** A page, and how to find the one action someone came to it for. */
const PAGES: [name: string, path: string, primary: (page: Page) => Locator][] = [
  ["dashboard", "", (p) => p.getByTestId("dashboard-download")],
  ["reports", "/reports", (p) => p.getByTestId("export-soa-pdf")],
  ["guided-start", "/start", (p) => p.getByTestId("start-progress")],
  ["controls", "/controls", (p) => p.getByRole("link", { name: "Walk through", exact: true })],
  ["control-8.13", "/controls/8.13", (p) => p.getByTestId("save-decision")],
  ["walkthrough", "/walk?control=5.1", (p) => p.getByTestId("walk-next")],
  ["clause-6.1.2", "/clauses/6.1.2", (p) => p.getByRole("heading", { level: 1 })],
  ["soa", "/soa", (p) => p.getByTestId("approve-soa")],
  ["soa-versions", "/soa/versions", (p) => p.getByTestId("download-version-1")],
  ["risks", "/risks", (p) => p.getByTestId("add-risk")],
  ["risk-R-001", "/risks/R-001", (p) => p.getByTestId("save-risk")],
  ["risk-new", "/risks/new", (p) => p.getByTestId("save-risk")],
  ["risk-import", "/risks/import", (p) => p.getByTestId("import-file")],
  ["risk-treatment-plan", "/treatment", (p) => p.getByTestId("treatment-download")],
  ["risk-methodology", "/method", (p) => p.getByTestId("method-download")],
  ["evidence", "/evidence", (p) => p.getByRole("button", { name: "Upload file" })],
  ["assets", "/assets", (p) => p.getByTestId("add-asset")],
  ["context", "/context", (p) => p.getByTestId("edit-scope")],
  ["documents", "/documents", (p) => p.getByTestId("add-document")],
  ["objectives", "/objectives", (p) => p.getByTestId("add-objective")],
  ["audits", "/audits", (p) => p.getByTestId("plan-audit")],
  ["reviews", "/reviews", (p) => p.getByTestId("add-review")],
  ["nonconformities", "/nonconformities", (p) => p.getByTestId("raise-nc")],
  ["audit-trail", "/audit-trail", (p) => p.getByTestId("verify-trail")],
  ["settings", "/settings", (p) => p.getByTestId("add-member")],
];

interface Layout {
  scrollWidth: number;
  /** Elements that reach past the right edge of the screen, outside any box that scrolls. */
  outside: string[];
  /** Buttons and fields lower than 44 px (links inside a sentence are exempt). */
  small: string[];
}

/** Measures the page in the browser (plain DOM; the test's types do not include the DOM's). */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the DOM is not in the test's types
    const doc = (globalThis as any).document;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const win = globalThis as any;
    const width = doc.documentElement.clientWidth;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const describe = (el: any) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""}${
        el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""
      } "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const scrolls = (el: any) => {
      for (let p = el.parentElement; p && p !== doc.body; p = p.parentElement) {
        const overflowX = win.getComputedStyle(p).overflowX;
        if (
          (overflowX === "auto" || overflowX === "scroll" || overflowX === "hidden") &&
          p.clientWidth < width
        )
          return true;
      }
      return false;
    };
    const outside: string[] = [];
    for (const el of doc.querySelectorAll("#main *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1 || scrolls(el)) continue;
      // Name only the outermost offender.
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > width + 1 && !scrolls(el.parentElement)) continue;
      outside.push(`${describe(el)} reaches ${Math.round(r.right)}px`);
    }
    const small: string[] = [];
    const targets = [
      "header :is(button, a)",
      "#main :is(button, a.mantine-Button-root, [role=button], select, textarea, .mantine-Switch-body, .mantine-Checkbox-body, .mantine-Radio-body)",
      "#main input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file])",
    ].join(", ");
    // Parts of a field that is itself tall enough (the typing area of a multi-select, a password's
    // inner input), and steppers, pill removers and clear buttons that typing in the field does as well.
    const exempt = [
      "[class*=inputField]",
      ".mantine-PasswordInput-innerInput",
      ".mantine-NumberInput-control",
      ".mantine-Pill-remove",
      ".mantine-InputClearButton-root",
    ].join(", ");
    for (const el of doc.querySelectorAll(targets)) {
      const r = el.getBoundingClientRect();
      const shown = r.width > 0 && win.getComputedStyle(el).visibility !== "hidden" && !el.matches(exempt);
      if (shown && r.height < 44) small.push(`${describe(el)} is ${Math.round(r.height)}px high`);
    }
    return { scrollWidth: doc.documentElement.scrollWidth, outside: outside.slice(0, 5), small };
  });
}

describe.skipIf(!hasChromium)("main pages on a phone (browser)", () => {
  let sut: BrowserHarness;
  beforeAll(async () => {
    sut = await openBrowserHarness({ demo: true });
    await sut.user("owner@example.com", { org: "demo", role: "owner" });
  }, 120_000);
  afterAll(async () => {
    await sut?.dispose();
  });

  it("fits every main page into 390 px with its main action on screen", async () => {
    const failures: string[] = [];
    const { context, page } = await sut.newPage({ width: WIDTH, height: HEIGHT });
    // The sign-in page comes first on a phone too.
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    const login = await measure(page);
    if (login.scrollWidth > WIDTH) failures.push(`login: ${login.scrollWidth}px wide`);
    await screenshot(page, "80-phone-login");
    await sut.signIn(page, "owner@example.com");
    for (const [name, path, primary] of PAGES) {
      await page.goto(`/o/demo${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      const layout = await measure(page);
      if (layout.scrollWidth > WIDTH)
        failures.push(`${name}: ${layout.scrollWidth}px wide (${layout.outside.join("; ")})`);
      // One line per page is enough to find the offenders.
      if (layout.small.length)
        failures.push(
          `${name}: ${layout.small.length} small targets, e.g. ${[...new Set(layout.small)].slice(0, 6).join("; ")}`,
        );
      const action = primary(page).first();
      if ((await action.count()) === 0) failures.push(`${name}: no main action`);
      else {
        await action.scrollIntoViewIfNeeded();
        const box = await action.boundingBox();
        if (!box || box.x < 0 || box.x + box.width > WIDTH + 1)
          failures.push(`${name}: main action at ${JSON.stringify(box)} is not within the screen's width`);
      }
      for (const violation of await seriousViolations(page)) failures.push(`${name}: ${violation}`);
      await screenshot(page, `80-phone-${name}`);
    }

    // Search and filters are folded behind one button, and open on a tap.
    await page.goto("/o/demo/evidence");
    const search = page.getByRole("textbox", { name: "Search" });
    await page.getByTestId("phone-filters").waitFor();
    if (await search.isVisible()) failures.push("evidence: the filters are not folded");
    await page.getByTestId("phone-filters").click();
    await search.waitFor({ state: "visible" });

    // The navigation drawer: it opens from the header, fits the screen, and every entry is tall enough.
    await page.goto("/o/demo");
    await page.getByRole("button", { name: "Toggle navigation" }).click();
    const nav = page.getByRole("navigation", { name: "Overview" });
    await nav.waitFor();
    // The drawer slides in; wait until it has arrived.
    await expect
      .poll(async () => (await page.locator("nav a").first().boundingBox())?.x ?? -1)
      .toBeGreaterThanOrEqual(0);
    await screenshot(page, "80-phone-navigation");
    for (const link of await page.locator("nav a").all()) {
      const box = await link.boundingBox();
      if (!box || box.height < 44 || box.x < 0 || box.x + box.width > WIDTH + 1)
        failures.push(`navigation: "${await link.textContent()}" at ${JSON.stringify(box)}`);
    }
    await context.close();
    expect(failures).toEqual([]);
    expect(sut.clientErrors).toEqual([]);
    expect(sut.problems).toEqual([]);
  }, 400_000);
});
