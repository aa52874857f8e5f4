/**
 * Assembles the Fastify app: the JSON API under /api/v1 with zod schemas and OpenAPI, problem+json
 * errors, authentication and the permission catalogue, security headers, limits and health checks.
 * The app keeps no state of its own: sessions, tokens and data live in the database.
 */
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { TrustProxy } from "../config.js";
import type { LlmSettings } from "../copilot/llm.js";
import { DomainError } from "../domain/errors.js";
import {
  DEFAULT_SESSION_POLICY,
  DEFAULT_TOKEN_DAYS,
  type SessionPolicy,
} from "../modules/auth/auth.service.js";
import type { OidcSignIn } from "../modules/auth/oidc.service.js";
import type { Mailer } from "../modules/mail/mailer.js";
import type { Workspace } from "../modules/workspace.js";
import { authorize } from "./auth.js";
import type { RoutePermission } from "./permissions.js";
import { errorHandler } from "./problem.js";
import { ReadCache } from "./read-cache.js";
import { registerRoutes } from "./routes/index.js";
import { registerWebApp } from "./web.js";

export interface AppOptions {
  ws: Workspace;
  /** pino level, or false for no logs (tests). */
  logLevel?: string | false;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** Sign-in attempts allowed per account (email) and minute. */
  loginRateLimit?: number;
  /** Sign-in attempts allowed per client address and minute (default 5 × loginRateLimit). */
  loginClientRateLimit?: number;
  /** Proxies believed about the client's address (default none: the TCP peer is the client). */
  trustProxy?: TrustProxy;
  /** Idle and absolute session lifetimes (default 60 minutes idle, 168 hours at most). */
  sessionPolicy?: SessionPolicy;
  /** Term of API tokens created without one, in days (default 90). */
  tokenDefaultDays?: number;
  /** Largest evidence upload, in bytes (default 50 MB). */
  maxUploadBytes?: number;
  /** Single sign-on with OpenID Connect, when configured. */
  oidc?: OidcSignIn;
  /** The copilot's language model, when configured. */
  llm?: LlmSettings;
  /** Sends acknowledgement requests by e-mail, when mail is set up. */
  mailer?: Mailer;
  /** The address people open the app at, for links in e-mails (default http://127.0.0.1:3000). */
  publicUrl?: string;
  /** The built web app's folder (default dist/web). */
  webRoot?: string;
  /** Where logs go (default standard output). */
  logStream?: { write(line: string): void };
}

export type App = FastifyInstance;

export interface RouteInfo {
  method: string;
  url: string;
  permission: RoutePermission;
  hasBody: boolean;
}

/**
 * Where a parsed input (text, or JSON made of objects and arrays) holds a NUL character: the dotted
 * path of the first such value or key below `root`, or undefined when there is none.
 */
function nulPath(value: unknown, root: string): string | undefined {
  // A loop over a stack, not recursion: a body nested 100,000 levels deep must not overflow it.
  // Each entry links to its parent, so the path is spelled out only for the value that has a NUL.
  type Entry = { value: unknown; key: string; parent?: Entry };
  const pathOf = (entry: Entry): string => {
    const keys: string[] = [];
    for (let e: Entry | undefined = entry; e; e = e.parent) keys.push(e.key);
    return keys.reverse().join(".");
  };
  const pending: Entry[] = [{ value, key: root }];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const next = entry.value;
    if (typeof next === "string") {
      if (next.includes("\u0000")) return pathOf(entry);
    } else if (next !== null && typeof next === "object" && !Buffer.isBuffer(next)) {
      for (const [key, inner] of Object.entries(next)) {
        if (key.includes("\u0000")) return pathOf(entry);
        pending.push({ value: inner, key, parent: entry });
      }
    }
  }
  return undefined;
}

const ROUTE_TABLES = new WeakMap<FastifyInstance, RouteInfo[]>();

const READ_CACHES = new WeakMap<FastifyInstance, ReadCache>();

/** The app's cache of derived views (tests and benchmarks read its counts). */
export function readCacheOf(app: FastifyInstance): ReadCache | undefined {
  return READ_CACHES.get(app);
}

/** Every API route with the permission it declares (the authorization-matrix test walks these). */
export function routeTable(app: FastifyInstance): RouteInfo[] {
  return ROUTE_TABLES.get(app) ?? [];
}

/** Every route under the API must say what permission it needs; this fails start-up when one does not. */
function requireDeclaredPermissions(app: FastifyInstance): void {
  const table: RouteInfo[] = [];
  ROUTE_TABLES.set(app, table);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/v1")) return;
    const permission = (route.config as { permission?: RoutePermission } | undefined)?.permission;
    if (!permission) throw new Error(`route ${route.method} ${route.url} declares no permission`);
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      table.push({ method, url: route.url, permission, hasBody: !!route.schema?.body });
    }
  });
}

/**
 * A request as logged: the single sign-on callback's `code` and `state` (and any query parameter so
 * named) are hidden, since while they are fresh they are credentials.
 */
function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.replace(/([?&](?:code|state|session_state)=)[^&#]*/gi, "$1[Redacted]"),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Fastify's form of the proxy trust: a hop count becomes "the first N hops". */
function proxyTrust(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== "number") return trust;
  return (_address, hop) => hop < trust;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger:
      options.logLevel === false
        ? false
        : {
            level: options.logLevel ?? "info",
            ...(options.logStream && { stream: options.logStream }),
            // Credentials never reach the logs, whatever a serializer includes.
            redact: [
              "req.headers.authorization",
              "req.headers.cookie",
              "res.headers['set-cookie']",
              "*.password",
              "*.token",
              "*.code",
              "*.currentPassword",
              "*.newPassword",
            ],
            serializers: { req: requestForLog },
          },
    bodyLimit: 1024 * 1024,
    // A "__proto__" or "constructor.prototype" key in a JSON body is dropped (never merged into an
    // object's prototype), so the body is validated like any other and its wrong fields are named.
    onProtoPoisoning: "remove",
    onConstructorPoisoning: "remove",
    trustProxy: proxyTrust(options.trustProxy ?? false),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  requireDeclaredPermissions(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "ISMS Copilot API",
        version: "1",
        description: "ISO/IEC 27001:2022 workbench: risks, SoA, evidence, clauses 4–10.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "isms_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The API reference page and its assets get a policy of their own: scripts and styles from this
  // origin only (swagger-ui sets inline style attributes), nothing loaded from elsewhere, no framing.
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    uiConfig: { validatorUrl: null },
    staticCSP: [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
  });

  app.addHook("onRequest", authorize(options.ws.db, options.sessionPolicy));
  // PostgreSQL cannot hold the NUL character in text, so it is refused in every input, on every
  // engine alike, before it reaches a query (where it failed as a 500).
  app.addHook("preValidation", async (request) => {
    for (const [part, value] of [
      ["params", request.params],
      ["querystring", request.query],
      ["body", request.body],
    ] as const) {
      const path = nulPath(value, part);
      if (path)
        throw new DomainError("VALIDATION", `${path} contains a NUL character, which text cannot hold`, [
          { path, message: "contains a NUL character" },
        ]);
    }
  });
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("Cross-Origin-Opener-Policy", "same-origin");
    reply.header("Cross-Origin-Resource-Policy", "same-origin");
    if (options.secureCookies)
      reply.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (request.url.startsWith("/api/v1")) {
      reply.header("Cache-Control", "no-store");
      reply.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    return payload;
  });

  const reads = new ReadCache(options.ws.db);
  READ_CACHES.set(app, reads);
  await registerRoutes(app, {
    ws: options.ws,
    secureCookies: options.secureCookies === true,
    loginRateLimit: options.loginRateLimit ?? 10,
    loginClientRateLimit: options.loginClientRateLimit ?? 5 * (options.loginRateLimit ?? 10),
    sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
    tokenDefaultDays: options.tokenDefaultDays ?? DEFAULT_TOKEN_DAYS,
    maxUploadBytes: options.maxUploadBytes ?? 50 * 1024 * 1024,
    oidc: options.oidc,
    ...(options.llm && { llm: options.llm }),
    ...(options.mailer && { mailer: options.mailer }),
    publicUrl: options.publicUrl ?? "http://127.0.0.1:3000",
    reads,
  });
  await registerWebApp(app, options.webRoot);
  await app.ready();
  return app;
}
