/**
 * A large import's commit on SQLite would also copy its whole write-ahead log into the database
 * file (the automatic checkpoint runs in the committing call), holding the event loop for seconds.
 * `withCheckpointOffThread` turns the automatic checkpoint off for the duration of the work and then
 * runs the checkpoint from a pool thread, on a connection of its own; other requests keep being
 * answered meanwhile. On PostgreSQL it only runs the work.
 */
import { type Kysely, SqliteAdapter, sql } from "kysely";
import { runInWorker } from "./pool.js";

let running = 0;
let restoreTo = 1000;
let restoreCache = -2000;
/**
 * The page cache a large write keeps while it runs (KiB). SQLite writes dirty pages to the log only
 * when the cache overflows or at commit, and a commit is one synchronous call: with a large cache
 * a 60,000-row import wrote ~60 MB in its commit, holding the event loop for a quarter of a second.
 * With a small one the pages go out in the write batches, between which the loop runs.
 */
const WRITE_CACHE_KIB = 4096;

/** The database file when `db` is SQLite on a file; undefined otherwise. */
export async function sqliteFile<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return undefined;
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  return rows.find((r) => r.name === "main")?.file || undefined;
}

export async function withCheckpointOffThread<DB, R>(db: Kysely<DB>, work: () => Promise<R>): Promise<R> {
  const file = await sqliteFile(db);
  if (!file) return work();
  if (running++ === 0) {
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    restoreTo = Number(rows[0]?.wal_autocheckpoint ?? 1000);
    await sql`pragma wal_autocheckpoint = 0`.execute(db);
    const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
    restoreCache = Number(cache.rows[0]?.cache_size ?? -2000);
    await sql.raw(`pragma cache_size = -${WRITE_CACHE_KIB}`).execute(db);
  }
  try {
    const result = await work();
    // A failed checkpoint loses nothing: the log stays and the next automatic one copies it.
    await runInWorker("checkpoint", { file }).catch(() => undefined);
    return result;
  } finally {
    if (--running === 0) {
      await sql.raw(`pragma wal_autocheckpoint = ${restoreTo}`).execute(db);
      await sql.raw(`pragma cache_size = ${restoreCache}`).execute(db);
    }
  }
}

/** Runs in a pool thread: copies the write-ahead log into the database file. */
export async function checkpoint({ file }: { file: string }): Promise<undefined> {
  const { default: SQLite } = await import("better-sqlite3");
  const connection = new SQLite(file, { fileMustExist: true });
  try {
    connection.pragma("busy_timeout = 10000");
    connection.pragma("wal_checkpoint(PASSIVE)");
  } finally {
    connection.close();
  }
  return undefined;
}
