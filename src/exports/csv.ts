/**
 * RFC 4180 CSV writing shared by every CSV export.
 *
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) are prefixed with an apostrophe, as OWASP recommends against CSV injection: exports are
 * opened in Excel by people who did not write the data.
 *
 * We write commas, but the reader chooses the separator: a spreadsheet set to a European locale
 * splits on ";", some tools on tab. A cell holding any of these is quoted, so that no reader splits
 * it and the text after a separator never starts a cell of its own (where `=1+2` would run).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** Separators any reader may use (comma, semicolon, tab), quotes and line breaks. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/** Quotes one cell when needed and neutralises formula triggers. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a header row and data rows, CRLF line ends as RFC 4180 asks, cells separated by commas
 * unless another separator is asked for.
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Record<K, unknown>[],
  separator: "," | ";" | "\t" = ",",
): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((c) => csvCell(c as string | number | boolean | null | undefined)).join(separator);
  return `${[line(columns), ...rows.map((row) => line(columns.map((c) => row[c])))].join("\r\n")}\r\n`;
}
