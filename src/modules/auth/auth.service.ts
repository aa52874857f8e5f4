/**
 * Sign-in, server-side sessions and personal API tokens. Sessions and tokens live in the database,
 * so any app node can serve any request. Secrets are random and only their SHA-256 is stored.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { nowIso } from "../../db/store.js";
import { DomainError, invalid, notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";
import { newTotpSecret, totpUri, verifyTotp } from "../../domain/totp.js";
import { hashPassword, verifyPassword } from "../users/password.js";
import { findUserByEmail, type User } from "../users/user.service.js";

export const SESSION_DAYS = 7;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const token = (prefix: string) => `${prefix}_${randomBytes(24).toString("base64url")}`;

const unauthenticated = (message = "email, password or code is not right") =>
  new DomainError("UNAUTHENTICATED", message);

/**
 * A hash no password matches, checked when no user has the email (or the user has no password),
 * so that an unknown address costs the same scrypt work as a wrong password and timing does not
 * tell which accounts exist.
 */
let decoyHash: Promise<string> | undefined;
const decoy = () => {
  decoyHash ??= hashPassword(token("decoy"));
  return decoyHash;
};

/**
 * Checks the credentials and opens a session. A user with two-factor authentication must also give
 * the current TOTP code. The same message answers every failure, so accounts cannot be probed.
 */
export async function login(db: Kysely<Database>, input: { email: string; password: string; code?: string }) {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await decoy()));
  if (!user || !passwordOk || user.disabled) throw unauthenticated();
  if (user.totpEnabled) {
    if (!input.code)
      throw new DomainError("UNAUTHENTICATED", "a one-time code is required", [
        { path: "code", message: "required" },
      ]);
    if (!verifyTotp(user.totpSecret ?? "", input.code)) throw unauthenticated();
  }
  return openSession(db, user);
}

/** Opens a session for a user who has proven who they are (password and code, or single sign-on). */
export async function openSession(db: Kysely<Database>, user: User) {
  const secret = token("ses");
  const csrfToken = randomBytes(24).toString("base64url");
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await db
    .insertInto("sessions")
    .values({ idHash: sha256(secret), userId: user.id, csrfToken, createdAt: nowIso(), expiresAt: expires })
    .execute();
  return { secret, csrfToken, expiresAt: expires, user };
}

export async function logout(db: Kysely<Database>, secret: string): Promise<void> {
  await db.deleteFrom("sessions").where("idHash", "=", sha256(secret)).execute();
}

export interface Principal {
  user: User;
  via: "session" | "token";
  /** For sessions: the token cookie-authenticated writes must echo. */
  csrfToken?: string;
  /** For API tokens: what they may do. */
  scope?: "read" | "write";
}

export async function sessionPrincipal(db: Kysely<Database>, secret: string): Promise<Principal | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .selectAll("users")
    .select(["sessions.csrfToken", "sessions.expiresAt"])
    .where("sessions.idHash", "=", sha256(secret))
    .executeTakeFirst();
  if (!row || row.expiresAt < nowIso() || row.disabled) return undefined;
  const { csrfToken, expiresAt: _expires, ...user } = row;
  return { user, via: "session", csrfToken };
}

export async function createApiToken(
  db: Kysely<Database>,
  userId: string,
  input: { name: string; scope: "read" | "write"; expiresInDays?: number | null },
) {
  if (!input.name.trim()) throw invalid("name is required", [{ path: "name", message: "required" }]);
  const secret = token("isms");
  const row = {
    id: uuidv7(),
    userId,
    name: input.name.trim(),
    tokenHash: sha256(secret),
    scope: input.scope,
    createdAt: nowIso(),
    expiresAt: input.expiresInDays
      ? new Date(Date.now() + input.expiresInDays * 86_400_000).toISOString()
      : null,
    revokedAt: null,
    lastUsedAt: null,
  };
  await db.insertInto("apiTokens").values(row).execute();
  return { token: secret, id: row.id, name: row.name, scope: row.scope, expiresAt: row.expiresAt };
}

export async function tokenPrincipal(db: Kysely<Database>, secret: string): Promise<Principal | undefined> {
  const row = await db
    .selectFrom("apiTokens")
    .selectAll()
    .where("tokenHash", "=", sha256(secret))
    .executeTakeFirst();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < nowIso())) return undefined;
  const user = await db.selectFrom("users").selectAll().where("id", "=", row.userId).executeTakeFirst();
  if (!user || user.disabled) return undefined;
  await db.updateTable("apiTokens").set({ lastUsedAt: nowIso() }).where("id", "=", row.id).execute();
  return { user, via: "token", scope: row.scope === "write" ? "write" : "read" };
}

export async function listApiTokens(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("apiTokens")
    .select(["id", "name", "scope", "createdAt", "expiresAt", "revokedAt", "lastUsedAt"])
    .where("userId", "=", userId)
    .orderBy("createdAt")
    .execute();
}

export async function revokeApiToken(db: Kysely<Database>, userId: string, id: string): Promise<void> {
  const result = await db
    .updateTable("apiTokens")
    .set({ revokedAt: nowIso() })
    .where("id", "=", id)
    .where("userId", "=", userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound(`token ${id}`);
}

/** Starts TOTP enrolment: stores a new secret (not yet enforced) and returns it for the app. */
export async function beginTotp(db: Kysely<Database>, user: User) {
  const secret = newTotpSecret();
  await db
    .updateTable("users")
    .set({ totpSecret: secret, totpEnabled: 0 })
    .where("id", "=", user.id)
    .execute();
  return { secret, uri: totpUri(secret, user.email) };
}

/** Turns TOTP on once the user proves their app produces the right code. */
export async function enableTotp(db: Kysely<Database>, user: User, code: string): Promise<void> {
  const current = await db
    .selectFrom("users")
    .select("totpSecret")
    .where("id", "=", user.id)
    .executeTakeFirstOrThrow();
  if (!current.totpSecret || !verifyTotp(current.totpSecret, code)) {
    throw invalid("the code does not match; check the time on your device and try again", [
      { path: "code", message: "wrong code" },
    ]);
  }
  await db.updateTable("users").set({ totpEnabled: 1 }).where("id", "=", user.id).execute();
}
