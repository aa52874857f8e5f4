/**
 * Imports an asset inventory from CSV or XLSX, such as a CMDB export or a consultant's sheet. The
 * header row is found from the column names (title and note rows above it are skipped) or chosen;
 * types, classifications and C/I/A levels are read from the words people use ("Virtual machine",
 * "Strictly confidential", "H/M/L"), the user's value map first; every value the import cannot place
 * is reported once with the allowed values and the closest. One bad row means nothing is imported.
 * Assets are matched to the inventory by key, or by name when the file has no key column; a match
 * is updated, anything else added.
 */
import type { OrgWriter } from "../../db/store.js";
import { formatKey, keyNumber } from "../../domain/ids.js";
import { normalizeHeader } from "../../imports/table-file.js";
import type { UnknownValue, ValueMap } from "../risks/risk-import.values.js";
import type { OrgScope } from "../scope.js";
import type { Asset } from "./asset.service.js";
import { type AssetRows, readAssetRows } from "./asset-import.read.js";

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

export async function importAssets(
  scope: OrgScope,
  file: string,
  options: AssetImportOptions = {},
): Promise<AssetImportReport> {
  const { rows, errors, ignored, headerRow, skippedRows, unknownValues } = await readAssetRows(file, options);
  const report: AssetImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    errors,
    ignoredColumns: ignored,
    dryRun: options.dryRun === true,
    headerRow,
    skippedRows,
    unknownValues,
  };
  if (errors.length) return report;
  return scope
    .write(async (w) => {
      await writeAssets(w, rows, report);
      if (report.dryRun) throw new DryRun(report);
      await w.record("assets", scope.orgId, "import", { imported: report.imported, updated: report.updated });
      return report;
    })
    .catch((error) => {
      if (error instanceof DryRun) return error.report;
      throw error;
    });
}

/** Updates the assets the file matches (by key, or by name without a key) and adds the rest. */
async function writeAssets(w: OrgWriter, rows: AssetRows["rows"], report: AssetImportReport) {
  const existing = await w.list("assets");
  const byKey = new Map(existing.map((a) => [normalizeHeader(a.key), a]));
  const byName = new Map(existing.map((a) => [normalizeHeader(a.name), a]));
  // The next free number, kept here: asking the database per new asset would read every key each time.
  let next = existing.reduce((max, a) => Math.max(max, keyNumber(a.key)), 0);
  for (const { input } of rows) {
    const current = input.key
      ? byKey.get(normalizeHeader(input.key))
      : byName.get(normalizeHeader(input.name));
    const { key, ...fields } = input;
    if (!current) {
      const created = await w.insert("assets", { ...fields, key: key ?? formatKey("A", ++next) } as never);
      byKey.set(normalizeHeader(created.key), created as Asset);
      next = Math.max(next, keyNumber(created.key));
      report.imported++;
      continue;
    }
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== null && (current as Record<string, unknown>)[k] !== v),
    );
    if (Object.keys(changed).length === 0) report.unchanged++;
    else {
      await w.update("assets", current.id, current.version, changed);
      report.updated++;
    }
  }
}

class DryRun extends Error {
  constructor(readonly report: AssetImportReport) {
    super("dry run");
  }
}
