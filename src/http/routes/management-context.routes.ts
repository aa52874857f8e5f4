/**
 * Maintaining the context (4.1, 4.2): edit and delete issues and interested parties, mark a
 * requirement addressed and by what, and record the climate-change determination.
 */
import { z } from "zod";
import {
  ZClimateScope,
  ZContextIssueUpdated,
  ZInterestedPartyUpdated,
} from "../../modules/management/context.schema.js";
import {
  deleteContextIssue,
  deleteInterestedParty,
  recordClimateDetermination,
  setRequirementAddressed,
  updateContextIssue,
  updateInterestedParty,
} from "../../modules/management/context-edit.service.js";
import { etag, ifMatchVersion, scopeOf } from "../auth.js";
import { text } from "./management.common.js";
import { type ApiApp, errors, ZOk, ZSlug } from "./types.js";

const ZId = ZSlug.extend({ id: z.string().min(1).max(64) });
const versioned = { 412: errors[400], 428: errors[400], ...errors };
const requirement = z.object({
  text: z.string().min(1).max(2000),
  addressed: z.boolean(),
  addressedBy: z.string().max(500).nullable().optional(),
});

export async function contextRoutes(app: ApiApp) {
  app.patch(
    "/api/v1/orgs/:slug/context/issues/:id",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Edit an internal or external issue; needs If-Match",
        params: ZId,
        body: z.object({
          kind: z.enum(["internal", "external"]).optional(),
          title: z.string().min(1).max(500).optional(),
          description: text.nullable().optional(),
          category: z.string().max(100).nullable().optional(),
          climateRelated: z.boolean().optional(),
        }),
        response: { 200: ZContextIssueUpdated, ...versioned },
      },
    },
    async (request, reply) => {
      const expectedVersion = ifMatchVersion(request);
      const row = await updateContextIssue(scopeOf(request), {
        ...request.body,
        id: request.params.id,
        expectedVersion,
      });
      return reply.header("ETag", etag(row.version)).send(row);
    },
  );
  app.delete(
    "/api/v1/orgs/:slug/context/issues/:id",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Delete an issue; needs If-Match",
        params: ZId,
        response: { 200: ZOk, ...versioned },
      },
    },
    async (request) => {
      const expectedVersion = ifMatchVersion(request);
      await deleteContextIssue(scopeOf(request), { id: request.params.id, expectedVersion });
      return { ok: true as const };
    },
  );
  app.patch(
    "/api/v1/orgs/:slug/context/parties/:id",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Edit an interested party and its requirements; needs If-Match",
        params: ZId,
        body: z.object({
          name: z.string().min(1).max(300).optional(),
          description: text.nullable().optional(),
          requirements: z.array(requirement).optional(),
        }),
        response: { 200: ZInterestedPartyUpdated, ...versioned },
      },
    },
    async (request, reply) => {
      const expectedVersion = ifMatchVersion(request);
      const row = await updateInterestedParty(scopeOf(request), {
        ...request.body,
        id: request.params.id,
        expectedVersion,
      });
      return reply.header("ETag", etag(row.version)).send(row);
    },
  );
  app.delete(
    "/api/v1/orgs/:slug/context/parties/:id",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Delete an interested party; needs If-Match",
        params: ZId,
        response: { 200: ZOk, ...versioned },
      },
    },
    async (request) => {
      const expectedVersion = ifMatchVersion(request);
      await deleteInterestedParty(scopeOf(request), { id: request.params.id, expectedVersion });
      return { ok: true as const };
    },
  );
  app.put(
    "/api/v1/orgs/:slug/context/parties/:id/requirements/:index",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Mark a requirement of an interested party addressed (and by what) or open",
        params: ZId.extend({ index: z.coerce.number().int().min(0) }),
        body: z.object({ addressed: z.boolean(), addressedBy: z.string().max(500).nullable().optional() }),
        response: { 200: ZInterestedPartyUpdated, ...errors },
      },
    },
    async (request) =>
      setRequirementAddressed(scopeOf(request), {
        id: request.params.id,
        index: request.params.index,
        ...request.body,
      }),
  );
  app.put(
    "/api/v1/orgs/:slug/context/climate",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Record whether climate change is a relevant issue (4.1, Amd 1:2024) and why",
        params: ZSlug,
        body: z.object({ relevant: z.boolean(), reason: z.string().max(2000).nullable().optional() }),
        response: { 200: ZClimateScope, ...errors },
      },
    },
    async (request) => recordClimateDetermination(scopeOf(request), request.body),
  );
}
