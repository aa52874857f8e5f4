import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRiskCsv } from "../../bench/lib.js";
import { writeOrg } from "../../src/db/store.js";
import { type App, buildApp, readCacheOf } from "../../src/http/app.js";
import type { ReadCacheStats } from "../../src/http/read-cache.js";
import { findOrganization } from "../../src/modules/orgs/org.service.js";
import { eventsTouch, ReadSet } from "../../src/modules/read-deps.js";
import { importRisks } from "../../src/modules/risks/risk-import.service.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

/**
 * Derived views outlive writes that cannot change them, and only those (ADR 15): decided from the
 * audit events since the cached answer's head, so every node sharing the database stays exact.
 */
describe.each(DIALECTS)("read cache dependencies on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  let otherNode: App;
  let orgId = "";
  let dir = "";
  const stats = (app: App = api.app): ReadCacheStats => ({ ...(readCacheOf(app)?.stats as ReadCacheStats) });
  const PAGE = "/api/v1/orgs/acme/risks?limit=2&sort=key";
  const HEAT = "/api/v1/orgs/acme/risk-views?only=heatMap";

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    otherNode = await buildApp({ ws: api.ws, logLevel: false });
    orgId = (await findOrganization(api.ws.db, "acme"))?.id ?? "";
    dir = await mkdtemp(join(tmpdir(), "isms-read-deps-"));
    for (const title of ["First", "Second", "Third"])
      await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
        body: { title, inherent: { likelihood: 2, impact: 3 } },
      });
  });
  afterAll(async () => {
    await otherNode.close();
    await api.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const patch = async (node: App | undefined, url: string, readUrl: string, body: unknown) => {
    const current = await api.call(owner, "GET", readUrl);
    const headers = {
      cookie: owner.cookie,
      "x-csrf-token": owner.csrf,
      "content-type": "application/json",
      "if-match": String(current.headers.etag),
    };
    const response = await (node ?? api.app).inject({
      method: "PATCH",
      url,
      headers,
      payload: JSON.stringify(body),
    });
    expect(response.statusCode).toBe(200);
  };
  const raw = async (url: string, node: App = api.app) =>
    (await node.inject({ method: "GET", url, headers: { cookie: owner.cookie } })).body;

  it("keeps an answer, byte for byte and without computing, after a write to a table it does not read", async () => {
    const before = await raw(HEAT);
    const counts = stats();
    await patch(undefined, "/api/v1/orgs/acme/soa/5.1", "/api/v1/orgs/acme/soa/5.1", { notes: "unrelated" });
    const after = await raw(HEAT);
    expect(after).toBe(before);
    expect(stats().computed).toBe(counts.computed);
    expect(stats().kept).toBe(counts.kept + 1);
  });

  it("keeps a risk page after a change of a column it does not read or a risk it does not show", async () => {
    const before = await raw(PAGE);
    const shown = (JSON.parse(before) as { key: string }[]).map((r) => r.key);
    expect(shown).toEqual(["R-001", "R-002"]);
    const counts = stats();
    // R-003 is not on the page; its title does not decide which risks are (sorted by key).
    await patch(undefined, "/api/v1/orgs/acme/risks/R-003", "/api/v1/orgs/acme/risks/R-003", {
      title: "Third, renamed",
    });
    expect(await raw(PAGE)).toBe(before);
    expect(stats().computed).toBe(counts.computed);
  });

  it("answers with the change after a write to what the view reads", async () => {
    const before = await raw(PAGE);
    const counts = stats();
    await patch(undefined, "/api/v1/orgs/acme/risks/R-002", "/api/v1/orgs/acme/risks/R-002", {
      title: "Second, renamed",
    });
    const after = JSON.parse(await raw(PAGE)) as { key: string; title: string }[];
    expect(after.find((r) => r.key === "R-002")?.title).toBe("Second, renamed");
    expect(stats().computed).toBe(counts.computed + 1);
    expect(JSON.stringify(after)).not.toBe(before);
    const soa = async () =>
      (JSON.parse(await raw("/api/v1/orgs/acme/soa")) as { entries: { controlId: string; notes: string }[] })
        .entries;
    await soa();
    await patch(undefined, "/api/v1/orgs/acme/soa/5.2", "/api/v1/orgs/acme/soa/5.2", { notes: "now read" });
    expect((await soa()).find((e) => e.controlId === "5.2")?.notes).toBe("now read");
  });

  it("recomputes after links recorded in their parent's event (an import)", async () => {
    const soa = async () =>
      (
        JSON.parse(await raw("/api/v1/orgs/acme/soa")) as {
          entries: { controlId: string; risks: string[] }[];
        }
      ).entries;
    expect((await soa()).find((e) => e.controlId === "8.1")?.risks).toEqual([]);
    // Each imported risk's control links are written without events of their own.
    await importRisks(api.ws.db, orgId, "test", writeRiskCsv(dir, 2, "Linked"));
    expect((await soa()).find((e) => e.controlId === "8.1")?.risks).toEqual(["B-00000"]);
  });

  it("keeps what a part reused inside a part read, for the view that holds them (three levels)", async () => {
    const soa = async () =>
      (
        JSON.parse(await raw("/api/v1/orgs/acme/soa")) as {
          entries: { controlId: string; risks: string[] }[];
        }
      ).entries;
    await soa();
    // A note recomputes the SoA itself, whose planning part is then reused, not read again.
    await patch(undefined, "/api/v1/orgs/acme/soa/5.3", "/api/v1/orgs/acme/soa/5.3", { notes: "a note" });
    expect((await soa()).find((e) => e.controlId === "8.3")?.risks).toEqual([]);
    // A new link to 8.3 (the third imported risk) must reach the page although its last
    // computation read no link itself.
    await importRisks(api.ws.db, orgId, "test", writeRiskCsv(dir, 3, "Nested"));
    expect((await soa()).find((e) => e.controlId === "8.3")?.risks).toEqual(["B-00002"]);
  });

  it("recomputes after an event that is not a change of a known table", async () => {
    await raw(HEAT);
    const counts = stats();
    await writeOrg(api.ws.db, orgId, "test", (w) => w.record("somethingElse", orgId, "approve", {}));
    await raw(HEAT);
    expect(stats().computed).toBe(counts.computed + 1);
  });

  it("each of two nodes sharing the database sees the other's write at once", async () => {
    const title = async (node: App) =>
      (
        JSON.parse(await raw("/api/v1/orgs/acme/risks?limit=50", node)) as { key: string; title: string }[]
      ).find((r) => r.key === "R-001")?.title;
    expect(await title(api.app)).toBe("First");
    expect(await title(otherNode)).toBe("First");
    await patch(otherNode, "/api/v1/orgs/acme/risks/R-001", "/api/v1/orgs/acme/risks/R-001", {
      title: "From B",
    });
    expect(await title(api.app)).toBe("From B");
    await patch(api.app, "/api/v1/orgs/acme/risks/R-001", "/api/v1/orgs/acme/risks/R-001", {
      title: "From A",
    });
    expect(await title(otherNode)).toBe("From A");
  });
});

describe("which events touch a read set", () => {
  const reads = new ReadSet();
  reads.addAll("risks", new Set(["key", "orgId"]));
  reads.addRows("riskControls", new Set(["riskId"]), "*", ["link-1"]);
  const update = (entityType: string, entityId: string, changes: unknown) => ({
    entityType,
    entityId,
    action: "update",
    changes: JSON.stringify(changes),
  });
  it("decides per column and row for updates, per table and its dependents otherwise", () => {
    expect(eventsTouch([update("risks", "r", { title: ["a", "b"] })], reads)).toBe(false);
    expect(eventsTouch([update("risks", "r", { key: ["a", "b"] })], reads)).toBe(true);
    expect(eventsTouch([update("riskControls", "link-2", { controlId: ["5.1", "5.2"] })], reads)).toBe(false);
    expect(eventsTouch([update("riskControls", "link-1", { controlId: ["5.1", "5.2"] })], reads)).toBe(true);
    expect(eventsTouch([update("soaEntries", "s", { notes: ["a", "b"] })], reads)).toBe(false);
    // A risk created with its links in the same event reaches the link table too.
    const onlyLinks = new ReadSet();
    onlyLinks.addAll("riskControls", new Set(["controlId"]));
    expect(
      eventsTouch([{ entityType: "risks", entityId: "r", action: "create", changes: "{}" }], onlyLinks),
    ).toBe(true);
    expect(
      eventsTouch([{ entityType: "exports", entityId: "x", action: "export", changes: "{}" }], reads),
    ).toBe(true);
    const offChain = new ReadSet();
    offChain.addAll("users", new Set(["name"]));
    expect(eventsTouch([update("soaEntries", "s", { notes: ["a", "b"] })], offChain)).toBe(true);
    expect(eventsTouch([update("soaEntries", "s", { notes: ["a", "b"] })], new ReadSet())).toBe(true);
  });
});
