/**
 * Layout of the paged formats on the demo organization's reports: column widths that hold every
 * word whole, headings an office suite and a PDF reader can navigate, and a landscape page only
 * for a table that needs it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, exportReport, ORGANIZATION_REPORTS } from "../../src/exports/export.service.js";
import { columnWidths, estimateWidth, wrapAtSpaces } from "../../src/exports/render/layout.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

async function docxParts(data: Buffer) {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(data);
  return {
    document: (await zip.file("word/document.xml")?.async("string")) ?? "",
    styles: (await zip.file("word/styles.xml")?.async("string")) ?? "",
  };
}

describe("the layout of the documents", () => {
  let ws: TestWorkspace;
  let orgId: string;
  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createDemo(ws, "test")).organization.id;
  }, 60_000);
  afterAll(async () => {
    await ws.dispose();
  });

  it("gives every column of every report's tables room for its longest word, and lines that fit", async () => {
    const measure = estimateWidth(8);
    const problems: string[] = [];
    for (const report of ORGANIZATION_REPORTS) {
      const doc = await buildReport(ws.db, orgId, report);
      for (const section of doc.sections) {
        const table = section.table;
        if (!table?.rows.length) continue;
        for (const usable of [481, 728]) {
          const { widths, fits } = columnWidths(table, usable, measure, 8);
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(usable, 3);
          if (!fits) continue;
          for (const [c, column] of table.columns.entries()) {
            const room = (widths[c] ?? 0) - 8;
            for (const row of table.rows) {
              const text = String(row[column.key] ?? "");
              for (const line of wrapAtSpaces(text, room, (t) => measure(t, false)).split("\n"))
                if (measure(line, false) > room + 0.01)
                  problems.push(`${report} / ${section.heading} / ${column.header} at ${usable}: "${line}"`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("lays out a register of many thousand rows (no spread of every cell onto the call stack)", () => {
    const columns = ["key", "title", "notes"].map((key) => ({ key, header: key }));
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      key: `R-${i}`,
      title: `Risk number ${i} of a large register`,
      notes: "word ".repeat(i % 40),
    }));
    const { widths, fits } = columnWidths({ columns, rows }, 728, estimateWidth(8), 8);
    expect(fits).toBe(true);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(728, 3);
  });

  it("writes DOCX headings in Heading 1 and 2 styles with outline levels, and turns only wide tables", async () => {
    const { data, doc } = await exportReport(ws.db, orgId, "test", "soa", "docx");
    const { document, styles } = await docxParts(data);
    for (const level of [1, 2])
      expect(styles).toMatch(
        new RegExp(
          `<w:style [^>]*w:styleId="Heading${level}"(?:(?!</w:style>).)*<w:outlineLvl w:val="${level - 1}"/>`,
        ),
      );
    for (const section of doc.sections) {
      const heading = section.heading.replace(/[()]/g, "\\$&");
      expect(document, section.heading).toMatch(
        new RegExp(`<w:pStyle w:val="Heading${section.level ?? 1}"/>(?:(?!</w:p>).)*${heading}`),
      );
    }
    // The title page is portrait; the control tables (nine columns) are on landscape pages.
    const orientations = [...document.matchAll(/<w:pgSz [^>]*\/>/g)].map(
      ([tag]) => tag.match(/w:orient="(\w+)"/)?.[1] ?? "portrait",
    );
    expect(orientations[0]).toBe("portrait");
    expect(orientations).toContain("landscape");
    const methodology = await docxParts(
      (await exportReport(ws.db, orgId, "test", "methodology", "docx")).data,
    );
    expect(methodology.document).not.toContain('w:orient="landscape"');
  });

  it("writes PDF bookmarks for every heading", async () => {
    const { data, doc } = await exportReport(ws.db, orgId, "test", "review", "pdf");
    const raw = data.toString("latin1");
    const titles = [...raw.matchAll(/\/Title \(((?:\\\)|[^)])*)\)/g)].map((m) =>
      (m[1] ?? "").replace(/\\(.)/g, "$1"),
    );
    for (const section of doc.sections) expect(titles, section.heading).toContain(section.heading);
  });
});
