/**
 * A process-wide gate for SQLite writes. A large import runs its whole transaction in a worker
 * thread, on a connection of its own, so that neither its work nor its commit holds the event
 * loop. While it runs, this process's own writes wait here (asynchronously) instead of waiting
 * for SQLite's write lock, which better-sqlite3 does by sleeping on the event loop. Reads go on.
 */
let held: Promise<void> | undefined;

/** Resolves once no worker transaction holds the gate. */
export async function writesOpen(): Promise<void> {
  while (held) await held;
}

/** Runs `work` (a transaction in another thread) with this process's writes held back. */
export async function holdWrites<T>(work: () => Promise<T>): Promise<T> {
  await writesOpen();
  let release: () => void = () => {};
  held = new Promise<void>((resolve) => {
    release = resolve;
  });
  try {
    return await work();
  } finally {
    held = undefined;
    release();
  }
}

const WRITE = /^\s*(insert|update|delete|replace|begin|create|drop|alter)\b/i;
const ENDS = /^\s*(commit|rollback|end)\b/i;
/** Anything but a plain read: what may change what the next read sees. */
const CHANGES = /^\s*(?!select\b|with\b)/i;

/**
 * Wraps a Kysely SQLite connection so that a write outside a transaction, or the BEGIN of one,
 * first waits for the gate. Statements inside a transaction already hold SQLite's lock.
 */
export function gatedConnection<C extends { executeQuery(query: { sql: string }): Promise<unknown> }>(
  connection: C,
  onChange: (sql: string) => void = () => {},
): C {
  let inTransaction = false;
  const execute = connection.executeQuery.bind(connection);
  return Object.assign(Object.create(connection) as C, {
    async executeQuery(query: { sql: string }) {
      const { sql } = query;
      if (!inTransaction && held && WRITE.test(sql)) await writesOpen();
      if (/^\s*begin\b/i.test(sql)) inTransaction = true;
      try {
        return await execute(query);
      } finally {
        if (ENDS.test(sql)) inTransaction = false;
        if (CHANGES.test(sql)) onChange(sql);
      }
    },
  });
}
