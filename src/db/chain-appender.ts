/**
 * Appends hash-chained audit events (see domain/audit-chain.ts) inside a write transaction. Used
 * only by the write API in store.ts.
 */

import type { Transaction } from "kysely";
import { GENESIS_HASH, hashEvent } from "../domain/audit-chain.js";
import { uuidv7 } from "../domain/ids.js";
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

/** Appends hash-chained events to one chain inside a transaction that holds the chain's lock. */
export class ChainAppender {
  private constructor(
    private readonly trx: Transaction<Database>,
    private readonly chainId: string,
    private readonly orgId: string | null,
    private readonly actor: Actor,
    private head: { seq: number; hash: string },
  ) {}

  /**
   * Locks the chain for this transaction. The first statement is a write to the head row: on
   * PostgreSQL that takes the row lock, on SQLite the database write lock, so concurrent writers
   * of one organization (in this or another process or node) queue here and sequence numbers
   * never collide.
   */
  static async open(trx: Transaction<Database>, chainId: string, orgId: string | null, actor: Actor) {
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
      .select(["seq", "hash"])
      .where("chainId", "=", chainId)
      .executeTakeFirstOrThrow();
    return new ChainAppender(trx, chainId, orgId, actor, { seq: Number(head.seq), hash: head.hash });
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
      return { id: uuidv7(), orgId: this.orgId, ...fields, hash };
    });
    await insertRows(this.trx as never, "auditEvents", rows);
    if (rows.length) {
      await this.trx.updateTable("chainHeads").set(this.head).where("chainId", "=", this.chainId).execute();
    }
  }

  /** Appends one event (a failure aborts the surrounding transaction, head included). */
  async append(input: EventInput): Promise<void> {
    await this.appendMany([input]);
  }
}
