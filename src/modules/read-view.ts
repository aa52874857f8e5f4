/**
 * Checking a cached derived view against the organization's audit chain (ADR 15): the view runs on
 * a handle that records what it reads (read-deps.ts), and when the chain head has moved, the events
 * since its head decide whether it is still exact.
 */
import { onChainCommitted } from "../db/chain-appender.js";
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

/** More events than this since an entry's head: recompute rather than examine them. */
export const MAX_EVENTS_EXAMINED = 200;
/** Events kept per chain in memory, newest last. */
const TAIL = 2000;

/**
 * The newest events of each chain as last read, per database. Events never change once written,
 * and each hash covers every event before it: while the kept event at a head's sequence number
 * carries that head's hash, everything kept up to it is exactly what the database holds (a restore
 * that replaced the chain gives other hashes, and the tail is read again).
 */
const tails = new WeakMap<Db, Map<string, EventTouch[]>>();

const at = (tail: readonly EventTouch[], seq: number) => tail[seq - (tail[0]?.seq ?? 0)];

// What this process commits extends the kept tail when it continues it exactly (its transaction
// found the head the tail ends with), so its own writes are not read back.
onChainCommitted((db, chainId, opened, events) => {
  const chains = tails.get(db);
  const tail = chains?.get(chainId);
  const last = tail?.at(-1);
  if (!chains || !tail || last?.seq !== opened.seq || last.hash !== opened.hash) return;
  tail.push(...events);
  if (tail.length > TAIL) chains.set(chainId, tail.slice(tail.length - TAIL));
});

/** Events `lo`..`to.seq` of the chain as of head `to`, from the tail when it holds them. */
async function eventsUpTo(db: Db, chainId: string, lo: number, to: Head): Promise<EventTouch[]> {
  let chains = tails.get(db);
  if (!chains) {
    chains = new Map();
    tails.set(db, chains);
  }
  let tail = chains.get(chainId) ?? [];
  const first = tail[0]?.seq ?? Number.POSITIVE_INFINITY;
  const last = tail.at(-1)?.seq ?? 0;
  const valid = first <= lo && last >= to.seq && at(tail, to.seq)?.hash === to.hash;
  if (!valid) {
    // Read on from the newest kept event (included, to see that the chain is still the one kept),
    // or the whole range again.
    const extend = first <= lo && last >= lo && last < to.seq;
    const from = extend ? last : lo;
    const fresh = await eventsSince(db, chainId, from - 1, to.seq - from + 1);
    const joined = extend && fresh[0]?.seq === last && fresh[0].hash === at(tail, last)?.hash;
    tail = joined ? [...tail, ...fresh.slice(1)] : fresh;
    if (tail.length > TAIL) tail = tail.slice(tail.length - TAIL);
    chains.set(chainId, tail);
  }
  const start = tail[0]?.seq ?? 0;
  return tail.slice(lo - start, to.seq - start + 1);
}

/**
 * The events after head `from` up to head `to`, oldest first, when the chain still holds `from`'s
 * event and every event in between is at hand; otherwise undefined (the caller recomputes).
 */
export async function eventsBetween(
  db: Db,
  chainId: string,
  from: Head,
  to: Head,
): Promise<EventTouch[] | undefined> {
  const count = to.seq - from.seq;
  if (count <= 0 || count > MAX_EVENTS_EXAMINED) return undefined;
  const lo = from.seq > 0 ? from.seq : 1;
  let events = await eventsUpTo(db, chainId, lo, to);
  if (from.seq > 0) {
    if (events[0]?.seq !== from.seq || events[0].hash !== from.hash) return undefined;
    events = events.slice(1);
  }
  // Every number in between must be there, the last one being `to`'s event.
  if (events.length !== count || events.at(-1)?.seq !== to.seq || events.at(-1)?.hash !== to.hash)
    return undefined;
  return events;
}

/**
 * Whether an answer computed at head `from` (with the tables it read) is still exact at head `to`:
 * the chain still holds `from`'s event (the one with `from.hash`) and none of the events after it
 * up to `to` can have changed a table read.
 */
export async function stillExact(
  db: Db,
  chainId: string,
  from: Head & { reads: ReadSet },
  to: Head,
): Promise<boolean> {
  const events = await eventsBetween(db, chainId, from, to);
  return events !== undefined && !eventsTouch(events, from.reads);
}

/** Recording handles: the database under them and what they record into. */
const recordings = new WeakMap<Db, { root: Db; reads: ReadSet[] }>();

/**
 * A handle on the same database that records what each query reads into `reads`. On a handle that
 * records already, both record (a part computed inside a view counts for the view too).
 */
export function trackReads(db: Db): { db: Db; reads: ReadSet } {
  const reads = new ReadSet();
  const tracked = db.withPlugin(new TableCollector(reads));
  const under = recordings.get(db);
  recordings.set(tracked, { root: under?.root ?? db, reads: [reads, ...(under?.reads ?? [])] });
  return { db: tracked, reads };
}

/**
 * The database under a recording handle, and every read set its queries are recorded into: its
 * own and those of the handles it was made on (a part reused inside a part inside a view counts
 * for all three). None for a plain handle.
 */
export function recordingOf(db: Db): { root: Db; reads: ReadSet[] } {
  const recording = recordings.get(db);
  return recording ?? { root: db, reads: [] };
}
