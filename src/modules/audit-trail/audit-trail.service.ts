/**
 * Verification of the hash-chained audit trail (one chain per organization plus the installation
 * chain), and reading events for display.
 */
import type { Kysely } from "kysely";
import { type AppendedEvent, onChainCommitted } from "../../db/chain-appender.js";
import { compiledOnce } from "../../db/compiled.js";
import { changeMark } from "../../db/database.js";
import type { Database } from "../../db/schema.js";
import { type ChainVerdict, verifyChain } from "../../domain/audit-chain.js";

export interface ChainReport {
  chainId: string;
  verdict: ChainVerdict;
}

/** Verifies one chain: every event in order, every link, every hash, and the recorded head. */
export async function verifyAuditChain(db: Kysely<Database>, chainId: string): Promise<ChainVerdict> {
  const events = await db
    .selectFrom("auditEvents")
    .select(["id", "chainId", "seq", "at", "actor", "entityType", "entityId", "action", "changes", "hash"])
    .where("chainId", "=", chainId)
    .orderBy("seq")
    .execute();
  const head = await db
    .selectFrom("chainHeads")
    .select(["seq", "hash"])
    .where("chainId", "=", chainId)
    .executeTakeFirst();
  return verifyChain(
    events.map((e) => ({ ...e, seq: Number(e.seq) })),
    head ? { seq: Number(head.seq), hash: head.hash } : undefined,
  );
}

/** Verifies every chain in the database (each organization's and the installation's). */
export async function verifyAllChains(db: Kysely<Database>): Promise<ChainReport[]> {
  const heads = await db.selectFrom("chainHeads").select("chainId").orderBy("chainId").execute();
  const reports: ChainReport[] = [];
  for (const { chainId } of heads) reports.push({ chainId, verdict: await verifyAuditChain(db, chainId) });
  // Events whose chain head was removed are no longer named by any chain: each such chain fails.
  const orphans = await db
    .selectFrom("auditLog")
    .select("chainNo")
    .select((eb) => eb.fn.countAll<number>().as("events"))
    .where("chainNo", "not in", db.selectFrom("chainHeads").select("no"))
    .groupBy("chainNo")
    .execute();
  for (const orphan of orphans)
    reports.push({
      chainId: `chain ${orphan.chainNo}`,
      verdict: {
        ok: false,
        events: Number(orphan.events),
        brokenAt: "head",
        reason: "these events belong to a chain whose head was removed",
      },
    });
  return reports;
}

export type AuditEventView = {
  seq: number;
  at: string;
  actor: string;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  /** The record's people-facing id when it still exists ("R-001", "A.5.15"), so updates can be named. */
  subject: string | null;
  /** For updates `{ field: [before, after] }`; for inserts and deletes the row (large snapshots cut). */
  changes: unknown;
};

/** Tables whose rows people know by a key, and the column that holds it. */
const SUBJECT_COLUMNS = {
  soaEntries: "controlId",
  risks: "key",
  assets: "key",
  evidence: "key",
  tasks: "key",
  objectives: "key",
  documents: "key",
  audits: "key",
  auditFindings: "key",
  managementReviews: "key",
  nonconformities: "key",
} as const;

/** The people-facing ids of the records a page of events is about, by entity id. */
async function subjectsOf(
  db: Kysely<Database>,
  orgId: string,
  events: { entityType: string; entityId: string }[],
): Promise<Map<string, string>> {
  const subjects = new Map<string, string>();
  for (const [table, column] of Object.entries(SUBJECT_COLUMNS) as [keyof typeof SUBJECT_COLUMNS, string][]) {
    const ids = [...new Set(events.filter((e) => e.entityType === table).map((e) => e.entityId))];
    if (!ids.length) continue;
    const rows = (await db
      .selectFrom(table)
      .select(["id", `${column} as subject` as never])
      .where("orgId", "=", orgId)
      .where("id", "in", ids)
      .execute()) as unknown as { id: string; subject: string }[];
    for (const row of rows) subjects.set(row.id, table === "soaEntries" ? `A.${row.subject}` : row.subject);
  }
  return subjects;
}

export interface AuditEventQuery {
  entityType?: string;
  entityId?: string;
  /** The SoA entry and evidence links of one Annex A control. */
  controlId?: string;
  /** Only events with a smaller sequence number (paging back in time). */
  before?: number;
  limit: number;
}

const MAX_TEXT = 400;

/** Long strings (SoA snapshots) are shortened for display; the chain keeps them whole. */
function shorten(value: unknown): unknown {
  if (typeof value === "string") return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

/** An organization's audit trail, newest first, with actors shown by name. */
export async function listAuditEvents(
  db: Kysely<Database>,
  orgId: string,
  query: AuditEventQuery,
): Promise<AuditEventView[]> {
  let q = db
    .selectFrom("auditEvents")
    .select(["seq", "at", "actor", "entityType", "entityId", "action", "changes"])
    .where("chainId", "=", orgId);
  if (query.entityType) q = q.where("entityType", "=", query.entityType);
  if (query.entityId) q = q.where("entityId", "=", query.entityId);
  if (query.controlId) {
    const entry = await db
      .selectFrom("soaEntries")
      .select("id")
      .where("orgId", "=", orgId)
      .where("controlId", "=", query.controlId)
      .executeTakeFirst();
    q = q.where("entityType", "=", "soaEntries").where("entityId", "=", entry?.id ?? "");
  }
  if (query.before !== undefined) q = q.where("seq", "<", query.before);
  const rows = await q.orderBy("seq", "desc").limit(query.limit).execute();
  const ids = [...new Set(rows.map((r) => r.actor))];
  const users = ids.length
    ? await db.selectFrom("users").select(["id", "name", "email"]).where("id", "in", ids).execute()
    : [];
  const names = new Map(users.map((u) => [u.id, u.name || u.email]));
  const subjects = await subjectsOf(db, orgId, rows);
  return rows.map((r) => {
    let changes: unknown = r.changes;
    if (typeof changes === "string") {
      try {
        changes = JSON.parse(changes);
      } catch {
        // kept as text
      }
    }
    return {
      seq: Number(r.seq),
      at: r.at,
      actor: r.actor,
      actorName: names.get(r.actor) ?? r.actor,
      entityType: r.entityType,
      entityId: r.entityId,
      action: r.action,
      subject: subjects.get(r.entityId) ?? null,
      changes: shorten(changes),
    };
  });
}

/** A chain's head row (compiled once: read on most requests). */
const headQuery = compiledOnce<{ chainId: string }, { seq: number; hash: string }>((db, value) =>
  db.selectFrom("chainHeads").select(["seq", "hash"]).where("chainId", "=", value("chainId")),
);

/** Heads as last read, per database, kept on SQLite while nothing has been committed since. */
const recentHeads = new WeakMap<Kysely<Database>, Map<string, { mark: string; head: Head }>>();
type Head = { seq: number; hash: string };

function headsOf(db: Kysely<Database>) {
  let heads = recentHeads.get(db);
  if (!heads) {
    heads = new Map();
    recentHeads.set(db, heads);
  }
  return heads;
}

// This process's own commits give the head they leave, while nobody else committed meanwhile.
onChainCommitted((db, chainId, _opened, events, headMark) => {
  const last = events.at(-1);
  if (last && headMark !== undefined)
    headsOf(db).set(chainId, { mark: headMark, head: { seq: last.seq, hash: last.hash } });
});

/**
 * A chain's head: its latest event's sequence number and hash (0 and "" before the first, or for
 * an unknown chain). The hash names the organization's state.
 */
export async function chainHead(db: Kysely<Database>, chainId: string): Promise<Head> {
  const mark = changeMark(db)?.any;
  const kept = mark === undefined ? undefined : recentHeads.get(db)?.get(chainId);
  if (kept && kept.mark === mark) return kept.head;
  const [row] = await headQuery(db, { chainId });
  const head = { seq: Number(row?.seq ?? 0), hash: row?.hash ?? "" };
  if (mark !== undefined) headsOf(db).set(chainId, { mark, head });
  return head;
}

/**
 * What an event since a known point of a chain touched: for deciding whether a derived view
 * changed. The same as the writer tells of what it appended.
 */
export type EventTouch = AppendedEvent;

/**
 * The events of a chain after sequence number `afterSeq`, oldest first, at most `limit` of them
 * (one more than asked means "more than that": callers treat it as "too many to examine").
 */
export async function eventsSince(
  db: Kysely<Database>,
  chainId: string,
  afterSeq: number,
  limit: number,
): Promise<EventTouch[]> {
  const rows = await db
    .selectFrom("auditEvents")
    .select(["seq", "entityType", "entityId", "action", "changes", "hash"])
    .where("chainId", "=", chainId)
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit + 1)
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
