/**
 * Multi-row inserts and reference checks for large imports. On SQLite the statement text is written here, with a fixed
 * number of rows per statement, so the same few prepared statements are reused for a whole import
 * (the query builder would build, parse and prepare a new statement for every batch, which cost
 * more than the insert itself). On PostgreSQL the query builder's multi-row insert is used.
 */
import { CompiledQuery, type Kysely, SqliteAdapter } from "kysely";

/** Rows per statement on SQLite; the rest of a batch goes one row per statement. */
const ROWS_PER_STATEMENT = 32;
/** Both engines limit bound parameters per statement (SQLite 32,766, PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

/** The column name the CamelCasePlugin gives a property: riskId → risk_id. */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time
type AnyDb = Kysely<any>;

export async function insertRows(db: AnyDb, table: string, rows: readonly Record<string, unknown>[]) {
  if (rows.length === 0) return;
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0] ?? {}).length));
    for (let i = 0; i < rows.length; i += perStatement)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + perStatement))
        .execute();
    return;
  }
  // Rows that leave out different columns go in separate statements (a left-out column takes its
  // default, which SQLite cannot write inside a VALUES list).
  // Consecutive rows usually have the same columns: compared with the row before, not named by a
  // joined string for every row (100,000 strings in a large import).
  const groups = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();
  let last: { columns: string[]; rows: Record<string, unknown>[] } | undefined;
  for (const row of rows) {
    if (last && sameColumns(row, last.columns)) {
      last.rows.push(row);
      continue;
    }
    const columns = Object.keys(row).filter((k) => row[k] !== undefined);
    const key = columns.join(",");
    last = groups.get(key) ?? { columns, rows: [] };
    groups.set(key, last);
    last.rows.push(row);
  }
  for (const { columns, rows: group } of groups.values()) {
    const head = `insert into "${snake(table)}" (${columns.map((c) => `"${snake(c)}"`).join(", ")}) values `;
    const tuple = `(${columns.map(() => "?").join(", ")})`;
    const perStatement = Math.max(
      1,
      Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)),
    );
    const many = head + Array.from({ length: perStatement }, () => tuple).join(", ");
    const one = head + tuple;
    let i = 0;
    for (; i + perStatement <= group.length; i += perStatement) {
      const parameters: unknown[] = [];
      for (let j = i; j < i + perStatement; j++) for (const c of columns) parameters.push(group[j]?.[c]);
      await db.executeQuery(CompiledQuery.raw(many, parameters));
    }
    for (; i < group.length; i++)
      await db.executeQuery(
        CompiledQuery.raw(
          one,
          columns.map((c) => group[i]?.[c]),
        ),
      );
  }
}

/** Whether the row's defined properties are exactly `columns`, in that order. */
function sameColumns(row: Record<string, unknown>, columns: readonly string[]): boolean {
  let i = 0;
  for (const key in row) {
    if (row[key] === undefined) continue;
    if (key !== columns[i++]) return false;
  }
  return i === columns.length;
}

/**
 * The first of `ids` that is not a row of `table` in the organization, if any. Looked up by
 * primary key alone and the organization compared here: with the organization in the WHERE clause
 * SQLite chose the (org_id, key) index and scanned every row of the organization for each chunk,
 * which made a large import quadratic.
 */
export async function missingIds(
  db: AnyDb,
  orgId: string,
  table: string,
  ids: readonly string[],
): Promise<string | undefined> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = (await db.selectFrom(table).select(["id", "orgId"]).where("id", "in", chunk).execute()) as {
      id: string;
      orgId: string;
    }[];
    const known = new Set(found.filter((f) => f.orgId === orgId).map((f) => f.id));
    const missing = chunk.find((id) => !known.has(id));
    if (missing !== undefined) return missing;
  }
  return undefined;
}
