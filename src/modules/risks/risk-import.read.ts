/**
 * How a register file is read before its rows are checked: which row is the header, which rows
 * below the table are notes rather than risks, in which order its dates put day and month, and
 * how a validator's complaint is said in the words of the person who wrote the file.
 */
import { type DateOrder, detectDateOrder } from "../../imports/dates.js";
import { filledCells, trailingNotes } from "../../imports/header-row.js";
import { normalizeHeader, type Table, type TableRow } from "../../imports/table-file.js";
import { guessField, RISK_IMPORT_FIELDS, type RiskImportField } from "./risk-import.columns.js";

const ALIASES = new Set<string>(Object.values(RISK_IMPORT_FIELDS).flat());

/** Whether a header cell names a risk field (the header row holds several of them). */
export const isRiskHeader = (cell: string) => {
  const header = normalizeHeader(cell);
  // One-letter aliases ("L", "I") count only in the header itself, not to find it.
  return header.length > 1 && (ALIASES.has(header) || guessField(header) !== undefined);
};

export interface ReadRows {
  rows: TableRow[];
  skipped: { line: number; reason: string }[];
  dateOrder: DateOrder;
  notes: string[];
}

/**
 * The rows that are risks: notes below the table (rows with a single cell after the data) and rows
 * whose required cells (title or description, likelihood, impact) are all empty are skipped and
 * reported, not refused.
 */
export function riskRows(table: Table, columns: Map<RiskImportField, number>): ReadRows {
  const skipped: ReadRows["skipped"] = [];
  const notesBelow = trailingNotes(table.rows);
  const data = table.rows.slice(0, table.rows.length - notesBelow);
  for (const row of table.rows.slice(data.length))
    skipped.push({ line: row.line, reason: "a note below the table" });
  const cell = (row: TableRow, field: RiskImportField) => (row.cells[columns.get(field) ?? -1] ?? "").trim();
  const required: RiskImportField[] = ["title", "description", "likelihood", "impact"];
  const rows = data.filter((row) => {
    if (required.some((field) => cell(row, field) !== "")) return true;
    skipped.push({
      line: row.line,
      reason: filledCells(row) ? "no title, likelihood or impact: not a risk" : "an empty row",
    });
    return false;
  });
  skipped.sort((a, b) => a.line - b.line);
  const dates = rows.flatMap((row) => [cell(row, "targetDate"), cell(row, "nextReviewOn")]).filter(Boolean);
  const { order, ambiguous } = detectDateOrder(dates);
  const notes = ambiguous
    ? ["Dates such as 03/04/2026 were read day first (3 April 2026): no date of the file says otherwise."]
    : [];
  if (order === "month-first")
    notes.push("Dates were read month first (04/30/2026), as the file writes them.");
  return { rows, skipped, dateOrder: order, notes };
}

/** A validator issue about one cell, said with the cell's value and what is allowed. */
export function humanIssue(
  issue: { code: string; message: string; values?: readonly unknown[]; minimum?: unknown },
  value: string,
): string {
  const shown = value ? `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"` : "empty";
  if (issue.code === "invalid_value" && issue.values)
    return `${shown} is not allowed here; use one of ${issue.values.join(", ")}`;
  if (issue.code === "too_small") return value ? `${shown} is too short` : "empty: a value is needed here";
  if (issue.code === "too_big") return `${shown} is too long`;
  if (/^Invalid|^expected/i.test(issue.message)) return `${shown} cannot be read in this column`;
  return `${shown}: ${issue.message}`;
}
