/**
 * A workspace is an open database plus its evidence file store, chosen from the configuration:
 * SQLite keeps files in a folder beside the database, PostgreSQL keeps them in a table.
 */
import { dirname, join, resolve } from "node:path";
import { type Kysely, sql } from "kysely";
import type { Config } from "../config.js";
import { type DatabaseTarget, openDatabase } from "../db/database.js";
import type { Database } from "../db/schema.js";
import { type BlobStore, DatabaseBlobStore, FolderBlobStore } from "./evidence/blob-store.js";

export interface Workspace {
  db: Kysely<Database>;
  blobs: BlobStore;
  target: DatabaseTarget;
  close(): Promise<void>;
}

export async function openWorkspace(
  config: Pick<Config, "databaseUrl" | "dataDir" | "maxUploadBytes">,
  options: { migrate?: boolean } = {},
): Promise<Workspace> {
  const handle = await openDatabase(config.databaseUrl, options);
  const blobs =
    handle.target.dialect === "sqlite"
      ? new FolderBlobStore(
          config.dataDir
            ? join(resolve(config.dataDir), "blobs")
            : join(dirname(handle.target.file), "blobs"),
          config.maxUploadBytes,
        )
      : new DatabaseBlobStore(handle.db, config.maxUploadBytes);
  return { db: handle.db, blobs, target: handle.target, close: handle.close };
}

/** Applies pending schema migrations (they also run when a workspace opens); names those applied. */
export async function migrateWorkspace(
  config: Pick<Config, "databaseUrl">,
): Promise<{ applied: string[]; dialect: DatabaseTarget["dialect"] }> {
  const { migrateToLatest } = await import("../db/migrate.js");
  const handle = await openDatabase(config.databaseUrl, { migrate: false });
  try {
    const schema = handle.target.dialect === "postgres" ? handle.target.schema : undefined;
    const result = await migrateToLatest(handle.db, schema);
    const applied = (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
    return { applied, dialect: handle.target.dialect };
  } finally {
    await handle.close();
  }
}

/** True when the database answers a trivial query (readiness checks). */
export async function databaseAnswers(ws: Pick<Workspace, "db">): Promise<boolean> {
  try {
    await sql`select 1`.execute(ws.db);
    return true;
  } catch {
    return false;
  }
}
