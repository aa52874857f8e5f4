/**
 * A request's session and membership are read in one query, and on SQLite kept while nothing at
 * all has been committed since (data_version and this connection's own writes). Signing out,
 * losing a membership or a new role still take effect on the very next request, whichever
 * connection (node) made the change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/http/app.js";
import { removeMember } from "../../src/modules/users/membership.service.js";
import { openWorkspace, type Workspace } from "../../src/modules/workspace.js";
import { type ApiHarness, buildTwoOrgs, openApi } from "../support/api.js";
import { addMember } from "../support/people.js";
import { DIALECTS } from "../support/workspaces.js";

describe.each(DIALECTS)("authorization read with the session on %s", (dialect) => {
  let api: ApiHarness;
  let other: Workspace;
  let otherNode: App;
  const SOA = "/api/v1/orgs/acme/soa";

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    // A second node: its own connection to the same database.
    other = await openWorkspace({ databaseUrl: api.ws.url, dataDir: api.ws.dir, maxUploadBytes: 1e6 });
    otherNode = await buildApp({ ws: other, logLevel: false });
  });
  afterAll(async () => {
    await otherNode.close();
    await other.close();
    await api.dispose();
  });

  const get = (app: App, cookie: string, url = SOA) =>
    app.inject({ method: "GET", url, headers: { cookie } }).then((r) => r.statusCode);

  it("ends a session signed out on another node at the next request", async () => {
    const session = await api.member("acme", "viewer");
    expect(await get(api.app, session.cookie)).toBe(200);
    expect(await get(api.app, session.cookie)).toBe(200);
    const out = await otherNode.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
    });
    expect(out.statusCode).toBeLessThan(300);
    expect(await get(api.app, session.cookie)).toBe(401);
  });

  it("ends a session signed out on the same node at the next request", async () => {
    const session = await api.member("acme", "viewer");
    expect(await get(api.app, session.cookie)).toBe(200);
    await api.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
    });
    expect(await get(api.app, session.cookie)).toBe(401);
  });

  it("answers as if the organization did not exist once the membership is removed elsewhere", async () => {
    const email = "leaver@acme.test";
    const session = await api.signIn(email);
    await addMember(api.ws.db, "test", { orgSlug: "acme", email, role: "editor" });
    expect(await get(api.app, session.cookie)).toBe(200);
    await removeMember(other.db, "test", { orgSlug: "acme", email });
    expect(await get(api.app, session.cookie)).toBe(404);
  });

  it("applies a lower role given on this node to the next write, after writes that kept the session", async () => {
    const email = "demoted-here@acme.test";
    const session = await api.signIn(email);
    await addMember(api.ws.db, "test", { orgSlug: "acme", email, role: "editor" });
    const write = (title: string) =>
      api.app.inject({
        method: "POST",
        url: "/api/v1/orgs/acme/risks",
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": "application/json" },
        payload: JSON.stringify({ title, inherent: { likelihood: 1, impact: 1 } }),
      });
    // Writes of the organization's own rows keep the session as read; each moves the chain head.
    expect((await write("Kept session 1")).statusCode).toBe(201);
    expect((await write("Kept session 2")).statusCode).toBe(201);
    const page = await api.app.inject({
      method: "GET",
      url: "/api/v1/orgs/acme/risks?q=kept%20session",
      headers: { cookie: session.cookie },
    });
    expect((JSON.parse(page.body) as { title: string }[]).map((r) => r.title)).toEqual([
      "Kept session 1",
      "Kept session 2",
    ]);
    await addMember(api.ws.db, "test", { orgSlug: "acme", email, role: "viewer" });
    expect((await write("Refused")).statusCode).toBe(403);
  });

  it("applies a lower role given on another node to the next write", async () => {
    const email = "demoted@acme.test";
    const session = await api.signIn(email);
    await addMember(api.ws.db, "test", { orgSlug: "acme", email, role: "editor" });
    const write = () =>
      api.app.inject({
        method: "POST",
        url: "/api/v1/orgs/acme/risks",
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": "application/json" },
        payload: JSON.stringify({ title: "Role check", inherent: { likelihood: 1, impact: 1 } }),
      });
    expect((await write()).statusCode).toBe(201);
    await addMember(other.db, "test", { orgSlug: "acme", email, role: "viewer" });
    expect((await write()).statusCode).toBe(403);
  });
});
