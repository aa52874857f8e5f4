/**
 * PDF with pdfkit: the same content as the DOCX (title page, a heading per section, text and
 * tables), with the provenance line and page numbers at the foot of every page.
 */
import type { DocumentModel, Table } from "../document.js";
import { provenance } from "../document.js";
import { renderOffThread } from "./index.js";

type Pdf = InstanceType<typeof import("pdfkit")>;
const MARGIN = 40;
const FONT_SIZE = 7.5;

function drawTable(pdf: Pdf, table: Table): void {
  const usable = pdf.page.width - 2 * MARGIN;
  const total = table.columns.reduce((sum, c) => sum + (c.width ?? 18), 0);
  const widths = table.columns.map((c) => ((c.width ?? 18) / total) * usable);
  const rowHeight = (cells: string[], bold: boolean) => {
    pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    return (
      Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: (widths[i] ?? 40) - 4 }))) + 4
    );
  };
  const drawRow = (cells: string[], bold: boolean) => {
    const height = rowHeight(cells, bold);
    if (pdf.y + height > pdf.page.height - MARGIN - 20) pdf.addPage();
    const top = pdf.y;
    if (bold) pdf.rect(MARGIN, top, usable, height).fill("#e8eef6").fillColor("black");
    let x = MARGIN;
    for (const [i, text] of cells.entries()) {
      pdf
        .font(bold ? "Helvetica-Bold" : "Helvetica")
        .fontSize(FONT_SIZE)
        .text(text, x + 2, top + 2, { width: (widths[i] ?? 40) - 4 });
      x += widths[i] ?? 40;
    }
    pdf
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + usable, top + height)
      .strokeColor("#c8d0da")
      .lineWidth(0.5)
      .stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  drawRow(
    table.columns.map((c) => c.header),
    true,
  );
  for (const row of table.rows)
    drawRow(
      table.columns.map((c) => String(row[c.key] ?? "")),
      false,
    );
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

  for (const section of doc.sections) {
    pdf.addPage();
    pdf.font("Helvetica-Bold").fontSize(14).fillColor("black").text(section.heading);
    pdf.moveDown(0.4);
    for (const paragraph of section.paragraphs ?? [])
      pdf.font("Helvetica").fontSize(9.5).text(paragraph).moveDown(0.3);
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
