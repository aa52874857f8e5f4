/**
 * Opens the database named by a URL: embedded SQLite (better-sqlite3) by default, PostgreSQL (pg)
 * for several app nodes. Both get the same schema through the same migrations.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  CamelCasePlugin,
  CompiledQuery,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDriver,
} from "kysely";
import { migrateToLatest } from "./migrate.js";
import type { Database } from "./schema.js";
import { gatedConnection } from "./write-gate.js";

export type DatabaseTarget =
  | { dialect: "sqlite"; file: string }
  | { dialect: "postgres"; connectionString: string; schema: string | undefined };

/**
 * Parses `file:./data/isms.db` or `postgres://user@host:5432/db[?schema=name]`. The `schema`
 * parameter (ours, not libpq's) puts every table in that PostgreSQL schema, which tests use to
 * isolate runs.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("ISMS_DATABASE_URL: file: needs a path, e.g. file:./data/isms.db");
    return { dialect: "sqlite", file: resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get("schema") ?? undefined;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/i.test(schema)) {
      throw new Error(`ISMS_DATABASE_URL: schema "${schema}" must be a plain identifier`);
    }
    parsed.searchParams.delete("schema");
    return { dialect: "postgres", connectionString: parsed.toString(), schema };
  }
  throw new Error("ISMS_DATABASE_URL must start with file: or postgres://");
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/**
 * Every transaction we open writes, so it takes SQLite's write lock at BEGIN ("begin immediate"),
 * where busy_timeout waits for another process to finish. A plain (deferred) BEGIN reads first and
 * then fails at once with SQLITE_BUSY when another process, the CLI beside the server say, has
 * committed in between.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly onChange: (sql: string) => void,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    const driver = super.createDriver() as SqliteDriver;
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    };
    // One connection, so one wrapper: it follows whether a transaction is open (write-gate.ts).
    const acquire = driver.acquireConnection.bind(driver);
    let gated: Awaited<ReturnType<Driver["acquireConnection"]>> | undefined;
    driver.acquireConnection = async () => {
      const connection = await acquire();
      gated ??= gatedConnection(connection, this.onChange);
      return gated;
    };
    return driver;
  }
}

async function createSqlite(file: string): Promise<Kysely<Database>> {
  const { default: SQLite } = await import("better-sqlite3");
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer; a crash never leaves a half-applied transaction.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Another process holding the write lock makes us wait instead of failing at once.
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("synchronous = NORMAL");
  // A larger page cache keeps index pages of big imports in memory (the default is 2 MB).
  sqlite.pragma("cache_size = -65536");
  // Temporary storage in memory: a multi-row insert inside a larger transaction keeps a statement
  // journal (to undo that one statement if it fails part-way); in a temporary file that journal
  // made the bulk inserts of an import twice as slow.
  sqlite.pragma("temp_store = MEMORY");
  let ownChanges = 0;
  let ownSignInChanges = 0;
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }, (statement) => {
      ownChanges++;
      if (SIGN_IN_CHANGES.test(statement)) ownSignInChanges++;
    }),
    plugins: [new CamelCasePlugin()],
  });
  // SQLite's data_version changes when another connection (another process, an import's worker
  // thread) commits; this connection's own statements are counted as they run.
  const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
  counters.set(db, {
    others: () => String(dataVersion.get()),
    own: () => ownChanges,
    ownSignIn: () => ownSignInChanges,
  });
  return db;
}

/**
 * This connection's statements that may change what a session lookup reads besides the chain head
 * (sessions, users, memberships, organizations), and any that may reshape it. A rollback undoes
 * only statements already counted.
 */
const SIGN_IN_CHANGES = /"(sessions|users|memberships|organizations)"|^\s*(create|drop|alter)\b/i;

/** See changeMark. */
export interface ChangeMarks {
  /** Stays the same exactly while nothing was committed by anyone. */
  any: string;
  /**
   * Stays the same while nothing was committed by another connection and this one changed no
   * sessions, users, memberships or organizations.
   */
  signIn: string;
  /** Changes exactly when another connection commits. */
  others: string;
}

/** What the change marks are made of, per SQLite database. */
const counters = new WeakMap<
  Kysely<Database>,
  { others: () => string; own: () => number; ownSignIn: () => number }
>();

/**
 * Marks that stay the same while nothing (of a kind) was committed to the database, for answers
 * that may be kept until then (the session behind a request). SQLite only: on PostgreSQL there is
 * no such cheap signal and this is undefined.
 */
export function changeMark(db: Kysely<Database>): ChangeMarks | undefined {
  const count = counters.get(db);
  return count && changeMarkAssuming(db, count.others());
}

/**
 * The marks as they are while other connections' commits are still those of `others` (a mark's
 * `others`, read earlier): they hold only if no other connection has committed since it was read.
 */
export function changeMarkAssuming(db: Kysely<Database>, others: string): ChangeMarks | undefined {
  const count = counters.get(db);
  return count && { any: `${others}.${count.own()}`, signIn: `${others}.${count.ownSignIn()}`, others };
}

/** How many statements that may change data this connection has run (SQLite; else undefined). */
export function ownStatements(db: Kysely<Database>): number | undefined {
  return counters.get(db)?.own();
}

type SqliteDatabase = import("better-sqlite3").Database;

/**
 * Kysely prepares every query anew; preparing costs more than running a small query. This keeps the
 * most recently used prepared statements by SQL text (SQLite runs one statement at a time per
 * connection, and better-sqlite3 finishes each call before returning, so reuse is safe).
 */
export function withStatementCache(sqlite: SqliteDatabase, capacity = 500) {
  const statements = new Map<string, ReturnType<SqliteDatabase["prepare"]>>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

async function createPostgres(
  connectionString: string,
  schema: string | undefined,
): Promise<Kysely<Database>> {
  const { default: pg } = await import("pg");
  // int8 (count(*), sums) and numeric arrive as strings by default; every such value we store fits a double.
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1700, (v) => Number(v));
  if (schema) {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

/** Opens the database and brings its schema up to date (unless `migrate` is false). */
export async function openDatabase(
  url: string,
  options: { migrate?: boolean } = {},
): Promise<DatabaseHandle> {
  const target = parseDatabaseUrl(url);
  const db =
    target.dialect === "sqlite"
      ? await createSqlite(target.file)
      : await createPostgres(target.connectionString, target.schema);
  if (options.migrate !== false) {
    await migrateToLatest(db, target.dialect === "postgres" ? target.schema : undefined);
  }
  return { db, target, close: () => db.destroy() };
}
