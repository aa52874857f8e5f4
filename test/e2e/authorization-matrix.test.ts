import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "../../src/http/app.js";
import { allows, isOrgPermission } from "../../src/http/permissions.js";
import { ROLES, type Role } from "../../src/modules/users/user.service.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";

/**
 * Every route × every role × own or other organization. Members belong to "acme" only; "globex"
 * is the other organization. No request may succeed where the permission catalogue says it may not.
 */
describe("authorization matrix", () => {
  let api: ApiHarness;
  const sessions = new Map<Role, Session>();
  let outsider: Session;

  beforeAll(async () => {
    api = await openApi("sqlite");
    await buildTwoOrgs(api);
    for (const role of ROLES) sessions.set(role, await api.member("acme", role));
    outsider = await api.signIn("nobody@elsewhere.test");
  });
  afterAll(async () => {
    await api.dispose();
  });

  const params: Record<string, string> = { key: "R-001", controlId: "8.8", register: "roles", id: "none" };
  const bodyFor = (hasBody: boolean) => (hasBody ? { body: {} } : {});

  it("lets no role do what its permissions do not allow, and hides other organizations", async () => {
    const routes = routeTable(api.app).filter((r) => isOrgPermission(r.permission));
    expect(routes.length).toBeGreaterThan(40);
    const unexpected: string[] = [];
    let requests = 0;
    for (const route of routes) {
      for (const role of ROLES) {
        const session = sessions.get(role);
        for (const slug of ["acme", "globex"]) {
          const url = route.url.replace(":slug", slug).replace(/:(\w+)/g, (_, n: string) => params[n] ?? "x");
          const response = await api.call(session, route.method, url, {
            ...bodyFor(route.hasBody),
            headers: { "if-match": '"1"' },
          });
          requests++;
          const permission = route.permission as Parameters<typeof allows>[1];
          const label = `${role} ${route.method} ${url} -> ${response.status}`;
          if (slug === "globex") {
            if (response.status !== 404) unexpected.push(`${label} (other organization must be 404)`);
          } else if (!allows(role, permission)) {
            if (response.status !== 403) unexpected.push(`${label} (expected 403)`);
          } else if (response.status === 401 || response.status === 403) {
            unexpected.push(`${label} (allowed but refused)`);
          }
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(requests).toBe(routes.length * ROLES.length * 2);
  });

  it("answers a method a route does not have with a 4xx problem for every role, never a success", async () => {
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    const byUrl = new Map<string, Set<string>>();
    for (const route of routeTable(api.app))
      byUrl.set(route.url, (byUrl.get(route.url) ?? new Set()).add(route.method));
    const unexpected: string[] = [];
    let requests = 0;
    for (const [pattern, defined] of byUrl) {
      const url = pattern.replace(/:(\w+)/g, (_, n: string) => (n === "slug" ? "acme" : (params[n] ?? "x")));
      for (const method of methods.filter((m) => !defined.has(m)))
        for (const role of ROLES) {
          const response = await api.call(sessions.get(role), method, url, { body: {} });
          requests++;
          // Usually 404; where another route's pattern matches (PATCH /soa/lint is PATCH /soa/:controlId)
          // that route answers, with its own refusal.
          if (response.status < 400 || response.status >= 500 || typeof response.json.code !== "string")
            unexpected.push(`${role} ${method} ${url} -> ${response.status}`);
        }
    }
    expect(unexpected).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  });

  it("hides every organization from a signed-in user who belongs to none", async () => {
    for (const route of routeTable(api.app).filter((r) => isOrgPermission(r.permission))) {
      const url = route.url.replace(":slug", "acme").replace(/:(\w+)/g, (_, n: string) => params[n] ?? "x");
      const response = await api.call(outsider, route.method, url, bodyFor(route.hasBody));
      expect(response.status, `${route.method} ${url}`).toBe(404);
    }
  });

  it("requires sign-in for every non-public route and the installation owner for installation routes", async () => {
    for (const route of routeTable(api.app)) {
      const url = route.url.replace(/:(\w+)/g, (_, n: string) =>
        n === "slug" ? "acme" : (params[n] ?? "x"),
      );
      const anonymous = await api.call(undefined, route.method, url, bodyFor(route.hasBody));
      if (route.permission === "public") expect(anonymous.status, url).not.toBe(401);
      else expect(anonymous.status, `${route.method} ${url}`).toBe(401);
      if (route.permission === "installation:owner") {
        for (const role of ROLES) {
          const response = await api.call(sessions.get(role), route.method, url, bodyFor(route.hasBody));
          expect(response.status, `${role} ${route.method} ${url}`).toBe(403);
        }
      }
    }
  });

  it("returns the caller's abilities on each object", async () => {
    const editor = await api.call(sessions.get("editor"), "GET", "/api/v1/orgs/acme/soa");
    const auditor = await api.call(sessions.get("auditor"), "GET", "/api/v1/orgs/acme/soa");
    const entries = (r: typeof editor) =>
      (r.json as unknown as { entries: { abilities: { update: boolean } }[] }).entries;
    expect(entries(editor)[0]?.abilities.update).toBe(true);
    expect(entries(auditor)[0]?.abilities.update).toBe(false);
  });
});
