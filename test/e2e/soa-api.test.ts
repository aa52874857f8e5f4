/**
 * One URL per SoA entry: the URL a client reads is the URL it writes, with the ETag of the read as
 * If-Match; decisions follow the one domain rule whichever interface sends them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

describe.each(DIALECTS)("SoA entries over HTTP on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("reads an entry with its ETag and writes the same URL with it; the old ETag then answers 412", async () => {
    const read = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/8.11");
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ controlId: "8.11", title: "Data masking", version: 1 });
    const tag = String(read.headers.etag);
    expect(tag).toBe('"1"');
    const first = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/8.11", {
      body: { applicable: true, reasons: ["contractual"], owner: "CTO" },
      headers: { "if-match": tag },
    });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const again = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/8.11", {
      body: { owner: "Someone else" },
      headers: { "if-match": tag },
    });
    expect(again.status).toBe(412);
    expect(again.json).toMatchObject({ code: "STALE_VERSION" });
    const now = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/A.8.11");
    expect(now.json).toMatchObject({ owner: "CTO", version: 2 });
    // The earlier read URL stays as an alias.
    expect((await api.call(owner, "GET", "/api/v1/orgs/acme/soa/entries/8.11")).json).toMatchObject({
      version: 2,
    });
  });

  it("applies the domain's decision rule: field issues named, status derived on the server", async () => {
    const read = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/7.4");
    const refused = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/7.4", {
      body: { applicable: false, justification: "N/A" },
      headers: { "if-match": String(read.headers.etag) },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([
      { path: "justification", message: expect.stringContaining("specifically") },
    ]);
    const excluded = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/7.4", {
      body: { applicable: false, justification: "There are no premises: every employee works from home" },
      headers: { "if-match": String(read.headers.etag) },
    });
    expect(excluded.status).toBe(200);
    expect(excluded.json).toMatchObject({ applicable: false, status: "not_applicable" });
    const included = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/7.4", {
      body: { applicable: true },
      headers: { "if-match": String(excluded.headers.etag) },
    });
    expect(included.json).toMatchObject({ applicable: true, status: "not_started" });
    const lint = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/lint");
    const problems = lint.json.problems as { controlId?: string; code: string }[];
    expect(problems.some((p) => p.controlId === "7.4" && p.code.startsWith("EXCLUSION"))).toBe(false);
    expect(problems.length).toBeGreaterThan(0);
  });
});
