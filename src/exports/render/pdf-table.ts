/**
 * Tables in the PDF: column widths from the content (render/layout.ts, measured with the PDF's own
 * font), the header row again on every page a table continues on, and no last row left alone on a
 * page of its own.
 */
import type { Table } from "../document.js";
import { continuesGroup, textOn } from "../document.js";
import { columnWidths, type Measure, needsLandscape, wrapAtSpaces } from "./layout.js";

export type Pdf = InstanceType<typeof import("pdfkit")>;
export const MARGIN = 40;
export const TABLE_FONT_SIZE = 7.5;
const PADDING = 2;
const FOOTER_ROOM = 20;

export const bottomOf = (pdf: Pdf) => pdf.page.height - MARGIN - FOOTER_ROOM;
export const usableWidth = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;

const measureWith =
  (pdf: Pdf): Measure =>
  (text, bold) =>
    pdf
      .font(bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(TABLE_FONT_SIZE)
      .widthOfString(text);

/** Whether the table is better read on a landscape page (A4 portrait is 595 points wide). */
export function pdfWantsLandscape(pdf: Pdf, table: Table): boolean {
  return needsLandscape(table, 595.28 - 2 * MARGIN, measureWith(pdf), 2 * PADDING + 1);
}

const layouts = new WeakMap<Table, { usable: number; widths: number[] }>();

function tableLayout(pdf: Pdf, table: Table) {
  const usable = usableWidth(pdf);
  // Worked out once per table and page width: a section's start is measured before it is drawn.
  let known = layouts.get(table);
  if (known?.usable !== usable) {
    known = { usable, widths: columnWidths(table, usable, measureWith(pdf), 2 * PADDING + 1).widths };
    layouts.set(table, known);
  }
  const { widths } = known;
  const rowHeight = (cells: string[], bold: boolean) => {
    pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(TABLE_FONT_SIZE);
    return (
      Math.max(
        ...cells.map((text, i) =>
          pdf.heightOfString(text || " ", { width: (widths[i] ?? 40) - 2 * PADDING }),
        ),
      ) +
      2 * PADDING
    );
  };
  const measure = measureWith(pdf);
  // Lines broken at spaces only, a little inside the cell so the PDF's own wrapping never acts.
  const wrapCells = (texts: string[], bold: boolean) =>
    texts.map((text, i) =>
      wrapAtSpaces(text, (widths[i] ?? 40) - 2 * PADDING - 0.5, (t) => measure(t, bold)),
    );
  const header = wrapCells(
    table.columns.map((c) => c.header),
    true,
  );
  const cells = (row: Record<string, unknown>) =>
    wrapCells(
      table.columns.map((c) => String(row[c.key] ?? "")),
      false,
    );
  return { usable, widths, rowHeight, header, cells };
}

/** The height of a table's header and first rows: what must fit under its heading. */
export function tableStartHeight(pdf: Pdf, table: Table): number {
  const { rowHeight, header, cells } = tableLayout(pdf, table);
  const first = table.rows.length <= 6 ? table.rows : table.rows.slice(0, 2);
  return rowHeight(header, true) + first.reduce((sum, row) => sum + rowHeight(cells(row), false), 0);
}

/** Draws a table from the current position; `newPage` adds a page like the current one. */
export function drawTable(pdf: Pdf, table: Table, newPage: () => void): void {
  const { usable, widths, rowHeight, header, cells } = tableLayout(pdf, table);
  const drawRow = (
    texts: string[],
    bold: boolean,
    fills: Record<string, string> = {},
    reserve = 0,
    ruleBelow = "#c8d0da",
    onNewPage: string[] = texts,
  ) => {
    const height = rowHeight(texts, bold);
    if (pdf.y + height + reserve > bottomOf(pdf)) {
      newPage();
      // The header row again at the top of the new page, and the row in full (its group named).
      if (!bold) drawRow(header, true);
      texts = onNewPage;
    }
    const top = pdf.y;
    if (bold) pdf.rect(MARGIN, top, usable, height).fill("#e8eef6").fillColor("black");
    let x = MARGIN;
    for (const [i, text] of texts.entries()) {
      const width = widths[i] ?? 40;
      const fill = fills[table.columns[i]?.key ?? ""];
      if (fill) pdf.rect(x, top, width, height).fill(fill);
      pdf
        .fillColor(fill ? textOn(fill) : "black")
        .font(bold ? "Helvetica-Bold" : "Helvetica")
        .fontSize(TABLE_FONT_SIZE)
        .text(text, x + PADDING, top + PADDING, { width: width - 2 * PADDING });
      x += width;
    }
    pdf.fillColor("black");
    pdf
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + usable, top + height)
      .strokeColor(ruleBelow)
      .lineWidth(0.5)
      .stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  drawRow(header, true);
  const groupColumn = table.columns.findIndex((c) => c.key === table.group);
  const full = table.rows.map((row) => cells(row));
  const rows = full.map((texts, r) =>
    texts.map((text, i) => (i === groupColumn && continuesGroup(table, r) ? "" : text)),
  );
  for (const [r, texts] of rows.entries()) {
    // The last row never goes to a page alone: the one before it goes with it.
    const last = rows[r + 1];
    const reserve = r === rows.length - 2 && r > 0 && last ? rowHeight(last, false) : 0;
    // Within a group (a risk's actions) a faint rule; between groups the usual one.
    const rule = continuesGroup(table, r + 1) ? "#eceff3" : "#c8d0da";
    drawRow(texts, false, table.fills?.[r], reserve, rule, full[r]);
  }
}
