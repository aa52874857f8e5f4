/**
 * PDF with pdfkit: the same content as the DOCX (title page, a heading per section, text and
 * tables), with the provenance line and page numbers at the foot of every page.
 */
import type { DocumentModel, Table } from "../document.js";
import { provenance, textOn } from "../document.js";
import { renderOffThread } from "./off-thread.js";

type Pdf = InstanceType<typeof import("pdfkit")>;
const MARGIN = 40;
const FONT_SIZE = 7.5;

const BOTTOM = (pdf: Pdf) => pdf.page.height - MARGIN - 20;

function tableLayout(pdf: Pdf, table: Table) {
  const usable = pdf.page.width - 2 * MARGIN;
  const total = table.columns.reduce((sum, c) => sum + (c.width ?? 18), 0);
  const widths = table.columns.map((c) => ((c.width ?? 18) / total) * usable);
  const rowHeight = (cells: string[], bold: boolean) => {
    pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    return (
      Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: (widths[i] ?? 40) - 4 }))) + 4
    );
  };
  const header = table.columns.map((c) => c.header);
  const cells = (row: Record<string, unknown>) => table.columns.map((c) => String(row[c.key] ?? ""));
  return { usable, widths, rowHeight, header, cells };
}

/** The height of a table's header and first rows: what must fit under its heading. */
function tableStartHeight(pdf: Pdf, table: Table): number {
  const { rowHeight, header, cells } = tableLayout(pdf, table);
  const first = table.rows.length <= 12 ? table.rows : table.rows.slice(0, 3);
  return rowHeight(header, true) + first.reduce((sum, row) => sum + rowHeight(cells(row), false), 0);
}

function drawTable(pdf: Pdf, table: Table): void {
  const { usable, widths, rowHeight, header, cells } = tableLayout(pdf, table);
  const drawRow = (texts: string[], bold: boolean, fills: Record<string, string> = {}) => {
    const height = rowHeight(texts, bold);
    if (pdf.y + height > BOTTOM(pdf)) {
      pdf.addPage();
      // The header row again at the top of the new page.
      if (!bold) drawRow(header, true);
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
        .fontSize(FONT_SIZE)
        .text(text, x + 2, top + 2, { width: width - 4 });
      x += width;
    }
    pdf.fillColor("black");
    pdf
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + usable, top + height)
      .strokeColor("#c8d0da")
      .lineWidth(0.5)
      .stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  drawRow(header, true);
  for (const [r, row] of table.rows.entries()) drawRow(cells(row), false, table.fills?.[r]);
}

const HEADING_SIZE = { 1: 14, 2: 11.5 } as const;
const PARAGRAPH_SIZE = 9.5;

type Section = DocumentModel["sections"][number];

/** The height a section needs on the page it starts on: heading, text and the start of its table. */
function startHeight(pdf: Pdf, section: Section): number {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.font("Helvetica-Bold").fontSize(HEADING_SIZE[section.level ?? 1]);
  let needed = pdf.heightOfString(section.heading, { width }) + 12;
  pdf.font("Helvetica").fontSize(PARAGRAPH_SIZE);
  for (const paragraph of section.paragraphs ?? []) needed += pdf.heightOfString(paragraph, { width }) + 4;
  if (section.table?.rows.length) needed += tableStartHeight(pdf, section.table);
  return needed;
}

/**
 * Starts a section: on a new page unless it flows and its start fits here. A chapter heading with
 * no table of its own stays with the start of its first sub-section.
 */
function startSection(pdf: Pdf, section: Section, next: Section | undefined): void {
  if (!section.flow) {
    pdf.addPage();
    return;
  }
  let needed = startHeight(pdf, section);
  if (!section.table?.rows.length && next?.level === 2) needed += startHeight(pdf, next);
  if (pdf.y + needed > BOTTOM(pdf)) pdf.addPage();
  else pdf.moveDown(section.level === 2 ? 0.8 : 1.4);
}

/** Renders in a worker thread (see index.ts). */
export const renderPdf = (doc: DocumentModel): Promise<Buffer> => renderOffThread(doc, "pdf");

/** The rendering itself; runs in a worker thread. */
export async function drawPdf(doc: DocumentModel): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: doc.title,
      Author: doc.organization,
      Subject: doc.version,
      Keywords: `isms-copilot-document:${doc.documentId}`,
      Creator: "ISMS Copilot",
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));

  pdf.moveDown(6).font("Helvetica-Bold").fontSize(26).text(doc.title);
  pdf.moveDown(0.5).font("Helvetica").fontSize(16).text(doc.organization);
  pdf.moveDown(1).fontSize(11);
  for (const [label, value] of [
    ["Version", doc.version],
    ...(doc.approval ? [["Approval", doc.approval]] : []),
    ["Classification", doc.classification],
    ["Document id", doc.documentId],
    ["Generated", `${doc.generatedAt.slice(0, 19).replace("T", " ")} UTC`],
  ]) {
    pdf
      .font("Helvetica-Bold")
      .text(`${label}: `, { continued: true })
      .font("Helvetica")
      .text(value ?? "");
  }
  if (doc.scope)
    pdf
      .moveDown(1)
      .font("Helvetica-Bold")
      .text("Scope: ", { continued: true })
      .font("Helvetica")
      .text(doc.scope);

  for (const [index, section] of doc.sections.entries()) {
    startSection(pdf, section, doc.sections[index + 1]);
    pdf.x = MARGIN;
    pdf
      .font("Helvetica-Bold")
      .fontSize(HEADING_SIZE[section.level ?? 1])
      .fillColor("black")
      .text(section.heading);
    pdf.moveDown(0.4);
    for (const paragraph of section.paragraphs ?? [])
      pdf.font("Helvetica").fontSize(PARAGRAPH_SIZE).text(paragraph).moveDown(0.3);
    if (section.table?.rows.length) drawTable(pdf, section.table);
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const footer = `${provenance(doc)} · page ${i + 1} of ${range.count}`;
    // Writing inside the bottom margin would start a new page; lift the margin while drawing the footer.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    if (i > range.start) {
      const header = `${doc.organization} · ${doc.title} · ${doc.classification}`;
      pdf
        .font("Helvetica")
        .fontSize(7)
        .fillColor("#666666")
        .text(header, MARGIN, MARGIN - 22, { width: pdf.page.width - 2 * MARGIN, lineBreak: false });
    }
    pdf
      .font("Helvetica")
      .fontSize(7)
      .fillColor("#666666")
      .text(footer, MARGIN, pdf.page.height - MARGIN + 10, {
        width: pdf.page.width - 2 * MARGIN,
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
