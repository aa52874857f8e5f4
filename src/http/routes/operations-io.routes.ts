/**
 * Importing and exporting the operational registers: each takes a CSV or XLSX file (all rows or
 * none, matched by key or name) and downloads as XLSX, DOCX, PDF or CSV, as the audit-ready reports.
 */
import { z } from "zod";
import { CONTENT_TYPES, FORMATS } from "../../exports/document.js";
import { exportReport } from "../../exports/export.service.js";
import { type ImportableRegister, importOperations } from "../../modules/operations/import-specs.js";
import { actorOf, orgOf, scopeOf } from "../auth.js";
import { attachment, requireOwnOrigin } from "./exports.routes.js";
import { fileResponse } from "./files.js";
import { type ApiApp, errors, ZObject, ZSlug } from "./types.js";
import { parseMap, rowsRejected, withUploadedFile, ZImportQuery } from "./uploads.js";

const ZReport = z.object({
  imported: z.number(),
  updated: z.number(),
  errors: z.array(z.object({ line: z.number(), column: z.string(), message: z.string() })),
  ignoredColumns: z.array(z.string()),
  dryRun: z.boolean(),
  headerRow: z.number(),
  skippedRows: z.array(z.object({ line: z.number(), reason: z.string() })),
});

const WORDS: Record<ImportableRegister, string> = {
  suppliers: "a supplier list (matched by key, or by supplier name)",
  incidents: "an incident log (matched by key, or by title)",
  requirements:
    "a register of legal, statutory, regulatory and contractual requirements (matched by key, or by title)",
};

export async function operationsIoRoutes(app: ApiApp) {
  for (const register of Object.keys(WORDS) as ImportableRegister[]) {
    app.post(
      `/api/v1/orgs/:slug/${register}/import`,
      {
        config: { permission: "operations:write" },
        schema: {
          summary: `Import ${WORDS[register]} from a text/csv or XLSX body; all rows or none`,
          params: ZSlug,
          querystring: ZImportQuery.extend({
            headerRow: z.coerce.number().int().min(1).max(1_000_000).optional(),
          }),
          response: { 200: ZReport, 422: ZObject, ...errors },
        },
      },
      async (request, reply) => {
        const report = await withUploadedFile(request.headers["content-type"], request.body, (file) =>
          importOperations(scopeOf(request), register, file, {
            dryRun: request.query.dryRun === "true",
            map: parseMap(request.query.map),
            ...(request.query.headerRow && { headerRow: request.query.headerRow }),
          }),
        );
        return report.errors.length ? rowsRejected(reply, report) : reply.send(report);
      },
    );
    app.get(
      `/api/v1/orgs/:slug/${register}/export`,
      {
        config: { permission: "org:read" },
        schema: {
          summary: `Download the register as XLSX, DOCX, PDF or CSV (recorded in the audit trail)`,
          params: ZSlug,
          querystring: z.object({ format: z.enum(FORMATS).default("xlsx") }),
          response: { 200: fileResponse("The register", Object.values(CONTENT_TYPES)), ...errors },
        },
      },
      async (request, reply) => {
        requireOwnOrigin(request);
        const { format } = request.query;
        const result = await exportReport(
          scopeOf(request).db,
          orgOf(request).id,
          actorOf(request),
          register,
          format,
        );
        return reply
          .type(CONTENT_TYPES[format])
          .header("Content-Disposition", attachment(result.fileName))
          .header("X-Document-Id", result.doc.documentId)
          .send(result.data as never);
      },
    );
  }
}
