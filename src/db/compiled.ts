/**
 * Queries run on every request, built and compiled once per database and then run with new
 * values. Building a query with the query builder, passing it through the plugins and compiling
 * it cost several times more than running it (a request's authorization is one indexed lookup).
 * The query is built with placeholders standing for the named values; running it swaps the
 * values in. Results still pass through the plugins (camelCase column names).
 */
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema.js";

const MARK = "\u0000value:";

type Slot = { name: string } | { fixed: unknown };

export function compiledOnce<V extends Record<string, unknown>, R>(
  build: (db: Kysely<Database>, value: (name: keyof V & string) => string) => Compilable<R>,
): (db: Kysely<Database>, values: V) => Promise<R[]> {
  const cache = new WeakMap<Kysely<Database>, { compiled: CompiledQuery<R>; slots: Slot[] }>();
  return async (db, values) => {
    let entry = cache.get(db);
    if (!entry) {
      const compiled = build(db, (name) => `${MARK}${name}`).compile();
      const slots = compiled.parameters.map(
        (p): Slot =>
          typeof p === "string" && p.startsWith(MARK) ? { name: p.slice(MARK.length) } : { fixed: p },
      );
      entry = { compiled, slots };
      cache.set(db, entry);
    }
    const parameters = entry.slots.map((slot) => ("name" in slot ? values[slot.name] : slot.fixed));
    return (await db.executeQuery<R>({ ...entry.compiled, parameters })).rows;
  };
}
