import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMATS } from "../../src/exports/document.js";
import { exportReport, ORGANIZATION_REPORTS, verifyExport } from "../../src/exports/export.service.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoa, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
if (!hasPdftotext) console.warn("PDF text checks skipped: pdftotext (poppler-utils) is not installed.");
if (!soffice) console.warn("Office-suite checks skipped: LibreOffice is not installed.");

async function docxText(data: Buffer): Promise<string> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .replace(/<w:tab\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
}

describe("audit-ready exports of the demo organization", () => {
  let ws: TestWorkspace;
  let orgId: string;

  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createDemo(ws, "test")).organization.id;
    const entry = (await getSoa(orgScope(ws.db, orgId, "test"))).entries.find((e) => e.controlId === "5.1");
    await updateSoaEntry(orgScope(ws.db, orgId, "test"), "5.1", entry?.version ?? 0, {
      notes: '=HYPERLINK("http://evil.test","click")',
    });
  }, 60_000);
  afterAll(async () => {
    await ws.dispose();
  });

  it("writes the SoA to XLSX that reads back with all 93 controls, their decisions and a safe formula cell", async () => {
    const { data } = await exportReport(ws.db, orgId, "test", "soa", "xlsx");
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const themeSheets = book.worksheets.filter((s) => /controls \(A\.\d\)/.test(s.name));
    expect(themeSheets.map((s) => s.rowCount - 1)).toEqual([37, 8, 14, 34]);
    const rows = themeSheets.flatMap((s) => s.getSheetValues().slice(2)) as unknown[][];
    const byControl = new Map(rows.map((r) => [String(r[1]), r]));
    const soa = await getSoa(orgScope(ws.db, orgId, "test"));
    for (const e of soa.entries)
      expect(byControl.get(`A.${e.controlId}`)?.[3]).toBe(
        e.applicable === null ? "Undecided" : e.applicable ? "Yes" : "No",
      );
    expect(String(byControl.get("A.5.1")?.[6])).toMatch(/^'=HYPERLINK/);
    const sheet = themeSheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.autoFilter).toBeDefined();
    expect(sheet?.getCell("E2").dataValidation).toMatchObject({ type: "list" });
  });

  it("writes the SoA to DOCX with a title page and every control", async () => {
    const { data, doc } = await exportReport(ws.db, orgId, "test", "soa", "docx");
    const text = await docxText(data);
    expect(text).toContain("Statement of Applicability");
    expect(text).toContain("Brightfield Analytics Ltd");
    expect(text).toMatch(new RegExp(`Document id\\s*${doc.documentId}`));
    for (const e of (await getSoa(orgScope(ws.db, orgId, "test"))).entries)
      expect(text).toContain(`A.${e.controlId}`);
  });

  it.runIf(hasPdftotext)(
    "writes the SoA to a PDF whose text holds every control, page numbers and the document id",
    async () => {
      const { data, doc } = await exportReport(ws.db, orgId, "test", "soa", "pdf", { soaVersion: 1 });
      const file = join(ws.dir, "soa.pdf");
      await writeFile(file, data);
      const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
      expect(text).toContain("Version 1");
      expect(text).toMatch(/page 1 of \d+/);
      expect(text).toContain(doc.documentId);
      for (const e of (await getSoa(orgScope(ws.db, orgId, "test"))).entries)
        expect(text).toContain(`A.${e.controlId}`);
    },
  );

  it("writes CSV that neutralises formulas", async () => {
    const { data } = await exportReport(ws.db, orgId, "test", "soa", "csv");
    const text = data.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`);
    expect(
      text.split("\r\n").filter((l) => /^"?(Organizational|People|Physical|Technological)/.test(l)),
    ).toHaveLength(93);
  });

  it("renders every report in every format, and every file opens again", async () => {
    const { default: ExcelJS } = await import("exceljs");
    for (const report of ORGANIZATION_REPORTS) {
      for (const format of FORMATS) {
        const { data, doc } = await exportReport(ws.db, orgId, "test", report, format);
        const label = `${report} ${format}`;
        if (format === "xlsx") {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(data as unknown as ArrayBuffer);
          const cover = (book.getWorksheet("Document")?.getSheetValues() ?? []) as unknown[][];
          expect(cover.find((row) => row?.[1] === "Document id")?.[2], label).toBe(doc.documentId);
        } else if (format === "docx") {
          expect(await docxText(data), label).toContain(doc.title);
        } else if (format === "pdf" && hasPdftotext) {
          const file = join(ws.dir, `${report}.pdf`);
          await writeFile(file, data);
          expect(execFileSync("pdftotext", [file, "-"]).toString(), label).toContain(doc.documentId);
        } else if (format === "csv") {
          expect(data.toString("utf8").split("\r\n").length, label).toBeGreaterThan(1);
        }
      }
    }
  }, 120_000);

  it("recognises its own files by hash and rejects an edited one", async () => {
    const { data, doc } = await exportReport(ws.db, orgId, "test", "rtp", "pdf");
    expect(await verifyExport(ws.db, data)).toMatchObject({
      ok: true,
      documentId: doc.documentId,
      report: "rtp",
      format: "pdf",
    });
    const edited = Buffer.concat([data, Buffer.from(" ")]);
    expect((await verifyExport(ws.db, edited)).ok).toBe(false);
  });

  it.runIf(soffice && hasPdftotext)(
    "opens in a real office suite: LibreOffice converts the DOCX and XLSX to PDF",
    async () => {
      for (const format of ["docx", "xlsx"] as const) {
        const { data } = await exportReport(ws.db, orgId, "test", "soa", format);
        const file = join(ws.dir, `soa-office.${format}`);
        await writeFile(file, data);
        const out = join(ws.dir, `office-${format}`);
        execFileSync(
          soffice ?? "soffice",
          [
            `-env:UserInstallation=file://${join(ws.dir, `lo-${format}`)}`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            out,
            file,
          ],
          {
            timeout: 120_000,
            stdio: "ignore",
          },
        );
        const pdf = join(out, `soa-office.pdf`);
        expect(existsSync(pdf), format).toBe(true);
        const text = execFileSync("pdftotext", [pdf, "-"]).toString();
        expect(text).toContain(format === "docx" ? "Statement of Applicability" : "A.8.11");
        expect((await readFile(pdf)).byteLength).toBeGreaterThan(1000);
      }
    },
    240_000,
  );
});

describe("the auditor evidence pack", () => {
  let ws: TestWorkspace;
  let orgId: string;
  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createDemo(ws, "test")).organization.id;
  }, 60_000);
  afterAll(async () => {
    await ws.dispose();
  });

  it("holds the documents and the period's evidence with a manifest that verifies, and detects tampering", async () => {
    const { buildEvidencePack, verifyPack } = await import("../../src/exports/pack.service.js");
    const { default: JSZip } = await import("jszip");
    const pack = await buildEvidencePack(ws.db, ws.blobs, orgId, "test", "2000-01-01..2100-01-01");
    const documents = pack.manifest.files.filter((f) => f.kind === "document").map((f) => f.path);
    expect(documents).toEqual([
      "documents/soa.xlsx",
      "documents/soa.pdf",
      "documents/risks.xlsx",
      "documents/rtp.xlsx",
      "documents/readiness.pdf",
    ]);
    const evidence = pack.manifest.files.filter((f) => f.kind === "evidence");
    expect(evidence.length).toBeGreaterThan(5);
    expect(evidence[0]).toMatchObject({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      controls: expect.any(Array),
    });
    expect(await verifyPack(pack.data)).toMatchObject({ ok: true, problems: [] });
    expect((await verifyExport(ws.db, pack.data)).ok).toBe(true);

    const zip = await JSZip.loadAsync(pack.data);
    zip.file(evidence[0]?.path ?? "", "altered content");
    zip.file("extra.txt", "not in the manifest");
    const tampered = await zip.generateAsync({ type: "nodebuffer" });
    const verdict = await verifyPack(tampered);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      `${evidence[0]?.path} does not match its SHA-256`,
      "extra.txt is not in the manifest",
    ]);

    const narrow = await buildEvidencePack(ws.db, ws.blobs, orgId, "test", "1990-01-01..1990-12-31");
    expect(narrow.manifest.files.filter((f) => f.kind === "evidence").length).toBeLessThan(evidence.length);
  }, 60_000);
});
