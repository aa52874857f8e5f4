/**
 * Readiness that counts the ISMS's own records: the organization's climate-change determination
 * (4.1, Amd 1:2024) kept beside its scope, and SoA approvals that record the named approver and
 * their role apart from who recorded the approval, and why undecided controls were accepted.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("scopes").addColumn("climate_relevant", "integer").execute();
  await db.schema.alterTable("scopes").addColumn("climate_reason", "text").execute();
  await db.schema.alterTable("soa_versions").addColumn("approver_role", "text").execute();
  await db.schema.alterTable("soa_versions").addColumn("recorded_by", "text").execute();
  await db.schema.alterTable("soa_versions").addColumn("undecided_reason", "text").execute();
}
