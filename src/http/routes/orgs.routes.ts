import { z } from "zod";
import { ZAuditEvent, ZChainVerdict } from "../../modules/audit-trail/audit-trail.schema.js";
import { listAuditEvents, verifyAuditChain } from "../../modules/audit-trail/audit-trail.service.js";
import { ZReadiness } from "../../modules/management/management.schema.js";
import { readiness } from "../../modules/management/readiness.service.js";
import { createOrganization, listMembers } from "../../modules/orgs/org.service.js";
import { addMember, removeMember } from "../../modules/users/membership.service.js";
import { membershipsOf, ROLES } from "../../modules/users/user.service.js";
import { actorOf, orgOf } from "../auth.js";
import { allows, ORG_PERMISSIONS } from "../permissions.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZOrg = z.object({ id: z.string(), slug: z.string(), name: z.string(), role: z.string() });
const ZMember = z.object({
  email: z.string(),
  name: z.string(),
  role: z.string(),
  title: z.string().nullable().describe("Job title: records naming it as owner reach this person"),
});

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
      schema: { summary: "Members and roles", params: ZSlug, response: { 200: z.array(ZMember), ...errors } },
    },
    async (request) => listMembers(db, orgOf(request).id),
  );
  app.put(
    "/api/v1/orgs/:slug/members",
    {
      config: { permission: "member:manage" },
      schema: {
        summary: "Give a user a role",
        params: ZSlug,
        body: z.object({
          email: z.string(),
          role: z.enum(ROLES),
          title: z.string().max(200).nullable().optional().describe("Job title; omitted leaves it as it is"),
        }),
        response: { 200: z.object({ email: z.string(), role: z.string() }), ...errors },
      },
    },
    async (request) => {
      const org = orgOf(request);
      // Only owners grant or take away the owner role; the last owner stays (409).
      await addMember(db, actorOf(request), {
        orgSlug: org.slug,
        email: request.body.email,
        role: request.body.role,
        title: request.body.title,
        by: { userId: actorOf(request), role: org.role },
        ip: request.ip,
      });
      return { email: request.body.email, role: request.body.role };
    },
  );
  app.delete(
    "/api/v1/orgs/:slug/members/:email",
    {
      config: { permission: "member:manage" },
      schema: {
        summary: "Take a user out of the organization (never its last owner)",
        params: ZSlug.extend({ email: z.string().min(3).max(254) }),
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (request) => {
      const org = orgOf(request);
      await removeMember(db, actorOf(request), {
        orgSlug: org.slug,
        email: request.params.email,
        by: { userId: actorOf(request), role: org.role },
        ip: request.ip,
      });
      return { ok: true as const };
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
        response: { 200: z.array(ZAuditEvent), ...errors },
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
        response: { 200: ZChainVerdict, ...errors },
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
        response: { 200: ZReadiness, ...errors },
      },
    },
    async (request, reply) => reads.send(request, reply, (view) => readiness(view.db, view.scope.orgId)),
  );
}
