import { z } from "zod";
import { listAuditEvents, verifyAuditChain } from "../../modules/audit-trail/audit-trail.service.js";
import { readiness } from "../../modules/management/readiness.service.js";
import { createOrganization } from "../../modules/orgs/org.service.js";
import { addMember, membershipsOf, ROLES } from "../../modules/users/user.service.js";
import { actorOf, orgOf } from "../auth.js";
import { allows, ORG_PERMISSIONS } from "../permissions.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";

const ZOrg = z.object({ id: z.string(), slug: z.string(), name: z.string(), role: z.string() });

export async function orgRoutes(app: ApiApp, { ws, reads }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/orgs",
    {
      config: { permission: "user" },
      schema: { summary: "Your organizations", response: { 200: z.array(ZOrg), ...errors } },
    },
    async (request) =>
      (await membershipsOf(db, request.principal?.user.id ?? "")).map((m) => ({
        id: m.orgId,
        slug: m.slug,
        name: m.name,
        role: m.role,
      })),
  );
  app.post(
    "/api/v1/orgs",
    {
      config: { permission: "installation:owner" },
      schema: {
        summary: "Create an organization; its creator becomes its owner",
        body: z.object({ slug: z.string(), name: z.string() }),
        response: { 201: ZOrg, ...errors },
      },
    },
    async (request, reply) => {
      const org = await createOrganization(db, actorOf(request), request.body);
      const user = request.principal?.user;
      if (user)
        await addMember(db, actorOf(request), { orgSlug: org.slug, email: user.email, role: "owner" });
      return reply.status(201).send({ id: org.id, slug: org.slug, name: org.name, role: "owner" });
    },
  );
  app.get(
    "/api/v1/orgs/:slug",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "One organization and your role in it",
        params: ZSlug,
        response: { 200: ZOrg.extend({ permissions: z.array(z.string()) }), ...errors },
      },
    },
    async (request) => {
      const org = orgOf(request);
      const permissions = ORG_PERMISSIONS.filter((p) => allows(org.role, p, request.principal?.scope));
      return { id: org.id, slug: org.slug, name: org.name, role: org.role, permissions };
    },
  );

  app.get(
    "/api/v1/orgs/:slug/members",
    {
      config: { permission: "org:read" },
      schema: { summary: "Members and roles", params: ZSlug, response: { 200: z.array(ZObject), ...errors } },
    },
    async (request) =>
      db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.userId")
        .select(["users.email", "users.name", "memberships.role"])
        .where("memberships.orgId", "=", orgOf(request).id)
        .orderBy("users.email")
        .execute(),
  );
  app.put(
    "/api/v1/orgs/:slug/members",
    {
      config: { permission: "member:manage" },
      schema: {
        summary: "Give a user a role",
        params: ZSlug,
        body: z.object({ email: z.string(), role: z.enum(ROLES) }),
        response: { 200: z.object({ email: z.string(), role: z.string() }), ...errors },
      },
    },
    async (request) => {
      const org = orgOf(request);
      if (request.body.role === "owner" && org.role !== "owner") {
        const { DomainError } = await import("../../domain/errors.js");
        throw new DomainError("FORBIDDEN", "only an owner can make another owner");
      }
      await addMember(db, actorOf(request), {
        orgSlug: org.slug,
        email: request.body.email,
        role: request.body.role,
      });
      return { email: request.body.email, role: request.body.role };
    },
  );
  app.get(
    "/api/v1/orgs/:slug/audit-trail",
    {
      config: { permission: "org:read" },
      schema: {
        summary:
          "The organization's audit trail, newest first (filter by entity or control; page with before)",
        params: ZSlug,
        querystring: z.object({
          entityType: z.string().max(60).optional(),
          entityId: z.string().max(60).optional(),
          controlId: z.string().max(10).optional(),
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => listAuditEvents(db, orgOf(request).id, request.query),
  );
  app.get(
    "/api/v1/orgs/:slug/audit-trail/verify",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Verify the organization's hash-chained audit trail",
        params: ZSlug,
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) => verifyAuditChain(db, orgOf(request).id),
  );
  app.get(
    "/api/v1/orgs/:slug/readiness",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Certification readiness per clause, Annex A per theme, blockers",
        params: ZSlug,
        response: { 200: ZObject, ...errors },
      },
    },
    async (request, reply) => reads.send(request, reply, () => readiness(db, orgOf(request).id)),
  );
}
