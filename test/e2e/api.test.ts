import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../src/domain/totp.js";
import { routeTable } from "../../src/http/app.js";
import { type ApiHarness, buildTwoOrgs, openApi, PASSWORD, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

describe.each(DIALECTS)("HTTP API on %s", (dialect) => {
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

  it("signs in with a session cookie that is HttpOnly and SameSite", async () => {
    await api.signIn("someone@acme.test");
    const response = await api.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "someone@acme.test", password: PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === "isms_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const wrong = await api.call(undefined, "POST", "/api/v1/auth/login", {
      body: { email: "someone@acme.test", password: "wrong password!!" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect((await api.call(undefined, "GET", "/api/v1/orgs")).status).toBe(401);
  });

  it("refuses a cookie-authenticated write without the CSRF token", async () => {
    const noCsrf = { ...owner, csrf: "" };
    const refused = await api.call(noCsrf, "POST", "/api/v1/orgs/acme/context/issues", {
      body: { kind: "internal", title: "x" },
    });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toMatch(/x-csrf-token/);
    const accepted = await api.call(owner, "POST", "/api/v1/orgs/acme/context/issues", {
      body: { kind: "internal", title: "Growth" },
    });
    expect(accepted.status).toBe(201);
  });

  it("answers a stale write with 412 and a missing If-Match with 428, changing nothing", async () => {
    const read = await api.call(owner, "GET", "/api/v1/orgs/acme/soa/entries/8.8");
    const tag = String(read.headers.etag);
    expect(tag).toMatch(/^"\d+"$/);
    const first = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/8.8", {
      body: { owner: "CISO" },
      headers: { "if-match": tag },
    });
    expect(first.status).toBe(200);
    const stale = await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/8.8", {
      body: { owner: "Mallory" },
      headers: { "if-match": tag },
    });
    expect(stale.status).toBe(412);
    expect(
      (await api.call(owner, "PATCH", "/api/v1/orgs/acme/soa/8.8", { body: { owner: "x" } })).status,
    ).toBe(428);
    expect((await api.call(owner, "GET", "/api/v1/orgs/acme/soa/entries/8.8")).json.owner).toBe("CISO");
  });

  it("limits API tokens to their scope and refuses expired or revoked ones", async () => {
    const read = await api.call(owner, "POST", "/api/v1/tokens", {
      body: { name: "ci", scope: "read", currentPassword: PASSWORD },
    });
    const write = await api.call(owner, "POST", "/api/v1/tokens", {
      body: { name: "bot", scope: "write", expiresInDays: 1, currentPassword: PASSWORD },
    });
    const bearer = (token: unknown) => ({ headers: { authorization: `Bearer ${token}` } });
    expect(
      (await api.call(undefined, "GET", "/api/v1/orgs/acme/risks", bearer(read.json.token))).status,
    ).toBe(200);
    const risk = { title: "Token risk", inherent: { likelihood: 2, impact: 2 } };
    expect(
      (
        await api.call(undefined, "POST", "/api/v1/orgs/acme/risks", {
          body: risk,
          ...bearer(read.json.token),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call(undefined, "POST", "/api/v1/orgs/acme/risks", {
          body: risk,
          ...bearer(write.json.token),
        })
      ).status,
    ).toBe(201);

    await api.ws.db
      .updateTable("apiTokens")
      .set({ expiresAt: "2000-01-01T00:00:00.000Z" })
      .where("id", "=", String(write.json.id))
      .execute();
    expect(
      (await api.call(undefined, "GET", "/api/v1/orgs/acme/risks", bearer(write.json.token))).status,
    ).toBe(401);
    expect((await api.call(owner, "DELETE", `/api/v1/tokens/${read.json.id}`)).status).toBe(200);
    expect(
      (await api.call(undefined, "GET", "/api/v1/orgs/acme/risks", bearer(read.json.token))).status,
    ).toBe(401);
    const listed = await api.call(owner, "GET", "/api/v1/tokens");
    expect(JSON.stringify(listed.json)).not.toContain(String(read.json.token));
  });

  it("requires the one-time code once two-factor authentication is on", async () => {
    const user = await api.signIn("totp@acme.test");
    const setup = await api.call(user, "POST", "/api/v1/auth/totp/setup", {
      body: { currentPassword: PASSWORD },
    });
    const secret = String(setup.json.secret);
    expect(
      (await api.call(user, "POST", "/api/v1/auth/totp/enable", { body: { code: "000000" } })).status,
    ).toBe(400);
    expect(
      (await api.call(user, "POST", "/api/v1/auth/totp/enable", { body: { code: totpCode(secret) } })).status,
    ).toBe(200);
    const without = await api.call(undefined, "POST", "/api/v1/auth/login", {
      body: { email: "totp@acme.test", password: PASSWORD },
    });
    expect(without.status).toBe(401);
    const withCode = await api.call(undefined, "POST", "/api/v1/auth/login", {
      // Each code is accepted once: the one that confirmed enrolment is spent, the next one signs in.
      body: { email: "totp@acme.test", password: PASSWORD, code: totpCode(secret, Date.now() + 30_000) },
    });
    expect(withCode.status).toBe(200);
  });

  it("answers bad input on every route with problem+json", async () => {
    const sampleParams: Record<string, string> = {
      slug: "acme",
      key: "R-999",
      controlId: "8.8",
      register: "roles",
      id: "nope",
    };
    for (const route of routeTable(api.app)) {
      // Signing out would end the session the later tests use; it takes no input anyway.
      if (route.url.endsWith("openapi.json") || route.url.endsWith("/auth/logout")) continue;
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => sampleParams[name] ?? "x");
      const bad = route.hasBody
        ? await api.call(owner, route.method, url, { body: [1, "not an object"] })
        : await api.call(
            owner,
            route.method,
            url.replace("/orgs/acme", "/orgs/no-such-org").replace("/tokens/nope", "/tokens/no-such-token"),
            {
              headers: { "if-match": '"1"' },
            },
          );
      if (bad.status < 400) {
        // A route without input and without an organization cannot receive bad input.
        expect(route.hasBody || url.includes(":"), `${route.method} ${route.url}`).toBe(false);
        continue;
      }
      expect(bad.status, `${route.method} ${route.url}`).toBeLessThan(500);
      expect(bad.headers["content-type"], `${route.method} ${route.url}`).toMatch(
        /^application\/problem\+json/,
      );
      expect(bad.json, `${route.method} ${route.url}`).toMatchObject({
        status: bad.status,
        code: expect.any(String),
        detail: expect.any(String),
      });
    }
  });

  it("rate-limits sign-in attempts", async () => {
    const limited = await openApi(dialect, { loginRateLimit: 3 });
    try {
      const attempt = () =>
        limited.call(undefined, "POST", "/api/v1/auth/login", {
          body: { email: "x@y.test", password: "not the password" },
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await attempt()).headers["content-type"]).toMatch(/problem\+json/);
    } finally {
      await limited.dispose();
    }
  });

  it("publishes a valid OpenAPI 3.1 document that lists every route with its schemas", async () => {
    const doc = (await api.call(undefined, "GET", "/api/v1/openapi.json")).json as unknown as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses?: unknown }>>;
    };
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    for (const route of routeTable(api.app)) {
      if (route.url.endsWith("openapi.json")) continue;
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      if (route.hasBody) expect(operation?.requestBody, `${route.method} ${path}`).toBeDefined();
      expect(operation?.responses, `${route.method} ${path}`).toBeDefined();
    }
  });

  it("sends security headers and serves health checks", async () => {
    const response = await api.call(owner, "GET", "/api/v1/orgs");
    expect(response.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "cache-control": "no-store",
    });
    expect((await api.call(undefined, "GET", "/healthz")).status).toBe(200);
    expect((await api.call(undefined, "GET", "/readyz")).json).toEqual({ status: "ready" });
  });

  it("manages assets with ETags and imports a risk register through the API", async () => {
    const created = await api.call(owner, "POST", "/api/v1/orgs/acme/assets", {
      body: { name: "CRM", type: "software", confidentiality: 3 },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const key = String(created.json.key);
    const tag = String(created.headers.etag);
    expect(
      (
        await api.call(owner, "PATCH", `/api/v1/orgs/acme/assets/${key}`, {
          body: { owner: "CTO" },
          headers: { "if-match": tag },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.call(owner, "PATCH", `/api/v1/orgs/acme/assets/${key}`, {
          body: { owner: "x" },
          headers: { "if-match": tag },
        })
      ).status,
    ).toBe(412);

    const csv = `Risk ID,Title,Likelihood,Impact,Assets\nIMP-1,Imported risk,3,4,${key}\nIMP-2,Broken,9,9,\n`;
    const rejected = await api.app.inject({
      method: "POST",
      url: "/api/v1/orgs/acme/risks/import",
      headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": "text/csv" },
      payload: csv,
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().errors[0]).toMatchObject({ line: 3, column: "Likelihood" });
    const accepted = await api.app.inject({
      method: "POST",
      url: "/api/v1/orgs/acme/risks/import",
      headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": "text/csv" },
      payload: csv.split("\n").slice(0, 2).join("\n"),
    });
    expect(accepted.json()).toMatchObject({ imported: 1, errors: [] });
    expect((await api.call(owner, "GET", "/api/v1/orgs/acme/risks/IMP-1")).json.assets).toEqual([key]);
  });

  it("downloads documents with the right type and name, and verifies them", async () => {
    const xlsx = await api.app.inject({
      method: "GET",
      url: "/api/v1/orgs/acme/exports/soa?format=xlsx",
      headers: { cookie: owner.cookie, "sec-fetch-site": "same-origin" },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/);
    expect(xlsx.headers["content-disposition"]).toMatch(/filename="acme-soa-draft-[\d-]+\.xlsx"$/);
    const verdict = await api.app.inject({
      method: "POST",
      url: "/api/v1/exports/verify",
      headers: {
        cookie: owner.cookie,
        "x-csrf-token": owner.csrf,
        "content-type": "application/octet-stream",
      },
      payload: xlsx.rawPayload,
    });
    expect(verdict.json()).toMatchObject({
      ok: true,
      report: "soa",
      format: "xlsx",
      documentId: xlsx.headers["x-document-id"],
    });
    const pdf = await api.app.inject({
      method: "GET",
      url: "/api/v1/orgs/acme/exports/rtp?format=pdf",
      headers: { cookie: owner.cookie, "sec-fetch-site": "same-origin" },
    });
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
  });

  it("versions the scope: a stale If-Match on it answers 412", async () => {
    const first = await api.call(owner, "PUT", "/api/v1/orgs/acme/context/scope", {
      body: { statement: "All SaaS operations" },
      headers: { "if-match": '"0"' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    const stale = await api.call(owner, "PUT", "/api/v1/orgs/acme/context/scope", {
      body: { statement: "Something else" },
      headers: { "if-match": '"0"' },
    });
    expect(stale.status).toBe(412);
    expect(
      ((await api.call(owner, "GET", "/api/v1/orgs/acme/context")).json.scope as { statement: string })
        .statement,
    ).toBe("All SaaS operations");
  });

  it("stores an uploaded evidence file by hash and returns the same bytes", async () => {
    const data = Buffer.from("restore test: 42 of 42 files restored\n");
    const upload = await api.app.inject({
      method: "POST",
      url: "/api/v1/orgs/acme/evidence/files?title=Restore%20test&filename=restore.txt&mime=text/plain&controls=8.13",
      headers: {
        cookie: owner.cookie,
        "x-csrf-token": owner.csrf,
        "content-type": "application/octet-stream",
      },
      payload: data,
    });
    expect(upload.statusCode).toBe(201);
    const key = upload.json().key;
    const download = await api.app.inject({
      method: "GET",
      url: `/api/v1/orgs/acme/evidence/${key}/file`,
      headers: { cookie: owner.cookie },
    });
    expect(download.rawPayload).toEqual(data);
    expect(download.headers["content-disposition"]).toBe('attachment; filename="restore.txt"');
  });
});

describe("HTTP API limits and logs", () => {
  it("refuses an upload above the limit with 413 problem+json", async () => {
    const api = await openApi("sqlite", { maxUploadBytes: 16 });
    try {
      await buildTwoOrgs(api);
      const owner = await api.member("acme", "owner");
      const response = await api.app.inject({
        method: "POST",
        url: "/api/v1/orgs/acme/evidence/files?title=Big&filename=big.bin",
        headers: {
          cookie: owner.cookie,
          "x-csrf-token": owner.csrf,
          "content-type": "application/octet-stream",
        },
        payload: Buffer.alloc(64),
      });
      expect(response.statusCode).toBe(413);
      expect(response.headers["content-type"]).toMatch(/problem\+json/);
    } finally {
      await api.dispose();
    }
  });

  it("never writes passwords, tokens or cookies to the logs", async () => {
    const lines: string[] = [];
    const api = await openApi("sqlite", { logStream: { write: (line) => void lines.push(line) } });
    try {
      await buildTwoOrgs(api);
      const owner = await api.member("acme", "owner");
      const token = await api.call(owner, "POST", "/api/v1/tokens", {
        body: { name: "t", scope: "read", currentPassword: PASSWORD },
      });
      await api.call(undefined, "GET", "/api/v1/orgs", {
        headers: { authorization: `Bearer ${token.json.token}` },
      });
      await api.call(undefined, "POST", "/api/v1/auth/login", {
        body: { email: "x@y.test", password: "hunter2hunter2" },
      });
      const log = lines.join("");
      expect(lines.length).toBeGreaterThan(3);
      for (const secret of [
        PASSWORD,
        "hunter2hunter2",
        String(token.json.token),
        owner.cookie.split("=")[1] ?? "x",
        owner.csrf,
      ]) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await api.dispose();
    }
  });
});
