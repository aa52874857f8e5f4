/**
 * Parts of derived views kept between requests (ADR 15). A view such as the SoA or readiness is
 * recomputed after a write it reads, but most of its cost lies in parts that write did not touch
 * (which risks plan which control, the approved versions, the risk register's scores). Each such
 * part is computed on a recording handle and kept with what it read and the organization's chain
 * head; it is reused at a later head when none of the events since can have changed what it read,
 * exactly as whole answers are, so every node sharing the database stays exact. A part reused
 * inside a view adds its reads to the view's, so the view's own entry knows them.
 *
 * Values are shared between requests: callers must not change them.
 */
import { chainHead, type EventTouch } from "./audit-trail/audit-trail.service.js";
import { eventsTouch, type ReadSet, updatedColumns } from "./read-deps.js";
import { eventsBetween, type Head, recordingOf, trackedView } from "./read-view.js";
import type { Db, OrgScope } from "./scope.js";

interface Part extends Head {
  reads: ReadSet;
  value: unknown;
}

const CAPACITY = 2000;
const parts = new WeakMap<Db, Map<string, Part>>();
/** How parts were answered (for tests and benchmarks). */
export const partStats = { reused: 0, kept: 0, updated: 0, computed: 0 };

/**
 * Brings a kept part up to date from the events since it was computed (each one that can have
 * changed what it read), reading only what those events changed; or undefined when it cannot, and
 * the part is computed afresh. Its result must equal what `compute` would give. What it reads is
 * recorded, and added to what the kept part had read.
 */
export type PartUpdate<T> = (
  previous: T,
  events: readonly EventTouch[],
  scope: OrgScope,
  reads: ReadSet,
) => Promise<T | undefined>;

/**
 * The rows of `table` these events changed, when every one of them is an update of one of its rows
 * (as the writer records them: the row's own columns) that changed no column by which the part
 * chose, ordered or counted rows (`reads`: the kept part's); otherwise undefined. Such updates
 * change what the part holds of those rows alone.
 */
export function updatedRowsOf(
  events: readonly EventTouch[],
  table: string,
  reads: ReadSet,
): string[] | undefined {
  const choosing = reads.tables.get(table)?.cols ?? new Set<string>();
  const ids = new Set<string>();
  for (const event of events) {
    const changed = event.entityType === table ? updatedColumns(event) : undefined;
    if (!changed || choosing === "*" || changed.some((column) => choosing.has(column))) return undefined;
    ids.add(event.entityId);
  }
  return [...ids];
}

/**
 * The part `name` of the scope's organization: reused while exact, brought up to date by `update`
 * when given and able to, else computed with `compute` on a scope whose reads are recorded. Inside a
 * transaction it is always computed (what the transaction sees may not be committed).
 */
export async function memoPart<T>(
  scope: OrgScope,
  name: string,
  compute: (scope: OrgScope) => Promise<T>,
  update?: PartUpdate<T>,
): Promise<T> {
  if (scope.db.isTransaction) return compute(scope);
  const { root, reads: outer } = recordingOf(scope.db);
  const reuse = (part: Part) => {
    for (const reads of outer) reads.merge(part.reads);
    return part.value as T;
  };
  let cache = parts.get(root);
  if (!cache) {
    cache = new Map();
    parts.set(root, cache);
  }
  const key = `${scope.orgId}\n${scope.today}\n${name}`;
  const head = await chainHead(root, scope.orgId);
  const hit = cache.get(key);
  if (hit && hit.seq === head.seq && hit.hash === head.hash) {
    partStats.reused++;
    return reuse(hit);
  }
  const keep = (value: T, reads: ReadSet) => {
    cache.delete(key);
    cache.set(key, { ...head, reads, value });
    if (cache.size > CAPACITY) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return value;
  };
  const events = hit && hit.seq < head.seq ? await eventsBetween(root, scope.orgId, hit, head) : undefined;
  if (hit && events) {
    if (!eventsTouch(events, hit.reads)) {
      partStats.kept++;
      Object.assign(hit, head);
      return reuse(hit);
    }
    const updated = update && (await updatePart(hit as Part & { value: T }, events, scope, update));
    if (updated) {
      partStats.updated++;
      for (const reads of outer) reads.merge(hit.reads);
      return keep(updated.value, updated.reads);
    }
  }
  partStats.computed++;
  // Stamped with the head read before computing: what it reads is at this head or later, and the
  // events after this head are examined before the part is reused at another head.
  const view = trackedView(scope);
  return keep(await compute(view.scope), view.reads);
}

/**
 * A kept part brought up to date by `update` from the events that touch it, with what it read then
 * and before; undefined when `update` cannot. Stamped, like a computed part, with the head read
 * before it ran.
 */
async function updatePart<T>(
  hit: Part & { value: T },
  events: readonly EventTouch[],
  scope: OrgScope,
  update: PartUpdate<T>,
): Promise<{ value: T; reads: ReadSet } | undefined> {
  const relevant = events.filter((event) => eventsTouch([event], hit.reads));
  const view = trackedView(scope);
  const value = await update(hit.value, relevant, view.scope, hit.reads);
  if (value === undefined) return undefined;
  view.reads.merge(hit.reads);
  return { value, reads: view.reads };
}
