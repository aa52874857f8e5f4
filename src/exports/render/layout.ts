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

/**
 * Widths (points) filling `usable`: every column at least as wide as its longest word, and the
 * room left shared in proportion to how much more each column's longest line would take.
 */
export function columnWidths(table: Table, usable: number, measure: Measure, padding: number): ColumnLayout {
  const cap = usable * 0.4;
  const least: number[] = [];
  const natural: number[] = [];
  for (const column of table.columns) {
    const header = column.header;
    const texts = table.rows.map((row) => String(row[column.key] ?? ""));
    let min = Math.max(0, ...words(header).map((w) => measure(w, true)));
    let max = measure(header, true);
    for (const text of texts) {
      for (const word of words(text)) min = Math.max(min, measure(word, false));
      for (const line of text.split("\n")) max = Math.max(max, measure(line, false));
    }
    least.push(Math.min(min, cap) + padding);
    natural.push(Math.max(Math.min(min, cap), Math.min(max, usable)) + padding);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(least) > usable) return { widths: least.map((w) => (w / sum(least)) * usable), fits: false };
  if (sum(natural) <= usable) {
    // Everything fits on one line: spread the spare room so the table spans the page.
    const spare = usable - sum(natural);
    return { widths: natural.map((w) => w + (spare * w) / sum(natural)), fits: true };
  }
  const spare = usable - sum(least);
  const wants = natural.map((n, i) => n - (least[i] ?? 0));
  const total = sum(wants) || 1;
  return { widths: least.map((w, i) => w + (spare * (wants[i] ?? 0)) / total), fits: true };
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
    Math.max(measure(c.header, true), ...table.rows.map((r) => measure(String(r[c.key] ?? ""), false))),
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
