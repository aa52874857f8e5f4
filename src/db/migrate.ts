import { type Kysely, type Migration, type MigrationResultSet, Migrator, PostgresAdapter, sql } from "kysely";
import * as initial from "./migrations/0001-initial.js";
import * as managementSystem from "./migrations/0002-management-system.js";
import * as auth from "./migrations/0003-auth.js";
import * as oidc from "./migrations/0004-oidc.js";
import * as installationSecrets from "./migrations/0005-installation-secrets.js";
import * as accountSecurity from "./migrations/0006-account-security.js";
import * as ssoIdentities from "./migrations/0007-sso-identities.js";
import * as readinessRecords from "./migrations/0008-readiness-records.js";
import * as policies from "./migrations/0009-policies.js";
import * as operations from "./migrations/0010-operations.js";
import * as calendarFeeds from "./migrations/0011-calendar-feeds.js";
import * as notifications from "./migrations/0012-notifications.js";
import * as frameworks from "./migrations/0013-frameworks.js";
import * as compactTrail from "./migrations/0014-compact-trail.js";
import * as riskLinkIndexes from "./migrations/0015-risk-link-indexes.js";

/** Every migration, in order. Listed in code (not read from a folder) so the built package is self-contained. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-management-system": managementSystem,
  "0003-auth": auth,
  "0004-oidc": oidc,
  "0005-installation-secrets": installationSecrets,
  "0006-account-security": accountSecurity,
  "0007-sso-identities": ssoIdentities,
  "0008-readiness-records": readinessRecords,
  "0009-policies": policies,
  "0010-operations": operations,
  "0011-calendar-feeds": calendarFeeds,
  "0012-notifications": notifications,
  "0013-frameworks": frameworks,
  "0014-compact-trail": compactTrail,
  "0015-risk-link-indexes": riskLinkIndexes,
};

/** Migrations that rewrite much of the file: on SQLite the space they free is returned afterwards. */
const REWRITES = new Set(["0014-compact-trail"]);

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest<DB>(db: Kysely<DB>, schema?: string): Promise<MigrationResultSet> {
  return migrate(db, schema, (migrator) => migrator.migrateToLatest());
}

/** Applies the pending migrations up to and including `name` (for upgrade tests and benchmarks). */
export async function migrateTo<DB>(
  db: Kysely<DB>,
  name: string,
  schema?: string,
): Promise<MigrationResultSet> {
  return migrate(db, schema, (migrator) => migrator.migrateTo(name));
}

async function migrate<DB>(
  db: Kysely<DB>,
  schema: string | undefined,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<MigrationResultSet> {
  // Migrations speak snake_case SQL themselves, so they run without the camelCase plugin.
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => MIGRATIONS },
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result = await run(migrator);
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`database migration ${failed} failed: ${String(result.error)}`);
  }
  const rewrote = result.results?.some((r) => r.status === "Success" && REWRITES.has(r.migrationName));
  if (rewrote && !(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`vacuum`.execute(db);
  return result;
}

/** Names of the migrations this version knows, oldest first. */
export function migrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}
