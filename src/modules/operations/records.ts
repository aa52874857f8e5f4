/** What the operational registers share: finding a record by key, control lists, dates. */

import { getControl } from "../../catalog/index.js";
import type { OrgTableName } from "../../db/schema.js";
import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";

export type KeyedTable = "suppliers" | "incidents" | "requirements";

export async function recordByKey<T extends KeyedTable>(
  read: OrgReader,
  table: T,
  key: string,
  what: string,
): Promise<OrgRowOf<T>> {
  const [row] = await read.list(table, { key: key.toUpperCase() } as never);
  if (!row) throw notFound(`${what} ${key}`);
  return row as OrgRowOf<T>;
}

/** Annex A control ids as "5.31" (accepting "A.5.31"), each checked against the catalog. */
export function controlIds(ids: readonly string[] | undefined, path = "controlRefs"): string[] {
  const out = (ids ?? []).map((id) => id.trim().replace(/^A\.?\s*/i, ""));
  const unknown = out.filter((id) => !getControl(id));
  if (unknown.length)
    throw invalid(`${unknown.join(", ")}: not an Annex A control of ISO/IEC 27001:2022`, [
      { path, message: "unknown control" },
    ]);
  return [...new Set(out)];
}

export const parseList = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

/** Rows of a child table for many parents, grouped by parent id. */
export async function childrenOf<T extends OrgTableName>(
  read: OrgReader,
  table: T,
  column: string,
  parentIds: readonly string[],
): Promise<Map<string, OrgRowOf<T>[]>> {
  const rows = await read.listIn(table, column, parentIds);
  const by = new Map<string, OrgRowOf<T>[]>();
  for (const row of rows) {
    const parent = (row as Record<string, unknown>)[column] as string;
    by.set(parent, [...(by.get(parent) ?? []), row]);
  }
  return by;
}
