import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { ZApiToken, ZCreatedToken, ZSetupOwner, ZSignedInUser } from "../../modules/auth/auth.schema.js";
import {
  beginTotp,
  createApiToken,
  enableTotp,
  listApiTokens,
  login,
  logout,
  type Principal,
  revokeApiToken,
  SESSION_DAYS,
} from "../../modules/auth/auth.service.js";
import { countUsers, createUser, membershipsOf } from "../../modules/users/user.service.js";
import { identify, SESSION_COOKIE } from "../auth.js";
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

export async function authRoutes(app: ApiApp, { ws, secureCookies, loginRateLimit, oidc }: RouteDeps) {
  const db = ws.db;
  const cookieOptions = {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies,
    path: "/",
    maxAge: SESSION_DAYS * 86_400,
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
      config: {
        permission: "public",
        // Counted per account once the body is parsed: the client address alone can be spoofed
        // (X-Forwarded-For is trusted for deployments behind a proxy), the email cannot.
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
      const session = await login(db, request.body);
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
      if (cookie) await logout(db, cookie);
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
      const principal = await identify(db, request);
      return { user: principal ? await describeUser(principal) : null };
    },
  );

  app.post(
    "/api/v1/auth/totp/setup",
    {
      config: { permission: "user" },
      schema: {
        summary: "Start two-factor enrolment",
        response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...errors },
      },
    },
    async (request) => beginTotp(db, request.principal?.user as never),
  );
  app.post(
    "/api/v1/auth/totp/enable",
    {
      config: { permission: "user" },
      schema: {
        summary: "Confirm a code and turn two-factor on",
        body: z.object({ code: z.string() }),
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      await enableTotp(db, request.principal?.user as never, request.body.code);
      return { ok: true as const };
    },
  );

  const ZTokenInput = z.object({
    name: z.string().min(1).max(100),
    scope: z.enum(["read", "write"]).default("read"),
    expiresInDays: z.number().int().min(1).max(366).nullish(),
  });
  app.post(
    "/api/v1/tokens",
    {
      config: { permission: "user", rateLimit: { max: loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        summary: "Create a personal API token (shown once)",
        body: ZTokenInput,
        response: { 201: ZCreatedToken, ...errors },
      },
    },
    async (request, reply) => {
      if (request.principal?.via === "token")
        throw new DomainError("FORBIDDEN", "API tokens cannot create tokens; sign in");
      return reply.status(201).send(await createApiToken(db, request.principal?.user.id ?? "", request.body));
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
      await revokeApiToken(db, request.principal?.user.id ?? "", request.params.id);
      return { ok: true as const };
    },
  );

  const sso = () => {
    if (!oidc) throw new DomainError("NOT_FOUND", "single sign-on is not configured on this installation");
    return oidc;
  };
  app.get(
    "/api/v1/auth/oidc/start",
    {
      config: { permission: "public" },
      schema: { summary: "Start single sign-on (redirects to the provider)", response: { ...errors } },
    },
    async (_request, reply) => reply.redirect((await sso().start()).href),
  );
  app.get(
    "/api/v1/auth/oidc/callback",
    {
      config: { permission: "public" },
      schema: {
        summary: "Where the provider returns; opens a session and redirects to the app",
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
      const session = await provider.finish(url);
      reply.setCookie(SESSION_COOKIE, session.secret, {
        ...cookieOptions,
        expires: new Date(session.expiresAt),
      });
      return reply.redirect("/");
    },
  );
}
