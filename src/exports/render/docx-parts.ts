/**
 * Parts of the DOCX: the styles (real Heading 1 and Heading 2, so an office suite's navigator lists
 * them), the title page with the approval block or the draft mark, and the page header and footer.
 */
import type { DocumentModel } from "../document.js";
import { approvalLines, particulars, provenance } from "../document.js";

type Docx = typeof import("docx");
const DRAFT_RED = "B42318";
export const FONT = "Arial";

export function styles(): import("docx").IStylesOptions {
  const heading = (level: 1 | 2) => ({
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: FONT, bold: true, size: level === 1 ? 30 : 24, color: "1F3864" },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      spacing: { before: level === 1 ? 240 : 200, after: 120 },
    },
  });
  return {
    default: { document: { run: { font: FONT, size: 19 } } },
    paragraphStyles: [
      heading(1),
      heading(2),
      {
        id: "Title",
        name: "Title",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, bold: true, size: 48 },
        paragraph: { spacing: { before: 1800, after: 240 } },
      },
    ],
  };
}

/** Two-column table of labels and values, without borders but for a rule under each line. */
function keyValues(d: Docx, lines: [string, string][]) {
  const rule = { style: d.BorderStyle.SINGLE, size: 2, color: "C8D0DA" };
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const cell = (text: string, width: number, bold: boolean) =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.DXA },
      borders: { top: none, left: none, right: none, bottom: rule },
      children: [new d.Paragraph({ children: [new d.TextRun({ text, bold, size: 19 })] })],
    });
  return new d.Table({
    width: { size: 9638, type: d.WidthType.DXA },
    columnWidths: [2400, 7238],
    layout: d.TableLayoutType.FIXED,
    rows: lines.map(
      ([label, value]) =>
        new d.TableRow({ cantSplit: true, children: [cell(label, 2400, true), cell(value, 7238, false)] }),
    ),
  });
}

export function cover(d: Docx, doc: DocumentModel) {
  const text = (value: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
    new d.TextRun({ text: value, ...options });
  const blockTitle = (title: string) =>
    new d.Paragraph({
      spacing: { before: 360, after: 120 },
      children: [text(title, { bold: true, size: 22 })],
    });
  return [
    new d.Paragraph({ style: "Title", children: [text(doc.title)] }),
    new d.Paragraph({ spacing: { after: 120 }, children: [text(doc.organization, { size: 32 })] }),
    new d.Paragraph({
      spacing: { after: 200 },
      children: [text(doc.version, { size: 22, color: "444444" })],
    }),
    ...(doc.draft
      ? [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            border: {
              top: { style: d.BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 },
              bottom: { style: d.BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 },
              left: { style: d.BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 },
              right: { style: d.BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 },
            },
            children: [text(doc.draft.toUpperCase(), { bold: true, size: 28, color: DRAFT_RED })],
          }),
        ]
      : []),
    blockTitle(doc.approval ? "Approval" : "Status"),
    keyValues(d, approvalLines(doc)),
    blockTitle("Document"),
    keyValues(d, particulars(doc)),
    ...(doc.scope ? [blockTitle("Scope"), keyValues(d, [["ISMS scope", doc.scope]])] : []),
  ];
}

export function pageHeader(d: Docx, doc: DocumentModel) {
  const small = (value: string, options: { bold?: boolean; color?: string } = {}) =>
    new d.TextRun({ text: value, size: 15, color: "666666", ...options });
  return new d.Header({
    children: [
      new d.Paragraph({
        children: [
          ...(doc.draft ? [small(`${doc.draft.toUpperCase()}   `, { bold: true, color: DRAFT_RED })] : []),
          small(`${doc.organization} · ${doc.title} · ${doc.version} · ${doc.classification}`),
        ],
      }),
    ],
  });
}

export function pageFooter(d: Docx, doc: DocumentModel) {
  const grey = { size: 13, color: "666666" };
  return new d.Footer({
    children: [
      new d.Paragraph({
        children: [
          new d.TextRun({ text: `${provenance(doc)} · page `, ...grey }),
          new d.TextRun({ children: [d.PageNumber.CURRENT], ...grey }),
          new d.TextRun({ text: " of ", ...grey }),
          new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], ...grey }),
        ],
      }),
    ],
  });
}
