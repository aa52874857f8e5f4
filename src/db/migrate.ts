import { type Kysely, type Migration, type MigrationResultSet, Migrator } from "kysely";
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
};

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest<DB>(db: Kysely<DB>, schema?: string): Promise<MigrationResultSet> {
  // Migrations speak snake_case SQL themselves, so they run without the camelCase plugin.
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => MIGRATIONS },
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`database migration ${failed} failed: ${String(result.error)}`);
  }
  return result;
}

/** Names of the migrations this version knows, oldest first. */
export function migrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}
