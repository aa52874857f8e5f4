import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { DomainError, invalid } from "../../domain/errors.js";
import { CONTENT_TYPES } from "../../exports/document.js";
import {
  ZExportQuery,
  ZExportVerdict,
  ZOscalCatalog,
  ZOscalOrgDocument,
  ZReportName,
} from "../../exports/export.schema.js";
import { exportReport, recordProducedFile, verifyExport } from "../../exports/export.service.js";
import { buildOscal } from "../../exports/oscal/index.js";
import { buildEvidencePack, verifyPack } from "../../exports/pack.service.js";
import { actorOf, CSRF_HEADER, orgOf } from "../auth.js";
import { fileResponse } from "./files.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

export const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]+/g, "_")}"`;

/**
 * Downloads below are recorded in the audit trail in the caller's name, so a cookie-authenticated
 * one must come from the app itself: the session cookie is SameSite=Lax, which lets a link on
 * another site open a download URL with it. Browsers name where a request comes from in
 * Sec-Fetch-Site; "same-origin" (a link in the app) and "none" (typed or bookmarked) are accepted.
 * Without that header (an older browser, a script), the CSRF header proves it. An API token is
 * never attached by a browser on its own, so token requests need neither.
 */
export function requireOwnOrigin(request: FastifyRequest): void {
  const principal = request.principal;
  if (principal?.via !== "session") return;
  if (principal.csrfToken && request.headers[CSRF_HEADER] === principal.csrfToken) return;
  const site = request.headers["sec-fetch-site"];
  if (site === "same-origin" || site === "none") return;
  throw new DomainError(
    "FORBIDDEN",
    site
      ? "this download was started from another site; downloads are recorded in your name, so start it from the app"
      : `a download recorded in your name needs the ${CSRF_HEADER} header (or a browser that sends Sec-Fetch-Site)`,
  );
}

export async function exportRoutes(app: ApiApp, { ws }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/orgs/:slug/exports/:report",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Download an audit-ready document (recorded in the audit trail)",
        description:
          "Reports: soa (Statement of Applicability), risks (risk register), rtp (risk treatment plan, with the target dates of its actions), methodology, assets, audit (internal audit report), review (management review minutes), readiness, policy (one version of a policy: approval, effective date, content hash, its text, change and review history; ?policy=POL-001, optionally &version=N) policy-acks (who acknowledged the policy's published version, when, how and which text; ?policy=POL-001) and coverage (how far the ISMS covers NIS2 or an imported framework, with the ENISA and NIST attributions; ?framework=nis2). The file name (Content-Disposition) carries organization, report, version and date, e.g. acme-soa-v2-2026-12-05.pdf; the SoA's current state is named …-soa-draft-… and marked as not approved when it differs from the last approved version.",
        params: ZSlug.extend({ report: ZReportName }),
        querystring: ZExportQuery,
        response: {
          200: fileResponse("The document, in the format asked for", Object.values(CONTENT_TYPES)),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      requireOwnOrigin(request);
      const org = orgOf(request);
      const { report } = request.params;
      const { format, version, policy, framework } = request.query;
      // `version` is the version of whatever versioned record the report presents.
      const forPolicy = report === "policy" || report === "policy-acks";
      const result = await exportReport(db, org.id, actorOf(request), report, format, {
        ...(version !== undefined && (forPolicy ? { policyVersion: version } : { soaVersion: version })),
        ...(policy !== undefined && { policy }),
        ...(framework !== undefined && { framework }),
      });
      return reply
        .type(CONTENT_TYPES[format])
        .header("Content-Disposition", attachment(result.fileName))
        .header("X-Document-Id", result.doc.documentId)
        .send(result.data as never);
    },
  );
  app.get(
    "/api/v1/orgs/:slug/evidence-pack",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Download the auditor evidence pack (ZIP with manifest)",
        params: ZSlug,
        querystring: z.object({ period: z.string().max(30).optional() }),
        response: { 200: fileResponse("The evidence pack", ["application/zip"]), ...errors },
      },
    },
    async (request, reply) => {
      requireOwnOrigin(request);
      const org = orgOf(request);
      const pack = await buildEvidencePack(db, ws.blobs, org.id, actorOf(request), request.query.period);
      return reply
        .type("application/zip")
        .header(
          "Content-Disposition",
          attachment(`${org.slug}-evidence-pack-${new Date().toISOString().slice(0, 10)}.zip`),
        )
        .send(pack.data as never);
    },
  );
  app.get(
    "/api/v1/catalog/oscal",
    {
      config: { permission: "user" },
      schema: {
        summary: "The catalog as an OSCAL 1.1.3 catalog",
        response: { 200: ZOscalCatalog, ...errors },
      },
    },
    async () => (await buildOscal("oscal-catalog")) as z.output<typeof ZOscalCatalog>,
  );
  app.get(
    "/api/v1/orgs/:slug/oscal/:document",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "An OSCAL 1.1.3 profile, SSP, assessment results or POA&M of the organization",
        params: ZSlug.extend({ document: z.enum(["profile", "ssp", "ar", "poam"]) }),
        response: { 200: ZOscalOrgDocument, ...errors },
      },
    },
    async (request, reply) => {
      requireOwnOrigin(request);
      const org = orgOf(request);
      const kind = `oscal-${request.params.document}` as const;
      const doc = await buildOscal(kind, db, org.id);
      const data = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
      await recordProducedFile(db, org.id, actorOf(request), kind, data, "current");
      return reply
        .header(
          "Content-Disposition",
          attachment(`${org.slug}-${kind}-${new Date().toISOString().slice(0, 10)}.json`),
        )
        .send(doc as z.output<typeof ZOscalOrgDocument>);
    },
  );
  app.post(
    "/api/v1/exports/verify",
    {
      // Any signed-in user may ask, and hears only about the organizations they belong to (any
      // role reads its organization's exports): another organization's file answers like an
      // unknown one. A pack's contents are checked against its own manifest within packLimits.
      config: { permission: "user" },
      schema: {
        summary: "Check whether a file (raw body) is one your organizations produced",
        response: { 200: ZExportVerdict, ...errors },
      },
    },
    async (request) => {
      // A file arrives as bytes (application/octet-stream) or text; a parsed JSON value is not one.
      const body = request.body ?? "";
      if (!Buffer.isBuffer(body) && typeof body !== "string")
        throw invalid("send the file as the raw body with Content-Type: application/octet-stream");
      const data = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const verdict = await verifyExport(db, data, { memberOf: actorOf(request) });
      const isZip = data[0] === 0x50 && data[1] === 0x4b;
      return { ...verdict, ...(isZip && { pack: await verifyPack(data) }) };
    },
  );
}
