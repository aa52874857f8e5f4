import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  ZSoa,
  ZSoaApproval,
  ZSoaApprove,
  ZSoaDiff,
  ZSoaEntry,
  ZSoaLint,
  ZSoaPatch,
  ZSoaReadiness,
  ZSoaVersion,
} from "../../modules/soa/soa.schema.js";
import {
  diffSoa,
  getSoa,
  getSoaEntry,
  lint,
  type SoaEntryView,
  soaReadiness,
  updateSoaEntry,
} from "../../modules/soa/soa.service.js";
import { approveSoa, listVersions } from "../../modules/soa/soa-approval.service.js";
import { etag, ifMatchVersion, orgOf, scopeOf } from "../auth.js";
import { abilities } from "../permissions.js";
import { JsonPieces, KeptJson } from "../read-cache.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZControl = ZSlug.extend({ controlId: z.string().min(1).max(10) });

const present = (request: FastifyRequest, entry: SoaEntryView) => {
  const { id: _id, ...rest } = entry;
  return {
    ...rest,
    abilities: { ...abilities(orgOf(request).role, "soa:write", request.principal?.scope), delete: false },
  };
};

/** Entries' JSON, kept with the entries (they are kept while unchanged: soa-entry-view.ts). */
const entryTexts = new KeptJson(present);

export async function soaRoutes(app: ApiApp, { reads }: RouteDeps) {
  app.get(
    "/api/v1/orgs/:slug/soa",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The 93 SoA entries",
        params: ZSlug,
        response: { 200: ZSoa, ...errors },
      },
    },
    async (request, reply) =>
      reads.send(request, reply, async (view) => {
        const state = await getSoa(view.scope);
        const pieces = [
          `{"latestVersion":${JSON.stringify(state.latestVersion)},"changedSinceLatest":${state.changedSinceLatest},"entries":`,
          ...entryTexts.array(request, state.entries),
          "}",
        ];
        return new JsonPieces(pieces);
      }),
  );
  // One URL per entry: GET answers it with its ETag, PATCH of the same URL records a decision.
  const getEntry = {
    config: { permission: "org:read" as const },
    schema: {
      summary: "One SoA entry (ETag for If-Match)",
      params: ZControl,
      response: { 200: ZSoaEntry, ...errors },
    },
  };
  const answerEntry = async (
    request: FastifyRequest<{ Params: z.infer<typeof ZControl> }>,
    reply: import("fastify").FastifyReply,
  ) => {
    const entry = await getSoaEntry(scopeOf(request), request.params.controlId);
    return reply.header("ETag", etag(entry.version)).send(present(request, entry));
  };
  app.get("/api/v1/orgs/:slug/soa/:controlId", getEntry, answerEntry);
  app.get(
    "/api/v1/orgs/:slug/soa/entries/:controlId",
    { ...getEntry, schema: { ...getEntry.schema, summary: "One SoA entry (alias of /soa/{controlId})" } },
    answerEntry,
  );
  app.patch(
    "/api/v1/orgs/:slug/soa/:controlId",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Record a decision; needs If-Match",
        params: ZControl,
        body: ZSoaPatch,
        response: { 200: ZSoaEntry, 412: errors[400], 428: errors[400], ...errors },
      },
    },
    async (request, reply) => {
      const version = ifMatchVersion(request);
      const entry = await updateSoaEntry(scopeOf(request), request.params.controlId, version, request.body);
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
        response: { 200: ZSoaLint, ...errors },
      },
    },
    async (request) => ({ problems: await lint(scopeOf(request)) }),
  );
  app.post(
    "/api/v1/orgs/:slug/soa/approve",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Approve the SoA as the next immutable version",
        params: ZSlug,
        body: ZSoaApprove,
        response: { 201: ZSoaApproval, ...errors },
      },
    },
    async (request, reply) => {
      const user = request.principal?.user;
      const signedIn = user?.name ?? user?.email ?? "unknown";
      const { approvedBy, ...rest } = request.body;
      return reply.status(201).send(
        await approveSoa(scopeOf(request), {
          ...rest,
          approvedBy: approvedBy?.trim() || signedIn,
          recordedBy: signedIn,
        }),
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
        response: { 200: z.array(ZSoaVersion), ...errors },
      },
    },
    async (request) => listVersions(scopeOf(request)),
  );
  app.get(
    "/api/v1/orgs/:slug/soa/diff",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Changes between versions (or a version and current)",
        params: ZSlug,
        querystring: z.object({ from: z.string(), to: z.string().default("current") }),
        response: { 200: ZSoaDiff, ...errors },
      },
    },
    async (request) => ({
      from: request.query.from,
      to: request.query.to,
      controls: await diffSoa(scopeOf(request), request.query.from, request.query.to),
    }),
  );
  app.get(
    "/api/v1/orgs/:slug/soa/readiness",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Annex A readiness per theme",
        params: ZSlug,
        response: { 200: ZSoaReadiness, ...errors },
      },
    },
    async (request) => soaReadiness(scopeOf(request)),
  );
}
