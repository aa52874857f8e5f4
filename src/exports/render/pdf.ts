/**
 * PDF with pdfkit: a portrait title page (organization, scope, the approval block or the draft
 * mark, classification, document id, content hash), then a heading per section with its text and
 * table, each table on a page turned the way it reads best. Every page carries the provenance line
 * and its number; a draft says so at the top of every page. Headings are the PDF's bookmarks.
 */
import type { DocumentModel, Section } from "../document.js";
import { approvalLines, particulars, provenance } from "../document.js";
import { renderOffThread } from "./off-thread.js";
import {
  bottomOf,
  drawTable,
  MARGIN,
  type Pdf,
  pdfWantsLandscape,
  tableStartHeight,
  usableWidth,
} from "./pdf-table.js";

const HEADING_SIZE = { 1: 14, 2: 11.5 } as const;
const PARAGRAPH_SIZE = 9.5;
const DRAFT_RED = "#b42318";
type Layout = "portrait" | "landscape";

/** The height a section needs on the page it starts on: heading, text and the start of its table. */
function startHeight(pdf: Pdf, section: Section): number {
  const width = usableWidth(pdf);
  pdf.font("Helvetica-Bold").fontSize(HEADING_SIZE[section.level ?? 1]);
  let needed = pdf.heightOfString(section.heading, { width }) + 12;
  pdf.font("Helvetica").fontSize(PARAGRAPH_SIZE);
  for (const paragraph of section.paragraphs ?? []) needed += pdf.heightOfString(paragraph, { width }) + 4;
  if (section.table?.rows.length) needed += tableStartHeight(pdf, section.table);
  return needed;
}

/** Renders in a worker thread (see index.ts). */
export const renderPdf = (doc: DocumentModel): Promise<Buffer> => renderOffThread(doc, "pdf");

function drawCover(pdf: Pdf, doc: DocumentModel): void {
  const width = usableWidth(pdf);
  pdf.moveDown(5).font("Helvetica-Bold").fontSize(24).fillColor("black").text(doc.title, { width });
  pdf.moveDown(0.4).font("Helvetica").fontSize(15).text(doc.organization, { width });
  pdf.moveDown(0.3).fontSize(11).fillColor("#444444").text(doc.version, { width }).fillColor("black");
  if (doc.draft) {
    const top = pdf.y + 14;
    pdf.rect(MARGIN, top, width, 30).lineWidth(1.5).strokeColor(DRAFT_RED).stroke();
    pdf
      .font("Helvetica-Bold")
      .fontSize(14)
      .fillColor(DRAFT_RED)
      .text(doc.draft.toUpperCase(), MARGIN, top + 9, { width, align: "center" })
      .fillColor("black");
    pdf.y = top + 30;
  }
  const block = (title: string, lines: [string, string][]) => {
    pdf.x = MARGIN;
    pdf.moveDown(1.2).font("Helvetica-Bold").fontSize(11).text(title);
    pdf.moveDown(0.3);
    for (const [label, value] of lines) {
      const top = pdf.y;
      pdf.font("Helvetica-Bold").fontSize(9.5).text(label, MARGIN, top, { width: 120 });
      pdf.font("Helvetica").text(value, MARGIN + 125, top, { width: width - 125 });
      pdf.y = Math.max(pdf.y, top + 12) + 2;
    }
  };
  block(doc.approval ? "Approval" : "Status", approvalLines(doc));
  block("Document", particulars(doc));
  if (doc.scope) block("Scope", [["ISMS scope", doc.scope]]);
  pdf.x = MARGIN;
}

/** The rendering itself; runs in a worker thread. */
export async function drawPdf(doc: DocumentModel): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${doc.title} — ${doc.organization}`,
      Author: doc.organization,
      Subject: doc.version,
      Keywords: `isms-copilot-document:${doc.documentId}`,
      Creator: "ISMS Copilot",
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  let layout: Layout = "portrait";
  const newPage = (turn: Layout = layout) => {
    layout = turn;
    pdf.addPage({ size: "A4", layout, margin: MARGIN });
  };

  drawCover(pdf, doc);

  let chapter: ReturnType<typeof pdf.outline.addItem> | undefined;
  for (const [index, section] of doc.sections.entries()) {
    const next = doc.sections[index + 1];
    const own: Layout =
      section.table?.rows.length && pdfWantsLandscape(pdf, section.table) ? "landscape" : "portrait";
    // A chapter heading with no table of its own goes on the page of its first sub-section.
    const wanted: Layout =
      !section.table?.rows.length &&
      next?.level === 2 &&
      next.table?.rows.length &&
      pdfWantsLandscape(pdf, next.table)
        ? "landscape"
        : own;
    if (index === 0 || !section.flow || wanted !== layout) newPage(wanted);
    else {
      let needed = startHeight(pdf, section);
      if (!section.table?.rows.length && next?.level === 2 && next.flow) needed += startHeight(pdf, next);
      if (pdf.y + needed > bottomOf(pdf)) newPage(wanted);
      else pdf.moveDown(section.level === 2 ? 0.8 : 1.4);
    }
    pdf.x = MARGIN;
    if (section.level === 2 && chapter) chapter.addItem(section.heading);
    else chapter = pdf.outline.addItem(section.heading);
    pdf
      .font("Helvetica-Bold")
      .fontSize(HEADING_SIZE[section.level ?? 1])
      .fillColor("black")
      .text(section.heading, { width: usableWidth(pdf) });
    pdf.moveDown(0.4);
    for (const paragraph of section.paragraphs ?? [])
      pdf
        .font("Helvetica")
        .fontSize(PARAGRAPH_SIZE)
        .text(paragraph, { width: usableWidth(pdf) })
        .moveDown(0.3);
    if (section.table?.rows.length) drawTable(pdf, section.table, () => newPage());
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const width = usableWidth(pdf);
    const footer = provenance(doc);
    const pageNumber = `page ${i + 1} of ${range.count}`;
    // Writing inside the margins would start a new page; lift them while drawing header and footer.
    const { top, bottom } = pdf.page.margins;
    pdf.page.margins.bottom = 0;
    pdf.page.margins.top = 0;
    if (i > range.start) {
      const header = `${doc.organization} · ${doc.title} · ${doc.version} · ${doc.classification}`;
      pdf
        .font("Helvetica")
        .fontSize(7)
        .fillColor("#666666")
        .text(header, MARGIN, MARGIN - 22, { width, lineBreak: false });
    }
    if (doc.draft)
      pdf
        .font("Helvetica-Bold")
        .fontSize(8)
        .fillColor(DRAFT_RED)
        .text(doc.draft.toUpperCase(), MARGIN, MARGIN - 23, { width, align: "right", lineBreak: false });
    // The provenance line on the left (in two lines when it does not fit in one), the page on the right.
    const y = pdf.page.height - MARGIN + 6;
    pdf.font("Helvetica").fontSize(6.5).fillColor("#666666");
    pdf.text(pageNumber, MARGIN, y, { width, align: "right", lineBreak: false });
    pdf.text(footer, MARGIN, y, { width: width - 60 });
    pdf.page.margins.bottom = bottom;
    pdf.page.margins.top = top;
  }
  pdf.end();
  return done;
}
