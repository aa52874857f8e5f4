/**
 * Single sign-on against a test provider, on each database: a sign-in is bound to the browser that
 * started it (no login CSRF), accounts are linked by issuer and subject (a verified email links
 * them the first time only), TOTP is still asked unless the provider used several factors, and
 * the callback's code and state never reach the logs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTotpSecret, totpCode } from "../../src/domain/totp.js";
import { buildApp } from "../../src/http/app.js";
import { OidcSignIn, unlinkSingleSignOn } from "../../src/modules/auth/oidc.service.js";
import { createUser } from "../../src/modules/users/user.service.js";
import { type MockProvider, startMockProvider } from "../support/mock-oidc.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

type Response = Awaited<ReturnType<Awaited<ReturnType<typeof buildApp>>["inject"]>>;

const cookieOf = (response: Response, name: string) => response.cookies.find((c) => c.name === name);

describe.each(DIALECTS)("single sign-on security (%s)", (dialect) => {
  let provider: MockProvider;
  let ws: TestWorkspace;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const logLines: string[] = [];
  const totpSecret = newTotpSecret();
  const redirectUrl = "http://isms.test/api/v1/auth/oidc/callback";

  beforeAll(async () => {
    provider = await startMockProvider();
    ws = await openTestWorkspace(dialect);
    for (const email of ["ana", "tom", "bob", "carl", "dana", "erin", "mia"].map((n) => `${n}@acme.test`))
      await createUser(ws.db, "test", { email });
    await ws.db
      .updateTable("users")
      .set({ totpSecret, totpEnabled: 1 })
      .where("email", "in", ["tom@acme.test", "mia@acme.test"])
      .execute();
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
    app = await buildApp({
      ws,
      oidc,
      loginRateLimit: 1000,
      logLevel: "info",
      logStream: { write: (line) => void logLines.push(line) },
    });
  });
  afterAll(async () => {
    await app?.close();
    await ws?.dispose();
    await provider?.close();
  });

  /** A browser starts single sign-on: where it is sent, and the sign-in cookie it received. */
  async function start() {
    const response = await app.inject({ method: "GET", url: "/api/v1/auth/oidc/start" });
    expect(response.statusCode).toBe(302);
    return { authorize: new URL(String(response.headers.location)), cookie: cookieOf(response, "isms_oidc") };
  }

  /** The provider's answer for `email` (with `claims`), opened by a browser holding `cookie` (or none). */
  function callback(url: string, cookie: string | undefined) {
    return app.inject({
      method: "GET",
      url,
      ...(cookie !== undefined && { cookies: { isms_oidc: cookie } }),
    });
  }
  function callbackUrl(authorize: URL, email: string, claims?: Record<string, unknown>) {
    const code = provider.authorize(authorize, email, claims);
    return `/api/v1/auth/oidc/callback?code=${code}&state=${authorize.searchParams.get("state")}`;
  }

  /** A whole sign-in in one browser. */
  async function signIn(email: string, claims?: Record<string, unknown>) {
    const { authorize, cookie } = await start();
    return callback(callbackUrl(authorize, email, claims), cookie?.value);
  }

  /** Who a callback signed in (undefined for nobody). */
  async function signedIn(response: Response): Promise<string | undefined> {
    const session = cookieOf(response, "isms_session");
    if (!session?.value) return undefined;
    const me = await app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      cookies: { isms_session: session.value },
    });
    return me.statusCode === 200 ? String(me.json().email) : undefined;
  }

  async function securityEvents(action: string) {
    const rows = await ws.db
      .selectFrom("auditEvents")
      .select(["action", "changes"])
      .where("entityType", "=", "security")
      .where("action", "=", action)
      .execute();
    return rows.map((r) => JSON.parse(r.changes) as Record<string, unknown>);
  }

  it("F7: refuses a callback URL opened by a browser that did not start the sign-in, and signs no one in", async () => {
    // The attacker starts a sign-in, signs in as themself at the provider and sends the callback
    // URL to someone else, whose browser opens it without the attacker's sign-in cookie.
    const attacker = await start();
    const url = callbackUrl(attacker.authorize, "ana@acme.test");
    const noCookie = await callback(url, undefined);
    expect(noCookie.statusCode).toBe(401);
    expect(await signedIn(noCookie)).toBeUndefined();
    expect(noCookie.json().detail).toMatch(/not started in this browser/);

    const cookie = attacker.cookie;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/v1/auth/oidc" });
    expect(cookie?.maxAge).toBeGreaterThan(0);
    expect(cookie?.maxAge).toBeLessThanOrEqual(600);

    // A browser that started its own sign-in holds another cookie: refused too.
    const other = await start();
    const wrongCookie = await callback(url, other.cookie?.value);
    expect(wrongCookie.statusCode).toBe(401);
    expect(await signedIn(wrongCookie)).toBeUndefined();
    // The callback clears the sign-in cookie, whatever the outcome.
    expect(cookieOf(wrongCookie, "isms_oidc")?.value).toBe("");

    // Only the browser that started it finishes it, once.
    const own = await callback(url, cookie?.value);
    expect(own.statusCode).toBe(302);
    expect(await signedIn(own)).toBe("ana@acme.test");
    expect(cookieOf(own, "isms_oidc")?.value).toBe("");
    const replay = await callback(url, cookie?.value);
    expect(replay.statusCode).toBe(401);
    expect(await signedIn(replay)).toBeUndefined();

    const failures = await securityEvents("sign-in-failed");
    expect(failures.some((f) => f.method === "sso" && /browser/.test(String(f.reason)))).toBe(true);
  });

  it("F8: asks a user with TOTP for the one-time code after single sign-on", async () => {
    const response = await signIn("tom@acme.test", { amr: ["pwd"] });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe("/login?sso=code");
    expect(await signedIn(response)).toBeUndefined();
    const challenge = cookieOf(response, "isms_oidc_challenge");
    expect(challenge).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/v1/auth/oidc" });

    const verify = (code: string, cookie = challenge?.value) =>
      app.inject({
        method: "POST",
        url: "/api/v1/auth/oidc/totp",
        payload: { code },
        ...(cookie && { cookies: { isms_oidc_challenge: cookie } }),
      });
    const wrong = await verify(totpCode(totpSecret, Date.now() - 3_600_000));
    expect(wrong.statusCode).toBe(401);
    expect(await signedIn(wrong)).toBeUndefined();
    // The challenge belongs to the browser that went through the provider.
    const elsewhere = await verify(totpCode(totpSecret), "");
    expect(elsewhere.statusCode).toBe(401);

    const right = await verify(totpCode(totpSecret));
    expect(right.statusCode).toBe(200);
    expect(await signedIn(right)).toBe("tom@acme.test");
    expect(right.json().user.email).toBe("tom@acme.test");
    // Used once.
    expect((await verify(totpCode(totpSecret))).statusCode).toBe(401);
  });

  it("lets a provider that reports several factors (amr) stand in for the one-time code", async () => {
    const response = await signIn("mia@acme.test", { amr: ["pwd", "mfa"] });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe("/");
    expect(await signedIn(response)).toBe("mia@acme.test");
    // Without such a claim, the same user is asked for the code.
    const plain = await signIn("mia@acme.test");
    expect(plain.headers.location).toBe("/login?sso=code");
    expect(await signedIn(plain)).toBeUndefined();
  });

  it("F8: refuses another subject presenting the email of an account already linked", async () => {
    const first = await signIn("bob@acme.test", { sub: "subject-bob" });
    expect(await signedIn(first)).toBe("bob@acme.test");
    const intruder = await signIn("bob@acme.test", { sub: "subject-mallory" });
    expect(intruder.statusCode).toBe(403);
    expect(intruder.json().detail).toMatch(/already linked/);
    expect(await signedIn(intruder)).toBeUndefined();
    const links = await ws.db
      .selectFrom("userIdentities")
      .selectAll()
      .where("subject", "like", "subject-%")
      .execute();
    expect(links.map((l) => l.subject)).toEqual(["subject-bob"]);

    // The provider really gave bob a new identity: an administrator removes the old link, and the
    // new subject links by the verified email.
    const bob = await ws.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "bob@acme.test")
      .executeTakeFirstOrThrow();
    expect(await unlinkSingleSignOn(ws.db, "admin", bob)).toBe(1);
    const relinked = await signIn("bob@acme.test", { sub: "subject-bob-2" });
    expect(await signedIn(relinked)).toBe("bob@acme.test");
    expect((await signIn("bob@acme.test", { sub: "subject-bob" })).statusCode).toBe(403);
  });

  it("F8: refuses to link an account by an email the provider has not verified", async () => {
    for (const emailVerified of [undefined, false, "true"]) {
      const response = await signIn("carl@acme.test", { sub: "subject-carl", email_verified: emailVerified });
      expect(response.statusCode, String(emailVerified)).toBe(401);
      expect(response.json().detail).toMatch(/not verified .*email_verified/);
      expect(await signedIn(response)).toBeUndefined();
    }
    expect(
      await ws.db.selectFrom("userIdentities").selectAll().where("subject", "=", "subject-carl").execute(),
    ).toEqual([]);
    const verified = await signIn("carl@acme.test", { sub: "subject-carl" });
    expect(await signedIn(verified)).toBe("carl@acme.test");
  });

  it("F8: keeps the same account when the email changes at the provider", async () => {
    const first = await signIn("dana@acme.test", { sub: "subject-dana" });
    expect(await signedIn(first)).toBe("dana@acme.test");
    // The provider now gives dana the address of another account here, then an unknown one.
    const renamed = await signIn("erin@acme.test", { sub: "subject-dana" });
    expect(renamed.statusCode).toBe(302);
    expect(await signedIn(renamed)).toBe("dana@acme.test");
    const moved = await signIn("dana@elsewhere.test", { sub: "subject-dana", email_verified: false });
    expect(await signedIn(moved)).toBe("dana@acme.test");
  });

  it("never writes the callback's code or state to the logs", async () => {
    const { authorize, cookie } = await start();
    const state = authorize.searchParams.get("state") ?? "";
    const code = provider.authorize(authorize, "ana@acme.test");
    const url = `/api/v1/auth/oidc/callback?code=${code}&state=${state}`;
    expect((await callback(url, cookie?.value)).statusCode).toBe(302);
    await callback(url, undefined);
    const log = logLines.join("");
    expect(log).toContain("/api/v1/auth/oidc/callback");
    for (const secret of [code, state, cookie?.value ?? "no cookie"]) expect(log).not.toContain(secret);
  });
});
