import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { invalid } from "../../domain/errors.js";
import { importRisks } from "../../modules/risks/risk-import.service.js";
import { importSoa2013 } from "../../modules/soa/soa-import-2013.service.js";
import { actorOf, orgOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZImportQuery = z.object({
  dryRun: z.enum(["true", "false"]).default("false"),
  /** "Column=field" pairs separated by ";", as --map on the command line. */
  map: z.string().max(2000).optional(),
});

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
        params: ZSlug,
        querystring: ZImportQuery,
        response: { 200: ZObject, 422: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      const report = await withUploadedFile(request.headers["content-type"], request.body, (file) =>
        importRisks(ws.db, orgOf(request).id, actorOf(request), file, {
          dryRun: request.query.dryRun === "true",
          map: parseMap(request.query.map),
        }),
      );
      return reply
        .status(report.errors.length ? 422 : 200)
        .send(report as unknown as Record<string, unknown>);
    },
  );
  app.post(
    "/api/v1/orgs/:slug/soa/import-2013",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Carry an ISO/IEC 27001:2013 SoA (text/csv or XLSX body) onto the 2022 controls",
        params: ZSlug,
        querystring: ZImportQuery.extend({ force: z.enum(["true", "false"]).default("false") }),
        response: { 200: ZObject, 422: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      const report = await withUploadedFile(request.headers["content-type"], request.body, (file) =>
        importSoa2013(ws.db, orgOf(request).id, actorOf(request), file, {
          dryRun: request.query.dryRun === "true",
          force: request.query.force === "true",
          map: parseMap(request.query.map),
        }),
      );
      return reply
        .status(report.errors.length ? 422 : 200)
        .send(report as unknown as Record<string, unknown>);
    },
  );
}
