import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/http/app.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

/**
 * Derived views are reused only while the organization is unchanged: every write (through this node
 * or another sharing the database) changes the audit chain's head and so the answer.
 */
describe.each(DIALECTS)("cached reads on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  let viewer: Session;
  let otherNode: App;
  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    viewer = await api.member("acme", "viewer");
    otherNode = await buildApp({ ws: api.ws, logLevel: false });
  });
  afterAll(async () => {
    await otherNode.close();
    await api.dispose();
  });

  const soaOwner = async (session: Session) => {
    const soa = await api.call(session, "GET", "/api/v1/orgs/acme/soa");
    return (soa.json.entries as unknown as { controlId: string; owner: string | null }[]).find(
      (e) => e.controlId === "5.1",
    )?.owner;
  };

  it("answers a repeated read the same, and a read after a write with the change", async () => {
    expect(await soaOwner(owner)).toBeNull();
    const first = await api.call(owner, "GET", "/api/v1/orgs/acme/soa");
    const again = await api.call(owner, "GET", "/api/v1/orgs/acme/soa");
    expect(again.json).toEqual(first.json);
    const entry = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/entries/5.1");
    const patched = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/5.1", {
      body: { owner: "CISO" },
      headers: { "if-match": String(entry.headers.etag) },
    });
    expect(patched.status).toBe(200);
    expect(await soaOwner(owner)).toBe("CISO");
  });

  it("sees a write made through another node sharing the database", async () => {
    expect(await soaOwner(owner)).toBe("CISO");
    const entry = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/entries/5.1");
    const response = await otherNode.inject({
      method: "PATCH",
      url: "/api/v1/orgs/acme/soa/5.1",
      headers: {
        cookie: owner.cookie,
        "x-csrf-token": owner.csrf,
        "content-type": "application/json",
        "if-match": String(entry.headers.etag),
      },
      payload: JSON.stringify({ owner: "Head of IT" }),
    });
    expect(response.statusCode).toBe(200);
    expect(await soaOwner(owner)).toBe("Head of IT");
  });

  it("gives requests that miss together one computation and the same, current answer", async () => {
    const entry = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/entries/5.2");
    await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/5.2", {
      body: { owner: "Together" },
      headers: { "if-match": String(entry.headers.etag) },
    });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => api.call(owner, "GET", "/api/v1/orgs/acme/soa")),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual(answers[0]?.json);
    }
    const [first] = answers;
    const entries = (first?.json.entries ?? []) as unknown as { controlId: string; owner: string }[];
    expect(entries.find((e) => e.controlId === "5.2")?.owner).toBe("Together");
  });

  it("keeps answers of different roles apart (abilities differ) and keeps headers on a reuse", async () => {
    const mine = await api.call(owner, "GET", "/api/v1/orgs/acme/soa");
    const theirs = await api.call(viewer, "GET", "/api/v1/orgs/acme/soa");
    const abilities = (r: typeof mine) =>
      (r.json.entries as unknown as { abilities: { update: boolean } }[])[0]?.abilities;
    expect(abilities(mine)).toEqual({ update: true, delete: false });
    expect(abilities(theirs)).toEqual({ update: false, delete: false });
    await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
      body: { title: "Cached count", inherent: { likelihood: 2, impact: 2 } },
    });
    for (let i = 0; i < 2; i++) {
      const page = await api.call(owner, "GET", "/api/v1/orgs/acme/risks?limit=10");
      expect(page.headers["x-total-count"]).toBe("1");
      expect(page.headers["content-type"]).toMatch(/^application\/json/);
    }
  });
});
