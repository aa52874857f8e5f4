/**
 * Migration 0014 on a trail written as earlier versions stored it: whole rows in creation events,
 * an id, the organization and the previous hash on every event.
 */
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GENERATED_SCHEMA, generateOrganization, insertUser, SHAPE } from "../../bench/scale-generator.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { writeOrg } from "../../src/db/store.js";
import { GENESIS_HASH, hashEvent } from "../../src/domain/audit-chain.js";
import { createdRow } from "../../src/domain/audit-changes.js";
import { verifyAllChains, verifyAuditChain } from "../../src/modules/audit-trail/audit-trail.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

type Row = Record<string, unknown>;

describe.each(DIALECTS)("migration 0014 (a compact trail) on %s", (dialect) => {
  let ws: TestWorkspace;
  const raw = async (query: ReturnType<typeof sql>) => (await query.execute(ws.db)).rows as Row[];

  beforeEach(async () => {
    ws = await openTestWorkspace(dialect, { upTo: GENERATED_SCHEMA });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  /** Two events on the installation chain that are already compact (written after 2026-11-22). */
  async function compactInstallationChain(): Promise<string> {
    let prevHash = GENESIS_HASH;
    const drafts = [
      { action: "create", changes: { after: { email: "a@example.test", name: "A" } } },
      { action: "update", changes: { name: ["A", "Ann"] } },
    ];
    for (const [i, draft] of drafts.entries()) {
      const fields = {
        chainId: "installation",
        seq: i + 1,
        at: `2026-10-0${i + 1}T08:00:00.000Z`,
        actor: "cli:admin",
        entityType: "users",
        entityId: "u-1",
        action: draft.action,
        changes: JSON.stringify(draft.changes),
        prevHash,
      };
      const hash = hashEvent(fields);
      await sql`insert into audit_events (id, chain_id, org_id, seq, at, actor, entity_type, entity_id, action, changes, prev_hash, hash)
        values (${`old-${i}`}, ${fields.chainId}, ${null}, ${fields.seq}, ${fields.at}, ${fields.actor}, ${fields.entityType},
          ${fields.entityId}, ${fields.action}, ${fields.changes}, ${prevHash}, ${hash})`.execute(ws.db);
      prevHash = hash;
    }
    await sql`update chain_heads set seq = 2, hash = ${prevHash} where chain_id = 'installation'`.execute(
      ws.db,
    );
    return prevHash;
  }

  it("rewrites whole rows as diffs, hashes verified chains again and leaves broken ones broken", async () => {
    const user = await insertUser(ws.db, "owner@example.test", "not a real hash");
    const intact = await generateOrganization(ws.db, 0, user);
    const tampered = await generateOrganization(ws.db, 1, user);
    await sql`update audit_events set actor = 'mallory' where chain_id = ${tampered.id} and seq = 10`.execute(
      ws.db,
    );
    const installationHead = await compactInstallationChain();
    const [formerHead] = await raw(sql`select seq, hash from chain_heads where chain_id = ${intact.id}`);
    const [firstRisk] = await raw(
      sql`select entity_id, changes from audit_events where chain_id = ${intact.id} and entity_type = 'risks' order by seq limit 1`,
    );
    const wholeRow = JSON.parse(String(firstRisk?.changes)).after as Row;
    expect(Object.keys(wholeRow)).toEqual(expect.arrayContaining(["id", "orgId", "createdAt", "threat"]));

    await migrateToLatest(ws.db, ws.target.dialect === "postgres" ? ws.target.schema : undefined);

    const reports = new Map((await verifyAllChains(ws.db)).map((r) => [r.chainId, r.verdict]));
    expect(reports.get(intact.id)).toEqual({ ok: true, events: SHAPE.events + 1 });
    expect(reports.get("installation")).toEqual({ ok: true, events: 2 });
    expect(reports.get(tampered.id)).toMatchObject({ ok: false, brokenAt: `${tampered.id}#10` });

    // The intact chain ends with an event that names its head before the migration.
    const events = await ws.db
      .selectFrom("auditEvents")
      .selectAll()
      .where("chainId", "=", intact.id)
      .orderBy("seq")
      .execute();
    const last = events.at(-1);
    expect(last).toMatchObject({ action: "convert", actor: "migration", entityId: intact.id });
    expect(JSON.parse(String(last?.changes)).formerHead).toEqual({
      seq: Number(formerHead?.seq),
      hash: formerHead?.hash,
    });
    // A creation event keeps the row's values, without bookkeeping or empty fields.
    const risk = events.find((e) => e.entityId === firstRisk?.entityId && e.action === "create");
    const after = JSON.parse(String(risk?.changes)).after as Row;
    expect(after).toEqual(createdRow(wholeRow));
    expect(Object.keys(after)).not.toEqual(expect.arrayContaining(["id"]));
    expect(Object.values(after)).not.toContain(null);
    // Updates were diffs already and are unchanged.
    const update = events.find((e) => e.action === "update");
    expect(Object.keys(JSON.parse(String(update?.changes)))).toEqual(["owner"]);
    // The view gives readers the columns they knew.
    expect(events[0]).toMatchObject({ id: `${intact.id}#1`, orgId: intact.id, seq: 1 });
    expect(events[0]?.hash).toMatch(/^[0-9a-f]{64}$/);

    // A chain that was compact already keeps its hashes, with no conversion event.
    const installation = await ws.db
      .selectFrom("chainHeads")
      .selectAll()
      .where("chainId", "=", "installation")
      .executeTakeFirstOrThrow();
    expect(installation.hash).toBe(installationHead);
    const [event] = await ws.db
      .selectFrom("auditEvents")
      .select("orgId")
      .where("chainId", "=", "installation")
      .execute();
    expect(event?.orgId).toBeNull();

    // New writes continue the converted chain.
    const [riskRow] = await ws.db
      .selectFrom("risks")
      .selectAll()
      .where("orgId", "=", intact.id)
      .limit(1)
      .execute();
    await writeOrg(ws.db, intact.id, user, (w) =>
      w.update("risks", String(riskRow?.id), Number(riskRow?.version), {
        title: "Renamed after the upgrade",
      }),
    );
    expect(await verifyAuditChain(ws.db, intact.id)).toEqual({ ok: true, events: SHAPE.events + 2 });
  });
});
