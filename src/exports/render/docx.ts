/**
 * DOCX with the docx library: a title page (organization, scope, version, approval,
 * classification, document id), then a heading per section with its text and table; the header
 * and footer carry the provenance line and page numbers.
 */
import type { DocumentModel } from "../document.js";
import { hexColour, provenance, textOn } from "../document.js";
import { renderOffThread } from "./off-thread.js";

/** Renders in a worker thread (see index.ts). */
export const renderDocx = (doc: DocumentModel): Promise<Buffer> => renderOffThread(doc, "docx");

/** The rendering itself; runs in a worker thread. */
export async function drawDocx(doc: DocumentModel): Promise<Buffer> {
  const d = await import("docx");
  const text = (value: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
    new d.TextRun({ text: value, ...options });
  const cover = [
    new d.Paragraph({
      spacing: { before: 2400, after: 400 },
      children: [text(doc.title, { bold: true, size: 48 })],
    }),
    new d.Paragraph({ spacing: { after: 200 }, children: [text(doc.organization, { size: 32 })] }),
    ...[
      ["Version", doc.version],
      ...(doc.approval ? [["Approval", doc.approval]] : []),
      ["Classification", doc.classification],
      ["Document id", doc.documentId],
      ["Generated", `${doc.generatedAt.slice(0, 19).replace("T", " ")} UTC`],
    ].map(
      ([label, value]) =>
        new d.Paragraph({
          spacing: { after: 80 },
          children: [text(`${label}: `, { bold: true }), text(value ?? "")],
        }),
    ),
    ...(doc.scope
      ? [
          new d.Paragraph({
            spacing: { before: 400 },
            children: [text("Scope: ", { bold: true }), text(doc.scope)],
          }),
        ]
      : []),
    new d.Paragraph({ children: [new d.PageBreak()] }),
  ];
  const body: (import("docx").Paragraph | import("docx").Table)[] = [];
  for (const section of doc.sections) {
    const hasTable = !!section.table && section.table.rows.length > 0;
    body.push(
      new d.Paragraph({
        heading: section.level === 2 ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_1,
        spacing: { before: section.level === 2 ? 240 : 360, after: 120 },
        keepNext: true,
        keepLines: true,
        children: [text(section.heading)],
      }),
    );
    for (const paragraph of section.paragraphs ?? [])
      body.push(
        new d.Paragraph({ spacing: { after: 100 }, keepNext: hasTable, children: [text(paragraph)] }),
      );
    if (!section.table || section.table.rows.length === 0) continue;
    const { columns, rows, fills } = section.table;
    // Short tables are kept on one page, with their heading (every row but the last keeps with the next).
    const together = rows.length <= 30;
    const total = columns.reduce((sum, c) => sum + (c.width ?? 18), 0);
    // Absolute widths (twentieths of a point) on landscape A4 with default margins: office suites
    // honour these, where percentages are sometimes ignored.
    const usable = 16838 - 2 * 1440;
    const twips = (width: number) => Math.round((width / total) * usable);
    const cell = (
      value: string,
      options: { header?: boolean; width?: number; fill?: string; keep?: boolean },
    ) => {
      const fill = options.header
        ? "E8EEF6"
        : options.fill && hexColour(options.fill)?.slice(1).toUpperCase();
      return new d.TableCell({
        width: { size: twips(options.width ?? 18), type: d.WidthType.DXA },
        ...(fill && { shading: { fill, type: d.ShadingType.CLEAR, color: "auto" } }),
        children: [
          new d.Paragraph({
            keepNext: options.keep ?? false,
            children: [
              text(value, {
                bold: options.header ?? false,
                size: 16,
                ...(options.fill && { color: textOn(options.fill) === "white" ? "FFFFFF" : "000000" }),
              }),
            ],
          }),
        ],
      });
    };
    body.push(
      new d.Table({
        width: { size: usable, type: d.WidthType.DXA },
        columnWidths: columns.map((c) => twips(c.width ?? 18)),
        layout: d.TableLayoutType.FIXED,
        rows: [
          new d.TableRow({
            tableHeader: true,
            cantSplit: true,
            children: columns.map((c) => cell(c.header, { header: true, width: c.width ?? 18, keep: true })),
          }),
          ...rows.map(
            (row, r) =>
              new d.TableRow({
                cantSplit: true,
                children: columns.map((c) => {
                  const fill = fills?.[r]?.[c.key];
                  return cell(String(row[c.key] ?? ""), {
                    width: c.width ?? 18,
                    keep: together && r < rows.length - 1,
                    ...(fill && { fill }),
                  });
                }),
              }),
          ),
        ],
      }),
    );
    // A little space after a table, so the next heading does not touch it.
    body.push(new d.Paragraph({ spacing: { after: 60 }, children: [] }));
  }
  const document = new d.Document({
    creator: "ISMS Copilot",
    title: doc.title,
    description: `document ${doc.documentId}`,
    keywords: `isms-copilot-document:${doc.documentId}`,
    sections: [
      {
        properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE } } },
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({
                children: [
                  text(`${doc.organization} · ${doc.title} · ${doc.classification}`, {
                    size: 16,
                    color: "666666",
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                children: [
                  text(`${provenance(doc)} · page `, { size: 14, color: "666666" }),
                  new d.TextRun({ children: [d.PageNumber.CURRENT], size: 14, color: "666666" }),
                  text(" of ", { size: 14, color: "666666" }),
                  new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], size: 14, color: "666666" }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...body],
      },
    ],
  });
  return d.Packer.toBuffer(document);
}
