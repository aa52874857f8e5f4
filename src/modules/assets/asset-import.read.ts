/**
 * Reading an asset inventory file: the header row, the columns, and each row's cells as an asset,
 * with types, classifications and C/I/A levels read from the words people use (the user's value
 * map first) and every problem named by row and column.
 */
import { invalid } from "../../domain/errors.js";
import { filledCells, trailingNotes } from "../../imports/header-row.js";
import { matchColumns, normalizeHeader, readTable } from "../../imports/table-file.js";
import { type Resolved, type UnknownValue, ValueReader } from "../risks/risk-import.values.js";
import { parseInput } from "../validation.js";
import { ZAssetInput } from "./asset.service.js";
import {
  ASSET_IMPORT_FIELDS,
  ASSET_TYPES,
  CIA_SCALE,
  CLASSIFICATION_WORDS,
  CLASSIFICATIONS,
  isAssetHeader,
  TYPE_WORDS,
} from "./asset-import.columns.js";
import type { AssetImportField, AssetImportOptions, AssetImportReport } from "./asset-import.service.js";

/** The rows of an inventory file as assets, with every problem found by row and column. */
export interface AssetRows {
  rows: { line: number; input: AssetInput }[];
  errors: AssetImportReport["errors"];
  ignored: string[];
  headerRow: number;
  skippedRows: AssetImportReport["skippedRows"];
  unknownValues: UnknownValue[];
}

type AssetInput = ReturnType<typeof ZAssetInput.parse>;
const FIELDS = Object.keys(ASSET_IMPORT_FIELDS) as AssetImportField[];

export async function readAssetRows(file: string, options: AssetImportOptions): Promise<AssetRows> {
  const table = await readTable(file, { headerRow: options.headerRow, known: isAssetHeader });
  const overrides: Record<string, AssetImportField> = {};
  for (const [column, field] of Object.entries(options.map ?? {})) {
    if (!(FIELDS as string[]).includes(field))
      throw invalid(`"${field}" is not an asset field; use one of ${FIELDS.join(", ")}`);
    overrides[column] = field as AssetImportField;
  }
  const { columns, ignored } = matchColumns(table.headers, ASSET_IMPORT_FIELDS, overrides);
  if (!columns.has("name"))
    throw invalid(
      `no asset name column found in ${table.headers.join(", ")}; name it with --map "COLUMN=name"`,
    );
  const sheet: Sheet = {
    columns,
    values: new ValueReader(options.valueMap ?? {}),
    header: (f) => table.headers[columns.get(f) ?? -1] ?? f,
  };
  const notes = trailingNotes(table.rows);
  const data = table.rows.slice(0, table.rows.length - notes);
  const out: AssetRows = {
    rows: [],
    errors: [],
    ignored,
    headerRow: table.headerRow,
    skippedRows: table.rows
      .slice(data.length)
      .map((row) => ({ line: row.line, reason: "a note below the table" })),
    unknownValues: [],
  };
  const seen = new Map<string, number>();
  for (const row of data) {
    if (filledCells(row) === 0) continue;
    const cell = (f: AssetImportField) => (row.cells[columns.get(f) ?? -1] ?? "").trim();
    if (!cell("name")) {
      out.skippedRows.push({ line: row.line, reason: `no ${sheet.header("name")}` });
      continue;
    }
    const { input, problems } = readAssetRow(sheet, cell, row.line);
    const identity = normalizeHeader(input.key ?? input.name);
    const first = seen.get(identity);
    if (first !== undefined)
      problems.push({
        column: sheet.header(input.key ? "key" : "name"),
        message: `asset "${input.key ?? input.name}" also appears on line ${first}`,
      });
    else seen.set(identity, row.line);
    if (!problems.length) {
      const parsed = parseAsset(sheet, input, problems);
      if (parsed) out.rows.push({ line: row.line, input: parsed });
    }
    for (const p of problems) out.errors.push({ line: row.line, ...p });
  }
  out.unknownValues = [...sheet.values.unknown.values()];
  return out;
}

interface Sheet {
  columns: Map<AssetImportField, number>;
  values: ValueReader;
  header: (f: AssetImportField) => string;
}
type Problem = { column: string; message: string };

/** One row's cells read into an asset's fields; enumerated values through the value reader. */
function readAssetRow(sheet: Sheet, cell: (f: AssetImportField) => string, line: number) {
  const { columns, values, header } = sheet;
  const problems: Problem[] = [];
  const take = <T>(f: AssetImportField, read: (column: string, text: string) => Resolved<T>): T | null => {
    const text = cell(f);
    if (!columns.has(f) || !text) return null;
    const result = read(header(f), text);
    if (result.ok) return result.value;
    problems.push({ column: header(f), message: result.message });
    return null;
  };
  const level = (f: "confidentiality" | "integrity" | "availability") =>
    take(f, (column, text) => values.level(column, f, text, line, CIA_SCALE));
  const oneOf = <T extends string>(
    f: AssetImportField,
    words: Record<string, T>,
    allowed: readonly T[],
    what: string,
  ) => take(f, (column, text) => values.oneOf(column, f, text, line, words, allowed, what));
  const input = {
    key: cell("key") || undefined,
    name: cell("name"),
    type: cell("type") ? oneOf("type", TYPE_WORDS, ASSET_TYPES, "an asset type") : "information",
    description: cell("description") || null,
    owner: values.text(header("owner"), "owner", cell("owner")) || null,
    location: cell("location") || null,
    classification: oneOf("classification", CLASSIFICATION_WORDS, CLASSIFICATIONS, "a classification"),
    confidentiality: level("confidentiality"),
    integrity: level("integrity"),
    availability: level("availability"),
  };
  return { input, problems };
}

/** The asset's fields checked by the inventory's own rules; their complaints named by column. */
function parseAsset(sheet: Sheet, input: unknown, problems: Problem[]): AssetInput | undefined {
  try {
    return parseInput(ZAssetInput, input, "asset");
  } catch (error) {
    const issues = (error as { issues?: { path: string; message: string }[] }).issues ?? [];
    for (const issue of issues.length ? issues : [{ path: "", message: (error as Error).message }]) {
      const field = issue.path.split(".")[0] as AssetImportField;
      problems.push({
        column: sheet.columns.has(field) ? sheet.header(field) : issue.path || "row",
        message: issue.message,
      });
    }
    return undefined;
  }
}
