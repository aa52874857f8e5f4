/**
 * Imports a risk register from CSV or XLSX. Column headers are recognised by their usual names
 * ("Risk ID", "Probability", "Risk Owner", "Annex A Controls", "Residual …"), scale values may be
 * numbers or the methodology's level names, and control lists may mix "A.8.8, 8.9" and 2013 ids.
 * Every bad row is reported with its line and column; one bad row means nothing is imported.
 * Re-importing updates risks by key.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, writeOrg } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";
import { compareIds } from "../../domain/ids.js";
import { matchColumns, readTable } from "../../imports/table-file.js";
import { getMethodology } from "./methodology.service.js";
import { loadRiskViews } from "./risk.repository.js";
import type { ParsedRiskInput } from "./risk.schema.js";
import { type PreparedRisk, syncRiskLinks } from "./risk.service.js";
import {
  guessField,
  RISK_IMPORT_FIELDS,
  type RiskImportField,
  type RiskImportReport,
} from "./risk-import.columns.js";
import { convertRow, type RowResult } from "./risk-import.rows.js";

export {
  type ImportError,
  parseCia,
  parseControlList,
  RISK_IMPORT_FIELDS,
  type RiskImportField,
  type RiskImportReport,
} from "./risk-import.columns.js";

export interface RiskImportOptions {
  dryRun?: boolean;
  /** column header -> field, overriding detection (`--map "Risk Ref=key"`). */
  map?: Record<string, string>;
  onProgress?: (done: number, total: number) => void;
}

/** Reads, checks and (unless dry-run or any row is bad) imports a register in one transaction. */
export async function importRisks(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  file: string,
  options: RiskImportOptions = {},
): Promise<RiskImportReport> {
  const table = await readTable(file);
  const overrides: Record<string, RiskImportField> = {};
  for (const [column, field] of Object.entries(options.map ?? {})) {
    if (!Object.hasOwn(RISK_IMPORT_FIELDS, field)) {
      throw invalid(
        `--map: "${field}" is not a risk field; use one of ${Object.keys(RISK_IMPORT_FIELDS).join(", ")}`,
      );
    }
    overrides[column] = field as RiskImportField;
  }
  const { columns, ignored } = matchColumns(table.headers, RISK_IMPORT_FIELDS, overrides, guessField);
  for (const required of ["likelihood", "impact"] as const) {
    if (!columns.has(required)) {
      throw invalid(
        `no ${required} column found in ${table.headers.join(", ")}; name it with --map "COLUMN=${required}"`,
      );
    }
  }
  if (!columns.has("title") && !columns.has("description")) {
    throw invalid('no title or description column found; name one with --map "COLUMN=title"');
  }
  const reader = new OrgReader(db, orgId);
  const { method } = await getMethodology(reader);
  const existing = new Map((await loadRiskViews(reader)).map((v) => [v.key, v]));
  const results: RowResult[] = [];
  const seenKeys = new Map<string, number>();
  for (const [i, row] of table.rows.entries()) {
    const result = convertRow(table, columns, row.cells, row.line, method, existing);
    const key = result.input?.key;
    if (key) {
      const first = seenKeys.get(key);
      if (first !== undefined) {
        result.errors.push({
          line: row.line,
          column: table.headers[columns.get("key") ?? 0] ?? "key",
          message: `risk ${key} also appears on line ${first}`,
        });
      } else seenKeys.set(key, row.line);
    }
    results.push(result);
    if (i % 2000 === 0) options.onProgress?.(i, table.rows.length);
  }
  const errors = results.flatMap((r) => r.errors);
  const report: RiskImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    errors,
    ignoredColumns: ignored,
    dryRun: options.dryRun === true,
  };
  if (errors.length) return report;
  const good = results.filter(
    (r): r is RowResult & { input: ParsedRiskInput; prepared: PreparedRisk } => !!r.prepared && !!r.input,
  );
  const counts = await applyImport(db, orgId, actor, good, options.dryRun === true, (done) =>
    options.onProgress?.(done, good.length),
  );
  return { ...report, ...counts };
}

type GoodRow = { input: ParsedRiskInput; prepared: PreparedRisk };

function sameRow(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).every(([k, v]) => k === "acceptedAt" || (current[k] ?? null) === (v ?? null));
}

async function applyImport(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  rows: readonly GoodRow[],
  dryRun: boolean,
  onProgress: (done: number) => void,
): Promise<{ imported: number; updated: number; unchanged: number }> {
  const run = async (w: import("../../db/store.js").OrgWriter) => {
    const existing = new Map((await w.list("risks")).map((r) => [r.key, r]));
    const views = new Map((await loadRiskViews(w)).map((v) => [v.key, v]));
    const assets = new Map((await w.list("assets")).map((a) => [a.key, a.id]));
    // A loop, not Math.max(...keys): spreading 100,000+ keys overflows the call stack.
    let next = 0;
    for (const k of existing.keys()) next = Math.max(next, Number(/^R-(\d+)$/.exec(k)?.[1] ?? 0));
    const fresh: { key: string; row: GoodRow }[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      for (const key of row.prepared.assetKeys)
        if (!assets.has(key)) throw invalid(`no asset "${key}" (risk ${row.input.key ?? row.input.title})`);
      const key = row.input.key;
      const current = key ? existing.get(key) : undefined;
      if (!current) {
        fresh.push({ key: key ?? `R-${String(++next).padStart(3, "0")}`, row });
        continue;
      }
      const view = views.get(current.key);
      const linksSame =
        JSON.stringify(view?.controls ?? []) ===
          JSON.stringify([...row.prepared.controls].sort(compareIds)) &&
        JSON.stringify(view?.assets ?? []) === JSON.stringify([...row.prepared.assetKeys].sort());
      if (
        sameRow(current as unknown as Record<string, unknown>, row.prepared.row as Record<string, unknown>) &&
        linksSame
      ) {
        unchanged++;
        continue;
      }
      await w.update("risks", current.id, current.version, row.prepared.row);
      await syncRiskLinks(w, current.id, row.prepared, false);
      updated++;
      if (updated % 500 === 0) onProgress(updated);
    }
    const inserted = await w.insertMany(
      "risks",
      fresh.map(({ key, row }) => ({ ...row.prepared.row, key })),
    );
    onProgress(updated + inserted.length);
    const controlRows = inserted.flatMap((risk, i) =>
      (fresh[i]?.row.prepared.controls ?? []).map((controlId) => ({ riskId: risk.id, controlId })),
    );
    await w.insertMany("riskControls", controlRows);
    const assetRows = inserted.flatMap((risk, i) =>
      (fresh[i]?.row.prepared.assetKeys ?? []).map((key) => ({
        riskId: risk.id,
        assetId: assets.get(key) ?? "",
      })),
    );
    await w.insertMany("riskAssets", assetRows);
    await w.record("risks", orgId, "import", { imported: inserted.length, updated });
    if (dryRun) throw new DryRunResult({ imported: inserted.length, updated, unchanged });
    return { imported: inserted.length, updated, unchanged };
  };
  try {
    return await writeOrg(db, orgId, actor, run);
  } catch (error) {
    if (error instanceof DryRunResult) return error.counts;
    throw error;
  }
}

/** Thrown to roll back a dry run after counting what it would have done. */
class DryRunResult extends Error {
  constructor(readonly counts: { imported: number; updated: number; unchanged: number }) {
    super("dry run");
  }
}
