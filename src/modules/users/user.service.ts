/**
 * Users of the installation and their memberships (roles) in organizations.
 */
import type { Kysely, Selectable } from "kysely";
import type { Database, UserTable } from "../../db/schema.js";
import { type Actor, nowIso, writeInstallation, writeOrg } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";
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
    const problem = passwordProblem(input.password);
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
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await trx.insertInto("users").values(user).execute();
    const { passwordHash: _hidden, totpSecret: _secret, ...visible } = user;
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

/** Gives a user a role in an organization (or changes it). */
export async function addMember(
  db: Kysely<Database>,
  actor: Actor,
  input: { orgSlug: string; email: string; role: string },
) {
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw invalid(`role must be one of ${ROLES.join(", ")}`, [{ path: "role", message: "unknown role" }]);
  }
  const org = await getOrganization(db, input.orgSlug);
  const user = await findUserByEmail(db, input.email);
  if (!user) throw notFound(`user ${input.email}`);
  return writeOrg(db, org.id, actor, async (w) => {
    const [existing] = await w.list("memberships", { userId: user.id });
    if (existing) return w.update("memberships", existing.id, existing.version, { role: input.role });
    return w.insert("memberships", { userId: user.id, role: input.role });
  });
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
