/**
 * What an audit event records of a row change: a diff with enough to rebuild the row before and
 * after, never more. A created row is recorded without its bookkeeping (the event already carries
 * its id, organization and time; a new row is at version 1) and without empty fields; an update
 * records only the fields that changed, as [before, after]; a deleted row is recorded without its
 * id, organization and empty fields. Events that are not row changes (approvals, imports,
 * restores) keep what their writer recorded.
 */

const CREATE_BOOKKEEPING = new Set(["id", "orgId", "version", "createdAt", "updatedAt"]);
const DELETE_BOOKKEEPING = new Set(["id", "orgId"]);
/** Fields every update changes, which the event's own sequence and time already say. */
const UPDATE_BOOKKEEPING = new Set(["version", "updatedAt"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function without(row: Record<string, unknown>, drop: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined || drop.has(key)) continue;
    out[key] = value;
  }
  return out;
}

/** A created row as its event records it. */
export const createdRow = (row: Record<string, unknown>) => without(row, CREATE_BOOKKEEPING);

/** A deleted row as its event records it. */
export const deletedRow = (row: Record<string, unknown>) => without(row, DELETE_BOOKKEEPING);

/** Only the fields whose values differ: { field: [before, after] }. */
export function rowDiff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (UPDATE_BOOKKEEPING.has(key)) continue;
    if (before[key] !== value) changes[key] = [before[key] ?? null, value ?? null];
  }
  return changes;
}

/**
 * The compact form of changes an older version recorded (whole rows on create and delete,
 * bookkeeping in update diffs). Already compact changes come back equal, so converting twice
 * changes nothing.
 */
export function compactChanges(action: string, changes: unknown): unknown {
  if (!isRecord(changes)) return changes;
  if (action === "create" && isRecord(changes.after)) return { ...changes, after: createdRow(changes.after) };
  if (action === "delete" && isRecord(changes.before))
    return { ...changes, before: deletedRow(changes.before) };
  if (action === "update") {
    const pairs = Object.entries(changes);
    if (!pairs.every(([, v]) => Array.isArray(v) && v.length === 2)) return changes;
    return Object.fromEntries(pairs.filter(([key]) => !UPDATE_BOOKKEEPING.has(key)));
  }
  return changes;
}
