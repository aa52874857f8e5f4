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
import { chainHead } from "./audit-trail/audit-trail.service.js";
import type { ReadSet } from "./read-deps.js";
import { type Head, recordingOf, stillExact, trackReads } from "./read-view.js";
import { type Db, type OrgScope, orgScope } from "./scope.js";

interface Part extends Head {
  reads: ReadSet;
  value: unknown;
}

const CAPACITY = 2000;
const parts = new WeakMap<Db, Map<string, Part>>();
/** How parts were answered (for tests and benchmarks). */
export const partStats = { reused: 0, kept: 0, computed: 0 };

/**
 * The part `name` of the scope's organization: reused while exact, else computed with `compute`
 * on a scope whose reads are recorded. Inside a transaction it is always computed (what the
 * transaction sees may not be committed).
 */
export async function memoPart<T>(
  scope: OrgScope,
  name: string,
  compute: (scope: OrgScope) => Promise<T>,
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
  if (hit && hit.seq < head.seq) {
    if (await stillExact(root, scope.orgId, hit, head)) {
      partStats.kept++;
      Object.assign(hit, head);
      return reuse(hit);
    }
  }
  partStats.computed++;
  // Stamped with the head read before computing: what it reads is at this head or later, and the
  // events after this head are examined before the part is reused at another head.
  const tracked = trackReads(scope.db);
  const value = await compute(orgScope(tracked.db, scope.orgId, scope.actor, scope.today));
  cache.delete(key);
  cache.set(key, { ...head, reads: tracked.reads, value });
  if (cache.size > CAPACITY) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return value;
}
