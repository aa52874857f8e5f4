/**
 * Verification of the hash-chained audit trail (one chain per organization plus the installation
 * chain), and reading events for display.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type ChainVerdict, verifyChain } from "../../domain/audit-chain.js";

export interface ChainReport {
  chainId: string;
  verdict: ChainVerdict;
}

/** Verifies one chain: every event in order, every link, every hash, and the recorded head. */
export async function verifyAuditChain(db: Kysely<Database>, chainId: string): Promise<ChainVerdict> {
  const events = await db
    .selectFrom("auditEvents")
    .select([
      "id",
      "chainId",
      "seq",
      "at",
      "actor",
      "entityType",
      "entityId",
      "action",
      "changes",
      "prevHash",
      "hash",
    ])
    .where("chainId", "=", chainId)
    .orderBy("seq")
    .execute();
  const head = await db
    .selectFrom("chainHeads")
    .select(["seq", "hash"])
    .where("chainId", "=", chainId)
    .executeTakeFirst();
  return verifyChain(
    events.map((e) => ({ ...e, seq: Number(e.seq) })),
    head ? { seq: Number(head.seq), hash: head.hash } : undefined,
  );
}

/** Verifies every chain in the database (each organization's and the installation's). */
export async function verifyAllChains(db: Kysely<Database>): Promise<ChainReport[]> {
  const heads = await db.selectFrom("chainHeads").select("chainId").orderBy("chainId").execute();
  const orphans = await db
    .selectFrom("auditEvents")
    .select("chainId")
    .distinct()
    .where("chainId", "not in", heads.length ? heads.map((h) => h.chainId) : [""])
    .execute();
  const ids = [...heads.map((h) => h.chainId), ...orphans.map((o) => o.chainId)];
  const reports: ChainReport[] = [];
  for (const chainId of ids) reports.push({ chainId, verdict: await verifyAuditChain(db, chainId) });
  return reports;
}
