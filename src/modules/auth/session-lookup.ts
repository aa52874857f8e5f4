/**
 * Finding the session behind a request: one query for the session, its user and, on an
 * organization's route, the user's membership of it with the organization's chain head. It runs
 * on every request, so it is compiled once (db/compiled.ts) and, on SQLite, its answer is kept
 * while nothing that it reads has been committed since (db/database.ts changeMark).
 */
import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { compiledOnce } from "../../db/compiled.js";
import { type ChangeMarks, changeMark } from "../../db/database.js";
import type { Database } from "../../db/schema.js";
import { chainHead } from "../audit-trail/audit-trail.service.js";
import type { Membership } from "../orgs/org.service.js";
import type { User } from "../users/user.service.js";

const sessionSelect = (db: Kysely<Database>, idHash: string) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .selectAll("users")
    .select([
      "sessions.csrfToken",
      "sessions.expiresAt",
      "sessions.createdAt as signedInAt",
      "sessions.lastSeenAt",
      "sessions.id as sessionId",
    ])
    .where("sessions.idHash", "=", idHash);

/** The session and its user (compiled once: it runs on every request). */
const sessionQuery = compiledOnce<{ idHash: string }, SessionRow>((db, value) =>
  sessionSelect(db, value("idHash")).select([
    sql<null>`null`.as("memberOf"),
    sql<null>`null`.as("orgSlug"),
    sql<null>`null`.as("orgName"),
    sql<null>`null`.as("memberRole"),
    sql<null>`null`.as("orgHead"),
    sql<null>`null`.as("orgHeadSeq"),
  ]),
);

/** The session, its user and their membership of one organization with its chain head. */
const sessionInOrgQuery = compiledOnce<{ idHash: string; orgSlug: string }, SessionRow>((db, value) =>
  sessionSelect(db, value("idHash"))
    .leftJoin("organizations", (join) => join.on("organizations.slug", "=", value("orgSlug")))
    .leftJoin("memberships", (join) =>
      join.onRef("memberships.orgId", "=", "organizations.id").onRef("memberships.userId", "=", "users.id"),
    )
    .leftJoin("chainHeads", "chainHeads.chainId", "memberships.orgId")
    .select([
      "memberships.orgId as memberOf",
      "organizations.slug as orgSlug",
      "organizations.name as orgName",
      "memberships.role as memberRole",
      "chainHeads.hash as orgHead",
      "chainHeads.seq as orgHeadSeq",
    ]),
);

/**
 * Sessions as last read, per database, kept while nothing has been committed since (SQLite's change
 * marks, see db/database.ts): then the same query would return the same row, on every node. When
 * only this connection wrote, and none of that touched sessions, users, memberships or
 * organizations, only the chain head is read again. Liveness (idle time, age) is still judged
 * against the clock on every request.
 */
const recentSessions = new WeakMap<
  Kysely<Database>,
  Map<string, { marks: ChangeMarks; row: SessionRow | undefined }>
>();
const RECENT_SESSIONS = 1000;

export async function sessionRow(
  db: Kysely<Database>,
  idHash: string,
  orgSlug: string | undefined,
): Promise<SessionRow | undefined> {
  const marks = changeMark(db);
  const key = `${idHash}\n${orgSlug ?? ""}`;
  let recent = recentSessions.get(db);
  const kept = marks === undefined ? undefined : recent?.get(key);
  if (kept && kept.marks.any === marks?.any) return kept.row;
  let row: SessionRow | undefined;
  if (kept && kept.marks.signIn === marks?.signIn) {
    const chainId = kept.row?.memberOf;
    const head = chainId ? await chainHead(db, chainId) : undefined;
    row =
      kept.row && chainId
        ? { ...kept.row, orgHead: head?.hash ?? null, orgHeadSeq: head?.seq ?? null }
        : kept.row;
  } else {
    [row] =
      orgSlug === undefined
        ? await sessionQuery(db, { idHash })
        : await sessionInOrgQuery(db, { idHash, orgSlug });
  }
  if (marks !== undefined) {
    if (!recent) {
      recent = new Map();
      recentSessions.set(db, recent);
    }
    recent.delete(key);
    recent.set(key, { marks, row });
    if (recent.size > RECENT_SESSIONS) recent.delete(recent.keys().next().value as string);
  }
  return row;
}

export type SessionRow = User & {
  csrfToken: string;
  expiresAt: string;
  signedInAt: string;
  lastSeenAt: string;
  sessionId: string;
  memberOf: string | null;
  orgSlug: string | null;
  orgName: string | null;
  memberRole: string | null;
  orgHead: string | null;
  orgHeadSeq: number | null;
};

/** Whether a session is still valid under the policy at `now` (ms). */
export function sessionLive(
  row: { createdAt: string; lastSeenAt: string; expiresAt: string },
  policy: { maxHours: number; idleMinutes: number },
  now: number,
) {
  return (
    Date.parse(row.expiresAt) > now &&
    Date.parse(row.createdAt) + policy.maxHours * 3_600_000 > now &&
    Date.parse(row.lastSeenAt) + policy.idleMinutes * 60_000 > now
  );
}

/** Hashes of the session secrets seen lately (hashing one on every request showed in profiles). */
const recentHashes = new Map<string, string>();

/** The stored hash of a session secret (SHA-256, hex), as sessions are looked up by it. */
export function sessionHash(secret: string): string {
  let hash = recentHashes.get(secret);
  if (hash === undefined) {
    hash = createHash("sha256").update(secret).digest("hex");
    recentHashes.set(secret, hash);
    if (recentHashes.size > 1000) recentHashes.delete(recentHashes.keys().next().value as string);
  }
  return hash;
}

type Parts = { user: User; membership?: Membership | null };
/** Parts per kept row (a kept row serves many requests). Shared: do not change them. */
const partsOf = new WeakMap<SessionRow, Parts>();

/** The user and, when it was read, the membership (null: not a member) a session row holds. */
export function sessionParts(row: SessionRow, membershipRead: boolean): Parts {
  let parts = partsOf.get(row);
  if (!parts) {
    parts = splitRow(row, membershipRead);
    partsOf.set(row, parts);
  }
  return parts;
}

function splitRow(row: SessionRow, membershipRead: boolean): Parts {
  const {
    csrfToken: _csrf,
    expiresAt: _expires,
    signedInAt: _signedIn,
    lastSeenAt: _seen,
    sessionId: _session,
    memberOf,
    orgSlug,
    orgName,
    memberRole,
    orgHead,
    orgHeadSeq,
    ...user
  } = row;
  if (!membershipRead) return { user };
  if (!memberOf || !orgSlug || orgName === null || !memberRole) return { user, membership: null };
  return {
    user,
    membership: {
      id: memberOf,
      slug: orgSlug,
      name: orgName,
      role: memberRole,
      head: orgHead ?? "",
      headSeq: Number(orgHeadSeq ?? 0),
    },
  };
}
