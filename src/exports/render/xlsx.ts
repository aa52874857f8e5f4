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

/** A column unit is the width of a digit; text runs about 1.1 characters to it. Lines of 15 points. */
const LINE = 15;
const linesIn = (text: string, width: number) =>
  text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, (width - 1) * 1.1))), 0);

/** The length of the longest word of some texts (a loop: a large register would overflow a spread). */
function longestWordOf(texts: string[]): number {
  let longest = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) longest = Math.max(longest, word.length);
  return longest;
}

/** A column's width from its content: its longest word whole, room for most of its texts on a line. */
function widthFrom(header: string, texts: string[]): number {
  const longestWord = longestWordOf([header, ...texts]);
  const lengths = texts.map((t) => Math.max(...t.split("\n").map((l) => l.length))).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.8)] ?? 0;
  return Math.min(
    60,
    Math.max(6, longestWord + 2, Math.min(typical + 2, 50), Math.min(header.length + 2, 16)),
  );
}

/** Sets a row's height for its wrapped text (spreadsheet apps do not all size rows on opening). */
function fitHeight(row: { height: number }, texts: string[], widths: number[]): void {
  const lines = Math.max(1, ...texts.map((text, i) => linesIn(text, widths[i] ?? 10)));
  if (lines > 1) row.height = lines * LINE;
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
    for (const paragraph of section.paragraphs ?? [])
      fitHeight(cover.addRow(["", safeCell(paragraph)]), ["", paragraph], [22, 90]);
  }
  cover.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  cover.pageSetup = { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };

  const used = new Set(["Document"]);
  for (const section of doc.sections) {
    if (!section.table) continue;
    const sheet = book.addWorksheet(sheetName(section.sheet ?? section.heading, used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    const { columns, rows } = section.table;
    // The widths the report asks for, else from the content. Rows get a height for their wrapped
    // text: LibreOffice does not size rows of a file on opening, and would print lines over lines.
    const widths = columns.map((c) =>
      c.width
        ? Math.max(
            c.width,
            Math.min(longestWordOf([c.header, ...rows.map((row) => String(row[c.key] ?? ""))]) + 2, 30),
          )
        : widthFrom(
            c.header,
            rows.map((row) => String(row[c.key] ?? "")),
          ),
    );
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: c.key, width: widths[i] }));
    fitHeight(
      sheet.getRow(1),
      columns.map((c) => c.header),
      widths,
    );
    for (const [r, row] of rows.entries()) {
      const added = sheet.addRow(
        Object.fromEntries(columns.map((c) => [c.key, safeCell(row[c.key] ?? null)])),
      );
      fitHeight(
        added,
        columns.map((c) => String(row[c.key] ?? "")),
        widths,
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
    // The provenance in two lines on the left, so it never runs into the page number on the right.
    const [first, ...rest] = provenance(doc).split(" · document ");
    const footer = `${first}\ndocument ${rest.join(" · document ")}`.replace(/&/g, "&&");
    sheet.headerFooter.oddFooter = `&L&8${footer}&R&8Page &P of &N`;
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
