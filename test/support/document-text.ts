/** Reads exported files back as text, format by format, for tests that check what a reader sees. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;

/** The text of word/document.xml (and of its headers), a line per paragraph. */
export async function docxText(data: Uint8Array): Promise<string> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((name) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(name),
  );
  let text = "";
  for (const name of parts) text += `${(await zip.file(name)?.async("string")) ?? ""}\n`;
  return text
    .replace(/<w:noBreakHyphen\/>/g, "-")
    .replace(/<w:tab\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The text of each table cell of a DOCX. */
export async function docxCells(data: Uint8Array): Promise<string[]> {
  const { default: JSZip } = await import("jszip");
  const xml = (await (await JSZip.loadAsync(data)).file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/<w:noBreakHyphen\/>/g, "-")
      .replace(/<\/w:p>/g, "\n")
      .replace(/<[^>]+>/g, "")
      .trim(),
  );
}

/** Every cell of every sheet of an XLSX, as text. */
export async function xlsxCells(data: Uint8Array): Promise<string[]> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of book.worksheets)
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value ?? ""));
      });
    });
  return cells;
}

/** The text of a PDF, laid out as on the page. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pdf-text-"));
  try {
    const file = join(dir, "file.pdf");
    await writeFile(file, data);
    return execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The cells of a CSV (RFC 4180, quoted cells with doubled quotes). */
export function csvCells(data: Uint8Array): string[] {
  const text = Buffer.from(data)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  return [...text.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/gm)].map((m) =>
    m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ""),
  );
}
