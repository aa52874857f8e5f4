/** Legal, statutory, regulatory and contractual requirements (Annex A 5.31; clause 4.2). */
import { z } from "zod";
import { REQUIREMENT_KINDS } from "../../domain/operations.js";
import { ZRequirement } from "../../modules/operations/operations.schema.js";
import {
  createRequirement,
  getRequirement,
  listRequirements,
  updateRequirement,
  ZRequirementInput,
  ZRequirementPatch,
} from "../../modules/operations/requirement.service.js";
import { etag, ifMatchVersion, scopeOf } from "../auth.js";
import { type ApiApp, errors, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const failures = { ...errors, 409: errors[400], 412: errors[400], 428: errors[400] };
const BASE = "/api/v1/orgs/:slug/requirements";

export async function requirementRoutes(app: ApiApp) {
  app.get(
    BASE,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Legal, statutory, regulatory and contractual requirements",
        params: ZSlug,
        querystring: z.object({
          kind: z.enum(REQUIREMENT_KINDS).optional(),
          control: z.string().max(12).optional().describe("Only those met by this Annex A control"),
        }),
        response: { 200: z.array(ZRequirement), ...errors },
      },
    },
    async (request) => listRequirements(scopeOf(request), request.query),
  );
  app.post(
    BASE,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Add a requirement",
        params: ZSlug,
        body: ZRequirementInput,
        response: { 201: ZRequirement, ...failures },
      },
    },
    async (request, reply) => {
      const requirement = await createRequirement(scopeOf(request), request.body);
      return reply.status(201).header("ETag", etag(requirement.version)).send(requirement);
    },
  );
  app.get(
    `${BASE}/:key`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "A requirement (ETag for If-Match)",
        params: ZKey,
        response: { 200: ZRequirement, ...errors },
      },
    },
    async (request, reply) => {
      const requirement = await getRequirement(scopeOf(request), request.params.key);
      return reply.header("ETag", etag(requirement.version)).send(requirement);
    },
  );
  app.patch(
    `${BASE}/:key`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Change a requirement; needs If-Match",
        params: ZKey,
        body: ZRequirementPatch,
        response: { 200: ZRequirement, ...failures },
      },
    },
    async (request, reply) => {
      const requirement = await updateRequirement(
        scopeOf(request),
        request.params.key,
        ifMatchVersion(request),
        request.body,
      );
      return reply.header("ETag", etag(requirement.version)).send(requirement);
    },
  );
}
