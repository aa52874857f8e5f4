/**
 * A risk import on SQLite as a pool thread runs it: on a connection of its own to the database
 * file, so that the writes and the commit (one synchronous call that grows with the import) never
 * hold the server's event loop. The main thread holds its own writes back meanwhile (write-gate.ts)
 * and copies the write-ahead log into the database file afterwards.
 */
import type { MessagePort } from "node:worker_threads";
import { sql } from "kysely";
import type { Actor } from "../../db/store.js";
import type { RiskImportReport } from "./risk-import.columns.js";
import { importRisksHere, type RiskImportOptions } from "./risk-import.service.js";

export interface RiskImportInput {
  dbFile: string;
  orgId: string;
  actor: Actor;
  file: string;
  options: Omit<RiskImportOptions, "onProgress">;
  /** Receives { done, total } as the import goes. */
  progress: MessagePort;
}

export async function importInThread(input: RiskImportInput): Promise<RiskImportReport> {
  const { openDatabase } = await import("../../db/database.js");
  const handle = await openDatabase(`file:${input.dbFile}`, { migrate: false });
  try {
    // The main thread checkpoints once the import is over; this connection must not do it in its
    // commit. Its commit holds no event loop, so the page cache stays as large as the server's.
    await sql`pragma wal_autocheckpoint = 0`.execute(handle.db);
    return await importRisksHere(
      handle.db,
      input.orgId,
      input.actor,
      input.file,
      { ...input.options, onProgress: (done, total) => input.progress.postMessage({ done, total }) },
      true,
    );
  } finally {
    input.progress.close();
    await handle.close();
  }
}
