/**
 * Account security: sessions get a public id (to list and revoke them without their secret), the
 * time of their last use (idle timeout) and the client they were opened from; users remember the
 * last TOTP time step they used, so a code is accepted once, and a new TOTP secret being enrolled
 * is kept apart from the one in force until it is confirmed.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("sessions").addColumn("id", "text").execute();
  await db.schema.alterTable("sessions").addColumn("last_seen_at", "text").execute();
  await db.schema.alterTable("sessions").addColumn("ip", "text").execute();
  await db.schema.alterTable("sessions").addColumn("user_agent", "text").execute();
  // Sessions opened before this version: an id derived from their hash, last seen when opened.
  await sql`update sessions set id = substr(id_hash, 1, 32), last_seen_at = created_at`.execute(db);
  await db.schema.createIndex("sessions_id_ux").on("sessions").column("id").unique().execute();
  await db.schema.alterTable("users").addColumn("totp_last_step", "integer").execute();
  await db.schema.alterTable("users").addColumn("totp_pending_secret", "text").execute();
}
