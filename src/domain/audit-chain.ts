import { createHash } from "node:crypto";

/**
 * The hash chain of audit events. Each event's hash covers its own fields and the previous event's
 * hash, so editing, deleting or reordering an event breaks every later link. The head (last
 * sequence number and hash) is kept beside the chain, so removing the newest events is detected too.
 */

export interface ChainedEventFields {
  chainId: string;
  seq: number;
  at: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  /** JSON text of the before/after changes. */
  changes: string;
  prevHash: string;
}

/** The hash that precedes the first event of every chain. */
export const GENESIS_HASH = "0".repeat(64);

/** Serialises a value with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The fields an event's hash covers, in the sorted order canonicalJson puts them in. */
const HASHED = [
  "action",
  "actor",
  "at",
  "chainId",
  "changes",
  "entityId",
  "entityType",
  "prevHash",
  "seq",
] as const;

/**
 * The canonical JSON of an event's hashed fields. Written out directly (the same text
 * canonicalJson gives, which the tests check): every imported row writes an event, and sorting
 * the keys of each was a noticeable part of a large import.
 */
export function eventMaterial(event: ChainedEventFields): string {
  let out = "{";
  for (const key of HASHED) {
    const value = event[key];
    if (value === undefined) return canonicalJson(pick(event));
    out += `${out.length > 1 ? "," : ""}"${key}":${JSON.stringify(value)}`;
  }
  return `${out}}`;
}

function pick(event: ChainedEventFields): Record<string, unknown> {
  return Object.fromEntries(HASHED.map((key) => [key, event[key]]));
}

/** SHA-256 (hex) of an event's fields, including the previous hash. */
export function hashEvent(event: ChainedEventFields): string {
  return createHash("sha256").update(eventMaterial(event)).digest("hex");
}

/**
 * An event as stored: its fields and hash, without the previous event's hash, which is the hash
 * of the event before it (verification puts it back while it walks the chain).
 */
export interface StoredEvent extends Omit<ChainedEventFields, "prevHash"> {
  id: string;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: string; reason: string };

/**
 * Verifies one chain given its events ordered by sequence number and the recorded head.
 * Reports the first event that does not fit. Each hash covers the hash before it, so a change to
 * any event breaks its own hash and every link after it.
 */
export function verifyChain(
  events: readonly StoredEvent[],
  head: { seq: number; hash: string } | undefined,
): ChainVerdict {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    const fail = (reason: string): ChainVerdict => ({
      ok: false,
      events: events.length,
      brokenAt: event.id,
      reason,
    });
    if (event.seq !== expectedSeq) {
      return fail(
        `event #${event.seq} stands where #${expectedSeq} should: events were deleted or reordered`,
      );
    }
    if (hashEvent({ ...event, prevHash }) !== event.hash) {
      return fail(`event #${event.seq} was modified after it was written, or the event before it was`);
    }
    prevHash = event.hash;
  }
  const last = events.at(-1);
  const headSeq = head?.seq ?? 0;
  if (headSeq !== events.length || (last && head?.hash !== last.hash)) {
    return {
      ok: false,
      events: events.length,
      brokenAt: last?.id ?? "head",
      reason: `the chain head records ${headSeq} events but ${events.length} remain: events were removed or the head was altered`,
    };
  }
  return { ok: true, events: events.length };
}
