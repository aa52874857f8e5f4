/**
 * Which tables a derived view reads, and whether the audit events written since it was computed
 * can have changed any of them (ADR 15). The read set is not kept by hand: the view runs with a
 * database handle whose plugin notes every table named in the queries it sends (FROM, joins,
 * subqueries, and table names inside raw SQL), so it cannot fall behind the code.
 *
 * An organization's rows change only through its audit chain, one event per change, whose entity
 * type is the table of the row. Links may be recorded in their parent's event, so an event is taken
 * to touch its table and every table whose rows reference it (REFERENCES, followed to the end). An
 * event whose entity type is not a table (an approval, an import summary under another name, an
 * export) touches everything. Tables that are not on the organization's chain (users, sessions,
 * imported frameworks…) cannot be judged from its events: a view that reads one is recomputed after
 * any event, as before.
 */
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";
import { REFERENCES } from "../db/references.js";
import { ORG_TABLES } from "../db/schema.js";
import type { EventTouch } from "./audit-trail/audit-trail.service.js";

/** Tables whose every change is an event of the organization's chain. */
const ON_CHAIN: ReadonlySet<string> = new Set<string>([...ORG_TABLES, "organizations"]);

/** Every table name the queries may use, as written in TypeScript (camelCase). */
const KNOWN_TABLES = [
  ...ON_CHAIN,
  "users",
  "chainHeads",
  "sessions",
  "apiTokens",
  "oidcStates",
  "userIdentities",
  "signInChallenges",
  "auditEvents",
  "auditLog",
  "blobs",
  "calendarFeeds",
  "mailPreferences",
  "sentMessages",
  "frameworks",
  "frameworkItems",
  "mappingSets",
  "frameworkMappings",
];

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** Both spellings (the CamelCasePlugin runs before ours and turns names into snake_case). */
const BY_SPELLING = new Map<string, string>(KNOWN_TABLES.flatMap((t) => [[t, t] as const, [snake(t), t]]));

/** A table and every table that references it, directly or through another (links, children). */
function withDependents(table: string): string[] {
  const out = new Set([table]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, columns] of Object.entries(REFERENCES)) {
      if (out.has(child)) continue;
      if (Object.values(columns ?? {}).some((parent) => out.has(parent))) {
        out.add(child);
        grew = true;
      }
    }
  }
  return [...out];
}
const TOUCHES = new Map<string, readonly string[]>([...ON_CHAIN].map((t) => [t, withDependents(t)]));

/** What one table was read for: columns whose change matters for any row, or only for `rows`. */
interface TableReads {
  /** Columns that decide which rows are read, their order or an aggregate ("*": all of them). */
  cols: Set<string> | "*";
  /** Columns read from the rows in `rows` only. */
  rowCols: Set<string> | "*";
  /** Ids of the rows read one by one. */
  rows: Set<string>;
}

/** What a computation read, per table (camelCase names). */
export class ReadSet {
  readonly tables = new Map<string, TableReads>();
  #table(name: string): TableReads {
    let reads = this.tables.get(name);
    if (!reads) {
      reads = { cols: new Set(), rowCols: new Set(), rows: new Set() };
      this.tables.set(name, reads);
    }
    return reads;
  }
  /** Every row of `table` was read for these columns. */
  addAll(table: string, cols: Set<string> | "*"): void {
    const reads = this.#table(table);
    reads.cols = union(reads.cols, cols);
  }
  /** Everything `other` read was read here too (a part of a view answered from its own cache). */
  merge(other: ReadSet): void {
    for (const [table, reads] of other.tables) {
      const into = this.#table(table);
      into.cols = union(into.cols, reads.cols);
      into.rowCols = union(into.rowCols, reads.rowCols);
      for (const id of reads.rows) into.rows.add(id);
    }
  }
  /** These rows of `table` were read for `cols`, chosen by `where` columns. */
  addRows(table: string, where: Set<string> | "*", cols: Set<string> | "*", ids: readonly string[]): void {
    const reads = this.#table(table);
    reads.cols = union(reads.cols, where);
    reads.rowCols = union(reads.rowCols, cols);
    for (const id of ids) reads.rows.add(id);
  }
}

// `a` itself when it holds `b` already (sets are replaced, never changed in place).
const union = (a: Set<string> | "*", b: Set<string> | "*"): Set<string> | "*" =>
  a === "*" || b === "*" ? "*" : [...b].every((c) => a.has(c)) ? a : new Set([...a, ...b]);
const hits = (cols: Set<string> | "*", changed: readonly string[]) =>
  cols === "*" ? changed.length > 0 : changed.some((c) => cols.has(c));

/** The columns an update event changed (its diff's fields, and the version it always bumps), or
 * undefined; found once per event object (events kept in memory are examined again and again). */
const columnsOf = new WeakMap<object, string[] | null>();
export function updatedColumns(event: Pick<EventTouch, "action" | "changes">): string[] | undefined {
  if (!columnsOf.has(event)) columnsOf.set(event, readColumns(event) ?? null);
  return columnsOf.get(event) ?? undefined;
}
function readColumns(event: Pick<EventTouch, "action" | "changes">): string[] | undefined {
  if (event.action !== "update") return undefined;
  let changes: unknown;
  try {
    changes = typeof event.changes === "string" ? JSON.parse(event.changes) : event.changes;
  } catch {
    return undefined;
  }
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return undefined;
  const fields = Object.entries(changes);
  if (!fields.every(([, v]) => Array.isArray(v) && v.length === 2)) return undefined;
  return [...fields.map(([k]) => k), "version", "updatedAt"];
}

/**
 * Whether any of these events can have changed what a view with this read set answered. An update
 * (one row's own columns, as the writer records it) matters when it changes a column that chose,
 * ordered or counted the rows read, or a column read from that very row. Any other event of a
 * table (a row created or deleted, with the links it may carry) matters to a view that read the
 * table or a table referencing it. An event that is not a table's, or any event at all when the view
 * read a table off the organization's chain or recorded nothing, matters.
 */
export function eventsTouch(
  events: readonly Pick<EventTouch, "entityType" | "entityId" | "action" | "changes">[],
  reads: ReadSet,
): boolean {
  if (events.length === 0) return false;
  if (reads.tables.size === 0) return true;
  for (const table of reads.tables.keys()) if (!ON_CHAIN.has(table)) return true;
  for (const event of events) {
    const touched = TOUCHES.get(event.entityType);
    if (!touched) return true;
    const changed = updatedColumns(event);
    if (changed) {
      const table = reads.tables.get(event.entityType);
      if (!table) continue;
      if (hits(table.cols, changed)) return true;
      if (table.rows.has(event.entityId) && hits(table.rowCols, changed)) return true;
      continue;
    }
    for (const table of touched) if (reads.tables.has(table)) return true;
  }
  return false;
}

interface Walk {
  tables: Set<string>;
  cols: Set<string> | "*";
  raw: boolean;
  selects: number;
  aggregate: boolean;
}

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Notes every table and column a query tree names. */
function walk(node: unknown, into: Walk): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, into);
    return;
  }
  if (!node || typeof node !== "object") return;
  const n = node as { kind?: string } & Record<string, unknown>;
  switch (n.kind) {
    case "TableNode": {
      const name = (n.table as { identifier?: { name?: string } } | undefined)?.identifier?.name;
      if (name) into.tables.add(BY_SPELLING.get(name) ?? name);
      return;
    }
    case "ColumnNode": {
      const name = (n.column as { name?: string } | undefined)?.name;
      if (name && into.cols !== "*") into.cols.add(camel(name));
      return;
    }
    case "SelectAllNode":
      into.cols = "*";
      return;
    case "SelectQueryNode":
      into.selects++;
      break;
    case "AggregateFunctionNode": {
      into.aggregate = true;
      // count(*) counts rows: it reads no column.
      const { aggregated, ...rest } = n;
      const counted = (aggregated as { kind?: string }[] | undefined)?.filter(
        (a) =>
          a.kind !== "SelectAllNode" &&
          (a as { selection?: { kind?: string } }).selection?.kind !== "SelectAllNode",
      );
      walk(counted, into);
      walk(Object.values(rest), into);
      return;
    }
    case "RawNode":
      // Hand-written SQL: a known table name among its words counts as read, and every other word
      // as a column it may name (over-counting only costs a recomputation).
      into.raw = true;
      for (const fragment of n.sqlFragments as readonly string[]) {
        if (fragment.includes("*")) into.cols = "*";
        for (const word of fragment.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
          const table = BY_SPELLING.get(word);
          if (table) into.tables.add(table);
          else if (into.cols !== "*") into.cols.add(camel(word));
        }
      }
      break;
  }
  for (const value of Object.values(n)) if (value && typeof value === "object") walk(value, into);
}

const newWalk = (): Walk => ({
  tables: new Set(),
  cols: new Set(),
  raw: false,
  selects: 0,
  aggregate: false,
});

/** A query of one table's rows whose result rows can be told apart by id. */
interface RowQuery {
  table: string;
  where: Set<string> | "*";
  cols: Set<string> | "*";
}

export class TableCollector implements KyselyPlugin {
  readonly #rowQueries = new WeakMap<object, RowQuery>();
  constructor(private readonly into: ReadSet) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const root = args.node as RootOperationNode & Record<string, unknown>;
    const all = newWalk();
    walk(root, all);
    const [table] = all.tables;
    if (
      root.kind === "SelectQueryNode" &&
      table &&
      all.tables.size === 1 &&
      all.selects === 1 &&
      !all.raw &&
      !root.joins &&
      !root.groupBy &&
      !root.setOperations &&
      !root.with
    ) {
      const selected = newWalk();
      walk(root.selections, selected);
      const where = newWalk();
      walk({ ...root, selections: undefined }, where);
      if (!selected.aggregate && (selected.cols === "*" || selected.cols.has("id"))) {
        this.#rowQueries.set(args.queryId, { table, where: where.cols, cols: selected.cols });
        return args.node;
      }
    }
    for (const name of all.tables) this.into.addAll(name, all.cols);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const query = this.#rowQueries.get(args.queryId);
    if (query) {
      const ids = args.result.rows.map((row) => row.id);
      if (ids.every((id): id is string => typeof id === "string"))
        this.into.addRows(query.table, query.where, query.cols, ids);
      else this.into.addAll(query.table, "*");
    }
    return args.result;
  }
}
