import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { invalid } from "../../domain/errors.js";
import { TREATMENTS } from "../../domain/risk-rules.js";
import {
  applyMethodologyChange,
  getMethodology,
  previewMethodologyChange,
} from "../../modules/risks/methodology.service.js";
import { RISK_STATUSES, ZRiskInput, ZRiskPatch } from "../../modules/risks/risk.schema.js";
import {
  createRisk,
  deleteRisk,
  getRisk,
  type RiskView,
  updateRisk,
} from "../../modules/risks/risk.service.js";
import {
  ZMethodologyPreview,
  ZRescaleChange,
  ZRiskView,
  ZRiskViews,
  ZStoredMethodology,
} from "../../modules/risks/risk-response.schema.js";
import { RISK_SORTS, riskOwners, searchRisks } from "../../modules/risks/risk-search.service.js";
import { riskHeatMaps, riskViews } from "../../modules/risks/risk-views.service.js";
import { actorOf, etag, ifMatchVersion, orgOf, scopeOf } from "../auth.js";
import { abilities } from "../permissions.js";
import { JsonPieces, KeptJson } from "../read-cache.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZOk, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const ZRisk = ZRiskView.extend({
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }).describe("What you may do with it"),
});

function present(request: FastifyRequest, risk: RiskView) {
  return { ...risk, abilities: abilities(orgOf(request).role, "risk:write", request.principal?.scope) };
}

/** Risks' JSON, kept with the risk views (a page updated after an edit keeps its other risks). */
const riskTexts = new KeptJson(present);

export async function riskRoutes(app: ApiApp, { ws, reads }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/orgs/:slug/risks",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The risk register",
        params: ZSlug,
        description:
          "Sorted, filtered and paged by the server; the number of matching risks is in X-Total-Count.",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
          sort: z.enum(RISK_SORTS).default("key"),
          dir: z.enum(["asc", "desc"]).default("asc"),
          q: z.string().max(200).optional(),
          level: z.string().max(100).optional(),
          status: z.enum(RISK_STATUSES).optional(),
          treatment: z.enum(TREATMENTS).optional(),
          owner: z.string().max(200).optional(),
          which: z.enum(["inherent", "residual"]).optional(),
          l: z.coerce.number().int().min(1).max(100).optional(),
          i: z.coerce.number().int().min(1).max(100).optional(),
        }),
        response: { 200: z.array(ZRisk), ...errors },
      },
    },
    async (request, reply) => {
      const { which, l, i } = request.query;
      if ((l !== undefined || i !== undefined) && !which)
        throw invalid("l and i need which=inherent or which=residual", [
          { path: "querystring.which", message: "required with l and i" },
        ]);
      return reads.send(
        request,
        reply,
        async (view) => {
          const { risks, total } = await searchRisks(view.db, view.scope.orgId, request.query);
          reply.header("X-Total-Count", String(total));
          return new JsonPieces(riskTexts.array(request, risks));
        },
        ["X-Total-Count"],
      );
    },
  );
  app.get(
    "/api/v1/orgs/:slug/risk-owners",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The owners named in the risk register, with their number of risks",
        params: ZSlug,
        response: { 200: z.array(z.object({ owner: z.string(), risks: z.number() })), ...errors },
      },
    },
    async (request) => riskOwners(db, orgOf(request).id),
  );
  app.post(
    "/api/v1/orgs/:slug/risks",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Add a risk, scored with the organization's methodology",
        params: ZSlug,
        body: ZRiskInput,
        response: { 201: ZRisk, ...errors },
      },
    },
    async (request, reply) => {
      const risk = await createRisk(db, orgOf(request).id, actorOf(request), request.body);
      return reply.status(201).header("ETag", etag(risk.version)).send(present(request, risk));
    },
  );
  app.get(
    "/api/v1/orgs/:slug/risks/:key",
    {
      config: { permission: "org:read" },
      schema: { summary: "One risk (ETag for If-Match)", params: ZKey, response: { 200: ZRisk, ...errors } },
    },
    async (request, reply) => {
      const risk = await getRisk(db, orgOf(request).id, request.params.key);
      return reply.header("ETag", etag(risk.version)).send(present(request, risk));
    },
  );
  app.patch(
    "/api/v1/orgs/:slug/risks/:key",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Update a risk; needs If-Match",
        params: ZKey,
        body: ZRiskPatch,
        response: { 200: ZRisk, 412: errors[400], 428: errors[400], ...errors },
      },
    },
    async (request, reply) => {
      const version = ifMatchVersion(request);
      const risk = await updateRisk(
        db,
        orgOf(request).id,
        actorOf(request),
        request.params.key,
        version,
        request.body,
      );
      return reply.header("ETag", etag(risk.version)).send(present(request, risk));
    },
  );
  app.delete(
    "/api/v1/orgs/:slug/risks/:key",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Delete a risk; needs If-Match",
        params: ZKey,
        response: { 200: ZOk, 412: errors[400], 428: errors[400], ...errors },
      },
    },
    async (request) => {
      const version = ifMatchVersion(request);
      await deleteRisk(db, orgOf(request).id, actorOf(request), request.params.key, version);
      return { ok: true as const };
    },
  );
  app.get(
    "/api/v1/orgs/:slug/risk-views",
    {
      config: { permission: "org:read" },
      schema: {
        summary:
          "Heat maps, top risks, overdue actions, gaps, risks per control (only=heatMap: the heat maps alone, counted in SQL)",
        params: ZSlug,
        querystring: z.object({ only: z.enum(["heatMap"]).optional() }),
        response: { 200: ZRiskViews, ...errors },
      },
    },
    async (request, reply) =>
      reads.send(request, reply, async ({ scope }) => {
        if (request.query.only === "heatMap") {
          const { inherent, residual } = await riskHeatMaps(scope);
          return { heatMap: { inherent, residual } };
        }
        return riskViews(scope);
      }),
  );
  app.get(
    "/api/v1/orgs/:slug/risk-method",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The risk methodology (ETag for If-Match)",
        params: ZSlug,
        response: { 200: ZStoredMethodology, ...errors },
      },
    },
    async (request, reply) => {
      const stored = await getMethodology(scopeOf(request).read);
      // Version 0 stands for the built-in default, before the organization adopts its own method.
      return reply.header("ETag", etag(stored.version ?? 0)).send(stored);
    },
  );
  app.post(
    "/api/v1/orgs/:slug/risk-method/preview",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "What a new methodology would change for existing risks",
        params: ZSlug,
        body: ZObject,
        response: { 200: ZMethodologyPreview, ...errors },
      },
    },
    async (request) => previewMethodologyChange(db, orgOf(request).id, request.body),
  );
  app.put(
    "/api/v1/orgs/:slug/risk-method",
    {
      config: { permission: "risk:write" },
      schema: {
        summary:
          'Adopt a methodology and rescale risks; needs If-Match ("0" while the default is in force); expectedChanges must match the preview',
        params: ZSlug,
        body: z.object({ methodology: ZObject, expectedChanges: z.number().int().min(0) }),
        response: { 200: z.object({ changes: z.array(ZRescaleChange) }), ...errors },
      },
    },
    async (request) => ({
      changes: await applyMethodologyChange(
        db,
        orgOf(request).id,
        actorOf(request),
        request.body.methodology,
        request.body.expectedChanges,
        ifMatchVersion(request),
      ),
    }),
  );
}
