/**
 * Reminders by e-mail: a person's job title in each organization (records name owners by title,
 * "Head of Security", as often as by name), each person's choice of digest and immediate messages
 * per organization (with the organization's default under the user id "*"), and the log of every
 * message sent, whose unique key makes a scheduled message go out once however many nodes run.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("memberships").addColumn("title", "text").execute();
  await db.schema
    .createTable("mail_preferences")
    .addColumn("org_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("digest", "text", (c) => c.notNull())
    .addColumn("alerts", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("mail_preferences_pk", ["org_id", "user_id"])
    .execute();
  await db.schema
    .createTable("sent_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.references("organizations.id").onDelete("cascade"))
    .addColumn("user_id", "text")
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("sent_messages_org_ix")
    .on("sent_messages")
    .columns(["org_id", "attempted_at"])
    .execute();
}
