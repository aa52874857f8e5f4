import { z } from "zod";
import { invalid } from "../../domain/errors.js";
import { ZAssetImportReport } from "../../modules/assets/asset-import.schema.js";
import { importAssets } from "../../modules/assets/asset-import.service.js";
import { ZRiskColumns, ZRiskImportReport } from "../../modules/risks/risk-import.schema.js";
import { importRisks } from "../../modules/risks/risk-import.service.js";
import { ZSoa2013Report } from "../../modules/soa/soa-import-2013.schema.js";
import { importSoa2013 } from "../../modules/soa/soa-import-2013.service.js";
import { runInWorker } from "../../workers/pool.js";
import { actorOf, orgOf, scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";
import { parseMap, rowsRejected, withUploadedFile, XLSX, ZImportQuery } from "./uploads.js";

/** The file's headers, the field each would fill, and the number of data rows (read in a worker thread). */
const riskColumns = async (file: string, map: Record<string, string>, headerRow?: number) => ({
  ...(await runInWorker("riskColumns", { file, map, headerRow })),
});

/** The risk import's own query: the header row, the value map, whether to add missing assets. */
const ZRiskImportQuery = ZImportQuery.extend({
  columns: z.enum(["true", "false"]).default("false"),
  headerRow: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** JSON: column -> value in the file -> value to use. */
  values: z.string().max(8000).optional(),
  createAssets: z.enum(["true", "false"]).default("true"),
});

const ZValueMap = z.record(z.string(), z.record(z.string(), z.string()));

function parseValueMap(text?: string) {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid("values must be JSON: { column: { value in the file: value to use } }");
  }
  const parsed = ZValueMap.safeParse(json);
  if (!parsed.success) throw invalid("values must map each column to { value in the file: value to use }");
  return parsed.data;
}

export async function importRoutes(app: ApiApp, { ws, maxUploadBytes }: RouteDeps) {
  app.addContentTypeParser(
    "text/csv",
    { parseAs: "string", bodyLimit: maxUploadBytes },
    (_request, body, done) => done(null, body),
  );
  app.addContentTypeParser(XLSX, { parseAs: "buffer", bodyLimit: maxUploadBytes }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    "/api/v1/orgs/:slug/risks/import",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Import a risk register (text/csv or XLSX body); all rows or none",
        description:
          "With columns=true, only reads the headers and answers how each column would be mapped (with map applied) and which row is the header (headerRow overrides it). values (JSON, column -> value -> value to use) places values of enumerated columns; createAssets=false refuses rows naming assets the inventory lacks.",
        params: ZSlug,
        querystring: ZRiskImportQuery,
        response: { 200: z.union([ZRiskImportReport, ZRiskColumns]), 422: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      if (request.query.columns === "true")
        return withUploadedFile(request.headers["content-type"], request.body, (file) =>
          riskColumns(file, parseMap(request.query.map), request.query.headerRow),
        );
      const report = await withUploadedFile(request.headers["content-type"], request.body, (file) =>
        importRisks(ws.db, orgOf(request).id, actorOf(request), file, {
          dryRun: request.query.dryRun === "true",
          map: parseMap(request.query.map),
          headerRow: request.query.headerRow,
          valueMap: parseValueMap(request.query.values),
          createAssets: request.query.createAssets === "true",
        }),
      );
      if (!report.errors.length) return reply.send(report);
      return rowsRejected(reply, report);
    },
  );
  app.post(
    "/api/v1/orgs/:slug/assets/import",
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Import an asset inventory (text/csv or XLSX body, e.g. a CMDB export); all rows or none",
        description:
          "The header row is found from the column names unless headerRow names it; values (JSON, column -> value -> value to use) places types, classifications and C/I/A levels the import does not recognise. Assets are matched by key, or by name when the file has no key column.",
        params: ZSlug,
        querystring: ZImportQuery.extend({
          headerRow: z.coerce.number().int().min(1).max(1_000_000).optional(),
          values: z.string().max(8000).optional(),
        }),
        response: { 200: ZAssetImportReport, 422: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      const report = await withUploadedFile(request.headers["content-type"], request.body, (file) =>
        importAssets(scopeOf(request), file, {
          dryRun: request.query.dryRun === "true",
          map: parseMap(request.query.map),
          headerRow: request.query.headerRow,
          valueMap: parseValueMap(request.query.values),
        }),
      );
      if (!report.errors.length) return reply.send(report);
      return rowsRejected(reply, report);
    },
  );
  app.post(
    "/api/v1/orgs/:slug/soa/import-2013",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Carry an ISO/IEC 27001:2013 SoA (text/csv or XLSX body) onto the 2022 controls",
        params: ZSlug,
        querystring: ZImportQuery.extend({
          force: z.enum(["true", "false"]).default("false"),
          headerRow: z.coerce.number().int().min(1).max(1_000_000).optional(),
          values: z.string().max(8000).optional(),
        }),
        response: { 200: ZSoa2013Report, 422: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      const report = await withUploadedFile(request.headers["content-type"], request.body, (file) =>
        importSoa2013(scopeOf(request), file, {
          dryRun: request.query.dryRun === "true",
          force: request.query.force === "true",
          map: parseMap(request.query.map),
          headerRow: request.query.headerRow,
          valueMap: parseValueMap(request.query.values),
        }),
      );
      if (!report.errors.length) return reply.send(report);
      return rowsRejected(reply, report);
    },
  );
}
