/**
 * Helpers of the operational registers' browser test: dates as the forms take them, choosing in a
 * Mantine select, and what a page looks like on a phone (its width and its small touch targets).
 */
import type { Locator, Page } from "playwright-core";

const pad = (n: number) => String(n).padStart(2, "0");

/** A day from today (YYYY-MM-DD, UTC). */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A time from now as a datetime-local value (the browser's local time, as the form reads it). */
export function localTime(hoursFromNow: number): string {
  const d = new Date(Date.now() + hoursFromNow * 3_600_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A date as the app writes it ("5 Jan 2027"). */
export const shortDate = (iso: string) =>
  new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: iso.length === 10 ? "UTC" : undefined,
  });

/** Picks an option of a Mantine select or multi-select (within `root`) by its label, typing to search first. */
export async function choose(
  page: Page,
  root: Page | Locator,
  label: string,
  option: string | RegExp,
  search?: string,
) {
  // A required field's label ends in an asterisk.
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
  const input = root.getByLabel(name).first();
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole("option", { name: option }).first().click();
}

/** How wide the page's document is, and the buttons and fields lower than 44 px inside #main. */
export function phoneLayout(page: Page): Promise<{ width: number; small: string[] }> {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the DOM is not in the test's types
    const doc = (globalThis as any).document;
    const small: string[] = [];
    for (const el of doc.querySelectorAll(
      "#main :is(button, a.mantine-Button-root, select, textarea), #main input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file])",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height < 44 && !el.matches("[class*=inputField], .mantine-InputClearButton-root"))
        small.push(`${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.height)}px`);
    }
    return { width: doc.documentElement.scrollWidth, small };
  });
}
