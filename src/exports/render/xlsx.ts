/**
 * XLSX with exceljs: a cover sheet with the document's provenance, then one sheet per table with a
 * frozen, filtered header, sensible widths and drop-down lists for status columns. Text cells that
 * a spreadsheet would run as formulas are neutralised.
 */
import type { DocumentModel } from "../document.js";
import { approvalLines, hexColour, particulars, provenance, safeCell, textOn } from "../document.js";
import { renderOffThread } from "./off-thread.js";

function sheetName(heading: string, used: Set<string>): string {
  const base =
    heading
      .replace(/[[\]*?/\\:]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet";
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 27)} ${i}`;
  used.add(name);
  return name;
}

/** Renders in a worker thread (see index.ts). */
export const renderXlsx = (doc: DocumentModel): Promise<Buffer> => renderOffThread(doc, "xlsx");

/** The rendering itself; runs in a worker thread. */
export async function drawXlsx(doc: DocumentModel): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "ISMS Copilot";
  book.title = doc.title;
  book.subject = `${doc.organization} ${doc.version}`;
  book.description = `document ${doc.documentId}`;
  book.keywords = `isms-copilot-document:${doc.documentId}`;
  book.created = new Date(doc.generatedAt);

  const cover = book.addWorksheet("Document");
  cover.columns = [{ width: 22 }, { width: 90 }];
  const heading = (text: string, size = 11) => {
    cover.addRow([safeCell(text)]).getCell(1).font = { bold: true, size };
  };
  heading(doc.title, 16);
  cover.addRow([safeCell(doc.organization)]).getCell(1).font = { size: 13 };
  cover.addRow(["Version", safeCell(doc.version)]).getCell(1).font = { bold: true };
  if (doc.draft) {
    const row = cover.addRow([safeCell(doc.draft.toUpperCase())]);
    row.getCell(1).font = { bold: true, size: 13, color: { argb: "FFB42318" } };
  }
  const block = (title: string, lines: [string, string][]) => {
    cover.addRow([]);
    heading(title);
    for (const [label, value] of lines)
      cover.addRow([label, safeCell(value)]).getCell(1).font = { bold: true };
  };
  block(doc.approval ? "Approval" : "Status", approvalLines(doc));
  block("Document", [["Document", doc.title], ["Organization", doc.organization], ...particulars(doc)]);
  if (doc.scope) block("Scope", [["ISMS scope", doc.scope]]);
  // Sections of text alone (no table) have no sheet of their own: their text follows on the cover.
  for (const section of doc.sections.filter((s) => !s.table && s.paragraphs?.length)) {
    cover.addRow([]);
    cover.addRow([safeCell(section.heading)]).getCell(1).font = { bold: true };
    for (const paragraph of section.paragraphs ?? []) cover.addRow(["", safeCell(paragraph)]);
  }
  cover.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  const used = new Set(["Document"]);
  for (const section of doc.sections) {
    if (!section.table) continue;
    const sheet = book.addWorksheet(sheetName(section.sheet ?? section.heading, used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    const { columns, rows } = section.table;
    sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18 }));
    for (const [r, row] of rows.entries()) {
      const added = sheet.addRow(
        Object.fromEntries(columns.map((c) => [c.key, safeCell(row[c.key] ?? null)])),
      );
      for (const [key, colour] of Object.entries(section.table.fills?.[r] ?? {})) {
        const hex = hexColour(colour);
        const index = columns.findIndex((c) => c.key === key);
        if (!hex || index < 0) continue;
        const cell = added.getCell(index + 1);
        cell.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${hex.slice(1).toUpperCase()}` },
        };
        cell.font = { color: { argb: textOn(hex) === "white" ? "FFFFFFFF" : "FF000000" } };
      }
    }
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF6" } };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    for (const [i, column] of columns.entries()) {
      sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
      if (!column.choices?.length || rows.length === 0) continue;
      const letter = sheet.getColumn(i + 1).letter;
      for (let r = 2; r <= rows.length + 1; r++) {
        sheet.getCell(`${letter}${r}`).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${column.choices.join(",")}"`],
        };
      }
    }
    sheet.headerFooter.oddFooter = `&L${provenance(doc).replace(/&/g, "&&")}&RPage &P of &N`;
    if (doc.draft) sheet.headerFooter.oddHeader = `&R&B${doc.draft.toUpperCase().replace(/&/g, "&&")}`;
    sheet.pageSetup = {
      orientation: columns.length > 5 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
