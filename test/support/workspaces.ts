/**
 * Test workspaces on real databases: a temporary SQLite file always, and a fresh PostgreSQL
 * schema when ISMS_TEST_PG_URL is set (dropped afterwards).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkspace, type Workspace } from "../../src/modules/workspace.js";

export type Dialect = "sqlite" | "postgres";

export const PG_URL = process.env.ISMS_TEST_PG_URL;

/** The dialects to run data-layer tests on; prints once why PostgreSQL is skipped. */
export const DIALECTS: Dialect[] = PG_URL ? ["sqlite", "postgres"] : ["sqlite"];
if (!PG_URL && !process.env.ISMS_QUIET_SKIPS) {
  process.env.ISMS_QUIET_SKIPS = "1";
  console.warn("PostgreSQL tests skipped: set ISMS_TEST_PG_URL=postgres://… to run them.");
}

export interface TestWorkspace extends Workspace {
  url: string;
  dir: string;
  dispose(): Promise<void>;
}

/**
 * Opens a fresh workspace of the given dialect, migrated to the latest schema or, for upgrade
 * tests, only up to the migration `upTo` names.
 */
export async function openTestWorkspace(
  dialect: Dialect,
  options: { upTo?: string } = {},
): Promise<TestWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), "isms-test-"));
  let url: string;
  let schema: string | undefined;
  if (dialect === "sqlite") {
    url = `file:${join(dir, "isms.db")}`;
  } else {
    if (!PG_URL) throw new Error("ISMS_TEST_PG_URL is not set");
    schema = `isms_t_${randomBytes(6).toString("hex")}`;
    const parsed = new URL(PG_URL);
    parsed.searchParams.set("schema", schema);
    url = parsed.toString();
  }
  const config = { databaseUrl: url, dataDir: dir, maxUploadBytes: 5 * 1024 * 1024 };
  const opened = async () => {
    if (!options.upTo) return openWorkspace(config);
    const { migrateTo } = await import("../../src/db/migrate.js");
    const partial = await openWorkspace(config, { migrate: false });
    await migrateTo(partial.db, options.upTo, schema);
    return partial;
  };
  const ws = await opened().catch(async (error: unknown) => {
    if (schema) await dropSchema(schema);
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    throw error;
  });
  return {
    ...ws,
    url,
    dir,
    async dispose() {
      await ws.close();
      if (schema) await dropSchema(schema);
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    // The job queue of `isms serve` lives beside the application's schema.
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
  } finally {
    await client.end();
  }
}
