/**
 * Who is calling and what they may do, checked before any handler runs: the session cookie or a
 * bearer token identifies the user; cookie-authenticated writes must carry the CSRF token; the
 * route's declared permission is checked against the caller's role in the organization named by
 * the URL. Another organization's URL answers 404, as if it did not exist.
 */
import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { DomainError, notFound } from "../domain/errors.js";
import { type Principal, sessionPrincipal, tokenPrincipal } from "../modules/auth/auth.service.js";
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
}

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
    orgContext?: OrgContext;
  }
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The caller's session or API token, if any (routes with permission `public` are not identified). */
export async function identify(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return tokenPrincipal(db, header.slice("Bearer ".length).trim());
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? sessionPrincipal(db, cookie) : undefined;
}

/** The onRequest hook that authenticates and authorizes every request. */
export function authorize(db: Kysely<Database>) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined || permission === "public") return;
    const principal = await identify(db, request);
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
    if (permission === "user") return;
    if (permission === "installation:owner") {
      if (!principal.user.isInstallationOwner)
        throw new DomainError("FORBIDDEN", "only the installation owner may do this");
      if (principal.scope === "read" && !SAFE_METHODS.has(request.method))
        throw new DomainError("FORBIDDEN", "this API token is read-only");
      return;
    }
    if (isOrgPermission(permission)) request.orgContext = await orgAccess(db, request, principal, permission);
  };
}

async function orgAccess(
  db: Kysely<Database>,
  request: FastifyRequest,
  principal: Principal,
  permission: OrgPermission,
): Promise<OrgContext> {
  const slug = (request.params as { slug?: string }).slug;
  if (!slug) throw new Error(`route ${request.routeOptions.url} declares ${permission} but has no :slug`);
  const row = await db
    .selectFrom("organizations")
    .innerJoin("memberships", "memberships.orgId", "organizations.id")
    .leftJoin("chainHeads", "chainHeads.chainId", "organizations.id")
    .select([
      "organizations.id",
      "organizations.slug",
      "organizations.name",
      "memberships.role",
      "chainHeads.hash as head",
    ])
    .where("organizations.slug", "=", slug)
    .where("memberships.userId", "=", principal.user.id)
    .executeTakeFirst();
  if (!row) throw notFound(`organization "${slug}"`);
  const role = row.role as Role;
  if (!allows(role, permission, principal.scope)) {
    const why =
      principal.scope === "read" && permission !== "org:read"
        ? "this API token is read-only"
        : `the ${role} role may not do this (${permission})`;
    throw new DomainError("FORBIDDEN", why);
  }
  return { id: row.id, slug: row.slug, name: row.name, role, head: row.head ?? "" };
}

/** The organization of an org route (set by `authorize`). */
export function orgOf(request: FastifyRequest): OrgContext {
  if (!request.orgContext) throw new Error("orgOf() used on a route without an organization permission");
  return request.orgContext;
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

/**
 * Runs a write made with an If-Match version: a version conflict the service finds (a stale
 * If-Match, or a race with another writer) answers 412 Precondition Failed.
 */
export async function preconditioned<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof DomainError &&
      error.code === "CONFLICT" &&
      /version|changed meanwhile/.test(error.message)
    ) {
      throw new DomainError("PRECONDITION_FAILED", error.message);
    }
    throw error;
  }
}
