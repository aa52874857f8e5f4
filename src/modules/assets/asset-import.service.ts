/**
 * Imports an asset inventory from CSV or XLSX, such as a CMDB export or a consultant's sheet. The
 * header row is found from the column names (title and note rows above it are skipped) or chosen;
 * types, classifications and C/I/A levels are read from the words people use ("Virtual machine",
 * "Strictly confidential", "H/M/L"), the user's value map first; every value the import cannot place
 * is reported once with the allowed values and the closest. One bad row means nothing is imported.
 * Assets are matched to the inventory by key, or by name when the file has no key column; a match
 * is updated, anything else added.
 */
import { invalid } from "../../domain/errors.js";
import { filledCells, trailingNotes } from "../../imports/header-row.js";
import { matchColumns, normalizeHeader, readTable } from "../../imports/table-file.js";
import { type Resolved, type UnknownValue, type ValueMap, ValueReader } from "../risks/risk-import.values.js";
import type { OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { type Asset, ZAssetInput } from "./asset.service.js";
import {
  ASSET_IMPORT_FIELDS,
  ASSET_TYPES,
  CIA_SCALE,
  CLASSIFICATION_WORDS,
  CLASSIFICATIONS,
  isAssetHeader,
  TYPE_WORDS,
} from "./asset-import.columns.js";

export type AssetImportField =
  | "key"
  | "name"
  | "type"
  | "description"
  | "owner"
  | "location"
  | "classification"
  | "confidentiality"
  | "integrity"
  | "availability";

export interface AssetImportOptions {
  dryRun?: boolean;
  /** column header -> field, overriding detection. */
  map?: Record<string, string>;
  /** The header's row number; found from the column names when left out. */
  headerRow?: number;
  /** Column -> value in the file -> value to use. */
  valueMap?: ValueMap;
}

export interface AssetImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column: string; message: string }[];
  ignoredColumns: string[];
  dryRun: boolean;
  headerRow: number;
  skippedRows: { line: number; reason: string }[];
  unknownValues: UnknownValue[];
}

type Parsed = ReturnType<typeof ZAssetInput.parse>;
const FIELDS = Object.keys(ASSET_IMPORT_FIELDS) as AssetImportField[];

export async function importAssets(
  scope: OrgScope,
  file: string,
  options: AssetImportOptions = {},
): Promise<AssetImportReport> {
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
  const header = (f: AssetImportField) => table.headers[columns.get(f) ?? -1] ?? f;
  const cell = (cells: string[], f: AssetImportField) => (cells[columns.get(f) ?? -1] ?? "").trim();

  const skippedRows: AssetImportReport["skippedRows"] = [];
  const notes = trailingNotes(table.rows);
  const data = table.rows.slice(0, table.rows.length - notes);
  for (const row of table.rows.slice(data.length))
    skippedRows.push({ line: row.line, reason: "a note below the table" });
  const values = new ValueReader(options.valueMap ?? {});
  const errors: AssetImportReport["errors"] = [];
  const rows: { line: number; input: Parsed }[] = [];
  const seen = new Map<string, number>();
  for (const row of data) {
    if (filledCells(row) === 0) continue;
    const name = cell(row.cells, "name");
    if (!name) {
      skippedRows.push({ line: row.line, reason: `no ${header("name")}` });
      continue;
    }
    const problems: { column: string; message: string }[] = [];
    const take = <T>(f: AssetImportField, read: (column: string, text: string) => Resolved<T>): T | null => {
      const text = cell(row.cells, f);
      if (!columns.has(f) || !text) return null;
      const result = read(header(f), text);
      if (result.ok) return result.value;
      problems.push({ column: header(f), message: result.message });
      return null;
    };
    const level = (f: "confidentiality" | "integrity" | "availability") =>
      take(f, (column, text) => values.level(column, f, text, row.line, CIA_SCALE));
    const typeText = cell(row.cells, "type");
    const input = {
      key: cell(row.cells, "key") || undefined,
      name,
      type: typeText
        ? take("type", (column, text) =>
            values.oneOf(column, "type", text, row.line, TYPE_WORDS, ASSET_TYPES, "an asset type"),
          )
        : "information",
      description: cell(row.cells, "description") || null,
      owner: values.text(header("owner"), "owner", cell(row.cells, "owner")) || null,
      location: cell(row.cells, "location") || null,
      classification: take("classification", (column, text) =>
        values.oneOf(
          column,
          "classification",
          text,
          row.line,
          CLASSIFICATION_WORDS,
          CLASSIFICATIONS,
          "a classification",
        ),
      ),
      confidentiality: level("confidentiality"),
      integrity: level("integrity"),
      availability: level("availability"),
    };
    const identity = normalizeHeader(input.key ?? name);
    const first = seen.get(identity);
    if (first !== undefined)
      problems.push({
        column: header(input.key ? "key" : "name"),
        message: `asset "${input.key ?? name}" also appears on line ${first}`,
      });
    else seen.set(identity, row.line);
    if (!problems.length) {
      try {
        rows.push({ line: row.line, input: parseInput(ZAssetInput, input, "asset") });
      } catch (error) {
        const issues = (error as { issues?: { path: string; message: string }[] }).issues ?? [];
        for (const issue of issues.length ? issues : [{ path: "", message: (error as Error).message }]) {
          const field = issue.path.split(".")[0] as AssetImportField;
          problems.push({
            column: columns.has(field) ? header(field) : issue.path || "row",
            message: issue.message,
          });
        }
      }
    }
    for (const p of problems) errors.push({ line: row.line, ...p });
  }
  const report: AssetImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    errors,
    ignoredColumns: ignored,
    dryRun: options.dryRun === true,
    headerRow: table.headerRow,
    skippedRows,
    unknownValues: [...values.unknown.values()],
  };
  if (errors.length) return report;
  return scope
    .write(async (w) => {
      const existing = await w.list("assets");
      const byKey = new Map(existing.map((a) => [normalizeHeader(a.key), a]));
      const byName = new Map(existing.map((a) => [normalizeHeader(a.name), a]));
      for (const { input } of rows) {
        const current = input.key
          ? byKey.get(normalizeHeader(input.key))
          : byName.get(normalizeHeader(input.name));
        const { key, ...fields } = input;
        if (!current) {
          const created = await w.insert("assets", {
            ...fields,
            key: key ?? (await w.nextKey("assets", "A")),
          } as never);
          byKey.set(normalizeHeader(created.key), created as Asset);
          report.imported++;
          continue;
        }
        const changed = Object.fromEntries(
          Object.entries(fields).filter(
            ([k, v]) => v !== null && (current as Record<string, unknown>)[k] !== v,
          ),
        );
        if (Object.keys(changed).length === 0) report.unchanged++;
        else {
          await w.update("assets", current.id, current.version, changed);
          report.updated++;
        }
      }
      if (report.dryRun) throw new DryRun(report);
      await w.record("assets", scope.orgId, "import", { imported: report.imported, updated: report.updated });
      return report;
    })
    .catch((error) => {
      if (error instanceof DryRun) return error.report;
      throw error;
    });
}

class DryRun extends Error {
  constructor(readonly report: AssetImportReport) {
    super("dry run");
  }
}
