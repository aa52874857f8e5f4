/**
 * The clause 6.1.2 methodology document of an organization that adopted a 4×4 method, in every
 * format it is exported in, read back from the files: the scales, the level thresholds, every cell
 * of the matrix with its level (and colour where the format has colours), acceptance, treatment
 * options, review, and the method's own version and adoption on the cover.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { levelRanges } from "../../src/domain/methodology-document.js";
import { DEFAULT_METHODOLOGY, type RiskMethodology } from "../../src/domain/risk-method.js";
import { exportReport } from "../../src/exports/export.service.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import {
  applyMethodologyChange,
  methodologyDocument,
  previewMethodologyChange,
} from "../../src/modules/risks/methodology.service.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
/** The files are kept here for a person to look at. */
const OUT = join(process.cwd(), "test-artifacts", "methodology");

const fourByFour: RiskMethodology = {
  ...DEFAULT_METHODOLOGY,
  likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 4),
  impact: DEFAULT_METHODOLOGY.impact.slice(0, 4).map((l, i) => (i === 3 ? { ...l, name: "Grave" } : l)),
  levels: [
    { name: "Low", maxScore: 3, colour: "#2f9e44" },
    { name: "Medium", maxScore: 6, colour: "#f2c94c" },
    { name: "High", maxScore: 9, colour: "#f08c00" },
    { name: "Critical", maxScore: 16, colour: "#e03131" },
  ],
  acceptanceMaxScore: 4,
  reviewIntervalMonths: 6,
};

/** Each cell of the 4×4 product matrix as the document prints it: "12 Critical". */
const cells = fourByFour.likelihood.flatMap((l) =>
  fourByFour.impact.map((i) => {
    const score = l.value * i.value;
    const level = fourByFour.levels.find((x) => score <= x.maxScore)?.name;
    return `${score} ${level}`;
  }),
);

async function docxXml(data: Buffer): Promise<string> {
  const { default: JSZip } = await import("jszip");
  return (await (await JSZip.loadAsync(data)).file("word/document.xml")?.async("string")) ?? "";
}
const xmlText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/\n+/g, "\n");

describe("the risk methodology document", () => {
  let ws: TestWorkspace;
  let orgId: string;

  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createDemo(ws, "test")).organization.id;
    const preview = await previewMethodologyChange(ws.db, orgId, fourByFour);
    await applyMethodologyChange(ws.db, orgId, "owner@example.com", fourByFour, preview.changes.length, 1);
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await ws.dispose();
  });

  it("states the level thresholds over the scores a 4×4 product produces", () => {
    expect(levelRanges(fourByFour).map((r) => `${r.name} ${r.range}`)).toEqual([
      "Low 1–3",
      "Medium 4–6",
      "High 8–9",
      "Critical 12–16",
    ]);
  });

  it("has headings for its parts, the matrix and the method's own version in markdown", async () => {
    const markdown = await methodologyDocument(ws.db, orgId);
    expect(markdown).toMatch(/^## 4 Risk evaluation$/m);
    expect(markdown).toMatch(/^### 4\.2 Risk matrix$/m);
    expect(markdown).toContain("| 4 Likely | 4 Medium | 8 High | 12 Critical | 16 Critical |");
    expect(markdown).toContain("Version 2 of the methodology was adopted on");
    expect(markdown).toContain("by owner@example.com");
    expect(markdown).toContain("at least every 6 months");
  });

  it("writes DOCX with real headings kept with their tables, the levels and every coloured matrix cell", async () => {
    const { data } = await exportReport(ws.db, orgId, "test", "methodology", "docx");
    await writeFile(join(OUT, "methodology.docx"), data);
    const xml = await docxXml(data);
    const text = xmlText(xml);
    expect(text).toMatch(/Version\s*Method version 2/);
    expect(text).not.toContain("no approved SoA");
    expect(text).toMatch(
      /Adopted by\s*owner@example.com\s*Role\s*not recorded\s*Adopted on\s*\d{4}-\d{2}-\d{2}/,
    );
    for (const heading of [
      "3.1 Likelihood scale",
      "4.1 Risk levels",
      "4.2 Risk matrix",
      "6 Risk treatment options",
    ])
      expect(xml).toMatch(
        new RegExp(`<w:pStyle w:val="Heading[12]"/>(?:(?!</w:p>).)*<w:keepNext/>(?:(?!</w:p>).)*${heading}`),
      );
    for (const level of ["Low", "Medium", "High", "Critical"]) expect(text).toContain(level);
    for (const cell of cells) expect(text).toContain(cell);
    expect(xml).toMatch(/w:fill="E03131"(?:(?!<\/w:tc>).)*12 Critical/);
    for (const option of ["Modify (reduce)", "Retain (accept)", "Avoid", "Share (transfer)"])
      expect(text).toContain(option);
  });

  it.runIf(hasPdftotext)(
    "writes a PDF whose pages hold the matrix, the levels and the version, headings not alone on a page",
    async () => {
      const { data } = await exportReport(ws.db, orgId, "test", "methodology", "pdf");
      const file = join(OUT, "methodology.pdf");
      await writeFile(file, data);
      const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
      expect(text).toMatch(/Version\s+Method version 2/);
      expect(text).not.toContain("no approved SoA");
      for (const cell of cells) expect(text).toContain(cell);
      expect(text).toMatch(/Critical\s+12–16/);
      const pages = text.split("\f").filter((p) => p.trim());
      // Cover, then the method on a few pages: the scales share a page instead of one each.
      expect(pages.length).toBeLessThanOrEqual(4);
      const scales = pages.find((p) => p.includes("3.1 Likelihood scale"));
      expect(scales).toContain("3.2 Impact scale");
      for (const page of pages) expect(page.trim()).not.toMatch(/(Risk matrix|Risk levels)\s*$/);
    },
  );

  it("writes XLSX with the matrix cells filled in their level's colour, and CSV with every table", async () => {
    const { data } = await exportReport(ws.db, orgId, "test", "methodology", "xlsx");
    await writeFile(join(OUT, "methodology.xlsx"), data);
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const matrix = book.getWorksheet("4.2 Risk matrix");
    expect(matrix?.getRow(2).values).toEqual([
      undefined,
      "4 Likely",
      "4 Medium",
      "8 High",
      "12 Critical",
      "16 Critical",
    ]);
    expect(matrix?.getCell("E2").fill).toMatchObject({ fgColor: { argb: "FFE03131" } });
    const cover = (book.getWorksheet("Document")?.getSheetValues() ?? []) as unknown[][];
    expect(cover.find((row) => row?.[1] === "Version")?.[2]).toBe("Method version 2");
    expect(cover.flat().join(" ")).toContain("may be retained by its owner");

    const csv = (await exportReport(ws.db, orgId, "test", "methodology", "csv")).data.toString("utf8");
    expect(csv).toMatch(/4\.2 Risk matrix,[^\r\n]*4 Likely,4 Medium,8 High,12 Critical,16 Critical/);
    expect(csv).toContain("4.1 Risk levels");
    expect(csv).toContain("12 Critical");
  });

  it.runIf(soffice && hasPdftotext)(
    "opens in an office suite, which prints the matrix and the levels",
    async () => {
      const file = join(OUT, "methodology.docx");
      const office = join(OUT, "office");
      execFileSync(soffice ?? "soffice", ["--headless", "--convert-to", "pdf", "--outdir", office, file], {
        timeout: 180_000,
        stdio: "ignore",
      });
      const text = execFileSync("pdftotext", ["-layout", join(office, "methodology.pdf"), "-"]).toString();
      for (const cell of cells) expect(text).toContain(cell);
      expect(text).toContain("4.1 Risk levels");
    },
    240_000,
  );
});
