/**
 * Organizations: one organization is one ISMS. Creating one also starts its audit chain and gives
 * it its 93 Statement of Applicability entries, undecided, so the SoA is complete from day one.
 */
import type { Kysely, Selectable } from "kysely";
import { CONTROLS } from "../../catalog/index.js";
import type { Database, OrganizationTable } from "../../db/schema.js";
import { type Actor, nowIso, writeInstallation, writerForNewOrg } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";

export type Organization = Selectable<OrganizationTable>;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Checks a slug: lower-case letters, digits and inner hyphens, 1–64 characters. */
export function validateSlug(slug: string): string {
  if (!SLUG.test(slug)) {
    throw invalid(`slug "${slug}" must be 1–64 lower-case letters, digits or inner hyphens`, [
      { path: "slug", message: "invalid slug" },
    ]);
  }
  return slug;
}

export async function createOrganization(
  db: Kysely<Database>,
  actor: Actor,
  input: { slug: string; name: string },
): Promise<Organization> {
  const slug = validateSlug(input.slug.trim());
  const name = input.name.trim();
  if (!name) throw invalid("name is required", [{ path: "name", message: "required" }]);
  return writeInstallation(db, actor, async (trx, record) => {
    const taken = await trx
      .selectFrom("organizations")
      .select("id")
      .where("slug", "=", slug)
      .executeTakeFirst();
    if (taken) throw conflict(`an organization with slug "${slug}" already exists`);
    const now = nowIso();
    const org: Organization = { id: uuidv7(), slug, name, version: 1, createdAt: now, updatedAt: now };
    await trx.insertInto("organizations").values(org).execute();
    await record({
      entityType: "organizations",
      entityId: org.id,
      action: "create",
      changes: { after: org },
    });
    const writer = await writerForNewOrg(trx, org.id, actor);
    await writer.record("organizations", org.id, "create", { after: org });
    for (const control of CONTROLS) {
      await writer.insert("soaEntries", {
        controlId: control.id,
        applicable: null,
        reasons: "[]",
        status: "not_started",
      });
    }
    return org;
  });
}

export async function listOrganizations(db: Kysely<Database>): Promise<Organization[]> {
  return db.selectFrom("organizations").selectAll().orderBy("slug").execute();
}

export async function findOrganization(
  db: Kysely<Database>,
  slug: string,
): Promise<Organization | undefined> {
  return db.selectFrom("organizations").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function getOrganization(db: Kysely<Database>, slug: string): Promise<Organization> {
  const org = await findOrganization(db, slug);
  if (!org) throw notFound(`organization "${slug}"`);
  return org;
}

/** A user's membership of an organization named by slug, with the organization's chain head. */
export interface Membership {
  id: string;
  slug: string;
  name: string;
  role: string;
  /** The organization's audit-chain head ("" before its first event): the name of its state. */
  head: string;
  /** The head's sequence number (0 before the first event): where its events since can be read from. */
  headSeq: number;
}

/** The user's membership of the organization `slug`, or undefined when they are not a member. */
export async function findMembership(
  db: Kysely<Database>,
  slug: string,
  userId: string,
): Promise<Membership | undefined> {
  const row = await db
    .selectFrom("organizations")
    .innerJoin("memberships", "memberships.orgId", "organizations.id")
    .leftJoin("chainHeads", "chainHeads.chainId", "organizations.id")
    .select([
      "organizations.id",
      "organizations.slug",
      "organizations.name",
      "memberships.role",
      "chainHeads.hash as head",
      "chainHeads.seq as headSeq",
    ])
    .where("organizations.slug", "=", slug)
    .where("memberships.userId", "=", userId)
    .executeTakeFirst();
  return row && { ...row, head: row.head ?? "", headSeq: Number(row.headSeq ?? 0) };
}

/** The organization's members with their roles, by e-mail. */
export async function listMembers(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ email: string; name: string; role: string; title: string | null }[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(["users.email", "users.name", "memberships.role", "memberships.title"])
    .where("memberships.orgId", "=", orgId)
    .orderBy("users.email")
    .execute();
}
