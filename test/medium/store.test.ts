import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChainAppender } from "../../src/db/chain-appender.js";
import { OrgReader, writeOrg } from "../../src/db/store.js";
import { DomainError } from "../../src/domain/errors.js";
import { chainHead, verifyAuditChain } from "../../src/modules/audit-trail/audit-trail.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";

async function buildAsset(ws: TestWorkspace, org: Organization, overrides: { name?: string } = {}) {
  return writeOrg(ws.db, org.id, actor, async (w) =>
    w.insert("assets", {
      key: await w.nextKey("assets", "A"),
      name: overrides.name ?? "CRM database",
      type: "information",
      confidentiality: 3,
      integrity: 3,
      availability: 2,
    }),
  );
}

describe.each(DIALECTS)("workspace store on %s", (dialect) => {
  let ws: TestWorkspace;
  let acme: Organization;
  let globex: Organization;

  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    acme = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme Ltd" });
    globex = await createOrganization(ws.db, actor, { slug: "globex", name: "Globex plc" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  it("gives a new organization its 93 undecided SoA entries", async () => {
    const entries = await new OrgReader(ws.db, acme.id).list("soaEntries");
    expect(entries).toHaveLength(93);
    expect(entries.every((e) => e.applicable === null && e.status === "not_started")).toBe(true);
  });

  it("refuses a duplicate slug", async () => {
    await expect(createOrganization(ws.db, actor, { slug: "acme", name: "Other" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("makes another organization's rows invisible and unwritable", async () => {
    const asset = await buildAsset(ws, acme);
    const fromGlobex = new OrgReader(ws.db, globex.id);
    expect(await fromGlobex.get("assets", asset.id)).toBeUndefined();
    expect(await fromGlobex.list("assets")).toEqual([]);

    const attempts = [
      () => writeOrg(ws.db, globex.id, actor, (w) => w.update("assets", asset.id, 1, { name: "stolen" })),
      () => writeOrg(ws.db, globex.id, actor, (w) => w.remove("assets", asset.id)),
      () =>
        writeOrg(ws.db, globex.id, actor, async (w) => {
          const risk = await w.insert("risks", {
            key: "R-001",
            title: "Leak",
            status: "open",
            cia: "[]",
            ownControls: "[]",
          });
          return w.insert("riskAssets", { riskId: risk.id, assetId: asset.id });
        }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });

    const unchanged = await new OrgReader(ws.db, acme.id).getOrThrow("assets", asset.id);
    expect(unchanged).toMatchObject({ name: "CRM database", version: 1 });
    // The refused link rolled back the risk created in the same transaction.
    expect(await fromGlobex.list("risks")).toEqual([]);
  });

  it("forces the writer's organization on insert", async () => {
    const asset = await writeOrg(ws.db, globex.id, actor, (w) =>
      w.insert("assets", { orgId: acme.id, key: "A-001", name: "Laptop", type: "hardware" } as never),
    );
    expect(asset.orgId).toBe(globex.id);
    expect(await new OrgReader(ws.db, acme.id).get("assets", asset.id)).toBeUndefined();
  });

  it("refuses a stale update and keeps the newer data", async () => {
    const asset = await buildAsset(ws, acme);
    await writeOrg(ws.db, acme.id, actor, (w) => w.update("assets", asset.id, 1, { name: "CRM (prod)" }));
    const stale = writeOrg(ws.db, acme.id, actor, (w) =>
      w.update("assets", asset.id, 1, { name: "CRM (old)" }),
    );
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(await new OrgReader(ws.db, acme.id).getOrThrow("assets", asset.id)).toMatchObject({
      name: "CRM (prod)",
      version: 2,
    });
  });

  it("records every write as a chained event with before and after", async () => {
    const asset = await buildAsset(ws, acme);
    await writeOrg(ws.db, acme.id, actor, (w) => w.update("assets", asset.id, 1, { name: "CRM v2" }));
    const events = await ws.db
      .selectFrom("auditEvents")
      .selectAll()
      .where("entityId", "=", asset.id)
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(JSON.parse(events[1]?.changes ?? "{}")).toEqual({ name: ["CRM database", "CRM v2"] });
    expect(await verifyAuditChain(ws.db, acme.id)).toMatchObject({ ok: true });
  });

  it("does not keep an actor's number added by a transaction that rolled back", async () => {
    const asset = await buildAsset(ws, acme);
    // The first use of this actor numbers it inside a transaction that then fails.
    await expect(
      writeOrg(ws.db, acme.id, "cli:newcomer", async (w) => {
        await w.update("assets", asset.id, 1, { name: "Never kept" });
        throw new DomainError("VALIDATION", "changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await writeOrg(ws.db, acme.id, "cli:newcomer", (w) => w.update("assets", asset.id, 1, { name: "Kept" }));
    await writeOrg(ws.db, acme.id, "cli:newcomer", (w) =>
      w.update("assets", asset.id, 2, { name: "Kept again" }),
    );
    const events = await ws.db
      .selectFrom("auditEvents")
      .select(["actor", "changes"])
      .where("entityId", "=", asset.id)
      .where("action", "=", "update")
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.actor)).toEqual(["cli:newcomer", "cli:newcomer"]);
    expect(await verifyAuditChain(ws.db, acme.id)).toMatchObject({ ok: true });
  });

  it("keeps as the chain's head only what nobody wrote after, even a write of this process", async () => {
    const asset = await buildAsset(ws, acme);
    const stored = async () =>
      ws.db
        .selectFrom("chainHeads")
        .select(["seq", "hash"])
        .where("chainId", "=", acme.id)
        .executeTakeFirstOrThrow();
    // A transaction commits; before it tells what it appended, another one commits after it.
    let first: ChainAppender | undefined;
    await ws.db.transaction().execute(async (trx) => {
      first = await ChainAppender.open(trx, acme.id, actor, ws.db);
      await first.append({ entityType: "assets", entityId: asset.id, action: "review", changes: null });
      first.committing(ws.db);
    });
    await writeOrg(ws.db, acme.id, actor, (w) => w.update("assets", asset.id, 1, { name: "Later" }));
    first?.committed(ws.db);
    const head = await stored();
    expect(await chainHead(ws.db, acme.id)).toEqual({ seq: Number(head.seq), hash: head.hash });
    expect(await verifyAuditChain(ws.db, acme.id)).toMatchObject({ ok: true });
  });

  it("keeps the chain intact under concurrent writers of one organization", async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => buildAsset(ws, acme, { name: `Asset ${i}` })));
    const verdict = await verifyAuditChain(ws.db, acme.id);
    expect(verdict).toMatchObject({ ok: true, events: 1 + 93 + 12 });
    const keys = (await new OrgReader(ws.db, acme.id).list("assets")).map((a) => a.key).sort();
    expect(new Set(keys).size).toBe(12);
  });

  describe("tampering with audit events", () => {
    beforeEach(async () => {
      const asset = await buildAsset(ws, acme);
      await writeOrg(ws.db, acme.id, actor, (w) => w.update("assets", asset.id, 1, { name: "CRM v2" }));
    });
    const eventAt = (seq: number) =>
      ws.db
        .selectFrom("auditEvents")
        .selectAll()
        .where("chainId", "=", acme.id)
        .where("seq", "=", seq)
        .executeTakeFirstOrThrow();
    /** The stored rows behind the trail, by sequence number (the view cannot be written). */
    const chainNo = async () =>
      Number(
        (
          await ws.db
            .selectFrom("chainHeads")
            .select("no")
            .where("chainId", "=", acme.id)
            .executeTakeFirstOrThrow()
        ).no,
      );
    const edit = async (seq: number, set: { changes?: string; at?: string; seq?: number }) =>
      ws.db
        .updateTable("auditLog")
        .set(set)
        .where("chainNo", "=", await chainNo())
        .where("seq", "=", seq)
        .execute();
    const remove = async (seq: number) =>
      ws.db
        .deleteFrom("auditLog")
        .where("chainNo", "=", await chainNo())
        .where("seq", "=", seq)
        .execute();

    it("detects an edited event", async () => {
      const target = await eventAt(50);
      await edit(50, { changes: JSON.stringify({ name: ["CRM", "something else"] }) });
      expect(await verifyAuditChain(ws.db, acme.id)).toMatchObject({ ok: false, brokenAt: target.id });
    });

    it("detects a deleted event", async () => {
      await remove(20);
      const verdict = await verifyAuditChain(ws.db, acme.id);
      expect(verdict.ok).toBe(false);
    });

    it("detects deleting the newest event", async () => {
      const head = await ws.db
        .selectFrom("chainHeads")
        .selectAll()
        .where("chainId", "=", acme.id)
        .executeTakeFirstOrThrow();
      const last = await eventAt(Number(head.seq));
      expect(last.action).toBe("update");
      await remove(Number(head.seq));
      expect(await verifyAuditChain(ws.db, acme.id)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/removed/),
      });
    });

    it("detects reordered events", async () => {
      const tenth = await eventAt(10);
      await edit(10, { seq: -1 });
      await edit(11, { seq: 10 });
      await edit(-1, { seq: 11 });
      // The event now tenth (the former eleventh) does not follow the ninth.
      expect((await eventAt(10)).entityId).not.toBe(tenth.entityId);
      expect(await verifyAuditChain(ws.db, acme.id)).toMatchObject({ ok: false, brokenAt: tenth.id });
    });

    it("leaves the other organization's chain valid", async () => {
      await edit(3, { at: "2020-01-01T00:00:00.000Z" });
      expect(await verifyAuditChain(ws.db, globex.id)).toMatchObject({ ok: true });
    });
  });
});
