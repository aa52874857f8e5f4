/**
 * Policies with a lifecycle (5.2, 5.1, 7.3, 7.5): the document register's row is the policy, and
 * it gains its versions (content, hash, approval, publication), reviewers' comments, the people
 * asked to acknowledge each version and their acknowledgements, and scheduled reviews.
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
  await db.schema.alterTable("documents").addColumn("control_refs", "text").execute();
  await db.schema.alterTable("documents").addColumn("template_key", "text").execute();

  await orgTable(db, "policy_versions")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("content_sha256", "text")
    .addColumn("file_sha256", "text")
    .addColumn("filename", "text")
    .addColumn("mime", "text")
    .addColumn("change_summary", "text")
    .addColumn("significant", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("submitted_by", "text")
    .addColumn("submitted_at", "text")
    .addColumn("approved_by", "text")
    .addColumn("approver_role", "text")
    .addColumn("approver_user_id", "text")
    .addColumn("approved_at", "text")
    .addColumn("published_by", "text")
    .addColumn("published_at", "text")
    .addColumn("effective_from", "text")
    .addColumn("superseded_at", "text")
    .addColumn("audience", "text")
    .addColumn("ack_version_id", "text")
    .execute();
  await db.schema
    .createIndex("policy_versions_document_id_number_uq")
    .on("policy_versions")
    .columns(["document_id", "number"])
    .unique()
    .execute();

  await orgTable(db, "policy_comments")
    .addColumn("version_id", "text", (c) => c.notNull().references("policy_versions.id").onDelete("cascade"))
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("section", "text")
    .addColumn("quote", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("resolved", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("policy_comments_version_id_ix")
    .on("policy_comments")
    .column("version_id")
    .execute();

  await orgTable(db, "policy_acks")
    .addColumn("version_id", "text", (c) => c.notNull().references("policy_versions.id").onDelete("cascade"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("user_id", "text")
    .addColumn("token_hash", "text")
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("reminded_at", "text")
    .addColumn("acknowledged_at", "text")
    .addColumn("acked_sha256", "text")
    .addColumn("via", "text")
    .addColumn("client_ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("policy_acks_version_id_ix").on("policy_acks").column("version_id").execute();
  await db.schema
    .createIndex("policy_acks_token_hash_uq")
    .on("policy_acks")
    .column("token_hash")
    .unique()
    .execute();

  await orgTable(db, "policy_reviews")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("version_id", "text")
    .addColumn("reviewed_by", "text", (c) => c.notNull())
    .addColumn("reviewed_on", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();
}
