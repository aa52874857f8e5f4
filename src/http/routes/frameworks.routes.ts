/** Frameworks beside ISO (NIS2, imported OSCAL catalogs), their mappings, and each organization's coverage. */
import { Readable } from "node:stream";
import { z } from "zod";
import { invalid } from "../../domain/errors.js";
import { frameworkCoverage, setCoverageNote } from "../../modules/frameworks/coverage.service.js";
import { importCatalog, importMapping } from "../../modules/frameworks/framework.import.js";
import { listFrameworks } from "../../modules/frameworks/framework.registry.js";
import {
  ZCoverage,
  ZCoverageNote,
  ZCoverageNoteInput,
  ZFrameworkSummary,
  ZImportResult,
  ZMappingImport,
} from "../../modules/frameworks/framework.schema.js";
import { actorOf, scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZFramework = z.object({ framework: z.string().min(1).max(80) });

export async function frameworkRoutes(app: ApiApp, { ws, maxUploadBytes }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/frameworks",
    {
      config: { permission: "user" },
      schema: {
        summary: "Frameworks beside ISO/IEC 27001 with their mappings and the attributions they need",
        response: { 200: z.object({ frameworks: z.array(ZFrameworkSummary) }), ...errors },
      },
    },
    async () => ({ frameworks: await listFrameworks(db) }),
  );
  app.post(
    "/api/v1/frameworks/:framework/mappings",
    {
      config: { permission: "installation:owner" },
      schema: {
        summary:
          "Import your own mapping onto ISO/IEC 27001:2022 (text/csv: source id, ISO reference, relationship)",
        params: ZFramework,
        querystring: z.object({
          title: z.string().max(200).optional(),
          source: z.string().max(500).optional(),
          licence: z.string().max(500).optional(),
        }),
        response: { 200: ZMappingImport, ...errors },
      },
    },
    async (request) => {
      if (typeof request.body !== "string")
        throw invalid("send the mapping as text/csv: source id, ISO reference, relationship per line");
      return importMapping(db, actorOf(request), request.params.framework, request.body, request.query);
    },
  );
  // The catalog arrives as a stream and is read as one, whatever its size (up to the upload limit).
  await app.register(async (streamed: ApiApp) => {
    streamed.removeContentTypeParser("application/json");
    streamed.addContentTypeParser(
      "application/json",
      { bodyLimit: maxUploadBytes },
      (_request, payload, done) => done(null, payload),
    );
    streamed.post(
      "/api/v1/frameworks/import",
      {
        config: { permission: "installation:owner" },
        bodyLimit: maxUploadBytes,
        schema: {
          summary:
            "Import an OSCAL catalog (JSON, OSCAL 1.0 to 1.1) as a framework; the same catalog again changes nothing",
          querystring: z.object({ id: z.string().max(80).optional() }),
          response: { 200: ZImportResult, ...errors },
        },
      },
      async (request) => {
        if (!(request.body instanceof Readable))
          throw invalid("send the OSCAL catalog as the request body, with content-type application/json");
        return importCatalog(db, actorOf(request), request.body, { id: request.query.id });
      },
    );
  });
  app.get(
    "/api/v1/orgs/:slug/coverage/:framework",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "How far the ISMS covers a framework: each requirement's mapped ISO references and state",
        params: ZSlug.extend(ZFramework.shape),
        response: { 200: ZCoverage, ...errors },
      },
    },
    async (request) => frameworkCoverage(scopeOf(request), request.params.framework),
  );
  app.put(
    "/api/v1/orgs/:slug/coverage/:framework/:requirement",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Record the owner and what is done for a requirement beyond ISO",
        params: ZSlug.extend(ZFramework.shape).extend({ requirement: z.string().min(1).max(80) }),
        body: ZCoverageNoteInput,
        response: { 200: ZCoverageNote, ...errors },
      },
    },
    async (request) =>
      setCoverageNote(scopeOf(request), request.params.framework, request.params.requirement, request.body),
  );
}
