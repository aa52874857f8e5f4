/**
 * Dates as registers write them: 2026-01-31, 31/01/2026, 01/31/2026, 31.01.26, Jan 31 2026,
 * 31 January 2026, and Excel serial numbers. Whether 03/04/2026 is the 3rd of April or the 4th of
 * March is decided once per file: a first part above 12 means day first, a second part above 12
 * means month first, and a file that never says is read day first (and the report says so).
 */

export type DateOrder = "day-first" | "month-first";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** The order of day and month in the file's numeric dates, and whether the file left it open. */
export function detectDateOrder(texts: readonly string[]): { order: DateOrder; ambiguous: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let numeric = false;
  for (const text of texts) {
    const m = NUMERIC.exec(text.trim());
    if (!m) continue;
    numeric = true;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (monthFirst && !dayFirst) return { order: "month-first", ambiguous: false };
  return { order: "day-first", ambiguous: numeric && !dayFirst && !monthFirst };
}

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(year: number, month: number, day: number): string | null {
  const y = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${y}-${pad(month)}-${pad(day)}`;
}

const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** The date as YYYY-MM-DD, or null when the text is not a date. */
export function parseDate(text: string, order: DateOrder = "day-first"): string | null {
  const t = text.trim().replace(/,/g, " ").replace(/\s+/g, " ");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === "day-first" ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b);
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(t);
  if (m && monthOf(m[1] ?? "")) return ymd(Number(m[3]), monthOf(m[1] ?? ""), Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?[ -](\d{2}|\d{4})$/.exec(t);
  if (m && monthOf(m[2] ?? "")) return ymd(Number(m[3]), monthOf(m[2] ?? ""), Number(m[1]));
  m = /^(\d{5})(?:\.\d+)?$/.exec(t);
  if (m) {
    // Excel counts days from 1899-12-30 (its 1900 leap-year slip included).
    const date = new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  return null;
}

/** The day `months` months after `from` (YYYY-MM-DD), kept within the shorter month. */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, m - 1 + months, Math.min(d, last)));
  return date.toISOString().slice(0, 10);
}
