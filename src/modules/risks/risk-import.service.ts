/**
 * Imports a risk register from CSV or XLSX. Column headers are recognised by their usual names
 * ("Risk ID", "Probability", "Risk Owner", "Annex A Controls", "Residual …"), scale values may be
 * numbers or the methodology's level names, and control lists may mix "A.8.8, 8.9" and 2013 ids.
 * Every bad row is reported with its line and column; one bad row means nothing is imported.
 * Re-importing updates risks by key.
 */
import { MessageChannel } from "node:worker_threads";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, writeOrg } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";
import { compareIds } from "../../domain/ids.js";
import type { RiskMethodology } from "../../domain/risk-method.js";
import { inBatches, pacer, runInWorker } from "../../workers/pool.js";
import { withCheckpointOffThread } from "../../workers/sqlite-checkpoint.js";
import { getMethodology } from "./methodology.service.js";
import { loadRiskViews } from "./risk.repository.js";
import { syncRiskLinks } from "./risk.service.js";
import { addMissingAssets, insertActions, missingAssetErrors, sameActions } from "./risk-import.assets.js";
import type { ImportError, RiskImportReport } from "./risk-import.columns.js";
import {
  type CheckedRow,
  type RiskRowsMessage,
  type RiskViewsMessage,
  ROWS_PER_MESSAGE,
  type RowsRead,
} from "./risk-import.tasks.js";
import type { ValueMap } from "./risk-import.values.js";

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
  /** The header's row number; found from the column names when left out. */
  headerRow?: number;
  /** Column -> value in the file -> value to use (`--value-map "Status:Under review=open"`). */
  valueMap?: ValueMap;
  /** Add assets the file names but the inventory lacks (the default), or refuse those rows. */
  createAssets?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads, checks and (unless dry-run or any row is bad) imports a register in one transaction.
 * Reading and checking run in a worker thread; the writes stay here and give the event loop a
 * turn between batches, so the server keeps answering other requests during a large import.
 */
export async function importRisks(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  file: string,
  options: RiskImportOptions = {},
): Promise<RiskImportReport> {
  const reader = new OrgReader(db, orgId);
  const { method } = await getMethodology(reader);
  const { ignored, rows: good, errors, read } = await checkRows(reader, file, method, options);
  const { assetColumn, ...found } = read;
  if (options.createAssets === false) errors.push(...(await missingAssetErrors(reader, good, assetColumn)));
  errors.sort((a, b) => a.line - b.line);
  const report: RiskImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    errors,
    ignoredColumns: ignored,
    dryRun: options.dryRun === true,
    createdAssets: [],
    ...found,
  };
  if (errors.length) return report;
  const counts = await applyImport(db, orgId, actor, good, options.dryRun === true, (done) =>
    options.onProgress?.(done, good.length),
  );
  return { ...report, ...counts };
}

/**
 * Has a worker thread read and check the file's rows against the current risks, which are sent to
 * it in chunks; the checked rows come back in chunks too.
 */
async function checkRows(
  reader: OrgReader,
  file: string,
  method: RiskMethodology,
  options: RiskImportOptions,
): Promise<{ ignored: string[]; rows: GoodRow[]; errors: ImportError[]; read: RowsRead }> {
  const { port1, port2 } = new MessageChannel();
  const rows: GoodRow[] = [];
  const errors: ImportError[] = [];
  try {
    const ended = new Promise<{ ignored: string[]; read: RowsRead }>((resolve, reject) => {
      port1.on("message", (message: RiskRowsMessage) => {
        if (message.kind === "end") return resolve(message);
        port1.postMessage({ kind: "taken" } satisfies RiskViewsMessage);
        for (const row of message.rows) rows.push(row);
        for (const error of message.errors) errors.push(error);
        options.onProgress?.(message.done, message.total);
      });
      port1.on("close", () => reject(new Error("the import worker stopped before it finished")));
    });
    const { headerRow, valueMap } = options;
    const input = { file, map: options.map ?? {}, method, headerRow, valueMap, port: port2 };
    const task = runInWorker("riskRows", input, [port2]);
    // Marked handled now: the task may fail (a bad file) while the views are still being sent, and a
    // rejection left unhandled for that long stops the process. It is still awaited below.
    task.catch(() => {});
    const views = await loadRiskViews(reader);
    const pause = pacer();
    for (let i = 0; i < views.length; i += ROWS_PER_MESSAGE) {
      port1.postMessage({
        kind: "views",
        views: views.slice(i, i + ROWS_PER_MESSAGE),
      } satisfies RiskViewsMessage);
      await pause();
    }
    port1.postMessage({ kind: "viewsEnd" } satisfies RiskViewsMessage);
    // A failed task (a bad file, say) throws here; the port closes without an "end" then.
    ended.catch(() => {});
    await task;
    return { ...(await ended), rows, errors };
  } finally {
    port1.close();
  }
}

type GoodRow = CheckedRow;
type ImportCounts = Pick<RiskImportReport, "imported" | "updated" | "unchanged" | "createdAssets">;

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
): Promise<ImportCounts> {
  const run = async (w: import("../../db/store.js").OrgWriter) => {
    const createdAssets = await addMissingAssets(w, rows);
    const existing = new Map((await w.list("risks")).map((r) => [r.key, r]));
    const views = new Map((await loadRiskViews(w)).map((v) => [v.key, v]));
    const assets = new Map((await w.list("assets")).map((a) => [a.key, a.id]));
    // A loop, not Math.max(...keys): spreading 100,000+ keys overflows the call stack.
    let next = 0;
    for (const k of existing.keys()) next = Math.max(next, Number(/^R-(\d+)$/.exec(k)?.[1] ?? 0));
    const fresh: { key: string; row: GoodRow }[] = [];
    let updated = 0;
    let unchanged = 0;
    const pause = pacer();
    for (const row of rows) {
      await pause();
      for (const key of row.prepared.assetKeys)
        if (!assets.has(key)) throw invalid(`no asset "${key}" (risk ${row.key ?? row.title})`);
      const key = row.key;
      const current = key ? existing.get(key) : undefined;
      if (!current) {
        fresh.push({ key: key ?? `R-${String(++next).padStart(3, "0")}`, row });
        continue;
      }
      const view = views.get(current.key);
      const linksSame =
        JSON.stringify(view?.controls ?? []) ===
          JSON.stringify([...row.prepared.controls].sort(compareIds)) &&
        JSON.stringify(view?.assets ?? []) === JSON.stringify([...row.prepared.assetKeys].sort()) &&
        sameActions(view, row.prepared);
      if (
        sameRow(current as unknown as Record<string, unknown>, row.prepared.row as Record<string, unknown>) &&
        linksSame
      ) {
        unchanged++;
        continue;
      }
      await w.update("risks", current.id, current.version, row.prepared.row);
      await syncRiskLinks(w, current.id, row.prepared, !sameActions(view, row.prepared));
      updated++;
      if (updated % 500 === 0) onProgress(updated);
    }
    // New risks, then their control links, then their asset links (the order the trail has always
    // had), each in batches with a turn of the event loop between them.
    const inserted: { id: string }[] = [];
    await inBatches(fresh, async (batch) => {
      inserted.push(
        ...(await w.insertMany(
          "risks",
          batch.map(({ key, row }) => ({ ...row.prepared.row, key })),
        )),
      );
      onProgress(updated + inserted.length);
    });
    await inBatches(fresh, async (batch, start) => {
      const controlRows = batch.flatMap(({ row }, j) =>
        row.prepared.controls.map((controlId) => ({ riskId: inserted[start + j]?.id ?? "", controlId })),
      );
      await w.insertMany("riskControls", controlRows);
    });
    await inBatches(fresh, async (batch, start) => {
      const assetRows = batch.flatMap(({ row }, j) =>
        row.prepared.assetKeys.map((key) => ({
          riskId: inserted[start + j]?.id ?? "",
          assetId: assets.get(key) ?? "",
        })),
      );
      await w.insertMany("riskAssets", assetRows);
    });
    const withActions = fresh.some(({ row }) => row.prepared.actions.length > 0);
    await inBatches(withActions ? fresh : [], (batch, start) =>
      insertActions(
        w,
        batch,
        batch.map((_, j) => inserted[start + j]?.id ?? ""),
      ),
    );
    await w.record("risks", orgId, "import", { imported: inserted.length, updated });
    const counts = { imported: inserted.length, updated, unchanged, createdAssets };
    if (dryRun) throw new DryRunResult(counts);
    return counts;
  };
  try {
    return dryRun
      ? await writeOrg(db, orgId, actor, run)
      : await withCheckpointOffThread(db, () => writeOrg(db, orgId, actor, run));
  } catch (error) {
    if (error instanceof DryRunResult) return error.counts;
    throw error;
  }
}

/** Thrown to roll back a dry run after counting what it would have done. */
class DryRunResult extends Error {
  constructor(readonly counts: ImportCounts) {
    super("dry run");
  }
}
