import { randomBytes } from "node:crypto";

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids sort by creation time,
 * which keeps B-tree inserts local on both SQLite and PostgreSQL.
 */
// Random bytes are drawn in blocks: one system call per 256 ids instead of one per id matters
// when an import creates hundreds of thousands of rows and events.
let pool = Buffer.alloc(0);
let poolOffset = 0;
function random16(): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(4096);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

export function uuidv7(now = Date.now()): string {
  const bytes = random16();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** People-facing keys per organization: formatKey("R", 12) -> "R-012". */
export function formatKey(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, "0")}`;
}

/** The number in a people-facing key, or 0 when the key has another form. */
export function keyNumber(key: string | null | undefined): number {
  const match = /-(\d+)$/.exec(key ?? "");
  return match ? Number(match[1]) : 0;
}

/** Orders ids the way people read them: "5.9" before "5.10", "R-2" before "R-10". */
export const compareIds = new Intl.Collator("en", { numeric: true }).compare;

/** "R-012" → ["R", 12] for the usual people-facing keys (capital letters, a hyphen, digits). */
const KEY = /^([A-Z]+)-(\d{1,15})$/;

/**
 * Sorts ids in place as compareIds orders them, faster for lists of the usual keys ("R-012"):
 * those are compared by prefix and number without the collator (sorting thousands of risk keys on
 * every SoA read showed in profiles). Any other id makes the whole list go through the collator.
 */
export function sortIds(ids: string[]): string[] {
  const parsed: [string, number, string][] = [];
  for (const id of ids) {
    const match = KEY.exec(id);
    if (!match) return ids.sort(compareIds);
    parsed.push([match[1] as string, Number(match[2]), id]);
  }
  parsed.sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0),
  );
  for (let i = 0; i < parsed.length; i++) ids[i] = (parsed[i] as [string, number, string])[2];
  return ids;
}
