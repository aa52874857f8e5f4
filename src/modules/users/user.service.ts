/**
 * Users of the installation and their memberships (roles) in organizations.
 */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, UserTable } from "../../db/schema.js";
import { type Actor, nowIso, type OrgWriter, writeInstallation, writeOrg } from "../../db/store.js";
import { conflict, DomainError, invalid, notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";
import { securityEventInput } from "../auth/security-events.js";
import { getOrganization } from "../orgs/org.service.js";
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

/** Who changes a membership through the API: their role in the organization (the CLI passes none). */
export interface MemberManager {
  userId: string;
  role: Role;
}

/** A user by email, or NOT_FOUND. */
export async function requireUser(db: Kysely<Database>, email: string): Promise<User> {
  const user = await findUserByEmail(db, email);
  if (!user) throw notFound(`user ${email}`);
  return user;
}

/**
 * The rules of the owner role, checked inside the organization's write (whose chain lock orders
 * concurrent changes): only an owner grants or takes away the owner role or changes the
 * installation owner's membership, and the last owner can be neither demoted nor removed, so an
 * organization always has someone who can manage it.
 */
async function checkOwnerRules(
  w: OrgWriter,
  by: MemberManager | undefined,
  target: User,
  from: string | undefined,
  to: string | undefined,
) {
  if (by && by.role !== "owner") {
    if (to === "owner" || from === "owner")
      throw new DomainError("FORBIDDEN", "only an owner can grant or remove the owner role");
    if (target.isInstallationOwner && target.id !== by.userId && from !== undefined)
      throw new DomainError("FORBIDDEN", "only an owner can change the installation owner's membership");
  }
  if (from === "owner" && to !== "owner") {
    const owners = await w.list("memberships", { role: "owner" });
    if (owners.length <= 1)
      throw conflict(
        `${target.email} is the last owner of this organization; make another member owner first`,
      );
  }
}

/** Gives a user a role in an organization (or changes it), under the owner rules. */
export async function addMember(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    orgSlug: string;
    email: string;
    role: string;
    /** Job title in the organization; undefined leaves it as it is. */
    title?: string | null | undefined;
    by?: MemberManager;
    ip?: string;
  },
) {
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw invalid(`role must be one of ${ROLES.join(", ")}`, [{ path: "role", message: "unknown role" }]);
  }
  const org = await getOrganization(db, input.orgSlug);
  const user = await requireUser(db, input.email);
  const result = await writeOrg(db, org.id, actor, async (w) => {
    const [existing] = await w.list("memberships", { userId: user.id });
    await checkOwnerRules(w, input.by, user, existing?.role, input.role);
    const title = input.title === undefined ? undefined : input.title?.trim() || null;
    if (existing) {
      if (existing.role === input.role && (title === undefined || title === existing.title))
        return { row: existing, from: existing.role };
      return {
        row: await w.update("memberships", existing.id, existing.version, {
          role: input.role,
          ...(title !== undefined && { title }),
        }),
        from: existing.role,
      };
    }
    return {
      row: await w.insert("memberships", { userId: user.id, role: input.role, title: title ?? null }),
      from: undefined,
    };
  });
  if (result.from !== input.role) {
    await writeInstallation(db, actor, (_trx, record) =>
      record(
        securityEventInput({
          action: result.from === undefined ? "member-added" : "member-role-changed",
          userId: user.id,
          email: user.email,
          ip: input.ip,
          detail: { organization: org.slug, from: result.from ?? null, to: input.role },
        }),
      ),
    );
  }
  return result.row;
}

/** Takes a user out of an organization (their sessions stay: other organizations are unaffected). */
export async function removeMember(
  db: Kysely<Database>,
  actor: Actor,
  input: { orgSlug: string; email?: string; userId?: string; by?: MemberManager; ip?: string },
): Promise<void> {
  const org = await getOrganization(db, input.orgSlug);
  const user = input.userId
    ? await db.selectFrom("users").selectAll().where("id", "=", input.userId).executeTakeFirst()
    : await findUserByEmail(db, input.email ?? "");
  if (!user) throw notFound(`member ${input.email ?? input.userId}`);
  const from = await writeOrg(db, org.id, actor, async (w) => {
    const [existing] = await w.list("memberships", { userId: user.id });
    if (!existing) throw notFound(`member ${user.email}`);
    await checkOwnerRules(w, input.by, user, existing.role, undefined);
    await w.remove("memberships", existing.id, existing.version);
    return existing.role;
  });
  await writeInstallation(db, actor, (_trx, record) =>
    record(
      securityEventInput({
        action: "member-removed",
        userId: user.id,
        email: user.email,
        ip: input.ip,
        detail: { organization: org.slug, from },
      }),
    ),
  );
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
