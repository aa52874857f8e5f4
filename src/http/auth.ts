/**
 * Who is calling and what they may do, checked before any handler runs: the session cookie or a
 * bearer token identifies the user; cookie-authenticated writes must carry the CSRF token; the
 * route's declared permission is checked against the caller's role in the organization named by
 * the URL. Another organization's URL answers 404, as if it did not exist.
 */
import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import { DomainError, notFound } from "../domain/errors.js";
import {
  DEFAULT_SESSION_POLICY,
  type Principal,
  type SessionPolicy,
  sessionPrincipal,
  tokenPrincipal,
} from "../modules/auth/auth.service.js";
import { findMembership } from "../modules/orgs/org.service.js";
import { type Db, type OrgScope, orgScope } from "../modules/scope.js";
import type { Role } from "../modules/users/user.service.js";
import { allows, isOrgPermission, type OrgPermission, type RoutePermission } from "./permissions.js";

export const SESSION_COOKIE = "isms_session";
export const CSRF_HEADER = "x-csrf-token";

export interface OrgContext {
  id: string;
  slug: string;
  name: string;
  role: Role;
  /** The organization's audit-chain head when the request was authorized (its state's name). */
  head: string;
  /** The head's sequence number (0 before the first event). */
  headSeq: number;
}

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
    orgContext?: OrgContext;
    /** The organization scope of an org route, built once here for every service the route calls. */
    orgScope?: OrgScope;
  }
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The caller's session or API token, if any (routes with permission `public` are not identified). */
export async function identify(
  db: Db,
  request: FastifyRequest,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  orgSlug?: string,
): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return tokenPrincipal(db, header.slice("Bearer ".length).trim());
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? sessionPrincipal(db, cookie, policy, orgSlug) : undefined;
}

/**
 * The onRequest hook that authenticates and authorizes every request. Sessions end after the
 * policy's idle time or maximum age. A read-scope API token may only read: every method other
 * than GET and HEAD is refused for it, whatever permission the route declares.
 */
export function authorize(db: Db, policy: SessionPolicy = DEFAULT_SESSION_POLICY) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined || permission === "public") return;
    // On an organization's route the session and the membership come in one query.
    const slug = isOrgPermission(permission) ? (request.params as { slug?: string }).slug : undefined;
    const principal = await identify(db, request, policy, slug);
    if (!principal)
      throw new DomainError(
        "UNAUTHENTICATED",
        "sign in, or send an API token as Authorization: Bearer <token>",
      );
    request.principal = principal;
    if (principal.via === "session" && !SAFE_METHODS.has(request.method)) {
      // Double-submit check: a cross-site form cannot read the session's CSRF token.
      if (request.headers[CSRF_HEADER] !== principal.csrfToken) {
        throw new DomainError(
          "FORBIDDEN",
          `cookie-authenticated writes need the ${CSRF_HEADER} header from the sign-in response`,
        );
      }
    }
    if (principal.scope === "read" && !SAFE_METHODS.has(request.method))
      throw new DomainError("FORBIDDEN", "this API token is read-only");
    if (permission === "user") return;
    if (permission === "installation:owner") {
      if (!principal.user.isInstallationOwner)
        throw new DomainError("FORBIDDEN", "only the installation owner may do this");
      return;
    }
    if (isOrgPermission(permission)) {
      const org = await orgAccess(db, request, principal, permission);
      request.orgContext = org;
      request.orgScope = orgScope(db, org.id, principal.user.id);
    }
  };
}

async function orgAccess(
  db: Db,
  request: FastifyRequest,
  principal: Principal,
  permission: OrgPermission,
): Promise<OrgContext> {
  const slug = (request.params as { slug?: string }).slug;
  if (!slug) throw new Error(`route ${request.routeOptions.url} declares ${permission} but has no :slug`);
  const row =
    principal.membership !== undefined
      ? (principal.membership ?? undefined)
      : await findMembership(db, slug, principal.user.id);
  if (!row) throw notFound(`organization "${slug}"`);
  const role = row.role as Role;
  if (!allows(role, permission, principal.scope)) {
    const why =
      principal.scope === "read" && permission !== "org:read"
        ? "this API token is read-only"
        : `the ${role} role may not do this (${permission})`;
    throw new DomainError("FORBIDDEN", why);
  }
  return { id: row.id, slug: row.slug, name: row.name, role, head: row.head, headSeq: row.headSeq };
}

/** The organization of an org route (set by `authorize`). */
/** The client as security events and acknowledgements record it (its address after the proxy trust). */
export const clientOf = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: request.headers["user-agent"],
});

export function orgOf(request: FastifyRequest): OrgContext {
  if (!request.orgContext) throw new Error("orgOf() used on a route without an organization permission");
  return request.orgContext;
}

/** The organization scope of an org route (built by `authorize`): services take it. */
export function scopeOf(request: FastifyRequest): OrgScope {
  if (!request.orgScope) throw new Error("scopeOf() used on a route without an organization permission");
  return request.orgScope;
}

/** The signed-in user's id, recorded as the actor of writes. */
export function actorOf(request: FastifyRequest): string {
  if (!request.principal) throw new Error("actorOf() used on a public route");
  return request.principal.user.id;
}

/** The version an If-Match header names (`"3"` or `W/"3"`); writes to versioned resources need it. */
export function ifMatchVersion(request: FastifyRequest): number {
  const header = request.headers["if-match"];
  if (!header)
    throw new DomainError(
      "PRECONDITION_REQUIRED",
      "send If-Match with the ETag you read, so a newer change is never overwritten",
    );
  const match = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!match)
    throw new DomainError("PRECONDITION_FAILED", `If-Match ${header} is not an ETag of this resource`);
  return Number(match[1]);
}

export const etag = (version: number) => `"${version}"`;
