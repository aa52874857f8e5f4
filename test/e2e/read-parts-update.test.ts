/**
 * Kept parts brought up to date from the rows a write changed (ADR 15): after a note on one SoA
 * entry or a description of one risk, the SoA and the risk page read those rows again and keep the
 * rest; anything else derives them afresh. Whichever way, the answer is byte for byte the one a
 * node that derives everything afresh gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/http/app.js";
import { partStats } from "../../src/modules/read-memo.js";
import { openWorkspace, type Workspace } from "../../src/modules/workspace.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

describe.each(DIALECTS)("kept parts brought up to date on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  // A node with its own connection, hence its own kept parts, asked each time for the first time.
  let other: Workspace;
  let freshNode: App;
  const SOA = "/api/v1/orgs/acme/soa";
  const BY_TITLE = "/api/v1/orgs/acme/risks?sort=title&limit=3";

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    for (const [title, controls] of [
      ["Bravo", ["5.15"]],
      ["Charlie", ["5.15", "8.8"]],
      ["Delta", []],
      ["Echo", ["8.8"]],
    ] as const) {
      const created = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
        body: {
          title,
          inherent: { likelihood: 2, impact: 3 },
          treatment: controls.length ? "modify" : "retain",
          controls,
        },
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
    }
    other = await openWorkspace({ databaseUrl: api.ws.url, dataDir: api.ws.dir, maxUploadBytes: 1e6 });
  });
  afterAll(async () => {
    await other?.close();
    await api.dispose();
  });

  const read = async (url: string, node: App = api.app) =>
    (await node.inject({ method: "GET", url, headers: { cookie: owner.cookie } })).body;
  /** The answer of a node that has kept nothing (built anew on its own connection). */
  const fresh = async (url: string) => {
    freshNode = await buildApp({ ws: other, logLevel: false });
    try {
      return await read(url, freshNode);
    } finally {
      await freshNode.close();
    }
  };
  const patch = async (url: string, body: unknown) => {
    const current = await api.call(owner, "GET", url);
    const response = await api.call(owner, "PATCH", url, {
      body,
      headers: { "if-match": String(current.headers.etag) },
    });
    expect(response.status).toBe(200);
  };
  const counts = () => ({ ...partStats });

  it("reads again only the SoA entry a note changed, and answers as a full derivation does", async () => {
    await read(SOA);
    const before = counts();
    await patch("/api/v1/orgs/acme/soa/5.15", { notes: "Reviewed with the CISO" });
    const after = await read(SOA);
    expect(partStats.updated).toBeGreaterThan(before.updated);
    const entry = (
      JSON.parse(after) as { entries: { controlId: string; notes: string; risks: string[] }[] }
    ).entries.find((e) => e.controlId === "5.15");
    expect(entry).toMatchObject({ notes: "Reviewed with the CISO", risks: ["R-001", "R-002"] });
    expect(after).toBe(await fresh(SOA));
  });

  it("derives the SoA afresh when risk treatment changes which controls are planned", async () => {
    await read(SOA);
    const before = counts();
    await patch("/api/v1/orgs/acme/risks/R-003", { treatment: "modify", controls: ["5.15"] });
    const after = await read(SOA);
    expect(partStats.computed).toBeGreaterThan(before.computed);
    const entry = (JSON.parse(after) as { entries: { controlId: string; risks: string[] }[] }).entries.find(
      (e) => e.controlId === "5.15",
    );
    expect(entry?.risks).toEqual(["R-001", "R-002", "R-003"]);
    expect(after).toBe(await fresh(SOA));
  });

  it("reads again only the risk a description changed, keeping the page's order", async () => {
    const titles = (body: string) => (JSON.parse(body) as { title: string }[]).map((r) => r.title);
    expect(titles(await read(BY_TITLE))).toEqual(["Bravo", "Charlie", "Delta"]);
    const before = counts();
    await patch("/api/v1/orgs/acme/risks/R-002", { description: "Seen in the last audit" });
    const after = await read(BY_TITLE);
    expect(partStats.updated).toBeGreaterThan(before.updated);
    expect((JSON.parse(after) as { description: string | null }[])[1]?.description).toBe(
      "Seen in the last audit",
    );
    expect(after).toBe(await fresh(BY_TITLE));
  });

  it("orders the page afresh when a change moves a risk (the column it is sorted by)", async () => {
    const titles = (body: string) => (JSON.parse(body) as { title: string }[]).map((r) => r.title);
    await read(BY_TITLE);
    const before = counts();
    await patch("/api/v1/orgs/acme/risks/R-004", { title: "Alpha" });
    const after = await read(BY_TITLE);
    expect(titles(after)).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(partStats.updated).toBe(before.updated);
    expect(after).toBe(await fresh(BY_TITLE));
  });
});
