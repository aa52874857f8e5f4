/**
 * The permission catalogue: what each role may do in an organization. Every route declares the
 * permission it needs (in its `config.permission`); the app refuses to start with a route that
 * declares none, and checks the caller's role on every request.
 */
import type { Role } from "../modules/users/user.service.js";

export const ORG_PERMISSIONS = [
  "org:read",
  "risk:write",
  "soa:write",
  "evidence:write",
  "context:write",
  "audit:write",
  "review:write",
  "nc:write",
  "member:manage",
  // Policies: writing, sending for review, approving (with re-authentication) and publishing…
  "policy:write",
  // …and what everyone asked does: commenting in review and acknowledging.
  "policy:respond",
  // Suppliers, incidents and legal requirements: writing the registers…
  "operations:write",
  // …and reporting an event, which anyone in the organization may do.
  "incident:report",
] as const;
export type OrgPermission = (typeof ORG_PERMISSIONS)[number];

/**
 * Route access outside organizations: `public` (no sign-in), `user` (any signed-in user),
 * `installation:owner` (the installation owner only).
 */
export type RoutePermission = OrgPermission | "public" | "user" | "installation:owner";

const ALL: readonly OrgPermission[] = ORG_PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<OrgPermission>> = {
  owner: new Set(ALL),
  admin: new Set(ALL),
  editor: new Set([
    "org:read",
    "risk:write",
    "soa:write",
    "evidence:write",
    "context:write",
    "review:write",
    "nc:write",
    "policy:write",
    "policy:respond",
    "operations:write",
    "incident:report",
  ]),
  // Auditors read everything and record audit findings; they change neither the SoA nor risks.
  auditor: new Set(["org:read", "audit:write", "policy:respond", "incident:report"]),
  viewer: new Set(["org:read", "policy:respond", "incident:report"]),
};

export const isOrgPermission = (p: RoutePermission): p is OrgPermission =>
  (ORG_PERMISSIONS as readonly string[]).includes(p);

/** Whether a role may do something; write permissions also need a token with write scope. */
export function allows(role: Role, permission: OrgPermission, tokenScope?: "read" | "write"): boolean {
  if (!ROLE_PERMISSIONS[role].has(permission)) return false;
  return permission === "org:read" || tokenScope !== "read";
}

/** What the caller may do with an object, so the UI can hide what it cannot. */
export function abilities(role: Role, write: OrgPermission, tokenScope?: "read" | "write") {
  const can = allows(role, write, tokenScope);
  return { update: can, delete: can };
}
