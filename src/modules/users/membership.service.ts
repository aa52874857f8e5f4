/** Memberships: a user's role (and job title) in an organization, under the owner rules. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, type OrgWriter, writeInstallation, writeOrg } from "../../db/store.js";
import { conflict, DomainError, invalid, notFound } from "../../domain/errors.js";
import { securityEventInput } from "../auth/security-events.js";
import { getOrganization } from "../orgs/org.service.js";
import { findUserByEmail, ROLES, type Role, requireUser, type User } from "./user.service.js";

/** Who changes a membership through the API: their role in the organization (the CLI passes none). */
export interface MemberManager {
  userId: string;
  role: Role;
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
  // title: the job title in the organization; undefined leaves it as it is.
  input: {
    orgSlug: string;
    email: string;
    role: string;
    title?: string | null;
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
    const row = await w.insert("memberships", { userId: user.id, role: input.role, title: title ?? null });
    return { row, from: undefined };
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
