import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.js";
import { OidcSignIn } from "../../src/modules/auth/oidc.service.js";
import { createUser } from "../../src/modules/users/user.service.js";
import { type MockProvider, startMockProvider } from "../support/mock-oidc.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

describe("single sign-on with OpenID Connect", () => {
  let provider: MockProvider;
  let ws: TestWorkspace;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const redirectUrl = "http://isms.test/api/v1/auth/oidc/callback";

  beforeAll(async () => {
    provider = await startMockProvider();
    ws = await openTestWorkspace("sqlite");
    await createUser(ws.db, "test", { email: "sso@acme.test" });
    const oidc = new OidcSignIn(
      ws.db,
      {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUrl,
      },
      true,
    );
    app = await buildApp({ ws, logLevel: false, oidc });
  });
  afterAll(async () => {
    await app.close();
    await ws.dispose();
    await provider.close();
  });

  /** The sign-in cookie the start of single sign-on set in the browser. */
  const stateCookie = (start: { cookies: { name: string; value: string }[] }) =>
    start.cookies.find((c) => c.name === "isms_oidc")?.value ?? "";

  async function signInAs(email: string) {
    const start = await app.inject({ method: "GET", url: "/api/v1/auth/oidc/start" });
    expect(start.statusCode).toBe(302);
    const authorize = new URL(String(start.headers.location));
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const code = provider.authorize(authorize, email);
    const state = authorize.searchParams.get("state") ?? "";
    return app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?code=${code}&state=${state}`,
      cookies: { isms_oidc: stateCookie(start) },
    });
  }

  it("opens a session for a known user and redirects to the app", async () => {
    const callback = await signInAs("sso@acme.test");
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe("/");
    const cookie = callback.cookies.find((c) => c.name === "isms_session");
    expect(cookie?.httpOnly).toBe(true);
    const me = await app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { cookie: `isms_session=${cookie?.value}` },
    });
    expect(me.json()).toMatchObject({ email: "sso@acme.test", via: "session" });
  });

  it("refuses unknown people, replayed states and forged codes", async () => {
    expect((await signInAs("stranger@evil.test")).statusCode).toBe(403);
    const start = await app.inject({ method: "GET", url: "/api/v1/auth/oidc/start" });
    const state = new URL(String(start.headers.location)).searchParams.get("state");
    const forged = await app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?code=made-up&state=${state}`,
      cookies: { isms_oidc: stateCookie(start) },
    });
    expect(forged.statusCode).toBe(401);
    const replay = await app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?code=made-up&state=${state}`,
      cookies: { isms_oidc: stateCookie(start) },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/expired or was already used/);
  });

  it("answers 404 when single sign-on is not configured", async () => {
    const plain = await buildApp({ ws, logLevel: false });
    try {
      expect((await plain.inject({ method: "GET", url: "/api/v1/auth/oidc/start" })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
