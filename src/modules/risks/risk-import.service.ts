/**
 * Imports a risk register from CSV or XLSX. Column headers are recognised by their usual names
 * ("Risk ID", "Probability", "Risk Owner", "Annex A Controls", "Residual …"), scale values may be
 * numbers or the methodology's level names, and control lists may mix "A.8.8, 8.9" and 2013 ids.
 * Every bad row is reported with its line and column; one bad row means nothing is imported.
 * Re-importing updates risks by key.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, type OrgWriter, writeOrg } from "../../db/store.js";
import { holdWrites } from "../../db/write-gate.js";
import type { RiskMethodology } from "../../domain/risk-method.js";
import { localChannel } from "../../workers/local-channel.js";
import { pacer, runInWorker } from "../../workers/pool.js";
import { sqliteFile, withCheckpointOffThread } from "../../workers/sqlite-checkpoint.js";
import { getMethodology } from "./methodology.service.js";
import type { RiskView } from "./risk.repository.js";
import type { ImportError, RiskImportReport } from "./risk-import.columns.js";
import {
  type RiskRowsMessage,
  type RiskViewsMessage,
  ROWS_PER_MESSAGE,
  type RowsRead,
  readRiskRows,
} from "./risk-import.tasks.js";
import type { ValueMap } from "./risk-import.values.js";
import { ImportWriter } from "./risk-import.write.js";

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
 * On SQLite the whole import, commit included, runs in a worker thread on a connection of its own
 * (risk-import.thread.ts) while this process's other writes wait at the write gate and its reads
 * go on; on PostgreSQL it runs here (see importRisksHere).
 */
export async function importRisks(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  file: string,
  options: RiskImportOptions = {},
): Promise<RiskImportReport> {
  const dbFile = await sqliteFile(db);
  if (!dbFile) return importRisksHere(db, orgId, actor, file, options);
  const { onProgress, ...plain } = options;
  const { port1, port2 } = new MessageChannel();
  port1.on("message", ({ done, total }: { done: number; total: number }) => onProgress?.(done, total));
  try {
    const input = { dbFile, orgId, actor, file, options: plain, progress: port2 };
    const run = () => holdWrites(() => runInWorker("riskImport", input, [port2]));
    return options.dryRun ? await run() : await withCheckpointOffThread(db, run);
  } finally {
    port1.close();
  }
}

/**
 * The import on this thread's connection. Reading and checking run in a worker thread (or, when
 * this already is one, beside the writing), which sends the checked rows in chunks; each chunk is
 * written while the next is checked, with turns of the event loop between batches. A bad row stops
 * the writing (the rest is still checked, so every error is reported) and the transaction is
 * rolled back.
 */
export async function importRisksHere(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  file: string,
  options: RiskImportOptions = {},
  checkHere = false,
): Promise<RiskImportReport> {
  const { method } = await getMethodology(new OrgReader(db, orgId));
  const dryRun = options.dryRun === true;
  const run = async (w: OrgWriter): Promise<RiskImportReport> => {
    const views = await ImportWriter.views(w);
    const writer = await ImportWriter.open(w, views, options.createAssets !== false);
    const errors: ImportError[] = [];
    const { ignored, read } = await checkRows(views, file, method, options, checkHere, async (chunk) => {
      errors.push(...chunk.errors, ...writer.missingAssets(chunk.rows, chunk.assetColumn));
      if (errors.length === 0) await writer.write(chunk.rows);
      options.onProgress?.(chunk.done, chunk.total);
    });
    const { assetColumn: _column, ...found } = read;
    errors.sort((a, b) => a.line - b.line);
    const report: RiskImportReport = {
      imported: errors.length ? 0 : writer.imported,
      updated: errors.length ? 0 : writer.updated,
      unchanged: errors.length ? 0 : writer.unchanged,
      errors,
      ignoredColumns: ignored,
      dryRun,
      createdAssets: errors.length ? [] : writer.assets.created,
      ...found,
    };
    if (errors.length || dryRun) throw new RolledBack(report);
    await w.record("risks", orgId, "import", { imported: writer.imported, updated: writer.updated });
    return report;
  };
  try {
    return await writeOrg(db, orgId, actor, run);
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

type RowsChunk = Extract<RiskRowsMessage, { kind: "rows" }>;

/**
 * Has a worker thread read and check the file's rows against the current risks, which are sent to
 * it in chunks; the checked rows come back in chunks, each handed to `onChunk` before the worker
 * is told to send the next.
 */
async function checkRows(
  views: readonly RiskView[],
  file: string,
  method: RiskMethodology,
  options: RiskImportOptions,
  checkHere: boolean,
  onChunk: (chunk: RowsChunk) => Promise<void>,
): Promise<{ ignored: string[]; read: RowsRead }> {
  // In the import's own thread the checking runs beside the writing, and the rows are handed over
  // as they are (a second thread for it, with the copying between threads, was slower on two
  // cores); from the main thread they come from a worker through a real port.
  const local = checkHere ? localChannel() : undefined;
  const { port1, port2 } = local ?? new MessageChannel();
  try {
    // One chunk at a time: the next message is handled once the chunk before has been written.
    let handled: Promise<void> = Promise.resolve();
    const ended = new Promise<{ ignored: string[]; read: RowsRead }>((resolve, reject) => {
      port1.on("message", (message: RiskRowsMessage) => {
        handled = handled.then(async () => {
          if (message.kind === "end") return resolve(message);
          await onChunk(message);
          port1.postMessage({ kind: "taken" } satisfies RiskViewsMessage);
        });
        handled.catch(reject);
      });
      port1.on("close", () =>
        handled.then(() => reject(new Error("the import worker stopped before it finished")), reject),
      );
    });
    const { headerRow, valueMap } = options;
    const input = { file, map: options.map ?? {}, method, headerRow, valueMap, port: port2 };
    const task = local ? readRiskRows(input) : runInWorker("riskRows", input, [port2 as MessagePort]);
    // Marked handled now: the task may fail (a bad file) while the views are still being sent, and a
    // rejection left unhandled for that long stops the process. It is still awaited below.
    task.catch(() => {});
    ended.catch(() => {});
    const pause = pacer();
    for (let i = 0; i < views.length; i += ROWS_PER_MESSAGE) {
      port1.postMessage({
        kind: "views",
        views: views.slice(i, i + ROWS_PER_MESSAGE),
      } satisfies RiskViewsMessage);
      await pause();
    }
    port1.postMessage({ kind: "viewsEnd" } satisfies RiskViewsMessage);
    // A failed task (a bad file, say) throws here; a failed write throws from `ended`.
    await Promise.all([task, ended]);
    return await ended;
  } finally {
    port1.close();
  }
}

/** Thrown to roll back a dry run or an import with bad rows, carrying what it found. */
class RolledBack extends Error {
  constructor(readonly report: RiskImportReport) {
    super("rolled back");
  }
}
