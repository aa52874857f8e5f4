/**
 * Table layout shared by the paged formats (PDF, DOCX): column widths from the content, so that no
 * word is broken inside a column, and the page orientation a table needs. Pure arithmetic over a
 * measure of text width supplied by the renderer.
 */
import type { Table } from "../document.js";

/** Width of a text in points at the table's font size, bold or not. */
export type Measure = (text: string, bold: boolean) => number;

export const A4 = { short: 595.28, long: 841.89 } as const;

export interface ColumnLayout {
  widths: number[];
  /** False when even the longest words do not fit side by side (some will be broken). */
  fits: boolean;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** Points under which a column's longest text stays on one line. */
const SHORT = 48;
/** Rows weighed when sharing out a table's width. */
const SAMPLE = 400;

/** A cell as the widths of its words, paragraph by paragraph, for counting its lines quickly. */
type Cell = number[][];

/** How many lines a cell takes at a width, breaking only at spaces. */
function linesOf(cell: Cell, width: number, space: number): number {
  let lines = 0;
  for (const paragraph of cell) {
    lines++;
    let used = 0;
    for (const word of paragraph) {
      if (used > 0 && used + space + word > width) {
        lines++;
        used = word;
      } else used += (used > 0 ? space : 0) + word;
    }
  }
  return lines;
}

/**
 * Widths (points) filling `usable`: every column at least as wide as its longest word (a short
 * value not wrapped at all), then the room left given, a little at a time, to the column where it
 * shortens the rows most (tall rows counting more), so no column stays narrow while its rows grow tall.
 */
export function columnWidths(table: Table, usable: number, measured: Measure, padding: number): ColumnLayout {
  // Words repeat across a register: each is measured once.
  const known = [new Map<string, number>(), new Map<string, number>()];
  const measure: Measure = (text, bold) => {
    const cache = known[bold ? 1 : 0] as Map<string, number>;
    const seen = cache.get(text);
    if (seen !== undefined) return seen;
    const width = measured(text, bold);
    cache.set(text, width);
    return width;
  };
  const cap = usable * 0.4;
  const space = measure(" ", false);
  const least: number[] = [];
  const natural: number[] = [];
  const cells: Cell[][] = [];
  for (const column of table.columns) {
    const asCell = (text: string, bold: boolean): Cell =>
      text.split("\n").map((line) => {
        const widths: number[] = [];
        for (const word of line.split(" ")) if (word) widths.push(measure(word, bold));
        return widths;
      });
    const columnCells = [
      asCell(column.header, true),
      ...table.rows.map((row) => asCell(String(row[column.key] ?? ""), false)),
    ];
    cells.push(columnCells);
    // Loops, not Math.max(...): a register of many thousand rows would overflow the call stack.
    let min = 0;
    let max = 0;
    for (const cell of columnCells)
      for (const paragraph of cell) {
        let line = 0;
        for (const w of paragraph) {
          min = Math.max(min, w);
          line += (line > 0 ? space : 0) + w;
        }
        max = Math.max(max, line);
      }
    least.push((max <= SHORT ? max : Math.min(min, cap)) + padding);
    natural.push(Math.max(Math.min(min, cap), Math.min(max, usable)) + padding);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(least) > usable) return { widths: least.map((w) => (w / sum(least)) * usable), fits: false };
  if (sum(natural) <= usable) {
    // Everything fits on one line: spread the spare room so the table spans the page.
    const spare = usable - sum(natural);
    return { widths: natural.map((w) => w + (spare * w) / sum(natural)), fits: true };
  }
  const widths = [...least];
  // A long register is weighed on an even sample of its rows (the header always in it).
  const sample = (column: Cell[]) =>
    column.length <= SAMPLE
      ? column
      : Array.from({ length: SAMPLE }, (_, i) => column[Math.floor((i * column.length) / SAMPLE)] ?? []);
  const sampled = cells.map(sample);
  const rows = (sampled[0] ?? []).length;
  const lines = sampled.map((column, c) =>
    column.map((cell) => linesOf(cell, (widths[c] ?? 0) - padding, space)),
  );
  const height = (c: number, column: number[]) => {
    let total = 0;
    for (let r = 0; r < rows; r++) {
      let tallest = 0;
      for (let k = 0; k < lines.length; k++)
        tallest = Math.max(tallest, (k === c ? column : lines[k])?.[r] ?? 1);
      // Squared, so one very tall row (which a page must hold whole) costs more than a few short ones.
      total += tallest * tallest;
    }
    return total;
  };
  let spare = usable - sum(widths);
  const step = Math.max(1, spare / 120);
  while (spare >= step) {
    const now = height(-1, []);
    let best = -1;
    let bestSaving = 0;
    let bestLines: number[] = [];
    for (let c = 0; c < widths.length; c++) {
      if ((widths[c] ?? 0) >= (natural[c] ?? 0)) continue;
      const wider = (sampled[c] ?? []).map((cell) => linesOf(cell, (widths[c] ?? 0) + step - padding, space));
      const saving = now - height(c, wider);
      if (saving > bestSaving) [best, bestSaving, bestLines] = [c, saving, wider];
    }
    if (best < 0) {
      // No single step saves a line: widen the column with the most lines still wrapping.
      const wrapping = lines.map((column, c) => ((widths[c] ?? 0) < (natural[c] ?? 0) ? sum(column) : -1));
      best = wrapping.indexOf(Math.max(...wrapping));
      if (best < 0 || (wrapping[best] ?? -1) < 0) break;
      bestLines = (sampled[best] ?? []).map((cell) =>
        linesOf(cell, (widths[best] ?? 0) + step - padding, space),
      );
    }
    widths[best] = (widths[best] ?? 0) + step;
    lines[best] = bestLines;
    spare -= step;
  }
  // Whatever is left (every column at its longest line) is spread evenly.
  return { widths: widths.map((w) => w + spare / widths.length), fits: true };
}

/** The lines each data row takes at the given widths (its tallest cell), breaking only at spaces. */
export function rowLines(
  table: Table,
  widths: readonly number[],
  measure: Measure,
  padding: number,
): number[] {
  const space = measure(" ", false);
  return table.rows.map((row) =>
    Math.max(
      1,
      ...table.columns.map((column, c) =>
        linesOf(
          String(row[column.key] ?? "")
            .split("\n")
            .map((line) => words(line).map((w) => measure(w, false))),
          (widths[c] ?? 0) - padding,
          space,
        ),
      ),
    ),
  );
}

/**
 * Whether a table reads better across a landscape page: when its words do not fit side by side on
 * a portrait page, when it has many columns, or when its text would make very tall rows there.
 */
export function needsLandscape(
  table: Table,
  portraitUsable: number,
  measure: Measure,
  padding: number,
): boolean {
  if (table.columns.length >= 7) return true;
  const { fits } = columnWidths(table, portraitUsable, measure, padding);
  if (!fits) return true;
  const longest = table.columns.map((c) =>
    table.rows.reduce(
      (most, r) => Math.max(most, measure(String(r[c.key] ?? ""), false)),
      measure(c.header, true),
    ),
  );
  return longest.reduce((a, b) => a + b, 0) > portraitUsable * 3 && table.columns.length >= 5;
}

/**
 * An estimate of text width in a Helvetica-like font (Arial, Liberation Sans), for formats where
 * the renderer cannot measure: em fractions by character class, bold a little wider.
 */
export function estimateWidth(size: number): Measure {
  return (text, bold) => {
    let em = 0;
    for (const ch of text) {
      if ("iljtfI.,;:'|!".includes(ch)) em += 0.28;
      else if ("mwMW@".includes(ch)) em += 0.86;
      else if (ch === " ") em += 0.28;
      else if (/[A-Z]/.test(ch)) em += 0.68;
      else if (/[0-9]/.test(ch)) em += 0.56;
      else if ("r-()[]/".includes(ch)) em += 0.34;
      else em += 0.54;
    }
    return em * size * (bold ? 1.08 : 1);
  };
}

/**
 * Breaks a text into lines that fit a width, only at spaces (a renderer left to itself also breaks
 * after a hyphen, splitting "E-023" into "E-" and "023"); a word wider than the column stays whole
 * on its own line for the renderer to deal with.
 */
export function wrapAtSpaces(text: string, width: number, measure: (text: string) => number): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && measure(candidate) > width) {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      lines.push(line);
      return lines.join("\n");
    })
    .join("\n");
}
