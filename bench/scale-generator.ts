/**
 * Builds a large installation for the scale benchmark: N organizations, each with 93 SoA entries,
 * 200 risks, 500 evidence records and a hash-chained audit trail of 2,000 events (its first events
 * record the creation of those rows, the rest are edits), about 2,800 rows per organization. Rows
 * are inserted in bulk, one transaction per organization, bypassing the writer for speed; the audit
 * chains are real and verify.
 *
 * The trail is written as versions before migration 0014 stored it (the `audit_events` table with
 * an id, the organization, the previous hash and whole rows in creation events), into a database
 * migrated up to 0013: the benchmark then measures that migration on it.
 */
import type { Kysely } from "kysely";
import { CONTROLS } from "../src/catalog/index.js";
import type { Database } from "../src/db/schema.js";
import { GENESIS_HASH, hashEvent } from "../src/domain/audit-chain.js";
import { formatKey, uuidv7 } from "../src/domain/ids.js";
import { SOA_STATUSES } from "../src/domain/soa.js";
import { prng } from "../test/support/prng.js";

export const SHAPE = { risks: 200, evidence: 500, events: 2_000 } as const;

async function insertChunks<T extends keyof Database & string>(
  trx: Kysely<Database>,
  table: T,
  rows: Record<string, unknown>[],
  columns: number,
): Promise<void> {
  // SQLite allows 32,766 bound values per statement and PostgreSQL 65,535.
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
}

export interface GeneratedOrg {
  id: string;
  slug: string;
}

/** The schema the generator writes to: the last one before the trail was made compact. */
export const GENERATED_SCHEMA = "0013-frameworks";

/** Adds a user directly (the product's writer records on the trail layout of today). */
export async function insertUser(db: Kysely<Database>, email: string, passwordHash: string): Promise<string> {
  const id = uuidv7();
  const stamp = new Date().toISOString();
  await db
    .insertInto("users")
    .values({ id, email, name: email, passwordHash, version: 1, createdAt: stamp, updatedAt: stamp } as never)
    .execute();
  return id;
}

/** Adds one organization of the benchmark's shape, with the user as its owner. */
export async function generateOrganization(
  db: Kysely<Database>,
  index: number,
  userId: string,
): Promise<GeneratedOrg> {
  const rand = prng(index + 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const day = (offset: number) =>
    new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const at = new Date(Date.UTC(2026, 0, 1)).getTime();
  const orgId = uuidv7(at);
  const slug = `scale-${String(index).padStart(4, "0")}`;
  const stamp = new Date(at).toISOString();
  const base = (id: string) => ({ id, orgId, version: 1, createdAt: stamp, updatedAt: stamp });
  const owners = ["CISO", "CTO", "Head of IT", "HR Lead", "DPO", "Facilities Manager"];

  const soa = CONTROLS.map((control) => ({
    ...base(uuidv7(at)),
    controlId: control.id,
    applicable: rand() < 0.9 ? 1 : 0,
    reasons: JSON.stringify(["risk", "business"]),
    justification: `Decision on ${control.id} for organization ${index}`,
    status: pick(SOA_STATUSES.slice(0, 4)),
    notes: null,
    owner: pick(owners),
    nextReviewOn: day(200 + Math.floor(rand() * 300)),
  }));
  const risks = Array.from({ length: SHAPE.risks }, (_, i) => {
    const l = 1 + Math.floor(rand() * 5);
    const im = 1 + Math.floor(rand() * 5);
    const score = l * im;
    const level = score <= 4 ? "Low" : score <= 9 ? "Medium" : score <= 16 ? "High" : "Critical";
    return {
      ...base(uuidv7(at)),
      key: formatKey("R", i + 1),
      title: `Risk ${i + 1} of organization ${index}`,
      description: "Generated for the scale benchmark.",
      threat: null,
      vulnerability: null,
      consequence: null,
      cia: JSON.stringify(["C"]),
      owner: pick(owners),
      inherentLikelihood: l,
      inherentImpact: im,
      inherentScore: score,
      inherentLevel: level,
      existingControls: null,
      treatment: "modify",
      ownControls: "[]",
      residualLikelihood: null,
      residualImpact: null,
      residualScore: null,
      residualLevel: null,
      residualJustification: null,
      acceptedBy: null,
      acceptedAt: null,
      acceptanceComment: null,
      acceptanceException: null,
      lastReviewedOn: day(Math.floor(rand() * 300)),
      nextReviewOn: day(300 + Math.floor(rand() * 365)),
      status: "treatment",
    };
  });
  const evidence = Array.from({ length: SHAPE.evidence }, (_, i) => ({
    ...base(uuidv7(at)),
    key: formatKey("E", i + 1),
    title: `Evidence ${i + 1} of organization ${index}`,
    description: null,
    kind: "link",
    url: `https://evidence.example/${index}/${i + 1}`,
    sha256: null,
    size: null,
    mime: null,
    filename: null,
    collectedOn: day(Math.floor(rand() * 300)),
    effectiveFrom: null,
    effectiveTo: null,
    reviewDueOn: day(300 + Math.floor(rand() * 200)),
    owner: pick(owners),
  }));
  const membership = { ...base(uuidv7(at)), userId, role: "owner" };

  // The audit trail: one create event per row, then edits, up to SHAPE.events, chained.
  const drafts: { entityType: string; entityId: string; action: string; changes: unknown }[] = [
    { entityType: "organizations", entityId: orgId, action: "create", changes: { after: { slug } } },
    { entityType: "memberships", entityId: membership.id, action: "create", changes: { after: membership } },
    ...soa.map((r) => ({
      entityType: "soaEntries",
      entityId: r.id,
      action: "create",
      changes: { after: r },
    })),
    ...risks.map((r) => ({ entityType: "risks", entityId: r.id, action: "create", changes: { after: r } })),
    ...evidence.map((r) => ({
      entityType: "evidence",
      entityId: r.id,
      action: "create",
      changes: { after: r },
    })),
  ];
  while (drafts.length < SHAPE.events) {
    const risk = pick(risks);
    drafts.push({
      entityType: "risks",
      entityId: risk.id,
      action: "update",
      changes: { owner: [risk.owner, pick(owners)] },
    });
  }
  let prevHash = GENESIS_HASH;
  const events = drafts.map((draft, i) => {
    const fields = {
      chainId: orgId,
      seq: i + 1,
      at: new Date(at + i * 60_000).toISOString(),
      actor: userId,
      entityType: draft.entityType,
      entityId: draft.entityId,
      action: draft.action,
      changes: JSON.stringify(draft.changes),
      prevHash,
    };
    const hash = hashEvent(fields);
    prevHash = hash;
    return { id: uuidv7(at), orgId, ...fields, hash };
  });

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("organizations")
      .values({
        id: orgId,
        slug,
        name: `Scale organization ${index}`,
        version: 1,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    await trx.insertInto("memberships").values(membership).execute();
    await insertChunks(trx, "soaEntries", soa, 14);
    await insertChunks(trx, "risks", risks, 33);
    await insertChunks(trx, "evidence", evidence, 20);
    await insertChunks(trx, "auditEvents", events, 12);
    await trx
      .insertInto("chainHeads")
      .values({ chainId: orgId, seq: events.length, hash: prevHash } as never)
      .execute();
  });
  return { id: orgId, slug };
}
