import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

/** The register's server-side sorting, filtering and paging (GET /orgs/:slug/risks). */
describe.each(DIALECTS)("risk register list on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  const list = async (query: string) => {
    const response = await api.call(owner, "GET", `/api/v1/orgs/acme/risks?${query}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    return {
      keys: (response.json as unknown as { key: string }[]).map((r) => r.key),
      total: Number(response.headers["x-total-count"]),
      risks: response.json as unknown as Record<string, unknown>[],
    };
  };

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    const risks = [
      // key, title, owner, inherent L×I, residual L×I, treatment, next review
      ["R-01", "Ransomware on servers", "CTO", [4, 5], [2, 4], "modify", "2027-03-01"],
      ["R-02", "Phishing of staff", "Head of Security", [5, 4], [2, 2], "modify", "2027-01-15"],
      ["R-03", "Laptop theft", "IT Manager", [3, 3], null, null, null],
      ["R-04", "Cloud outage", "CTO", [2, 5], [2, 5], "share", "2026-12-31"],
      ["R-05", "Insider misuse_of data", null, [1, 2], [1, 2], "retain", "2027-06-30"],
    ] as const;
    for (const [key, title, riskOwner, inherent, residual, treatment, next] of risks) {
      const created = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
        body: {
          key,
          title,
          owner: riskOwner,
          inherent: { likelihood: inherent[0], impact: inherent[1] },
          residual: residual ? { likelihood: residual[0], impact: residual[1] } : null,
          treatment,
          controls: treatment === "modify" ? ["8.7"] : [],
          actions: [{ title: `Action for ${key}`, dueOn: "2027-01-01" }],
          nextReviewOn: next,
        },
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
    }
    await api.call(owner, "POST", "/api/v1/orgs/globex/risks", {
      body: { key: "G-1", title: "Other org", inherent: { likelihood: 1, impact: 1 } },
    });
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("adopts a methodology only with If-Match of the version read, and refuses a stale one", async () => {
    const read = await api.call(owner, "GET", "/api/v1/orgs/acme/risk-method");
    expect(read.headers.etag).toBe('"0"');
    const methodology = { ...(read.json as unknown as { method: object }).method, acceptanceMaxScore: 5 };
    const body = { methodology, expectedChanges: 0 };
    expect((await api.call(owner, "PUT", "/api/v1/orgs/acme/risk-method", { body })).status).toBe(428);
    const adopted = await api.call(owner, "PUT", "/api/v1/orgs/acme/risk-method", {
      body,
      headers: { "if-match": '"0"' },
    });
    expect(adopted.status, JSON.stringify(adopted.json)).toBe(200);
    const stale = await api.call(owner, "PUT", "/api/v1/orgs/acme/risk-method", {
      body,
      headers: { "if-match": '"0"' },
    });
    expect(stale.status).toBe(412);
    expect((await api.call(owner, "GET", "/api/v1/orgs/acme/risk-method")).headers.etag).toBe('"1"');
  });

  it("counts the heat maps in SQL exactly as the full risk views do", async () => {
    const full = await api.call(owner, "GET", "/api/v1/orgs/acme/risk-views");
    const only = await api.call(owner, "GET", "/api/v1/orgs/acme/risk-views?only=heatMap");
    expect(only.status).toBe(200);
    expect(Object.keys(only.json)).toEqual(["heatMap"]);
    expect(only.json.heatMap).toEqual(full.json.heatMap);
    expect((full.json.heatMap as { inherent: number[][] }).inherent[3]?.[4]).toBe(1); // R-01 at 4×5
  });

  it("changes only the fields a PATCH names: lists left out keep their links", async () => {
    const current = await api.call(owner, "GET", "/api/v1/orgs/acme/risks/R-02");
    const patched = await api.call(owner, "PATCH", "/api/v1/orgs/acme/risks/R-02", {
      body: { owner: "CISO" },
      headers: { "if-match": String(current.headers.etag) },
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(patched.json).toMatchObject({
      owner: "CISO",
      controls: ["8.7"],
      actions: [{ title: "Action for R-02" }],
    });
    const back = await api.call(owner, "PATCH", "/api/v1/orgs/acme/risks/R-02", {
      body: { owner: "Head of Security" },
      headers: { "if-match": String(patched.headers.etag) },
    });
    expect(back.status).toBe(200);
  });

  it("keeps the default answer: every risk by key with its links, and the total", async () => {
    const { keys, total, risks } = await list("");
    expect(keys).toEqual(["R-01", "R-02", "R-03", "R-04", "R-05"]);
    expect(total).toBe(5);
    expect(risks[0]).toMatchObject({ controls: ["8.7"], actions: [{ title: "Action for R-01" }] });
  });

  it("sorts by each column, both directions, empty values last", async () => {
    expect((await list("sort=inherentScore&dir=desc")).keys).toEqual([
      "R-01",
      "R-02",
      "R-04",
      "R-03",
      "R-05",
    ]);
    expect((await list("sort=inherentScore&dir=asc")).keys).toEqual(["R-05", "R-03", "R-04", "R-01", "R-02"]);
    expect((await list("sort=residualScore&dir=desc")).keys).toEqual([
      "R-04",
      "R-01",
      "R-02",
      "R-05",
      "R-03",
    ]);
    expect((await list("sort=residualScore")).keys).toEqual(["R-05", "R-02", "R-01", "R-04", "R-03"]);
    expect((await list("sort=title")).keys).toEqual(["R-04", "R-05", "R-03", "R-02", "R-01"]);
    expect((await list("sort=owner&dir=asc")).keys).toEqual(["R-01", "R-04", "R-02", "R-03", "R-05"]);
    expect((await list("sort=nextReviewOn")).keys).toEqual(["R-04", "R-02", "R-01", "R-05", "R-03"]);
    expect((await list("sort=treatment&dir=desc")).keys).toEqual(["R-04", "R-05", "R-01", "R-02", "R-03"]);
    expect((await list("sort=key&dir=desc")).keys).toEqual(["R-05", "R-04", "R-03", "R-02", "R-01"]);
    expect((await list("sort=status")).total).toBe(5);
  });

  it("filters by text, level, status, treatment, owner and heat-map cell", async () => {
    expect((await list("q=ransom")).keys).toEqual(["R-01"]);
    expect((await list("q=cto")).keys).toEqual(["R-01", "R-04"]);
    expect((await list("q=r-03")).keys).toEqual(["R-03"]);
    // "_" and "%" are plain characters, not wildcards.
    expect((await list("q=misuse_of")).keys).toEqual(["R-05"]);
    expect((await list("q=%25")).keys).toEqual([]);
    // Level: residual when assessed, inherent otherwise (R-03 has no residual: 9 = Medium).
    expect((await list("level=Medium")).keys).toEqual(["R-01", "R-03"]);
    expect((await list("level=High")).keys).toEqual(["R-04"]);
    expect((await list("treatment=modify")).keys).toEqual(["R-01", "R-02"]);
    expect((await list("status=open")).keys).toEqual(["R-03"]);
    expect((await list("status=treatment")).total).toBe(4);
    expect((await list("owner=CTO&sort=key&dir=desc")).keys).toEqual(["R-04", "R-01"]);
    expect((await list("which=inherent&l=4&i=5")).keys).toEqual(["R-01"]);
    expect((await list("which=residual&l=2&i=5")).keys).toEqual(["R-04"]);
    expect((await list("which=residual&l=3&i=3")).total).toBe(0);
    expect((await list("which=inherent&l=2&i=5&treatment=share&q=cloud")).keys).toEqual(["R-04"]);
  });

  it("pages with limit and offset and counts every match", async () => {
    const first = await list("sort=inherentScore&dir=desc&limit=2");
    const second = await list("sort=inherentScore&dir=desc&limit=2&offset=2");
    const last = await list("sort=inherentScore&dir=desc&limit=2&offset=4");
    expect([first.total, second.total, last.total]).toEqual([5, 5, 5]);
    expect([...first.keys, ...second.keys, ...last.keys]).toEqual(["R-01", "R-02", "R-04", "R-03", "R-05"]);
    expect(second.risks[0]).toMatchObject({
      key: "R-04",
      controls: [],
      actions: [{ title: "Action for R-04" }],
    });
    expect((await list("limit=2&offset=10")).keys).toEqual([]);
    expect((await list("limit=2&offset=10")).total).toBe(5);
  });

  it("lists the owners named in the register with their number of risks", async () => {
    const response = await api.call(owner, "GET", "/api/v1/orgs/acme/risk-owners");
    expect(response.json).toEqual([
      { owner: "CTO", risks: 2 },
      { owner: "Head of Security", risks: 1 },
      { owner: "IT Manager", risks: 1 },
    ]);
  });

  it("answers 400 problem+json naming the field for a bad sort or filter", async () => {
    for (const [query, path] of [
      ["sort=likelihood", "querystring.sort"],
      ["dir=up", "querystring.dir"],
      ["status=pending", "querystring.status"],
      ["which=both", "querystring.which"],
      ["l=2&i=3", "querystring.which"],
    ]) {
      const response = await api.call(owner, "GET", `/api/v1/orgs/acme/risks?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect((response.json.errors as { path: string }[]).map((e) => e.path)).toContain(path);
    }
  });
});

describe("risk import column preview", () => {
  it("answers the headers and the field each fills, with map applied", async () => {
    const api = await openApi("sqlite");
    try {
      await buildTwoOrgs(api);
      const owner = await api.member("acme", "owner");
      const upload = (query: string) =>
        api.app.inject({
          method: "POST",
          url: `/api/v1/orgs/acme/risks/import?${query}`,
          headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": "text/csv" },
          payload: "Ref,Risk,Probability,Impact,Notes\nX-1,Flood,2,3,n\n",
        });
      const detected = (await upload("columns=true")).json();
      expect(detected.rows).toBe(1);
      expect(detected.headers).toEqual([
        { header: "Ref", field: "key" },
        { header: "Risk", field: "title" },
        { header: "Probability", field: "likelihood" },
        { header: "Impact", field: "impact" },
        { header: "Notes", field: null },
      ]);
      const mapped = (await upload(`columns=true&map=${encodeURIComponent("Notes=description")}`)).json();
      expect(mapped.headers[4]).toEqual({ header: "Notes", field: "description" });
      const bad = await api.app.inject({
        method: "POST",
        url: "/api/v1/orgs/acme/risks/import?dryRun=true",
        headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": "text/csv" },
        payload: "Ref,Risk,Probability,Impact\nX-1,Flood,2,3\nX-2,Fire,9,3\n",
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(bad.json()).toMatchObject({
        status: 422,
        dryRun: true,
        imported: 0,
        errors: [{ line: 3, column: "Probability", path: "line 3.Probability" }],
      });
      const dry = await upload("dryRun=true");
      expect(dry.json()).toMatchObject({ imported: 1, dryRun: true, errors: [] });
      expect((await api.call(owner, "GET", "/api/v1/orgs/acme/risks")).json).toEqual([]);
    } finally {
      await api.dispose();
    }
  });
});
