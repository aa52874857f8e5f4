/**
 * The operational registers auditors sample: suppliers and cloud services with their assessments
 * (Annex A 5.19–5.23), incidents with their timeline and notification obligations (5.24–5.28, 6.8),
 * and legal, statutory, regulatory and contractual requirements (5.31, clause 4.2).
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

const keyed = async (db: AnyDb, table: string) =>
  db.schema.createIndex(`${table}_org_id_key_uq`).on(table).columns(["org_id", "key"]).unique().execute();

export async function up(db: AnyDb): Promise<void> {
  await orgTable(db, "suppliers")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("services", "text")
    .addColumn("data_categories", "text")
    .addColumn("criticality", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("owner", "text")
    .addColumn("contact", "text")
    .addColumn("cloud_service", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("shared_responsibility", "text")
    .addColumn("contract", "text", (c) => c.notNull())
    .addColumn("next_review_on", "text")
    .addColumn("control_refs", "text", (c) => c.notNull())
    .addColumn("notes", "text")
    .execute();
  await keyed(db, "suppliers");
  await orgTable(db, "supplier_assessments")
    .addColumn("supplier_id", "text", (c) => c.notNull().references("suppliers.id").onDelete("cascade"))
    .addColumn("assessed_on", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("document", "text")
    .addColumn("document_expires_on", "text")
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("residual_risk", "text", (c) => c.notNull())
    .addColumn("assessor", "text")
    .addColumn("notes", "text")
    .execute();
  await db.schema
    .createIndex("supplier_assessments_supplier_id_ix")
    .on("supplier_assessments")
    .column("supplier_id")
    .execute();

  await orgTable(db, "incidents")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reported_by", "text")
    .addColumn("reported_at", "text", (c) => c.notNull())
    .addColumn("detected_at", "text", (c) => c.notNull())
    .addColumn("personal_data", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("closed_at", "text")
    .addColumn("lessons_learned", "text")
    .addColumn("control_refs", "text", (c) => c.notNull())
    .execute();
  await keyed(db, "incidents");
  await orgTable(db, "incident_entries")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("author", "text")
    .addColumn("evidence_key", "text")
    .execute();
  await db.schema
    .createIndex("incident_entries_incident_id_ix")
    .on("incident_entries")
    .column("incident_id")
    .execute();
  await orgTable(db, "incident_notifications")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
    .addColumn("obligation", "text", (c) => c.notNull())
    .addColumn("recipient", "text")
    .addColumn("due_at", "text")
    .addColumn("sent_at", "text")
    .addColumn("reference", "text")
    .execute();
  await db.schema
    .createIndex("incident_notifications_incident_id_ix")
    .on("incident_notifications")
    .column("incident_id")
    .execute();

  await orgTable(db, "requirements")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source", "text")
    .addColumn("jurisdiction", "text")
    .addColumn("applies_to", "text")
    .addColumn("owner", "text")
    .addColumn("how_met", "text")
    .addColumn("control_refs", "text", (c) => c.notNull())
    .addColumn("document_refs", "text", (c) => c.notNull())
    .addColumn("review_on", "text")
    .execute();
  await keyed(db, "requirements");
}
