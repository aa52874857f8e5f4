import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { OrgReader } from "../../db/store.js";
import {
  approveSoa,
  diffSoa,
  getSoa,
  lint,
  listVersions,
  loadSoaEntry,
  type SoaEntryView,
  soaReadiness,
  updateSoaEntry,
} from "../../modules/soa/soa.service.js";
import { actorOf, etag, ifMatchVersion, orgOf, preconditioned } from "../auth.js";
import { abilities } from "../permissions.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";

const ZControl = ZSlug.extend({ controlId: z.string().min(1).max(10) });
const ZEntry = z
  .object({
    controlId: z.string(),
    title: z.string(),
    applicable: z.boolean().nullable(),
    reasons: z.array(z.string()),
    justification: z.string().nullable(),
    status: z.string(),
    owner: z.string().nullable(),
    risks: z.array(z.string()),
    evidence: z.number(),
    purpose: z.string(),
    version: z.number(),
    abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
  })
  .catchall(z.unknown());
const ZPatch = z.object({
  applicable: z.boolean().nullable().optional(),
  reasons: z.array(z.enum(["legal", "contractual", "business"])).optional(),
  justification: z.string().max(4000).nullable().optional(),
  status: z.enum(["not_started", "planned", "partial", "implemented", "not_applicable"]).optional(),
  notes: z.string().max(20000).nullable().optional(),
  owner: z.string().max(200).nullable().optional(),
  nextReviewOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
});

const present = (request: FastifyRequest, entry: SoaEntryView) => {
  const { id: _id, ...rest } = entry;
  return {
    ...rest,
    abilities: { ...abilities(orgOf(request).role, "soa:write", request.principal?.scope), delete: false },
  };
};

export async function soaRoutes(app: ApiApp, { ws, reads }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/orgs/:slug/soa",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The 93 SoA entries",
        params: ZSlug,
        response: {
          200: z.object({
            latestVersion: z.number().nullable(),
            changedSinceLatest: z.boolean(),
            entries: z.array(ZEntry),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) =>
      reads.send(request, reply, async () => {
        const state = await getSoa(db, orgOf(request).id);
        return {
          latestVersion: state.latestVersion,
          changedSinceLatest: state.changedSinceLatest,
          entries: state.entries.map((e) => present(request, e)),
        };
      }),
  );
  app.get(
    "/api/v1/orgs/:slug/soa/entries/:controlId",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "One SoA entry (ETag for If-Match)",
        params: ZControl,
        response: { 200: ZEntry, ...errors },
      },
    },
    async (request, reply) => {
      const entry = await loadSoaEntry(
        new OrgReader(db, orgOf(request).id),
        request.params.controlId.replace(/^A\./i, ""),
      );
      return reply.header("ETag", etag(entry.version)).send(present(request, entry));
    },
  );
  app.patch(
    "/api/v1/orgs/:slug/soa/:controlId",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Record a decision; needs If-Match",
        params: ZControl,
        body: ZPatch,
        response: { 200: ZEntry, 412: errors[400], 428: errors[400], ...errors },
      },
    },
    async (request, reply) => {
      const version = ifMatchVersion(request);
      const entry = await preconditioned(() =>
        updateSoaEntry(
          db,
          orgOf(request).id,
          actorOf(request),
          request.params.controlId,
          version,
          request.body,
        ),
      );
      return reply.header("ETag", etag(entry.version)).send(present(request, entry));
    },
  );
  app.get(
    "/api/v1/orgs/:slug/soa/lint",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "SoA problems that would hurt at audit",
        params: ZSlug,
        response: {
          200: z.object({
            problems: z.array(
              z.object({ controlId: z.string().optional(), code: z.string(), message: z.string() }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => ({
      problems: await lint(db, orgOf(request).id),
    }),
  );
  app.post(
    "/api/v1/orgs/:slug/soa/approve",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Approve the SoA as the next immutable version",
        params: ZSlug,
        body: z.object({ note: z.string().max(2000).optional() }).default({}),
        response: { 201: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      const user = request.principal?.user;
      return reply
        .status(201)
        .send(
          await approveSoa(
            db,
            orgOf(request).id,
            actorOf(request),
            user?.name ?? user?.email ?? "unknown",
            request.body.note,
          ),
        );
    },
  );
  app.get(
    "/api/v1/orgs/:slug/soa/versions",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Approved SoA versions",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => listVersions(db, orgOf(request).id),
  );
  app.get(
    "/api/v1/orgs/:slug/soa/diff",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Changes between versions (or a version and current)",
        params: ZSlug,
        querystring: z.object({ from: z.string(), to: z.string().default("current") }),
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) => ({
      from: request.query.from,
      to: request.query.to,
      controls: await diffSoa(db, orgOf(request).id, request.query.from, request.query.to),
    }),
  );
  app.get(
    "/api/v1/orgs/:slug/soa/readiness",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Annex A readiness per theme",
        params: ZSlug,
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) => soaReadiness(db, orgOf(request).id),
  );
}
