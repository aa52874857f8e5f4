/**
 * Clauses 4–10 as registers: ISMS roles (5.3), planned changes (6.3), competence (7.2),
 * awareness (7.3), communication (7.4), risk assessment runs (8.2), the improvement log (10.1),
 * and structured audit scopes with impartiality exceptions (9.2).
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

function orgTable(db: AnyDb, name: string) {
  return db.schema
    .createTable(name)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
}

export async function up(db: AnyDb): Promise<void> {
  await orgTable(db, "isms_roles")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("holder", "text")
    .addColumn("responsibilities", "text")
    .execute();
  await orgTable(db, "isms_changes")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("owner", "text")
    .addColumn("planned_on", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .execute();
  await orgTable(db, "competence_records")
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("role", "text")
    .addColumn("competence", "text", (c) => c.notNull())
    .addColumn("evidence", "text")
    .addColumn("recorded_on", "text", (c) => c.notNull())
    .execute();
  await orgTable(db, "awareness_activities")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("audience", "text")
    .addColumn("held_on", "text", (c) => c.notNull())
    .addColumn("participants", "integer")
    .execute();
  await orgTable(db, "communications")
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("audience", "text")
    .addColumn("channel", "text")
    .addColumn("frequency", "text")
    .addColumn("owner", "text")
    .execute();
  await orgTable(db, "risk_assessment_runs")
    .addColumn("performed_on", "text", (c) => c.notNull())
    .addColumn("scope", "text")
    .addColumn("performed_by", "text")
    .addColumn("summary", "text")
    .execute();
  await orgTable(db, "improvements")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("source", "text")
    .addColumn("owner", "text")
    .addColumn("raised_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable("audits")
    .addColumn("scope_refs", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.alterTable("audits").addColumn("impartiality_exception", "text").execute();
  for (const table of [
    "isms_roles",
    "isms_changes",
    "competence_records",
    "awareness_activities",
    "communications",
    "risk_assessment_runs",
    "improvements",
  ]) {
    await db.schema.createIndex(`${table}_org_id_ix`).on(table).column("org_id").execute();
  }
}
