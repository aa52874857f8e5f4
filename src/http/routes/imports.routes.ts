import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { DomainError, invalid } from "../../domain/errors.js";
import { ZAssetImportReport } from "../../modules/assets/asset-import.schema.js";
import { importAssets } from "../../modules/assets/asset-import.service.js";
import { ZRiskColumns, ZRiskImportReport } from "../../modules/risks/risk-import.schema.js";
import { importRisks } from "../../modules/risks/risk-import.service.js";
import { ZSoa2013Report } from "../../modules/soa/soa-import-2013.schema.js";
import { importSoa2013 } from "../../modules/soa/soa-import-2013.service.js";
import { runInWorker } from "../../workers/pool.js";
import { actorOf, orgOf, scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZImportQuery = z.object({
  dryRun: z.enum(["true", "false"]).default("false"),
  /** "Column=field" pairs separated by ";", as --map on the command line. */
  map: z.string().max(2000).optional(),
});

/**
 * The temporary folder is the server's business: an error about the uploaded file names it as
 * "the uploaded file", whatever reader or service wrote the message.
 */
function withoutServerPath(error: unknown, dir: string): unknown {
  if (!(error instanceof DomainError)) return error;
  const paths = [join(dir, "upload.xlsx"), join(dir, "upload.csv"), dir];
  const scrub = (text: string) => paths.reduce((t, path) => t.split(path).join("the uploaded file"), text);
  return new DomainError(
    error.code,
    scrub(error.message),
    error.issues.map((issue) => ({ path: issue.path, message: scrub(issue.message) })),
  );
}

/** Runs `work` on the request body saved as a temporary .csv or .xlsx file, removed afterwards. */
async function withUploadedFile<T>(
  contentType: string | undefined,
  body: unknown,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const isXlsx = contentType?.startsWith(XLSX);
  if (!(typeof body === "string" || Buffer.isBuffer(body)))
    throw invalid(`send the register as text/csv or ${XLSX}`);
  const dir = await mkdtemp(join(tmpdir(), "isms-import-"));
  try {
    const file = join(dir, isXlsx ? "upload.xlsx" : "upload.csv");
    await writeFile(file, body);
    return await work(file);
  } catch (error) {
    throw withoutServerPath(error, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const parseMap = (text?: string) =>
  Object.fromEntries(
    (text ?? "")
      .split(";")
      .filter((pair) => pair.includes("="))
      .map((pair) => [
        pair.slice(0, pair.lastIndexOf("=")).trim(),
        pair.slice(pair.lastIndexOf("=") + 1).trim(),
      ]),
  );

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

/** Bad rows: a problem+json that still carries the whole report, each error with a path too. */
function rowsRejected(
  reply: FastifyReply,
  report: { errors: { line: number; column: string; message: string }[] },
) {
  const rows = new Set(report.errors.map((e) => e.line)).size;
  return reply
    .status(422)
    .type("application/problem+json")
    .send({
      title: "Rows rejected",
      status: 422,
      code: "IMPORT_ROWS",
      detail: `${rows} row${rows === 1 ? "" : "s"} of the file ${rows === 1 ? "has" : "have"} problems; nothing was imported`,
      ...report,
      errors: report.errors.map((e) => ({ ...e, path: `line ${e.line}.${e.column}` })),
    });
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
