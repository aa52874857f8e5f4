/**
 * Sign-in, server-side sessions and personal API tokens. Sessions and tokens live in the database,
 * so any app node can serve any request. Secrets are random and only their SHA-256 is stored.
 * Every sign-in, failed or not, and every change of a credential is a security event in the
 * installation's audit trail (security-events.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import { nowIso, writeInstallation } from "../../db/store.js";
import { DomainError, invalid, notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";
import { newTotpSecret, totpStep, totpUri } from "../../domain/totp.js";
import type { Membership } from "../orgs/org.service.js";
import { hashPassword, passwordProblem, verifyPassword } from "../users/password.js";
import { endSessions, findUserByEmail, type User } from "../users/user.service.js";
import { recordSecurityEvent, securityEventInput } from "./security-events.js";
import { sessionHash, sessionLive, sessionParts, sessionRow } from "./session-lookup.js";

/** How long sessions live: `idleMinutes` without a request, `maxHours` at most from sign-in. */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 60, maxHours: 168 };
/** API tokens expire after this many days unless their creator asks for another term or none. */
export const DEFAULT_TOKEN_DAYS = 90;
/** A user with neither password nor second factor (single sign-on) re-authenticates by signing in again. */
const RECENT_SIGN_IN_MS = 10 * 60_000;
/** A session's last use is written at most this often (not on every request). */
const LAST_SEEN_RESOLUTION_MS = 60_000;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const token = (prefix: string) => `${prefix}_${randomBytes(24).toString("base64url")}`;

const unauthenticated = (message = "email, password or code is not right") =>
  new DomainError("UNAUTHENTICATED", message);

/** Where a request comes from, as recorded with security events and sessions. */
export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

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
 * Marks a TOTP code's time step as used: each step is accepted once per user, so a code seen over
 * a shoulder or in a log cannot sign in again within its window. Atomic: of two requests racing
 * with the same code, one wins.
 */
async function spendTotpStep(db: Kysely<Database> | Transaction<Database>, userId: string, step: number) {
  const result = await db
    .updateTable("users")
    .set({ totpLastStep: step })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totpLastStep", "is", null), eb("totpLastStep", "<", step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Checks a code against the user's TOTP secret in force and spends its step; the reason it fails. */
async function checkTotp(db: Kysely<Database>, user: User, code: string | undefined) {
  const step = code ? totpStep(user.totpSecret ?? "", code) : undefined;
  if (step === undefined) return "wrong code";
  if (!(await spendTotpStep(db, user.id, step))) return "code already used";
  return undefined;
}

/**
 * Checks the credentials and opens a session. A user with two-factor authentication must also give
 * the current TOTP code. The same message answers every failure, so accounts cannot be probed;
 * the audit trail records each failure with its reason and the client's address.
 */
export async function login(
  db: Kysely<Database>,
  input: { email: string; password: string; code?: string | undefined },
  client: ClientInfo = {},
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
) {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await decoy()));
  const fail = async (reason: string) => {
    await recordSecurityEvent(db, user?.id ?? "anonymous", {
      action: "sign-in-failed",
      userId: user?.id,
      email: input.email,
      ip: client.ip,
      detail: { reason },
    });
    return unauthenticated();
  };
  if (!user) throw await fail("unknown email");
  if (!passwordOk) throw await fail("wrong password");
  if (user.disabled) throw await fail("account disabled");
  if (user.totpEnabled) {
    if (!input.code)
      throw new DomainError("UNAUTHENTICATED", "a one-time code is required", [
        { path: "code", message: "required" },
      ]);
    const problem = await checkTotp(db, user, input.code);
    if (problem) throw await fail(problem);
  }
  return openSession(db, user, client, policy);
}

/** Opens a session for a user who has proven who they are (password and code, or single sign-on). */
export async function openSession(
  db: Kysely<Database>,
  user: User,
  client: ClientInfo = {},
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
) {
  const secret = token("ses");
  const csrfToken = randomBytes(24).toString("base64url");
  const now = nowIso();
  const expires = new Date(Date.now() + policy.maxHours * 3_600_000).toISOString();
  const id = uuidv7();
  await writeInstallation(db, user.id, async (trx, record) => {
    // Sessions past their end, or idle longer than any configurable idle time, are removed as new
    // ones open, so the table does not grow forever (their owners would be refused anyway).
    const idleSince = new Date(Date.now() - 24 * 3_600_000).toISOString();
    await trx
      .deleteFrom("sessions")
      .where((eb) => eb.or([eb("expiresAt", "<", now), eb("lastSeenAt", "<", idleSince)]))
      .execute();
    await trx
      .insertInto("sessions")
      .values({
        idHash: sha256(secret),
        id,
        userId: user.id,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: expires,
        ip: client.ip ?? null,
        userAgent: client.userAgent?.slice(0, 200) ?? null,
      })
      .execute();
    await record(
      securityEventInput({ action: "sign-in", userId: user.id, email: user.email, ip: client.ip }),
    );
  });
  return { secret, csrfToken, expiresAt: expires, user, sessionId: id };
}

export async function logout(db: Kysely<Database>, secret: string, client: ClientInfo = {}): Promise<void> {
  const row = await db
    .deleteFrom("sessions")
    .where("idHash", "=", sha256(secret))
    .returning(["userId", "id"])
    .executeTakeFirst();
  if (row)
    await recordSecurityEvent(db, row.userId, {
      action: "sign-out",
      userId: row.userId,
      ip: client.ip,
      detail: { session: row.id },
    });
}

export interface Principal {
  user: User;
  via: "session" | "token";
  /** For sessions: the token cookie-authenticated writes must echo. */
  csrfToken?: string;
  /** For sessions: the session's public id and when it was opened (its sign-in). */
  sessionId?: string;
  signedInAt?: string;
  /** For API tokens: what they may do. */
  scope?: "read" | "write";
  /**
   * The membership of the organization the request names, when it was read with the session
   * (null: not a member); undefined when it was not read.
   */
  membership?: Membership | null;
}

/**
 * The session's user, or undefined when the session is unknown, ended or its user disabled. With
 * `orgSlug`, the same query also reads the user's membership of that organization and its chain
 * head (`membership`, null when they are not a member): one round trip authorizes a request.
 */
export async function sessionPrincipal(
  db: Kysely<Database>,
  secret: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  orgSlug?: string,
): Promise<Principal | undefined> {
  const idHash = sessionHash(secret);
  const row = await sessionRow(db, idHash, orgSlug);
  if (!row || row.disabled) return undefined;
  const now = Date.now();
  if (
    !sessionLive(
      { createdAt: row.signedInAt, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt },
      policy,
      now,
    )
  ) {
    await db.deleteFrom("sessions").where("idHash", "=", idHash).execute();
    return undefined;
  }
  if (now - Date.parse(row.lastSeenAt) > LAST_SEEN_RESOLUTION_MS) {
    await db.updateTable("sessions").set({ lastSeenAt: nowIso() }).where("idHash", "=", idHash).execute();
  }
  const { user, membership } = sessionParts(row, orgSlug !== undefined);
  const { csrfToken, sessionId, signedInAt } = row;
  return { user, via: "session", csrfToken, sessionId, signedInAt, membership };
}

/** The user's live sessions (without their secrets), newest first; `current` marks the caller's. */
export async function listSessions(
  db: Kysely<Database>,
  userId: string,
  currentId?: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
) {
  const rows = await db
    .selectFrom("sessions")
    .select(["id", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent"])
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .execute();
  const now = Date.now();
  return rows.filter((r) => sessionLive(r, policy, now)).map((r) => ({ ...r, current: r.id === currentId }));
}

/** Ends one of the user's sessions (sign-out elsewhere). */
export async function revokeSession(
  db: Kysely<Database>,
  user: User,
  sessionId: string,
  client: ClientInfo = {},
): Promise<void> {
  await writeInstallation(db, user.id, async (trx, record) => {
    const result = await trx
      .deleteFrom("sessions")
      .where("id", "=", sessionId)
      .where("userId", "=", user.id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound(`session ${sessionId}`);
    await record(
      securityEventInput({
        action: "session-revoked",
        userId: user.id,
        email: user.email,
        ip: client.ip,
        detail: { session: sessionId },
      }),
    );
  });
}

/** Proof the caller gives again before changing a credential. */
export interface Reauthentication {
  currentPassword?: string | undefined;
  code?: string | undefined;
}

/**
 * Re-authentication before a credential changes, so that a stolen session or an API token cannot
 * take over the account: API tokens never change credentials; a user with two-factor sign-in gives
 * a current code (each code once); otherwise the current password; a user with neither (single
 * sign-on) must have signed in within the last ten minutes. Failures are security events.
 */
export async function reauthenticate(
  db: Kysely<Database>,
  principal: Principal,
  proof: Reauthentication,
  client: ClientInfo = {},
): Promise<void> {
  if (principal.via !== "session")
    throw new DomainError("FORBIDDEN", "API tokens cannot change credentials; sign in to do this");
  const user = await db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", principal.user.id)
    .executeTakeFirstOrThrow();
  let problem: { path: string; message: string; reason: string } | undefined;
  if (user.totpEnabled) {
    const reason = await checkTotp(db, user, proof.code);
    if (reason)
      problem = {
        path: "code",
        message: proof.code ? "the code is not right or was already used" : "give a current one-time code",
        reason,
      };
  } else if (user.passwordHash) {
    if (!proof.currentPassword || !(await verifyPassword(proof.currentPassword, user.passwordHash)))
      problem = {
        path: "currentPassword",
        message: proof.currentPassword ? "the current password is not right" : "give your current password",
        reason: "wrong password",
      };
  } else if (!principal.signedInAt || Date.now() - Date.parse(principal.signedInAt) > RECENT_SIGN_IN_MS) {
    problem = {
      path: "session",
      message: "sign out and in again, then retry within ten minutes",
      reason: "sign-in too old",
    };
  }
  if (!problem) return;
  await recordSecurityEvent(db, user.id, {
    action: "sign-in-failed",
    userId: user.id,
    email: user.email,
    ip: client.ip,
    detail: { reason: `re-authentication: ${problem.reason}` },
  });
  throw new DomainError("FORBIDDEN", `confirm it is you: ${problem.message}`, [
    { path: problem.path, message: problem.message },
  ]);
}

/**
 * Changes the signed-in user's password after checking the current one (and the code with
 * two-factor sign-in); every other session of the user ends.
 */
export async function changePassword(
  db: Kysely<Database>,
  principal: Principal,
  input: { currentPassword?: string | undefined; newPassword: string; code?: string | undefined },
  client: ClientInfo = {},
): Promise<{ otherSessionsEnded: number }> {
  const user = principal.user;
  if (principal.via === "session" && user.passwordHash && user.totpEnabled) {
    // With two-factor sign-in, re-authentication checks the code; the password is asked for too.
    if (!input.currentPassword || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
      await recordSecurityEvent(db, user.id, {
        action: "sign-in-failed",
        userId: user.id,
        email: user.email,
        ip: client.ip,
        detail: { reason: "re-authentication: wrong password" },
      });
      throw new DomainError("FORBIDDEN", "confirm it is you: the current password is not right", [
        { path: "currentPassword", message: "the current password is not right" },
      ]);
    }
  }
  await reauthenticate(db, principal, input, client);
  const problem = passwordProblem(input.newPassword, [user.email, user.name]);
  if (problem) throw invalid(problem, [{ path: "newPassword", message: problem }]);
  const passwordHash = await hashPassword(input.newPassword);
  return writeInstallation(db, user.id, async (trx, record) => {
    await trx
      .updateTable("users")
      .set((eb) => ({ passwordHash, version: eb("version", "+", 1), updatedAt: nowIso() }))
      .where("id", "=", user.id)
      .execute();
    const ended = await endSessions(trx, user.id, principal.sessionId);
    await record(
      securityEventInput({
        action: "password-changed",
        userId: user.id,
        email: user.email,
        ip: client.ip,
        detail: { otherSessionsEnded: ended },
      }),
    );
    return { otherSessionsEnded: ended };
  });
}

/**
 * Creates a personal API token. Without `expiresInDays` it expires after the installation's default
 * term; `null` asks explicitly for a token that never expires.
 */
export async function createApiToken(
  db: Kysely<Database>,
  userId: string,
  input: { name: string; scope: "read" | "write"; expiresInDays?: number | null | undefined },
  options: { defaultDays?: number; client?: ClientInfo } = {},
) {
  if (!input.name.trim()) throw invalid("name is required", [{ path: "name", message: "required" }]);
  const days =
    input.expiresInDays === undefined ? (options.defaultDays ?? DEFAULT_TOKEN_DAYS) : input.expiresInDays;
  const secret = token("isms");
  const row = {
    id: uuidv7(),
    userId,
    name: input.name.trim(),
    tokenHash: sha256(secret),
    scope: input.scope,
    createdAt: nowIso(),
    expiresAt: days ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
    revokedAt: null,
    lastUsedAt: null,
  };
  await writeInstallation(db, userId, async (trx, record) => {
    await trx.insertInto("apiTokens").values(row).execute();
    await record(
      securityEventInput({
        action: "token-created",
        userId,
        ip: options.client?.ip,
        detail: { tokenId: row.id, name: row.name, scope: row.scope, expiresAt: row.expiresAt },
      }),
    );
  });
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

export async function revokeApiToken(
  db: Kysely<Database>,
  userId: string,
  id: string,
  client: ClientInfo = {},
): Promise<void> {
  await writeInstallation(db, userId, async (trx, record) => {
    const result = await trx
      .updateTable("apiTokens")
      .set({ revokedAt: nowIso() })
      .where("id", "=", id)
      .where("userId", "=", userId)
      .where("revokedAt", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound(`active token ${id}`);
    await record(
      securityEventInput({ action: "token-revoked", userId, ip: client.ip, detail: { tokenId: id } }),
    );
  });
}

/**
 * Starts TOTP enrolment: stores a new secret beside the one in force (which stays in force until
 * a code from the new one is confirmed) and returns it for the authenticator app.
 */
export async function beginTotp(db: Kysely<Database>, user: User, client: ClientInfo = {}) {
  const secret = newTotpSecret();
  await writeInstallation(db, user.id, async (trx, record) => {
    await trx.updateTable("users").set({ totpPendingSecret: secret }).where("id", "=", user.id).execute();
    await record(
      securityEventInput({ action: "totp-setup", userId: user.id, email: user.email, ip: client.ip }),
    );
  });
  return { secret, uri: totpUri(secret, user.email) };
}

/** Turns TOTP on (or replaces the secret) once the user proves their app produces the right code. */
export async function enableTotp(db: Kysely<Database>, user: User, code: string, client: ClientInfo = {}) {
  const current = await db
    .selectFrom("users")
    .select(["totpPendingSecret", "totpEnabled"])
    .where("id", "=", user.id)
    .executeTakeFirstOrThrow();
  const step = current.totpPendingSecret ? totpStep(current.totpPendingSecret, code) : undefined;
  if (!current.totpPendingSecret || step === undefined) {
    throw invalid("the code does not match; check the time on your device and try again", [
      { path: "code", message: "wrong code" },
    ]);
  }
  const secret = current.totpPendingSecret;
  await writeInstallation(db, user.id, async (trx, record) => {
    await trx
      .updateTable("users")
      .set({ totpSecret: secret, totpPendingSecret: null, totpEnabled: 1, totpLastStep: step })
      .where("id", "=", user.id)
      .execute();
    await record(
      securityEventInput({
        action: "totp-enabled",
        userId: user.id,
        email: user.email,
        ip: client.ip,
        detail: { replaced: current.totpEnabled === 1 },
      }),
    );
  });
}

/** Turns two-factor sign-in off (the user after re-authentication, or an administrator). */
export async function resetTotp(
  db: Kysely<Database>,
  actor: string,
  user: User,
  client: ClientInfo = {},
): Promise<void> {
  await writeInstallation(db, actor, async (trx, record) => {
    await trx
      .updateTable("users")
      .set({ totpSecret: null, totpPendingSecret: null, totpEnabled: 0, totpLastStep: null })
      .where("id", "=", user.id)
      .execute();
    await record(
      securityEventInput({ action: "totp-reset", userId: user.id, email: user.email, ip: client.ip }),
    );
  });
}
