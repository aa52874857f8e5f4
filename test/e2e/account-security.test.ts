/**
 * Account security, each finding reproduced as reported and shown closed: token scope on every
 * write (F1), the owner role (F5), removing members, disabling users, changing passwords and
 * ending sessions (F6), guessable passwords and password spraying (F9), TOTP replay (F10),
 * security events in the installation trail (F11), proxy trust (F12), idle sessions and the
 * default term of API tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { totpCode } from "../../src/domain/totp.js";
import { routeTable } from "../../src/http/app.js";
import { verifyAuditChain } from "../../src/modules/audit-trail/audit-trail.service.js";
import { beginTotp, createApiToken, enableTotp } from "../../src/modules/auth/auth.service.js";
import { type ApiHarness, buildTwoOrgs, openApi, PASSWORD, type Session } from "../support/api.js";
import { addMember, createUser, findUserByEmail, type Role } from "../support/people.js";
import { runIsms } from "../support/run-cli.js";
import { DIALECTS } from "../support/workspaces.js";

const NEXT_STEP = 30_000;

describe.each(DIALECTS)("account security on %s", (dialect) => {
  let api: ApiHarness;
  let root: Session;
  let counter = 0;

  /** A user with the test password, optionally a member of acme, signed in. */
  const person = async (role?: Role, options: { installationOwner?: boolean } = {}) => {
    const email = `p${++counter}-${role ?? "none"}@acme.test`;
    await createUser(api.ws.db, "test", { email, password: PASSWORD, ...options });
    if (role) await addMember(api.ws.db, "test", { orgSlug: "acme", email, role });
    return { email, session: await api.signIn(email) };
  };
  const bearer = (token: unknown) => ({ authorization: `Bearer ${String(token)}` });
  const securityEvents = async (action?: string) => {
    let query = api.ws.db
      .selectFrom("auditEvents")
      .selectAll()
      .where("chainId", "=", "installation")
      .where("entityType", "=", "security")
      .orderBy("seq");
    if (action) query = query.where("action", "=", action);
    return (await query.execute()).map((e) => ({ ...e, changes: JSON.parse(e.changes) }));
  };
  const userRow = async (email: string) => {
    const user = await findUserByEmail(api.ws.db, email);
    if (!user) throw new Error(`no user ${email}`);
    return user;
  };
  const withTotp = async (email: string) => {
    const { secret } = await beginTotp(api.ws.db, await userRow(email));
    await enableTotp(api.ws.db, await userRow(email), totpCode(secret));
    return secret;
  };
  const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.call(undefined, "POST", "/api/v1/auth/login", { body, headers });

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    await createUser(api.ws.db, "test", {
      email: "root@acme.test",
      password: PASSWORD,
      installationOwner: true,
    });
    await addMember(api.ws.db, "test", { orgSlug: "acme", email: "root@acme.test", role: "owner" });
    root = await api.signIn("root@acme.test");
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("F1: a read token can neither reset two-factor sign-in nor revoke a write token, nor use any other write", async () => {
    const { email, session } = await person("editor");
    const secret = await withTotp(email);
    const code = () => totpCode(secret, Date.now() + NEXT_STEP);
    const userId = (await userRow(email)).id;
    const read = { json: await createApiToken(api.ws.db, userId, { name: "reader", scope: "read" }) };
    const write = { json: await createApiToken(api.ws.db, userId, { name: "writer", scope: "write" }) };

    // The finding exactly: the read token's POST /auth/totp/setup and DELETE of the write token.
    const setup = await api.call(undefined, "POST", "/api/v1/auth/totp/setup", {
      body: {},
      headers: bearer(read.json.token),
    });
    expect(setup.status).toBe(403);
    expect(setup.json.detail).toMatch(/read-only/);
    const revoke = await api.call(undefined, "DELETE", `/api/v1/tokens/${write.json.id}`, {
      headers: bearer(read.json.token),
    });
    expect(revoke.status).toBe(403);
    const after = await userRow(email);
    expect(after).toMatchObject({ totpEnabled: 1, totpSecret: secret, totpPendingSecret: null });
    expect(
      (await api.call(undefined, "GET", "/api/v1/orgs", { headers: bearer(write.json.token) })).status,
    ).toBe(200);

    // The rule, not the two routes: every route that is not a read refuses a read token.
    const sample: Record<string, string> = {
      slug: "acme",
      id: "x",
      key: "R-1",
      controlId: "8.8",
      register: "roles",
      email,
    };
    const writes = routeTable(api.app).filter((r) => r.permission !== "public" && r.method !== "GET");
    expect(writes.length).toBeGreaterThan(40);
    for (const route of writes) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(sample[name] ?? "x"));
      const response = await api.call(undefined, route.method, url, {
        headers: bearer(read.json.token),
        ...(route.hasBody && { body: {} }),
      });
      expect(response.status, `${route.method} ${route.url}`).toBe(403);
    }

    // A session or a write token must re-authenticate before credentials change.
    const noProof = await api.call(session, "POST", "/api/v1/auth/totp/setup", { body: {} });
    expect(noProof.status).toBe(403);
    expect(noProof.json.errors).toEqual([{ path: "code", message: "give a current one-time code" }]);
    const byToken = await api.call(undefined, "POST", "/api/v1/auth/totp/setup", {
      body: { code: code() },
      headers: bearer(write.json.token),
    });
    expect(byToken.status).toBe(403);
    expect((await userRow(email)).totpSecret).toBe(secret);

    // With a current code the new secret is enrolled beside the old one, which stays in force.
    const renewed = await api.call(session, "POST", "/api/v1/auth/totp/setup", { body: { code: code() } });
    expect(renewed.status).toBe(200);
    expect(await userRow(email)).toMatchObject({ totpEnabled: 1, totpSecret: secret });
    const confirmed = await api.call(session, "POST", "/api/v1/auth/totp/enable", {
      body: { code: totpCode(String(renewed.json.secret)) },
    });
    expect(confirmed.status).toBe(200);
    expect(await userRow(email)).toMatchObject({ totpEnabled: 1, totpSecret: renewed.json.secret });
  });

  it("F5: an admin cannot demote or remove an owner, and an organization keeps its last owner", async () => {
    const admin = await person("admin");
    const editor = await person("editor");
    const put = (s: Session, email: string, role: Role) =>
      api.call(s, "PUT", "/api/v1/orgs/acme/members", { body: { email, role } });
    const roleOf = async (email: string) =>
      (
        (await api.call(root, "GET", "/api/v1/orgs/acme/members")).json as { email: string; role: string }[]
      ).find((m) => m.email === email)?.role;

    // The finding exactly: the admin demotes the installation owner, the only owner.
    const demote = await put(admin.session, "root@acme.test", "viewer");
    expect(demote.status).toBe(403);
    expect(demote.json.detail).toMatch(/only an owner/);
    expect(await roleOf("root@acme.test")).toBe("owner");
    expect((await put(admin.session, editor.email, "owner")).status).toBe(403);
    const remove = await api.call(admin.session, "DELETE", "/api/v1/orgs/acme/members/root%40acme.test");
    expect(remove.status).toBe(403);

    // The last owner can neither step down nor leave.
    const alone = await put(root, "root@acme.test", "admin");
    expect(alone.status).toBe(409);
    expect(alone.json.detail).toMatch(/last owner of this organization; make another member owner first/);
    expect((await api.call(root, "DELETE", "/api/v1/orgs/acme/members/root%40acme.test")).status).toBe(409);

    // An owner grants and takes back the owner role while another owner remains.
    expect((await put(root, editor.email, "owner")).status).toBe(200);
    expect((await put(root, editor.email, "editor")).status).toBe(200);
    expect(await roleOf("root@acme.test")).toBe("owner");
    const changes = await securityEvents("member-role-changed");
    expect(changes.map((e) => e.changes)).toContainEqual({
      organization: "acme",
      from: "owner",
      to: "editor",
      email: editor.email,
      ip: "127.0.0.1",
    });
  });

  it("F6: members are removed, users disabled, passwords changed and sessions ended, through the API", async () => {
    // Member removal.
    const viewer = await person("viewer");
    const removed = await api.call(
      root,
      "DELETE",
      `/api/v1/orgs/acme/members/${encodeURIComponent(viewer.email)}`,
    );
    expect(removed.status).toBe(200);
    expect((await api.call(viewer.session, "GET", "/api/v1/orgs/acme")).status).toBe(404);

    // Sessions: list, end one elsewhere.
    const someone = await person("editor");
    const other = await api.signIn(someone.email);
    const sessions = await api.call(someone.session, "GET", "/api/v1/auth/sessions");
    expect(sessions.status).toBe(200);
    const listed = sessions.json as { id: string; current: boolean }[];
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    const elsewhere = listed.find((s) => !s.current) as { id: string };
    expect(JSON.stringify(sessions.json)).not.toContain(other.cookie.split("=")[1]);
    expect((await api.call(someone.session, "DELETE", `/api/v1/auth/sessions/${elsewhere.id}`)).status).toBe(
      200,
    );
    expect((await api.call(other, "GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await api.call(root, "DELETE", `/api/v1/auth/sessions/${listed[0]?.id}`)).status).toBe(404);

    // Password change: the current password is required; the other sessions end.
    const third = await api.signIn(someone.email);
    const change = (body: Record<string, unknown>) =>
      api.call(someone.session, "POST", "/api/v1/auth/password", { body });
    const wrong = await change({
      currentPassword: "not the password",
      newPassword: "a new passphrase to keep",
    });
    expect(wrong.status).toBe(403);
    const changed = await change({ currentPassword: PASSWORD, newPassword: "a new passphrase to keep" });
    expect(changed.status).toBe(200);
    expect(changed.json).toEqual({ otherSessionsEnded: 1 });
    expect((await api.call(third, "GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await api.call(someone.session, "GET", "/api/v1/auth/me")).status).toBe(200);
    expect((await login({ email: someone.email, password: PASSWORD })).status).toBe(401);
    expect((await login({ email: someone.email, password: "a new passphrase to keep" })).status).toBe(200);

    // Disabling: sign-in refused, every session and token ended at once; only the installation owner may.
    const target = await person("editor");
    const token = await api.call(target.session, "POST", "/api/v1/tokens", {
      body: { name: "bot", scope: "write", currentPassword: PASSWORD },
    });
    const path = `/api/v1/users/${encodeURIComponent(target.email)}/disable`;
    expect((await api.call(someone.session, "POST", path)).status).toBe(403);
    const disabled = await api.call(root, "POST", path);
    expect(disabled.status).toBe(200);
    expect(disabled.json).toEqual({ sessionsEnded: 1, tokensRevoked: 1 });
    expect((await api.call(target.session, "GET", "/api/v1/auth/me")).status).toBe(401);
    expect(
      (await api.call(undefined, "GET", "/api/v1/orgs", { headers: bearer(token.json.token) })).status,
    ).toBe(401);
    expect((await login({ email: target.email, password: PASSWORD })).status).toBe(401);
    const refused = await api.call(root, "POST", "/api/v1/users/root%40acme.test/disable");
    expect(refused.status).toBe(409);
    expect(
      (await api.call(root, "POST", `/api/v1/users/${encodeURIComponent(target.email)}/enable`)).status,
    ).toBe(200);
    expect((await login({ email: target.email, password: PASSWORD })).status).toBe(200);
    const ended = await api.call(
      root,
      "DELETE",
      `/api/v1/users/${encodeURIComponent(target.email)}/sessions`,
    );
    expect(ended.json).toEqual({ sessionsEnded: 1 });
  });

  it("F6: the CLI removes members, disables and enables users, ends sessions and resets two-factor", async () => {
    const previous = { url: process.env.ISMS_DATABASE_URL, dir: process.env.ISMS_DATA_DIR };
    process.env.ISMS_DATABASE_URL = api.ws.url;
    process.env.ISMS_DATA_DIR = api.ws.dir;
    try {
      const member = await person("auditor");
      await withTotp(member.email);
      const removed = await runIsms("member", "remove", "--org", "acme", "--email", member.email);
      expect(removed.stdout).toBe(`${member.email} is no longer a member of acme\n`);
      expect((await api.call(member.session, "GET", "/api/v1/orgs/acme")).status).toBe(404);
      await expect(runIsms("member", "remove", "--org", "acme", "--email", "root@acme.test")).rejects.toThrow(
        /last owner/,
      );
      expect((await runIsms("user", "disable", "--email", member.email)).stdout).toBe(
        `Disabled ${member.email}: 1 session(s) ended, 0 token(s) revoked\n`,
      );
      expect((await login({ email: member.email, password: PASSWORD })).status).toBe(401);
      await runIsms("user", "enable", "--email", member.email);
      await runIsms("user", "reset-totp", "--email", member.email);
      expect(await userRow(member.email)).toMatchObject({ totpEnabled: 0, totpSecret: null, disabled: 0 });
      const again = await api.signIn(member.email);
      expect((await runIsms("user", "end-sessions", "--email", member.email)).stdout).toBe(
        `1 session(s) of ${member.email} ended\n`,
      );
      expect((await api.call(again, "GET", "/api/v1/auth/me")).status).toBe(401);
      const listed = JSON.parse((await runIsms("user", "list", "--json")).stdout) as { email: string }[];
      expect(listed.map((u) => u.email)).toContain(member.email);
    } finally {
      process.env.ISMS_DATABASE_URL = previous.url;
      process.env.ISMS_DATA_DIR = previous.dir;
      if (previous.url === undefined) delete process.env.ISMS_DATABASE_URL;
      if (previous.dir === undefined) delete process.env.ISMS_DATA_DIR;
    }
  });

  it("F9: refuses password1234 and its kind with a clear message, and limits one password sprayed over many accounts", async () => {
    const weak = createUser(api.ws.db, "test", { email: "weak@acme.test", password: "password1234" });
    await expect(weak).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(weak).rejects.toThrow(
      "this password is too easy to guess (it is a common password or close to one): use a few unrelated words, or a password manager",
    );
    for (const weak of ["qwertyuiop12", "iloveyou2024", "Password12345!", "letmein12345"]) {
      await expect(
        createUser(api.ws.db, "test", { email: "weak-acme.test@x.test", password: weak }),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
    const { session } = await person("viewer");
    const change = await api.call(session, "POST", "/api/v1/auth/password", {
      body: { currentPassword: PASSWORD, newPassword: "password1234" },
    });
    expect(change.status).toBe(400);
    expect(change.json.errors).toEqual([{ path: "newPassword", message: expect.stringMatching(/too easy/) }]);

    // One password over many accounts from one client: limited per client address.
    const sprayed = await openApi(dialect, { app: { loginClientRateLimit: 5 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await sprayed.call(undefined, "POST", "/api/v1/auth/login", {
          body: { email: `victim${i}@acme.test`, password: "Summer2026!!" },
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await sprayed.dispose();
    }
  });

  it("F10: accepts each one-time code once", async () => {
    const { email } = await person("viewer");
    const secret = await withTotp(email);
    const code = totpCode(secret, Date.now() + NEXT_STEP);
    expect((await login({ email, password: PASSWORD, code })).status).toBe(200);
    const replay = await login({ email, password: PASSWORD, code });
    expect(replay.status).toBe(401);
    const failures = await securityEvents("sign-in-failed");
    expect(failures.at(-1)?.changes).toMatchObject({ email, reason: "code already used" });
  });

  it("F11: records sign-ins, failures, tokens, two-factor, passwords, sessions and disabling, never a secret", async () => {
    const before = (await securityEvents()).length;
    const { email, session } = await person();
    const userId = (await userRow(email)).id;
    expect((await login({ email, password: "not the password" })).status).toBe(401);
    expect((await login({ email: "nobody@acme.test", password: "not the password" })).status).toBe(401);
    const token = await api.call(session, "POST", "/api/v1/tokens", {
      body: { name: "ci", scope: "read", currentPassword: PASSWORD },
    });
    await api.call(session, "DELETE", `/api/v1/tokens/${token.json.id}`);
    const setup = await api.call(session, "POST", "/api/v1/auth/totp/setup", {
      body: { currentPassword: PASSWORD },
    });
    const secret = String(setup.json.secret);
    await api.call(session, "POST", "/api/v1/auth/totp/enable", { body: { code: totpCode(secret) } });
    await api.call(session, "DELETE", "/api/v1/auth/totp", {
      body: { code: totpCode(secret, Date.now() + NEXT_STEP) },
    });
    await api.call(session, "POST", "/api/v1/auth/password", {
      body: { currentPassword: PASSWORD, newPassword: "another long passphrase" },
    });
    await api.call(root, "POST", `/api/v1/users/${encodeURIComponent(email)}/disable`);

    const events = (await securityEvents()).slice(before);
    const mine = events.filter((e) => e.entityId === userId).map((e) => e.action);
    expect(mine).toEqual([
      "sign-in",
      "sign-in-failed",
      "token-created",
      "token-revoked",
      "totp-setup",
      "totp-enabled",
      "totp-reset",
      "password-changed",
      "user-disabled",
    ]);
    const failed = events.filter((e) => e.action === "sign-in-failed").map((e) => e.changes);
    expect(failed).toEqual([
      { email, ip: "127.0.0.1", reason: "wrong password" },
      { email: "nobody@acme.test", ip: "127.0.0.1", reason: "unknown email" },
    ]);
    const created = events.find((e) => e.action === "token-created");
    expect(created?.changes).toMatchObject({ name: "ci", scope: "read", tokenId: token.json.id });
    const text = JSON.stringify(events);
    for (const secretValue of [PASSWORD, "another long passphrase", String(token.json.token), secret]) {
      expect(text).not.toContain(secretValue);
    }
    expect(await verifyAuditChain(api.ws.db, "installation")).toMatchObject({ ok: true });
  });

  it("F12: trusts no proxy by default, so a forged X-Forwarded-For neither escapes the token limit nor shows in the trail", async () => {
    const limited = await openApi(dialect, { loginRateLimit: 3 });
    try {
      await createUser(limited.ws.db, "test", { email: "forger@acme.test", password: PASSWORD });
      const signedIn = await limited.call(undefined, "POST", "/api/v1/auth/login", {
        body: { email: "forger@acme.test", password: PASSWORD },
        headers: { "x-forwarded-for": "203.0.113.9" },
      });
      expect(signedIn.status).toBe(200);
      const session = await limited.signIn("forger@acme.test");
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await limited.call(session, "POST", "/api/v1/tokens", {
          body: { name: `t${i}`, scope: "read", currentPassword: PASSWORD },
          headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const addresses = await limited.ws.db
        .selectFrom("auditEvents")
        .select("changes")
        .where("chainId", "=", "installation")
        .where("entityType", "=", "security")
        .execute();
      const ips = new Set(addresses.map((a) => JSON.parse(a.changes).ip).filter(Boolean));
      expect([...ips]).toEqual(["127.0.0.1"]);
    } finally {
      await limited.dispose();
    }

    // Behind a configured proxy, the address it saw is the client's: never one the client wrote.
    const proxied = await openApi(dialect, { app: { trustProxy: ["127.0.0.1"] } });
    try {
      await createUser(proxied.ws.db, "test", { email: "client@acme.test", password: PASSWORD });
      await proxied.call(undefined, "POST", "/api/v1/auth/login", {
        body: { email: "client@acme.test", password: PASSWORD },
        headers: { "x-forwarded-for": "203.0.113.9, 198.51.100.7" },
      });
      const event = await proxied.ws.db
        .selectFrom("auditEvents")
        .select("changes")
        .where("action", "=", "sign-in")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.changes).ip).toBe("198.51.100.7");
    } finally {
      await proxied.dispose();
    }
  });

  it("ends a session after the idle time or the maximum age, and gives API tokens a default term", async () => {
    const { email, session } = await person("viewer");
    const hash = async () =>
      api.ws.db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.userId")
        .select("sessions.idHash")
        .where("users.email", "=", email)
        .executeTakeFirstOrThrow();
    const { idHash } = await hash();
    await api.ws.db
      .updateTable("sessions")
      .set({ lastSeenAt: new Date(Date.now() - 61 * 60_000).toISOString() })
      .where("idHash", "=", idHash)
      .execute();
    expect((await api.call(session, "GET", "/api/v1/auth/me")).status).toBe(401);
    expect(
      await api.ws.db.selectFrom("sessions").select("id").where("idHash", "=", idHash).execute(),
    ).toEqual([]);

    const short = await openApi(dialect, {
      app: { sessionPolicy: { idleMinutes: 60, maxHours: 2 }, tokenDefaultDays: 7 },
    });
    try {
      const s = await short.signIn("aged@acme.test");
      await short.ws.db
        .updateTable("sessions")
        .set({ createdAt: new Date(Date.now() - 3 * 3_600_000).toISOString() })
        .execute();
      expect((await short.call(s, "GET", "/api/v1/auth/me")).status).toBe(401);
      const fresh = await short.signIn("aged@acme.test");
      const token = await short.call(fresh, "POST", "/api/v1/tokens", {
        body: { name: "default", scope: "read", currentPassword: PASSWORD },
      });
      const days = (Date.parse(String(token.json.expiresAt)) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
    } finally {
      await short.dispose();
    }
    const fresh = await api.signIn(email);
    const standard = await api.call(fresh, "POST", "/api/v1/tokens", {
      body: { name: "standard", scope: "read", currentPassword: PASSWORD },
    });
    expect((Date.parse(String(standard.json.expiresAt)) - Date.now()) / 86_400_000).toBeCloseTo(90, 1);
    const forever = await api.call(fresh, "POST", "/api/v1/tokens", {
      body: { name: "forever", scope: "read", expiresInDays: null, currentPassword: PASSWORD },
    });
    expect(forever.json.expiresAt).toBeNull();
  });
});

describe("account security settings", () => {
  it("validates ISMS_TRUST_PROXY and the session and token terms", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({}).sessionIdleMinutes).toBe(60);
    expect(loadConfig({}).sessionMaxHours).toBe(168);
    expect(loadConfig({}).tokenDefaultDays).toBe(90);
    expect(loadConfig({ ISMS_TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ ISMS_TRUST_PROXY: "10.0.0.0/8, ::1" }).trustProxy).toEqual(["10.0.0.0/8", "::1"]);
    for (const bad of ["true", "0", "11", "10.0.0.0/33", "proxy.example", "10.0.0.1/8/2"]) {
      expect(() => loadConfig({ ISMS_TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
    expect(() => loadConfig({ ISMS_TRUST_PROXY: "true" })).toThrow(
      /ISMS_TRUST_PROXY: must be false, a number/,
    );
    expect(() => loadConfig({ ISMS_SESSION_IDLE_MINUTES: "0" })).toThrow(ConfigError);
    expect(loadConfig({ ISMS_LOGIN_RATE_LIMIT: "4" }).loginClientRateLimit).toBe(20);
  });
});
