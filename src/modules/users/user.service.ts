/**
 * Users of the installation and their memberships (roles) in organizations.
 */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, UserTable } from "../../db/schema.js";
import { type Actor, nowIso, writeInstallation } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";
import { securityEventInput } from "../auth/security-events.js";
import { hashPassword, passwordProblem } from "./password.js";

export type User = Selectable<UserTable>;
export const ROLES = ["owner", "admin", "editor", "auditor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  input: { email: string; name?: string; password?: string; installationOwner?: boolean },
): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email))
    throw invalid(`"${input.email}" is not an email address`, [{ path: "email", message: "invalid" }]);
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, [email, input.name ?? ""]);
    if (problem) throw invalid(problem, [{ path: "password", message: problem }]);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return writeInstallation(db, actor, async (trx, record) => {
    if (await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()) {
      throw conflict(`a user ${email} already exists`);
    }
    if (input.installationOwner) {
      const owner = await trx
        .selectFrom("users")
        .select("email")
        .where("isInstallationOwner", "=", 1)
        .executeTakeFirst();
      if (owner) throw conflict(`the installation already has an owner (${owner.email})`);
    }
    const now = nowIso();
    const user: User = {
      id: uuidv7(),
      email,
      name: input.name?.trim() || email,
      passwordHash,
      isInstallationOwner: input.installationOwner ? 1 : 0,
      disabled: 0,
      totpSecret: null,
      totpEnabled: 0,
      totpLastStep: null,
      totpPendingSecret: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await trx.insertInto("users").values(user).execute();
    const { passwordHash: _hidden, totpSecret: _secret, totpPendingSecret: _pending, ...visible } = user;
    await record({ entityType: "users", entityId: user.id, action: "create", changes: { after: visible } });
    return user;
  });
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user by email, or NOT_FOUND. */
export async function requireUser(db: Kysely<Database>, email: string): Promise<User> {
  const user = await findUserByEmail(db, email);
  if (!user) throw notFound(`user ${email}`);
  return user;
}

/** Ends a user's sessions (but `except` one) inside a transaction; how many ended. */
export async function endSessions(
  trx: Transaction<Database> | Kysely<Database>,
  userId: string,
  except?: string,
): Promise<number> {
  let query = trx.deleteFrom("sessions").where("userId", "=", userId);
  if (except) query = query.where("id", "!=", except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Disables an account: sign-in is refused, and every session and API token of the user ends at
 * once. The installation owner cannot be disabled (nobody could then manage the installation).
 */
export async function disableUser(db: Kysely<Database>, actor: Actor, email: string, ip?: string) {
  const user = await requireUser(db, email);
  if (user.isInstallationOwner)
    throw conflict(`${user.email} is the installation owner and cannot be disabled`);
  return writeInstallation(db, actor, async (trx, record) => {
    await trx
      .updateTable("users")
      .set((eb) => ({ disabled: 1, version: eb("version", "+", 1), updatedAt: nowIso() }))
      .where("id", "=", user.id)
      .execute();
    const sessions = await endSessions(trx, user.id);
    const tokens = await trx
      .updateTable("apiTokens")
      .set({ revokedAt: nowIso() })
      .where("userId", "=", user.id)
      .where("revokedAt", "is", null)
      .executeTakeFirst();
    const ended = { sessionsEnded: sessions, tokensRevoked: Number(tokens.numUpdatedRows) };
    await record(
      securityEventInput({ action: "user-disabled", userId: user.id, email: user.email, ip, detail: ended }),
    );
    return ended;
  });
}

/** Lets a disabled user sign in again (their old sessions and tokens stay ended). */
export async function enableUser(db: Kysely<Database>, actor: Actor, email: string, ip?: string) {
  const user = await requireUser(db, email);
  await writeInstallation(db, actor, async (trx, record) => {
    await trx
      .updateTable("users")
      .set((eb) => ({ disabled: 0, version: eb("version", "+", 1), updatedAt: nowIso() }))
      .where("id", "=", user.id)
      .execute();
    await record(securityEventInput({ action: "user-enabled", userId: user.id, email: user.email, ip }));
  });
}

/** Sets a user's password as an administrator; all of the user's sessions end. */
export async function setPassword(db: Kysely<Database>, actor: Actor, email: string, password: string) {
  const user = await requireUser(db, email);
  const problem = passwordProblem(password, [user.email, user.name]);
  if (problem) throw invalid(problem, [{ path: "password", message: problem }]);
  const passwordHash = await hashPassword(password);
  return writeInstallation(db, actor, async (trx, record) => {
    await trx
      .updateTable("users")
      .set((eb) => ({ passwordHash, version: eb("version", "+", 1), updatedAt: nowIso() }))
      .where("id", "=", user.id)
      .execute();
    const ended = await endSessions(trx, user.id);
    await record(
      securityEventInput({
        action: "password-changed",
        userId: user.id,
        email: user.email,
        detail: { by: "administrator", sessionsEnded: ended },
      }),
    );
    return { sessionsEnded: ended };
  });
}

/** Ends every session of a user (an administrator's sign-out everywhere). */
export async function endUserSessions(db: Kysely<Database>, actor: Actor, email: string, ip?: string) {
  const user = await requireUser(db, email);
  return writeInstallation(db, actor, async (trx, record) => {
    const ended = await endSessions(trx, user.id);
    await record(
      securityEventInput({
        action: "session-revoked",
        userId: user.id,
        email: user.email,
        ip,
        detail: { all: true, sessionsEnded: ended },
      }),
    );
    return { sessionsEnded: ended };
  });
}

/** Every user of the installation (no credentials). */
export async function listUsers(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("users")
    .select(["id", "email", "name", "isInstallationOwner", "disabled", "totpEnabled", "createdAt"])
    .orderBy("email")
    .execute();
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    installationOwner: u.isInstallationOwner === 1,
    disabled: u.disabled === 1,
    totpEnabled: u.totpEnabled === 1,
    createdAt: u.createdAt,
  }));
}

/** The organizations a user belongs to, with the role in each. */
export async function membershipsOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.orgId")
    .select(["organizations.id as orgId", "organizations.slug", "organizations.name", "memberships.role"])
    .where("memberships.userId", "=", userId)
    .orderBy("organizations.slug")
    .execute();
}
