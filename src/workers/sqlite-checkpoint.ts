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

/** The database file when `db` is SQLite on a file; undefined otherwise. */
export async function sqliteFile<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return undefined;
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  return rows.find((r) => r.name === "main")?.file || undefined;
}

/**
 * Runs `work` (a large write, here or in another thread) with this connection's automatic
 * checkpoint off, then has a pool thread copy the log into the database file. The result is
 * returned at once: the checkpoint is housekeeping that other requests need not wait for, and the
 * automatic checkpoint comes back once it is done.
 */
export async function withCheckpointOffThread<DB, R>(db: Kysely<DB>, work: () => Promise<R>): Promise<R> {
  const file = await sqliteFile(db);
  if (!file) return work();
  if (running++ === 0) {
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    restoreTo = Number(rows[0]?.wal_autocheckpoint ?? 1000);
    await sql`pragma wal_autocheckpoint = 0`.execute(db);
  }
  const finish = async () => {
    // A closed database (a CLI or a test done with it) has nothing to restore.
    if (--running === 0)
      await sql
        .raw(`pragma wal_autocheckpoint = ${restoreTo}`)
        .execute(db)
        .catch(() => {});
  };
  let result: R;
  try {
    result = await work();
  } catch (error) {
    await finish();
    throw error;
  }
  // A failed checkpoint loses nothing: the log stays and the next automatic one copies it.
  void runInWorker("checkpoint", { file })
    .catch(() => undefined)
    .then(finish);
  return result;
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
