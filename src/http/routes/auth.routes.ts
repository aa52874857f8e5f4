import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { ZApiToken, ZCreatedToken, ZSetupOwner, ZSignedInUser } from "../../modules/auth/auth.schema.js";
import {
  beginTotp,
  changePassword,
  createApiToken,
  enableTotp,
  listApiTokens,
  listSessions,
  login,
  logout,
  type Principal,
  reauthenticate,
  resetTotp,
  revokeApiToken,
  revokeSession,
} from "../../modules/auth/auth.service.js";
import { CHALLENGE_MINUTES, STATE_MINUTES } from "../../modules/auth/oidc.service.js";
import { countUsers, createUser, membershipsOf } from "../../modules/users/user.service.js";
import { AttemptLimit } from "../attempt-limit.js";
import { clientOf, identify, SESSION_COOKIE } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZOk } from "./types.js";

const ZCredentials = z.object({
  email: z.string().min(3).max(254),
  password: z.string().min(1).max(256),
  code: z.string().max(8).optional(),
});
const ZSession = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    installationOwner: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  csrfToken: z.string(),
  expiresAt: z.string(),
});

/** Proof of identity asked again before a credential changes (see `reauthenticate`). */
const ZReauth = {
  currentPassword: z.string().max(256).optional(),
  code: z.string().max(8).optional(),
};

/** The signed-in principal of a `user` route (set by the authorization hook). */
const principalOf = (request: FastifyRequest): Principal => {
  if (!request.principal) throw new DomainError("UNAUTHENTICATED", "sign in first");
  return request.principal;
};

export async function authRoutes(
  app: ApiApp,
  {
    ws,
    secureCookies,
    loginRateLimit,
    loginClientRateLimit,
    sessionPolicy,
    tokenDefaultDays,
    oidc,
  }: RouteDeps,
) {
  const db = ws.db;
  const cookieOptions = {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies,
    path: "/",
    maxAge: sessionPolicy.maxHours * 3_600,
  };
  // Re-authentication and credential changes are limited per user, so a stolen session cannot
  // guess the password through them.
  const perClient = new AttemptLimit(loginClientRateLimit);
  const perUser = {
    max: loginRateLimit,
    timeWindow: "1 minute",
    keyGenerator: (r: FastifyRequest) => `user:${r.principal?.user.id ?? r.ip}`,
  };

  app.get(
    "/api/v1/setup",
    {
      config: { permission: "public" },
      schema: {
        summary: "Whether the installation still needs its first owner (the web app's first run)",
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: (await countUsers(db)) === 0 }),
  );

  app.post(
    "/api/v1/setup",
    {
      config: { permission: "public" },
      schema: {
        summary: "First run: create the installation owner (only while no user exists)",
        body: z.object({ email: z.string(), password: z.string(), name: z.string().optional() }),
        response: { 201: ZSetupOwner, ...errors },
      },
    },
    async (request, reply) => {
      if ((await countUsers(db)) > 0)
        throw new DomainError("FORBIDDEN", "the installation is already set up; sign in instead");
      const user = await createUser(db, "setup", { ...request.body, installationOwner: true });
      return reply.status(201).send({ id: user.id, email: user.email });
    },
  );

  app.post(
    "/api/v1/auth/login",
    {
      // Counted per client address (one password tried over many accounts) before anything else...
      onRequest: async (request) => perClient.hit(request.ip),
      config: {
        permission: "public",
        // ...and per account once the body is parsed (many passwords tried on one account,
        // from however many addresses).
        rateLimit: {
          max: loginRateLimit,
          timeWindow: "1 minute",
          hook: "preHandler",
          keyGenerator: (r) =>
            `login:${String((r.body as { email?: string })?.email ?? "")
              .trim()
              .toLowerCase()}`,
        },
      },
      schema: {
        summary: "Sign in; sets the session cookie",
        body: ZCredentials,
        response: { 200: ZSession, ...errors },
      },
    },
    async (request, reply) => {
      const session = await login(db, request.body, clientOf(request), sessionPolicy);
      reply.setCookie(SESSION_COOKIE, session.secret, {
        ...cookieOptions,
        expires: new Date(session.expiresAt),
      });
      return {
        user: {
          id: session.user.id,
          email: session.user.email,
          name: session.user.name,
          installationOwner: session.user.isInstallationOwner === 1,
          totpEnabled: session.user.totpEnabled === 1,
        },
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );

  app.post(
    "/api/v1/auth/logout",
    { config: { permission: "user" }, schema: { summary: "Sign out", response: { 200: ZOk, ...errors } } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await logout(db, cookie, clientOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  /** The signed-in user as the web app needs it. */
  const describeUser = async (principal: Principal) => {
    const user = principal.user;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      installationOwner: user.isInstallationOwner === 1,
      totpEnabled: user.totpEnabled === 1,
      via: principal.via,
      // The web app reloads without the sign-in response; it reads its CSRF token here (same origin).
      ...(principal.via === "session" && { csrfToken: principal.csrfToken }),
      organizations: await membershipsOf(db, user.id),
    };
  };
  app.get(
    "/api/v1/auth/me",
    {
      config: { permission: "user" },
      schema: {
        summary: "The signed-in user and their organizations",
        response: { 200: ZSignedInUser, ...errors },
      },
    },
    async (request) => {
      if (!request.principal) throw new DomainError("UNAUTHENTICATED", "sign in first");
      return describeUser(request.principal);
    },
  );
  app.get(
    "/api/v1/auth/session",
    {
      config: { permission: "public" },
      schema: {
        summary: "The signed-in user, or null (answers 200 either way; the web app's start)",
        response: { 200: z.object({ user: ZSignedInUser.nullable() }) },
      },
    },
    async (request) => {
      const principal = await identify(db, request, sessionPolicy);
      return { user: principal ? await describeUser(principal) : null };
    },
  );

  app.post(
    "/api/v1/auth/totp/setup",
    {
      config: { permission: "user", rateLimit: perUser },
      schema: {
        summary:
          "Start two-factor enrolment or replace the secret (after re-authentication; the secret in force stays until the new one is confirmed)",
        body: z.object(ZReauth),
        response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await reauthenticate(db, principal, request.body, clientOf(request));
      return beginTotp(db, principal.user, clientOf(request));
    },
  );
  app.post(
    "/api/v1/auth/totp/enable",
    {
      config: { permission: "user", rateLimit: perUser },
      schema: {
        summary: "Confirm a code from the new secret and turn two-factor on with it",
        body: z.object({ code: z.string().max(8) }),
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.via !== "session")
        throw new DomainError("FORBIDDEN", "API tokens cannot change credentials; sign in to do this");
      await enableTotp(db, principal.user, request.body.code, clientOf(request));
      return { ok: true as const };
    },
  );
  app.delete(
    "/api/v1/auth/totp",
    {
      config: { permission: "user", rateLimit: perUser },
      schema: {
        summary: "Turn two-factor sign-in off (after re-authentication with a current code)",
        body: z.object(ZReauth),
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await reauthenticate(db, principal, request.body, clientOf(request));
      await resetTotp(db, principal.user.id, principal.user, clientOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    "/api/v1/auth/password",
    {
      config: { permission: "user", rateLimit: perUser },
      schema: {
        summary: "Change your password (with the current one); your other sessions end",
        body: z.object({ ...ZReauth, newPassword: z.string().max(256) }),
        response: { 200: z.object({ otherSessionsEnded: z.number() }), ...errors },
      },
    },
    async (request) => changePassword(db, principalOf(request), request.body, clientOf(request)),
  );

  app.get(
    "/api/v1/auth/sessions",
    {
      config: { permission: "user" },
      schema: {
        summary: "Your signed-in sessions (without their secrets); `current` is this one",
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              createdAt: z.string(),
              lastSeenAt: z.string(),
              expiresAt: z.string(),
              ip: z.string().nullable(),
              userAgent: z.string().nullable(),
              current: z.boolean(),
            }),
          ),
          ...errors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listSessions(db, principal.user.id, principal.sessionId, sessionPolicy);
    },
  );
  app.delete(
    "/api/v1/auth/sessions/:id",
    {
      config: { permission: "user" },
      schema: {
        summary: "End one of your sessions (sign out elsewhere)",
        params: z.object({ id: z.string().max(64) }),
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      await revokeSession(db, principalOf(request).user, request.params.id, clientOf(request));
      return { ok: true as const };
    },
  );

  const ZTokenInput = z.object({
    name: z.string().min(1).max(100),
    scope: z.enum(["read", "write"]).default("read"),
    /** Omitted: the installation's default term; null: never expires (an explicit choice). */
    expiresInDays: z.number().int().min(1).max(366).nullish(),
    ...ZReauth,
  });
  app.post(
    "/api/v1/tokens",
    {
      // Counted per user: the client's address is not needed, nor can it be forged to escape the limit.
      config: { permission: "user", rateLimit: perUser },
      schema: {
        summary: "Create a personal API token (shown once; after re-authentication)",
        body: ZTokenInput,
        response: { 201: ZCreatedToken, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.via === "token")
        throw new DomainError("FORBIDDEN", "API tokens cannot create tokens; sign in");
      await reauthenticate(db, principal, request.body, clientOf(request));
      const { name, scope, expiresInDays } = request.body;
      const created = await createApiToken(
        db,
        principal.user.id,
        { name, scope, expiresInDays },
        { defaultDays: tokenDefaultDays, client: clientOf(request) },
      );
      return reply.status(201).send(created);
    },
  );
  app.get(
    "/api/v1/tokens",
    {
      config: { permission: "user", rateLimit: { max: loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        summary: "Your API tokens (without secrets)",
        response: { 200: z.array(ZApiToken), ...errors },
      },
    },
    async (request) => listApiTokens(db, request.principal?.user.id ?? ""),
  );
  app.delete(
    "/api/v1/tokens/:id",
    {
      config: { permission: "user" },
      schema: {
        summary: "Revoke an API token",
        params: z.object({ id: z.string() }),
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      await revokeApiToken(db, principalOf(request).user.id, request.params.id, clientOf(request));
      return { ok: true as const };
    },
  );

  const sso = () => {
    if (!oidc) throw new DomainError("NOT_FOUND", "single sign-on is not configured on this installation");
    return oidc;
  };
  /** Binds a sign-in in progress to the browser that started it (a random value; its hash is stored). */
  const OIDC_STATE_COOKIE = "isms_oidc";
  /** Carries a sign-in past the provider to the one-time code step. */
  const OIDC_CHALLENGE_COOKIE = "isms_oidc_challenge";
  const OIDC_COOKIE_PATH = "/api/v1/auth/oidc";
  // Both single sign-on cookies are HttpOnly, SameSite=Lax (the provider's redirect back is a
  // top-level GET, which Lax lets through), short-lived and sent only to the sign-on routes.
  const ssoCookie = (minutes: number) => ({
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies,
    path: OIDC_COOKIE_PATH,
    maxAge: minutes * 60,
  });
  app.get(
    "/api/v1/auth/oidc/start",
    {
      config: { permission: "public" },
      schema: { summary: "Start single sign-on (redirects to the provider)", response: { ...errors } },
    },
    async (_request, reply) => {
      const { url, browserSecret } = await sso().start();
      // Binds the sign-in to this browser: the callback refuses a state without this cookie.
      reply.setCookie(OIDC_STATE_COOKIE, browserSecret, ssoCookie(STATE_MINUTES));
      return reply.redirect(url.href);
    },
  );
  app.get(
    "/api/v1/auth/oidc/callback",
    {
      config: { permission: "public" },
      schema: {
        summary:
          "Where the provider returns; opens a session (or asks for the one-time code) and redirects to the app",
        querystring: z.object({
          code: z.string().optional(),
          state: z.string().optional(),
          iss: z.string().optional(),
          session_state: z.string().optional(),
          error: z.string().optional(),
          error_description: z.string().optional(),
        }),
        response: { ...errors },
      },
    },
    async (request, reply) => {
      const provider = sso();
      // The callback URL is rebuilt from configuration, not from the Host header a client controls.
      const url = new URL(provider.redirectUrl);
      for (const [key, value] of Object.entries(request.query)) {
        if (value !== undefined) url.searchParams.set(key, value);
      }
      const browserSecret = request.cookies[OIDC_STATE_COOKIE];
      // The sign-in cookie serves once, whatever the outcome.
      reply.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_COOKIE_PATH });
      const outcome = await provider.finish(url, browserSecret, {
        ...clientOf(request),
        policy: sessionPolicy,
      });
      if (outcome.kind === "code") {
        reply.setCookie(OIDC_CHALLENGE_COOKIE, outcome.challenge, ssoCookie(CHALLENGE_MINUTES));
        return reply.redirect("/login?sso=code");
      }
      reply.setCookie(SESSION_COOKIE, outcome.session.secret, {
        ...cookieOptions,
        expires: new Date(outcome.session.expiresAt),
      });
      return reply.redirect("/");
    },
  );
  app.post(
    "/api/v1/auth/oidc/totp",
    {
      config: { permission: "public" },
      schema: {
        summary:
          "After single sign-on, give the one-time code of two-factor authentication; sets the session cookie",
        body: z.object({ code: z.string().max(8) }),
        response: { 200: ZSession, ...errors },
      },
    },
    async (request, reply) => {
      const session = await sso().verifyCode(request.cookies[OIDC_CHALLENGE_COOKIE], request.body.code, {
        ...clientOf(request),
        policy: sessionPolicy,
      });
      reply.clearCookie(OIDC_CHALLENGE_COOKIE, { path: OIDC_COOKIE_PATH });
      reply.setCookie(SESSION_COOKIE, session.secret, {
        ...cookieOptions,
        expires: new Date(session.expiresAt),
      });
      return {
        user: {
          id: session.user.id,
          email: session.user.email,
          name: session.user.name,
          installationOwner: session.user.isInstallationOwner === 1,
          totpEnabled: session.user.totpEnabled === 1,
        },
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );
}
