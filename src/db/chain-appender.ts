/**
 * Appends hash-chained audit events (see domain/audit-chain.ts) inside a write transaction. Used
 * only by the write API in store.ts.
 */

import type { Kysely, Transaction } from "kysely";
import { GENESIS_HASH, hashEvent } from "../domain/audit-chain.js";
import { insertRows } from "./bulk-insert.js";
import { changeMark, changeMarkAssuming, ownStatements } from "./database.js";
import type { Database } from "./schema.js";

export type Actor = string;

export const nowIso = () => new Date().toISOString();

export interface EventInput {
  entityType: string;
  entityId: string;
  action: string;
  changes: unknown;
}

/**
 * The numbers under which the trail stores actors and kinds of event (entity type and action),
 * each added on first use. Concurrent first uses agree: the second insert waits for the first and
 * then does nothing. Numbers are remembered for the transaction, and once it has committed for the
 * database (`settled`): numbers are never removed, but one a rolled back transaction added was
 * never there for anybody else.
 */
export class TrailNames {
  readonly #numbers = new Map<string, number>();
  constructor(
    private readonly trx: Transaction<Database>,
    private readonly settled?: Map<string, number>,
  ) {}

  /** Once the transaction has committed: its numbers hold for every later one. */
  settle(): void {
    for (const [key, no] of this.#numbers) this.settled?.set(key, no);
  }

  actor(actor: string): Promise<number> {
    return this.#no("auditActors", { actor });
  }

  kind(entityType: string, action: string): Promise<number> {
    return this.#no("auditKinds", { entityType, action });
  }

  async #no(table: "auditActors" | "auditKinds", values: Record<string, string>): Promise<number> {
    const key = `${table}\n${Object.values(values).join("\n")}`;
    const known = this.#numbers.get(key) ?? this.settled?.get(key);
    if (known !== undefined) return known;
    // biome-ignore lint/suspicious/noExplicitAny: two small tables, chosen by name
    const trx = this.trx as any;
    const find = async (): Promise<{ no: number } | undefined> => {
      let query = trx.selectFrom(table).select("no");
      for (const [column, value] of Object.entries(values)) query = query.where(column, "=", value);
      return query.executeTakeFirst();
    };
    let row = await find();
    if (!row) {
      await trx
        .insertInto(table)
        .values(values)
        // biome-ignore lint/suspicious/noExplicitAny: see above
        .onConflict((oc: any) => oc.columns(Object.keys(values)).doNothing())
        .execute();
      row = await find();
    }
    if (!row) throw new Error(`the audit trail could not number ${Object.values(values).join(" ")}`);
    this.#numbers.set(key, Number(row.no));
    return Number(row.no);
  }
}

/** An event as appended: what readers of a chain's newest events keep of it. */
export interface AppendedEvent {
  seq: number;
  entityType: string;
  entityId: string;
  action: string;
  /** As stored: JSON text. */
  changes: string;
  /** Hex; it covers every event before it. */
  hash: string;
}

/**
 * Told of the events a transaction appended to a chain, once it has committed. `headMark`, when
 * given, is a change mark of the database (database.ts) at which the last of them is the chain's
 * head: no other connection had committed since the transaction took its lock, and this one ran
 * nothing after its commit.
 */
export type CommitListener = (
  db: Kysely<Database>,
  chainId: string,
  opened: { seq: number; hash: string },
  events: readonly AppendedEvent[],
  headMark?: string,
) => void;
const commitListeners: CommitListener[] = [];

/**
 * Calls `listener` after each committed transaction that appended to a chain, with the head the
 * transaction found and the events it appended (so kept copies of a chain's newest events grow
 * without reading them back).
 */
export function onChainCommitted(listener: CommitListener): void {
  commitListeners.push(listener);
}

/** Actor and kind numbers of committed transactions, per database (see TrailNames). */
const settled = new WeakMap<Kysely<Database>, Map<string, number>>();

function settledNumbers(db: Kysely<Database>): Map<string, number> {
  let numbers = settled.get(db);
  if (!numbers) {
    numbers = new Map();
    settled.set(db, numbers);
  }
  return numbers;
}

/** Appends hash-chained events to one chain inside a transaction that holds the chain's lock. */
export class ChainAppender {
  private constructor(
    private readonly trx: Transaction<Database>,
    private readonly chainId: string,
    private readonly chainNo: number,
    private readonly actor: Actor,
    private readonly names: TrailNames,
    private head: { seq: number; hash: string },
  ) {
    this.opened = head;
  }

  /** The head as the transaction found it. */
  private readonly opened: { seq: number; hash: string };
  /** What this transaction appended, in order. */
  private readonly appended: AppendedEvent[] = [];

  /** Other connections' commits as of the lock (SQLite), to tell whether any came after it. */
  private othersAtLock?: string;
  /** This connection's statements counted just before the commit (SQLite). */
  private statementsBeforeCommit?: number;

  /** To be called last inside the transaction, before its commit. */
  committing(db: Kysely<Database>): void {
    this.statementsBeforeCommit = ownStatements(db);
  }

  /** To be called once the transaction has committed: tells the listeners what it appended. */
  committed(db: Kysely<Database>): void {
    this.names.settle();
    if (this.appended.length === 0) return;
    // When this connection ran nothing but the commit since `committing` (no other transaction
    // slipped in), the appended head is the chain's at the mark the database has while nobody
    // else commits either (reading the current mark would open a read transaction).
    const alone =
      this.statementsBeforeCommit !== undefined && ownStatements(db) === this.statementsBeforeCommit + 1;
    const headMark =
      alone && this.othersAtLock !== undefined ? changeMarkAssuming(db, this.othersAtLock)?.any : undefined;
    for (const listener of commitListeners) listener(db, this.chainId, this.opened, this.appended, headMark);
  }

  /**
   * Locks the chain for this transaction. The first statement is a write to the head row: on
   * PostgreSQL that takes the row lock, on SQLite the database write lock, so concurrent writers
   * of one organization (in this or another process or node) queue here and sequence numbers
   * never collide.
   */
  static async open(trx: Transaction<Database>, chainId: string, actor: Actor, db?: Kysely<Database>) {
    // Locks and reads the head in one statement (RETURNING, on SQLite and PostgreSQL alike).
    let head = await trx
      .updateTable("chainHeads")
      .set((eb) => ({ seq: eb.ref("seq") }))
      .where("chainId", "=", chainId)
      .returning(["no", "seq", "hash"])
      .executeTakeFirst();
    if (!head) {
      head = await trx
        .insertInto("chainHeads")
        .values({ chainId, seq: 0, hash: GENESIS_HASH })
        .returning(["no", "seq", "hash"])
        .executeTakeFirstOrThrow();
    }
    const names = new TrailNames(trx, db && settledNumbers(db));
    const appender = new ChainAppender(trx, chainId, Number(head.no), actor, names, {
      seq: Number(head.seq),
      hash: head.hash,
    });
    // The lock is held: nobody else commits until this transaction has.
    appender.othersAtLock = db && changeMark(db)?.others;
    return appender;
  }

  /** Appends events in order with multi-row inserts and one head update. */
  async appendMany(inputs: readonly EventInput[]): Promise<void> {
    // One time for the events written together, as they are in one transaction.
    const at = nowIso();
    const actorNo = await this.names.actor(this.actor);
    const kinds = new Map<string, number>();
    for (const { entityType, action } of inputs) {
      const key = `${entityType}\n${action}`;
      if (!kinds.has(key)) kinds.set(key, await this.names.kind(entityType, action));
    }
    const rows = inputs.map((input) => {
      const fields = {
        chainId: this.chainId,
        seq: this.head.seq + 1,
        at,
        actor: this.actor,
        entityType: input.entityType,
        entityId: input.entityId,
        action: input.action,
        changes: JSON.stringify(input.changes ?? null),
        prevHash: this.head.hash,
      };
      const hash = hashEvent(fields);
      this.head = { seq: fields.seq, hash };
      this.appended.push({
        seq: fields.seq,
        entityType: input.entityType,
        entityId: input.entityId,
        action: input.action,
        changes: fields.changes,
        hash,
      });
      return {
        chainNo: this.chainNo,
        seq: fields.seq,
        actorNo,
        kindNo: kinds.get(`${input.entityType}\n${input.action}`) as number,
        at,
        entityId: input.entityId,
        changes: fields.changes,
        hash: Buffer.from(hash, "hex"),
      };
    });
    await insertRows(this.trx as never, "auditLog", rows);
    if (rows.length) {
      await this.trx.updateTable("chainHeads").set(this.head).where("chainId", "=", this.chainId).execute();
    }
  }

  /** Appends one event (a failure aborts the surrounding transaction, head included). */
  async append(input: EventInput): Promise<void> {
    await this.appendMany([input]);
  }
}
