/**
 * Reads a register from a CSV or XLSX file into rows of text cells, remembering each row's line
 * (CSV) or row number (XLSX) so errors can point at it. CSV may have a BOM and use comma,
 * semicolon or tab separators (detected from the header line).
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { invalid } from "../domain/errors.js";
import { checkArchive } from "./archive-limits.js";
import { detectHeaderRow } from "./header-row.js";

export interface TableRow {
  /** 1-based line (CSV) or row number (XLSX) of the row in the file. */
  line: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** Line (CSV) or row number (XLSX) of the header row. */
  headerRow: number;
}

/** How to find the header row: a row number chosen by the user, or known names to look for. */
export interface HeaderOptions {
  /** 1-based line (CSV) or row number (XLSX) of the header, as the user sees it. */
  headerRow?: number;
  /** Tells whether a cell names a known field; without it, the first row is the header. */
  known?: (normalized: string) => boolean;
}

/**
 * Picks the separator that splits the header line into the most columns. Quoted cells are left
 * out of the count: a header "Impact; notes" in a comma-separated file does not make it ";".
 */
export function detectDelimiter(headerLine: string): string {
  const candidates = [",", ";", "\t"];
  const unquoted = headerLine.replace(/"(?:[^"]|"")*(?:"|$)/g, "");
  const count = (d: string) => unquoted.split(d).length;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

/**
 * The header record's text: the first line with text (blank lines before it say nothing about the
 * separator), up to a line break outside quotes (a quoted header may span lines).
 */
function headerRecord(source: string): string {
  const text = source.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, "");
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) return text.slice(0, i);
  }
  return text;
}

/** Refuses a cell with a NUL character: no register needs one, and PostgreSQL text cannot hold it. */
function refuseNul(records: TableRow[]): void {
  const row = records.find((r) => r.cells.some((c) => c.includes("\u0000")));
  if (row) throw invalid(`line ${row.line}: a cell holds a NUL character, which text cannot hold`);
}

/** RFC 4180 parsing with quoted cells, doubled quotes and line breaks inside quotes. */
export function parseCsv(text: string, delimiter?: string): Table {
  return toTable(parseCsvRecords(text, delimiter), {}, "the file");
}

/** The CSV's non-empty records with their lines; the separator is detected unless given. */
export function parseCsvRecords(text: string, delimiter?: string): TableRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter ?? separatorOf(source);
  const records: TableRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === sep) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw invalid(`line ${recordLine}: a quoted cell is never closed`);
  if (cell !== "" || cells.length) endRecord();
  refuseNul(records);
  return records;
}

/**
 * The separator of the header line; when that line has none (a title line above the table), the
 * one found most often in the first lines of the file.
 */
function separatorOf(source: string): string {
  const first = headerRecord(source);
  const sep = detectDelimiter(first);
  if (first.includes(sep) || !/[,;\t]/.test(source)) return sep;
  return detectDelimiter(source.split(/\r\n|\r|\n/, 30).join("\n"));
}

/** Splits records into the header and the rows below it (see HeaderOptions). */
export function toTable(records: TableRow[], options: HeaderOptions, what: string): Table {
  if (!records.length) throw invalid(`${what} is empty`);
  let index = 0;
  if (options.headerRow !== undefined) {
    index = records.findIndex((r) => r.line === options.headerRow);
    if (index === -1) throw invalid(`row ${options.headerRow} of ${what} is empty or past its end`);
  } else if (options.known) index = detectHeaderRow(records, options.known);
  const header = records[index] as TableRow;
  return {
    headers: header.cells.map((h) => h.trim()),
    rows: records.slice(index + 1),
    headerRow: header.line,
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { text?: string; richText?: { text: string }[]; result?: unknown; hyperlink?: string };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return "";
  }
  return String(value);
}

/**
 * The most an XLSX workbook may hold once unzipped, all parts together, and how many parts. A
 * register of tens of thousands of rows stays well below it; a zip bomb (a small file that inflates
 * to gigabytes) is refused before the spreadsheet reader inflates it into memory.
 */
export const MAX_XLSX_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 10_000;

/**
 * Names a file in messages by its name alone: an uploaded file lives in a temporary folder on the
 * server, whose path is no business of the person who sent it.
 */
const shown = (file: string) => basename(file);

/** The first worksheet of an XLSX workbook; the header row is found as HeaderOptions say. */
export async function readXlsx(
  file: string,
  maxUnzippedBytes = MAX_XLSX_UNZIPPED_BYTES,
  options: HeaderOptions = {},
): Promise<Table> {
  const { default: ExcelJS } = await import("exceljs");
  const data = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw invalid(error.code === "ENOENT" ? `no file ${shown(file)}` : `cannot read ${shown(file)}`);
  });
  await checkArchive(
    data,
    { maxEntries: MAX_XLSX_ENTRIES, maxEntryBytes: maxUnzippedBytes, maxTotalBytes: maxUnzippedBytes },
    "the workbook",
  );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw invalid(`cannot read ${shown(file)} as an XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid("the workbook has no worksheet");
  const records: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
    if (cells.some((c) => c.trim() !== "")) records.push({ line: rowNumber, cells });
  });
  refuseNul(records);
  return toTable(records, options, "the worksheet");
}

/** Reads a .csv, .txt or .xlsx file. */
export async function readTable(file: string, options: HeaderOptions = {}): Promise<Table> {
  const extension = extname(file).toLowerCase();
  if (extension === ".xlsx") return readXlsx(file, MAX_XLSX_UNZIPPED_BYTES, options);
  if (extension === ".xls")
    throw invalid("old .xls workbooks are not supported: save the file as .xlsx or .csv");
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw invalid(error.code === "ENOENT" ? `no file ${shown(file)}` : `cannot read ${shown(file)}`);
  });
  return toTable(parseCsvRecords(text), options, "the file");
}

/** Lower case, letters and digits only, single spaces: "Risk-Owner " -> "risk owner". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface ColumnMatch<F extends string> {
  /** field -> column index */
  columns: Map<F, number>;
  /** Headers no field claimed. */
  ignored: string[];
}

/**
 * Matches headers to fields: `--map column=field` overrides first, then each field's aliases
 * (compared after normalizeHeader), then `guess` for headers no alias claimed.
 */
export function matchColumns<F extends string>(
  headers: readonly string[],
  aliases: Record<F, readonly string[]>,
  overrides: Record<string, F>,
  guess: (normalized: string) => F | undefined = () => undefined,
): ColumnMatch<F> {
  const columns = new Map<F, number>();
  const normalized = headers.map(normalizeHeader);
  const claimed = new Set<number>();
  for (const [column, field] of Object.entries(overrides)) {
    const index = normalized.indexOf(normalizeHeader(column));
    if (index === -1)
      throw invalid(`the column mapping names a column "${column}" that the file does not have`);
    if (claimed.has(index))
      throw invalid(
        `the column mapping gives the column "${headers[index]}" two fields; a column fills one field`,
      );
    columns.set(field, index);
    claimed.add(index);
  }
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    if (columns.has(field)) continue;
    const index = normalized.findIndex((h, i) => !claimed.has(i) && names.includes(h));
    if (index !== -1) {
      columns.set(field, index);
      claimed.add(index);
    }
  }
  normalized.forEach((h, i) => {
    if (claimed.has(i)) return;
    const field = guess(h);
    if (field && !columns.has(field)) {
      columns.set(field, i);
      claimed.add(i);
    }
  });
  return { columns, ignored: headers.filter((_, i) => !claimed.has(i)) };
}
