/**
 * RFC 4180 CSV writing shared by every CSV export.
 *
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) are prefixed with an apostrophe, as OWASP recommends against CSV injection: exports are
 * opened in Excel by people who did not write the data.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes one cell when needed and neutralises formula triggers. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders a header row and data rows, CRLF line ends as RFC 4180 asks. */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, unknown>[]): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((c) => csvCell(c as string | number | boolean | null | undefined)).join(",");
  return `${[line(columns), ...rows.map((row) => line(columns.map((c) => row[c])))].join("\r\n")}\r\n`;
}
