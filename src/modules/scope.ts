/**
 * One organization scope: who acts, on which organization, on which day, with a reader bound to it
 * and the only way to write (one transaction, one audit event per change). Each interface builds it
 * once (the HTTP authorization hook, the CLI's runForOrg, the MCP server) and hands it to services,
 * so no interface needs the database layer and every service sees the same organization and actor.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { type Actor, OrgReader, type OrgWriter, writeOrg } from "../db/store.js";

export type { Actor } from "../db/store.js";
/** The open database, as the workspace holds it (for services not yet moved onto a scope). */
export type Db = Kysely<Database>;

export interface OrgScope {
  readonly orgId: string;
  readonly actor: Actor;
  /** Today's date (YYYY-MM-DD) for rules that depend on it, fixed for the whole request or command. */
  readonly today: string;
  /** Reads of this organization's rows only. */
  readonly read: OrgReader;
  /** Runs `work` in one transaction; every change it makes is recorded in the organization's trail. */
  write<R>(work: (writer: OrgWriter) => Promise<R>): Promise<R>;
  /** The database, for services that still take `(db, orgId)`. */
  readonly db: Db;
}

/** The acting person's name: a user's name, or what the CLI was told to record ("cli:NAME"). */
export async function actorName(scope: OrgScope): Promise<string> {
  const user = await scope.db
    .selectFrom("users")
    .select("name")
    .where("id", "=", scope.actor)
    .executeTakeFirst();
  return user?.name ?? scope.actor.replace(/^cli:/, "");
}

export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

export function orgScope(db: Db, orgId: string, actor: Actor, today = isoToday()): OrgScope {
  let reader: OrgReader | undefined;
  return {
    orgId,
    actor,
    today,
    db,
    get read() {
      reader ??= new OrgReader(db, orgId);
      return reader;
    },
    write: (work) => writeOrg(db, orgId, actor, work),
  };
}
