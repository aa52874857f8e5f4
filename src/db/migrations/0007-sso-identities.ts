/**
 * Single sign-on, hardened: accounts are linked to the provider's issuer and subject (`sub`), not
 * found by email at each sign-in; a sign-in in progress is bound to the browser that started it
 * (the hash of a random cookie value); and a user with TOTP who signs in through the provider
 * waits for their one-time code in a short-lived challenge.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("user_identities")
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_identities_pk", ["issuer", "subject"])
    // One identity per provider and account: another subject cannot take an account over.
    .addUniqueConstraint("user_identities_user_issuer_uq", ["user_id", "issuer"])
    .execute();

  // Sign-ins started before this version were not bound to a browser: they cannot be finished.
  await db.deleteFrom("oidc_states").execute();
  await db.schema
    .alterTable("oidc_states")
    .addColumn("browser_hash", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("sign_in_challenges")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
}
