/**
 * The audit trail in a backup. A backup line carries an event as readers see it (chain id,
 * sequence number, fields, hash in hex); the database stores it under the chain's number with the
 * hash as bytes (migration 0014), and the chain's number is the one of the installation restoring
 * it, not of the one that wrote the backup.
 */
import type { Kysely, Transaction } from "kysely";
import { TrailNames } from "../../db/chain-appender.js";
import type { Database } from "../../db/schema.js";

const PAGE = 1000;
const EVENT_COLUMNS = [
  "chainId",
  "seq",
  "at",
  "actor",
  "entityType",
  "entityId",
  "action",
  "changes",
  "hash",
] as const;

/** The events of the given chains, chain by chain and in order, a page at a time. */
export async function* trailRows(
  db: Kysely<Database>,
  chainIds: readonly string[],
): AsyncGenerator<Record<string, unknown>> {
  for (const chainId of chainIds) {
    let after = 0;
    for (;;) {
      const page = await db
        .selectFrom("auditEvents")
        .select([...EVENT_COLUMNS])
        .where("chainId", "=", chainId)
        .where("seq", ">", after)
        .orderBy("seq")
        .limit(PAGE)
        .execute();
      for (const row of page) yield { ...row, seq: Number(row.seq) };
      if (page.length < PAGE) break;
      after = Number(page.at(-1)?.seq);
    }
  }
}

/** The chains a backup carries: every chain, or the organizations'. */
export async function chainsOf(
  db: Kysely<Database>,
  orgIds: readonly string[],
  full: boolean,
): Promise<string[]> {
  const heads = await db.selectFrom("chainHeads").select("chainId").orderBy("chainId").execute();
  const wanted = new Set(orgIds);
  return heads.map((h) => h.chainId).filter((id) => full || wanted.has(id));
}

/** Turns backup lines of events into stored rows, looking up each chain's number once. */
export class TrailRestorer {
  readonly #numbers = new Map<string, number>();
  readonly #names: TrailNames;
  constructor(
    private readonly trx: Transaction<Database>,
    /** Writes pending rows first, so a chain head restored just before is there to be found. */
    private readonly flush: () => Promise<void>,
  ) {
    this.#names = new TrailNames(trx);
  }

  async stored(row: Record<string, unknown>): Promise<Record<string, unknown>> {
    const chainId = String(row.chainId);
    let no = this.#numbers.get(chainId);
    if (no === undefined) {
      await this.flush();
      const head = await this.trx
        .selectFrom("chainHeads")
        .select("no")
        .where("chainId", "=", chainId)
        .executeTakeFirst();
      if (!head) throw new Error(`the backup holds events of chain ${chainId} before its head`);
      no = Number(head.no);
      this.#numbers.set(chainId, no);
    }
    return {
      chainNo: no,
      seq: Number(row.seq),
      actorNo: await this.#names.actor(String(row.actor)),
      kindNo: await this.#names.kind(String(row.entityType), String(row.action)),
      at: row.at,
      entityId: row.entityId,
      changes: typeof row.changes === "string" ? row.changes : JSON.stringify(row.changes),
      hash: Buffer.from(String(row.hash), "hex"),
    };
  }
}

/** Removes an organization's trail and head (before its backup replaces it). */
export async function removeTrail(trx: Transaction<Database>, chainId: string): Promise<void> {
  await trx
    .deleteFrom("auditLog")
    .where("chainNo", "in", trx.selectFrom("chainHeads").select("no").where("chainId", "=", chainId))
    .execute();
  await trx.deleteFrom("chainHeads").where("chainId", "=", chainId).execute();
}
