/**
 * Who gets which reminders: each person chooses per organization a digest (off, daily or weekly)
 * and whether immediate messages reach them. Digests are off until the person opts in, unless an
 * administrator sets the organization's default; immediate messages are on. An unsubscribe link
 * (signed, so nothing is stored for it) turns both off for one person in one organization.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso, writeInstallation } from "../../db/store.js";
import { notFound } from "../../domain/errors.js";
import { DIGESTS, type Digest } from "../../domain/notify.js";
import type { Db } from "../scope.js";

/** The user id under which an organization's default is kept. */
export const ORG_DEFAULT = "*";

export interface MailPreference {
  digest: Digest;
  alerts: boolean;
}

const BUILT_IN: MailPreference = { digest: "off", alerts: true };

const asPreference = (row: { digest: string; alerts: number }): MailPreference => ({
  digest: (DIGESTS as readonly string[]).includes(row.digest) ? (row.digest as Digest) : "off",
  alerts: row.alerts === 1,
});

/** Every member's preference in the organization, the default applied, by user id. */
export async function preferencesOf(db: Db, orgId: string): Promise<Map<string, MailPreference>> {
  const rows = await db.selectFrom("mailPreferences").selectAll().where("orgId", "=", orgId).execute();
  const fallback = rows.find((r) => r.userId === ORG_DEFAULT);
  const base = fallback ? asPreference(fallback) : BUILT_IN;
  const members = await db.selectFrom("memberships").select("userId").where("orgId", "=", orgId).execute();
  const own = new Map(rows.filter((r) => r.userId !== ORG_DEFAULT).map((r) => [r.userId, asPreference(r)]));
  return new Map(members.map((m) => [m.userId, own.get(m.userId) ?? base]));
}

export interface Recipient extends MailPreference {
  userId: string;
  name: string;
  email: string;
  role: string;
  title: string | null;
}

/** The organization's members who can receive mail (accounts not disabled), with their choices. */
export async function recipientsOf(db: Db, orgId: string): Promise<Recipient[]> {
  const [people, preferences] = await Promise.all([
    db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.userId")
      .select(["users.id as userId", "users.email", "users.name", "memberships.role", "memberships.title"])
      .where("memberships.orgId", "=", orgId)
      .where("users.disabled", "=", 0)
      .orderBy("users.email")
      .execute(),
    preferencesOf(db, orgId),
  ]);
  return people.map((p) => ({ ...p, ...(preferences.get(p.userId) ?? BUILT_IN) }));
}

/** The organization's default for members who have not chosen. */
export async function organizationDefault(db: Db, orgId: string): Promise<MailPreference> {
  const row = await db
    .selectFrom("mailPreferences")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("userId", "=", ORG_DEFAULT)
    .executeTakeFirst();
  return row ? asPreference(row) : BUILT_IN;
}

/** Sets a person's choice (or, with ORG_DEFAULT, the organization's default); the change is in the trail. */
export async function setPreference(
  db: Db,
  actor: string,
  target: { orgId: string; userId: string },
  preference: MailPreference,
): Promise<MailPreference> {
  await writeInstallation(db, actor, async (trx, record) => {
    const values = {
      digest: preference.digest,
      alerts: preference.alerts ? (1 as const) : (0 as const),
      updatedAt: nowIso(),
    };
    await trx
      .insertInto("mailPreferences")
      .values({ orgId: target.orgId, userId: target.userId, ...values })
      .onConflict((oc) => oc.columns(["orgId", "userId"]).doUpdateSet(values))
      .execute();
    await record({
      entityType: "mailPreferences",
      entityId: `${target.orgId}/${target.userId}`,
      action: "update",
      changes: { digest: preference.digest, alerts: preference.alerts },
    });
  });
  return preference;
}

const SECRET_NAME = "mail-unsubscribe";

/** Installation secrets are kept out of the typed schema (and so out of backups and generic reads). */
interface SecretsDb {
  installationSecrets: { name: string; value: string; createdAt: string };
}

async function signingKey(db: Db): Promise<Buffer> {
  const secrets = db as unknown as Kysely<SecretsDb>;
  await secrets
    .insertInto("installationSecrets")
    .values({ name: SECRET_NAME, value: randomBytes(32).toString("base64url"), createdAt: nowIso() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await secrets
    .selectFrom("installationSecrets")
    .select("value")
    .where("name", "=", SECRET_NAME)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, "base64url");
}

const mac = (key: Buffer, body: string) =>
  createHmac("sha256", key).update(body).digest().subarray(0, 16).toString("base64url");

/** Both ids (UUIDs) in 43 characters, so links stay short. */
const packIds = (userId: string, orgId: string) =>
  Buffer.from(`${userId}${orgId}`.replace(/-/g, ""), "hex").toString("base64url");

function unpackIds(body: string): { userId: string; orgId: string } | undefined {
  const hex = Buffer.from(body, "base64url").toString("hex");
  if (hex.length !== 64) return undefined;
  const uuid = (h: string) =>
    `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { userId: uuid(hex.slice(0, 32)), orgId: uuid(hex.slice(32)) };
}

/** The secret part of a person's unsubscribe link for one organization. */
export async function unsubscribeToken(db: Db, orgId: string, userId: string): Promise<string> {
  const body = packIds(userId, orgId);
  return `${body}.${mac(await signingKey(db), body)}`;
}

const INVALID = "this unsubscribe link is not valid; change your e-mail settings under My tasks in the app";

/** Whom an unsubscribe link names, after checking its signature. */
export async function readUnsubscribe(db: Db, token: string) {
  const [body = "", signature = ""] = token.split(".");
  const expected = /^[A-Za-z0-9_-]{43}$/.test(body) ? mac(await signingKey(db), body) : "";
  const ids = expected && unpackIds(body);
  if (
    !ids ||
    signature.length !== expected.length ||
    !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  )
    throw notFound(INVALID);
  const { userId, orgId } = ids;
  const row = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .innerJoin("organizations", "organizations.id", "memberships.orgId")
    .select(["users.email", "organizations.name as organization"])
    .where("memberships.userId", "=", userId)
    .where("memberships.orgId", "=", orgId)
    .executeTakeFirst();
  if (!row) throw notFound(INVALID);
  const preference = (await preferencesOf(db, orgId)).get(userId) ?? BUILT_IN;
  return { orgId, userId, email: row.email, organization: row.organization, ...preference };
}

/** One-click unsubscribe (RFC 8058): no digest and no immediate messages from this organization. */
export async function unsubscribe(db: Db, token: string) {
  const who = await readUnsubscribe(db, token);
  await setPreference(db, `unsubscribe:${who.email}`, who, { digest: "off", alerts: false });
  return { ...who, digest: "off" as const, alerts: false };
}
