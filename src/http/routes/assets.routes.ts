import { z } from "zod";
import { ZAssetRow } from "../../modules/assets/asset.schema.js";
import {
  type Asset,
  createAsset,
  deleteAsset,
  getAsset,
  listAssets,
  updateAsset,
  ZAssetInput,
  ZAssetPatch,
} from "../../modules/assets/asset.service.js";
import { actorOf, etag, ifMatchVersion, orgOf } from "../auth.js";
import { abilities } from "../permissions.js";
import { type ApiApp, errors, type RouteDeps, ZOk, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const ZAsset = ZAssetRow.extend({
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }).describe("What you may do with it"),
});

export async function assetRoutes(app: ApiApp, { ws }: RouteDeps) {
  const db = ws.db;
  const present = (request: Parameters<typeof orgOf>[0], asset: Asset) => ({
    ...asset,
    abilities: abilities(orgOf(request).role, "risk:write", request.principal?.scope),
  });
  app.get(
    "/api/v1/orgs/:slug/assets",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The asset inventory",
        params: ZSlug,
        response: { 200: z.array(ZAsset), ...errors },
      },
    },
    async (request) => (await listAssets(db, orgOf(request).id)).map((a) => present(request, a)),
  );
  app.post(
    "/api/v1/orgs/:slug/assets",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Add an asset",
        params: ZSlug,
        body: ZAssetInput,
        response: { 201: ZAsset, ...errors },
      },
    },
    async (request, reply) => {
      const asset = await createAsset(db, orgOf(request).id, actorOf(request), request.body);
      return reply.status(201).header("ETag", etag(asset.version)).send(present(request, asset));
    },
  );
  app.get(
    "/api/v1/orgs/:slug/assets/:key",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "One asset (ETag for If-Match)",
        params: ZKey,
        response: { 200: ZAsset, ...errors },
      },
    },
    async (request, reply) => {
      const asset = await getAsset(db, orgOf(request).id, request.params.key);
      return reply.header("ETag", etag(asset.version)).send(present(request, asset));
    },
  );
  app.patch(
    "/api/v1/orgs/:slug/assets/:key",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Update an asset; needs If-Match",
        params: ZKey,
        body: ZAssetPatch,
        response: { 200: ZAsset, 412: errors[400], 428: errors[400], ...errors },
      },
    },
    async (request, reply) => {
      const version = ifMatchVersion(request);
      const asset = await updateAsset(
        db,
        orgOf(request).id,
        actorOf(request),
        request.params.key,
        version,
        request.body,
      );
      return reply.header("ETag", etag(asset.version)).send(present(request, asset));
    },
  );
  app.delete(
    "/api/v1/orgs/:slug/assets/:key",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Delete an asset; needs If-Match",
        params: ZKey,
        response: { 200: ZOk, 412: errors[400], 428: errors[400], ...errors },
      },
    },
    async (request) => {
      const version = ifMatchVersion(request);
      await deleteAsset(db, orgOf(request).id, actorOf(request), request.params.key, version);
      return { ok: true as const };
    },
  );
}
