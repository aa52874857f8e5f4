/**
 * Appends hash-chained audit events (see domain/audit-chain.ts) inside a write transaction. Used
 * only by the write API in store.ts.
 */

import type { Transaction } from "kysely";
import { GENESIS_HASH, hashEvent } from "../domain/audit-chain.js";
import { insertRows } from "./bulk-insert.js";
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
 * The number under which the trail stores an actor, added on first use. Concurrent first uses
 * agree: the second insert waits for the first and then does nothing.
 */
export async function actorNumber(trx: Transaction<Database>, actor: Actor): Promise<number> {
  const find = () => trx.selectFrom("auditActors").select("no").where("actor", "=", actor).executeTakeFirst();
  let row = await find();
  if (!row) {
    await trx
      .insertInto("auditActors")
      .values({ actor })
      .onConflict((oc) => oc.column("actor").doNothing())
      .execute();
    row = await find();
  }
  if (!row) throw new Error(`the audit trail could not record actor ${actor}`);
  return Number(row.no);
}

/** Appends hash-chained events to one chain inside a transaction that holds the chain's lock. */
export class ChainAppender {
  private constructor(
    private readonly trx: Transaction<Database>,
    private readonly chainId: string,
    private readonly chainNo: number,
    private readonly actor: Actor,
    private readonly actorNo: number,
    private head: { seq: number; hash: string },
  ) {}

  /**
   * Locks the chain for this transaction. The first statement is a write to the head row: on
   * PostgreSQL that takes the row lock, on SQLite the database write lock, so concurrent writers
   * of one organization (in this or another process or node) queue here and sequence numbers
   * never collide.
   */
  static async open(trx: Transaction<Database>, chainId: string, actor: Actor) {
    const locked = await trx
      .updateTable("chainHeads")
      .set((eb) => ({ seq: eb.ref("seq") }))
      .where("chainId", "=", chainId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) {
      await trx.insertInto("chainHeads").values({ chainId, seq: 0, hash: GENESIS_HASH }).execute();
    }
    const head = await trx
      .selectFrom("chainHeads")
      .select(["no", "seq", "hash"])
      .where("chainId", "=", chainId)
      .executeTakeFirstOrThrow();
    const actorNo = await actorNumber(trx, actor);
    return new ChainAppender(trx, chainId, Number(head.no), actor, actorNo, {
      seq: Number(head.seq),
      hash: head.hash,
    });
  }

  /** Appends events in order with multi-row inserts and one head update. */
  async appendMany(inputs: readonly EventInput[]): Promise<void> {
    // One time for the events written together, as they are in one transaction.
    const at = nowIso();
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
      const { chainId: _chain, prevHash: _prev, actor: _actor, ...stored } = fields;
      return { chainNo: this.chainNo, ...stored, actorNo: this.actorNo, hash: Buffer.from(hash, "hex") };
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
