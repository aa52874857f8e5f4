/**
 * Finding the header row of a register that does not start with it: consultants' files often
 * open with a title, a date or a blank line, and end with footnotes.
 */
import type { TableRow } from "./table-file.js";

/** Distinct non-empty cells: a title merged across the columns of a workbook counts once. */
export const filledCells = (row: TableRow | undefined) =>
  new Set(row?.cells.map((c) => c.trim()).filter(Boolean)).size;

/**
 * The index of the most likely header among the first rows: each cell naming a known field counts
 * most, then the number of distinct non-empty cells, then whether the row below is filled about as
 * widely (a table follows). A title, a blank or a note line names no field and has one cell.
 */
export function detectHeaderRow(records: readonly TableRow[], known: (cell: string) => boolean): number {
  let best = 0;
  let bestScore = -1;
  records.slice(0, 30).forEach((row, i) => {
    const matches = new Set(row.cells.filter((c) => c.trim() !== "" && known(c))).size;
    const width = filledCells(row);
    const below = filledCells(records[i + 1]);
    const score = matches * 4 + Math.min(width, 40) + (width > 1 && below >= width / 2 ? 2 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Rows after the table that are not data: from the end, rows with at most one distinct cell (a
 * footnote, a total, a signature line). Returns how many rows at the end are such notes.
 */
export function trailingNotes(rows: readonly TableRow[]): number {
  let count = 0;
  while (count < rows.length && filledCells(rows[rows.length - 1 - count]) <= 1) count++;
  return count;
}
