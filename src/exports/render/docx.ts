/**
 * DOCX with the docx library: a portrait title page (docx-parts.ts), then a heading per section
 * (real Heading 1 and 2 styles) with its text and table. Tables take column widths from their
 * content and a landscape page when they need one (consecutive sections that read the same way
 * share a page section); the header and footer carry the provenance line, the draft mark and page
 * numbers.
 */
import type { DocumentModel, Section, Table } from "../document.js";
import { continuesGroup, hexColour, textOn } from "../document.js";
import { cover, pageFooter, pageHeader, styles } from "./docx-parts.js";
import { columnWidths, estimateWidth, needsLandscape, rowLines } from "./layout.js";
import { renderOffThread } from "./off-thread.js";

type Docx = typeof import("docx");
type Block = import("docx").Paragraph | import("docx").Table;

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { short: 11906, long: 16838, margin: 1134 } as const;
const usable = (landscape: boolean) => (landscape ? PAGE.long : PAGE.short) - 2 * PAGE.margin;
const CELL_MARGIN = 80;
const TABLE_SIZE = 16;
// Measured generously: an office suite without Arial substitutes a wider font (DejaVu Sans is
// about 15% wider), and a column must still hold its longest word there.
const estimate = estimateWidth(TABLE_SIZE / 2);
const measure = (text: string, bold: boolean) => estimate(text, bold) * 1.18;
const PADDING = (2 * CELL_MARGIN) / 20 + 3;

const wantsLandscape = (table: Table | undefined) =>
  !!table?.rows.length && needsLandscape(table, usable(false) / 20, measure, PADDING);

function table(d: Docx, t: Table, landscape: boolean): import("docx").Table {
  const width = usable(landscape);
  const points = columnWidths(t, width / 20, measure, PADDING).widths;
  const widths = points.map((w) => Math.floor(w * 20));
  // A row is kept whole on a page unless it is tall enough to leave a large gap where it will not fit.
  const tall = rowLines(t, points, measure, PADDING).map((lines) => lines > 10);
  // Short tables are kept on one page with their heading; a long one keeps its first rows with it.
  const together = t.rows.length <= 25;
  const cell = (value: string, i: number, options: { header?: boolean; fill?: string; keep: boolean }) => {
    const fill = options.header ? "E8EEF6" : options.fill && hexColour(options.fill)?.slice(1).toUpperCase();
    return new d.TableCell({
      width: { size: widths[i] ?? 1000, type: d.WidthType.DXA },
      ...(fill && { shading: { fill, type: d.ShadingType.CLEAR, color: "auto" } }),
      children: value.split("\n").map(
        (line) =>
          new d.Paragraph({
            keepNext: options.keep,
            children: [
              new d.TextRun({
                // Hyphens inside words do not break ("E-023" stays whole), as the widths allow for.
                children: line
                  .split(/(?<=\w)-(?=\w)/)
                  .flatMap((part, k) => (k ? [new d.NoBreakHyphen(), part] : [part])),
                bold: options.header ?? false,
                size: TABLE_SIZE,
                ...(options.fill && { color: textOn(options.fill) === "white" ? "FFFFFF" : "000000" }),
              }),
            ],
          }),
      ),
    });
  };
  return new d.Table({
    width: { size: width, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 30, bottom: 30 },
    rows: [
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((c, i) => cell(c.header, i, { header: true, keep: true })),
      }),
      ...t.rows.map(
        (row, r) =>
          new d.TableRow({
            cantSplit: !tall[r],
            children: t.columns.map((c, i) => {
              const fill = t.fills?.[r]?.[c.key];
              const keep = together ? r < t.rows.length - 1 : r < 1;
              // A group's key (a risk's) is printed on its first row only.
              const text = c.key === t.group && continuesGroup(t, r) ? "" : String(row[c.key] ?? "");
              return cell(text, i, { keep, ...(fill && { fill }) });
            }),
          }),
      ),
    ],
  });
}

function sectionBlocks(d: Docx, section: Section, landscape: boolean, breakBefore: boolean): Block[] {
  const hasTable = !!section.table?.rows.length;
  const blocks: Block[] = [
    new d.Paragraph({
      heading: section.level === 2 ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_1,
      pageBreakBefore: breakBefore,
      keepNext: true,
      keepLines: true,
      children: [new d.TextRun(section.heading)],
    }),
    ...(section.paragraphs ?? []).map(
      (paragraph) =>
        new d.Paragraph({
          spacing: { after: 100 },
          keepNext: hasTable,
          children: [new d.TextRun(paragraph)],
        }),
    ),
  ];
  if (section.table && hasTable) {
    blocks.push(table(d, section.table, landscape));
    // A little space after a table, so the next heading does not touch it.
    blocks.push(new d.Paragraph({ spacing: { after: 60 }, children: [] }));
  }
  return blocks;
}

/** Renders in a worker thread (see index.ts). */
export const renderDocx = (doc: DocumentModel): Promise<Buffer> => renderOffThread(doc, "docx");

/** The rendering itself; runs in a worker thread. */
export async function drawDocx(doc: DocumentModel): Promise<Buffer> {
  const d = await import("docx");
  const groups: { landscape: boolean; blocks: Block[] }[] = [{ landscape: false, blocks: cover(d, doc) }];
  for (const [index, section] of doc.sections.entries()) {
    const next = doc.sections[index + 1];
    // A chapter heading with no table of its own turns with its first sub-section.
    const landscape =
      !section.table?.rows.length && next?.level === 2
        ? wantsLandscape(next.table)
        : wantsLandscape(section.table);
    const current = groups.at(-1);
    if (!current || index === 0 || current.landscape !== landscape)
      groups.push({ landscape, blocks: sectionBlocks(d, section, landscape, false) });
    else current.blocks.push(...sectionBlocks(d, section, landscape, !section.flow));
  }
  const page = (landscape: boolean) => ({
    size: {
      width: PAGE.short,
      height: PAGE.long,
      orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
    },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
  });
  const document = new d.Document({
    creator: "ISMS Copilot",
    title: `${doc.title} — ${doc.organization}`,
    subject: doc.version,
    description: `document ${doc.documentId}`,
    keywords: `isms-copilot-document:${doc.documentId}`,
    styles: styles(),
    sections: groups.map((group) => ({
      properties: { page: page(group.landscape) },
      headers: { default: pageHeader(d, doc) },
      footers: { default: pageFooter(d, doc) },
      children: group.blocks,
    })),
  });
  return d.Packer.toBuffer(document);
}
