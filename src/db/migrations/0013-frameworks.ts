/**
 * Frameworks beyond ISO/IEC 27001: catalogs imported from OSCAL (NIST SP 800-53 and others), with
 * their groups and controls; mappings of their requirements onto ISO clauses and Annex A controls
 * imported by a team; and per organization, notes and owners for requirements ISO does not cover.
 * Built-in frameworks (NIS2) and mappings (ENISA, NIST) ship as data and are not stored here.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("frameworks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("oscal_version", "text")
    .addColumn("uuid", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("content_sha256", "text", (c) => c.notNull())
    .addColumn("groups", "integer", (c) => c.notNull())
    .addColumn("controls", "integer", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("imported_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("framework_items")
    .addColumn("framework_id", "text", (c) => c.notNull().references("frameworks.id").onDelete("cascade"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("parent", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text")
    .addColumn("title", "text")
    .addColumn("text", "text")
    .addColumn("assessable", "integer", (c) => c.notNull())
    .addColumn("depth", "integer", (c) => c.notNull())
    .addColumn("sort", "integer", (c) => c.notNull())
    .addColumn("details", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("framework_items_pk", ["framework_id", "id"])
    .execute();
  await db.schema
    .createTable("mapping_sets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("framework_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("licence", "text")
    .addColumn("pairs", "integer", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("imported_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("framework_mappings")
    .addColumn("set_id", "text", (c) => c.notNull().references("mapping_sets.id").onDelete("cascade"))
    .addColumn("item_id", "text", (c) => c.notNull())
    .addColumn("iso_ref", "text", (c) => c.notNull())
    .addColumn("relationship", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("framework_mappings_pk", ["set_id", "item_id", "iso_ref"])
    .execute();
  await db.schema
    .createTable("coverage_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("framework_id", "text", (c) => c.notNull())
    .addColumn("requirement_id", "text", (c) => c.notNull())
    .addColumn("owner", "text")
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createIndex("coverage_notes_uq")
    .on("coverage_notes")
    .columns(["org_id", "framework_id", "requirement_id"])
    .unique()
    .execute();
}
