/**
 * Checking a cached derived view against the organization's audit chain (ADR 15): the view runs on
 * a handle that records what it reads (read-deps.ts), and when the chain head has moved, the events
 * since its head decide whether it is still exact.
 */
import { createHash } from "node:crypto";
import { type EventTouch, eventsSince } from "./audit-trail/audit-trail.service.js";
import { eventsTouch, ReadSet, TableCollector } from "./read-deps.js";
import { type Db, type OrgScope, orgScope } from "./scope.js";

/** What a cached computation reads through: a recording database handle and a scope on it. */
export interface ReadView {
  db: Db;
  scope: OrgScope;
}

/** A view on the scope's organization whose reads are recorded in `reads`. */
export function trackedView(scope: OrgScope): ReadView & { reads: ReadSet } {
  const { db, reads } = trackReads(scope.db);
  return { db, scope: orgScope(db, scope.orgId, scope.actor, scope.today), reads };
}

/** A head of an organization's chain (sequence number 0 and hash "" before the first event). */
export interface Head {
  seq: number;
  hash: string;
}

const fingerprint = (event: EventTouch) =>
  createHash("sha256")
    .update(
      `${event.entityType}\n${event.entityId}\n${event.action}\n${
        typeof event.changes === "string" ? event.changes : JSON.stringify(event.changes)
      }`,
    )
    .digest("base64url");

/**
 * A fingerprint of the event at `seq` ("" before the first event). If a restore replaces the
 * chain, the event at that number is another one and its fingerprint differs.
 */
export async function headMark(db: Db, chainId: string, seq: number): Promise<string> {
  if (seq <= 0) return "";
  const [event] = await eventsSince(db, chainId, seq - 1, 0);
  return event && event.seq === seq ? fingerprint(event) : "";
}

/** More events than this since an entry's head: recompute rather than examine them. */
export const MAX_EVENTS_EXAMINED = 200;

/**
 * Whether an answer computed at `from` (with the tables it read) is still exact at `to`: the chain
 * still holds the event `from` was marked with, and none of the events after it up to `to` can
 * have changed a table read. Returns the fingerprint of `to`'s event when it is, else undefined.
 */
export async function stillExact(
  db: Db,
  chainId: string,
  from: Head & { mark: string; reads: ReadSet },
  to: Head,
): Promise<string | undefined> {
  const count = to.seq - from.seq;
  if (count <= 0 || count > MAX_EVENTS_EXAMINED) return undefined;
  const after = from.seq > 0 ? from.seq - 1 : 0;
  const rows = await eventsSince(db, chainId, after, count + (from.seq > 0 ? 1 : 0));
  let events = rows.filter((e) => e.seq <= to.seq);
  if (from.seq > 0) {
    const first = events[0];
    if (!first || first.seq !== from.seq || fingerprint(first) !== from.mark) return undefined;
    events = events.slice(1);
  }
  // Every number in between must be there (a shorter chain means it was replaced).
  if (events.length !== count || events.at(-1)?.seq !== to.seq) return undefined;
  if (eventsTouch(events, from.reads)) return undefined;
  const last = events.at(-1);
  return last ? fingerprint(last) : undefined;
}

/** Recording handles: the database under them and what they record into. */
const recordings = new WeakMap<Db, { root: Db; reads: ReadSet }>();

/**
 * A handle on the same database that records what each query reads into `reads`. On a handle that
 * records already, both record (a part computed inside a view counts for the view too).
 */
export function trackReads(db: Db): { db: Db; reads: ReadSet } {
  const reads = new ReadSet();
  const tracked = db.withPlugin(new TableCollector(reads));
  recordings.set(tracked, { root: recordings.get(db)?.root ?? db, reads });
  return { db: tracked, reads };
}

/** The database under a recording handle, and what it records into (none for a plain handle). */
export function recordingOf(db: Db): { root: Db; reads?: ReadSet } {
  const recording = recordings.get(db);
  return recording ?? { root: db };
}
