import { z } from "zod";
import { parseAttributeFilter, parseTheme } from "../../catalog/index.js";
import { invalid, notFound } from "../../domain/errors.js";
import {
  ZEvidence,
  ZEvidenceRow,
  ZFileEvidence,
  ZImplementationNote,
  ZImplementationNoteRow,
} from "../../modules/evidence/evidence.schema.js";
import {
  addFileEvidence,
  addImplementationNote,
  addLinkEvidence,
  getEvidence,
  listEvidence,
  listImplementationNotes,
  resolveEvidenceTargets,
} from "../../modules/evidence/evidence.service.js";
import { actorOf, orgOf } from "../auth.js";
import { fileResponse } from "./files.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZFilter = z.object({
  theme: z.string().optional(),
  attribute: z.string().optional(),
  control: z.string().optional(),
  freshness: z.enum(["current", "due_soon", "stale"]).optional(),
});
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZLinks = z.object({
  controls: z.array(z.string()).default([]),
  risks: z.array(z.string()).default([]),
});
const ZDates = z.object({
  collectedOn: date.optional(),
  effectiveFrom: date.optional(),
  effectiveTo: date.optional(),
  reviewDueOn: date.optional(),
  owner: z.string().optional(),
});

function filterOf(q: z.infer<typeof ZFilter>) {
  const theme = q.theme ? parseTheme(q.theme) : undefined;
  if (q.theme && !theme)
    throw invalid(`unknown theme ${q.theme}`, [{ path: "querystring.theme", message: "unknown" }]);
  const attribute = q.attribute ? parseAttributeFilter(q.attribute) : undefined;
  if (attribute && !attribute.ok)
    throw invalid(attribute.error, [{ path: "querystring.attribute", message: attribute.error }]);
  return {
    ...(theme && { theme }),
    ...(attribute?.ok && { attribute: { name: attribute.name, value: attribute.value } }),
    ...(q.control && { controlId: q.control }),
    ...(q.freshness && { freshness: q.freshness }),
  };
}

export async function evidenceRoutes(app: ApiApp, { ws, maxUploadBytes }: RouteDeps) {
  const db = ws.db;
  // Files arrive as the raw request body, up to the configured upload limit.
  app.addContentTypeParser(
    "application/octet-stream",
    {
      parseAs: "buffer",
      bodyLimit: maxUploadBytes,
    },
    (_request, body, done) => done(null, body),
  );

  app.get(
    "/api/v1/orgs/:slug/evidence",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Evidence with freshness, filtered by theme, attribute, control, freshness",
        params: ZSlug,
        querystring: ZFilter,
        response: { 200: z.array(ZEvidence), ...errors },
      },
    },
    async (request) => listEvidence(db, orgOf(request).id, filterOf(request.query)),
  );
  app.post(
    "/api/v1/orgs/:slug/evidence/links",
    {
      config: { permission: "evidence:write" },
      schema: {
        summary: "Record a link as evidence",
        params: ZSlug,
        body: ZDates.extend({
          title: z.string().min(1),
          url: z.string().url(),
          links: ZLinks.default({ controls: [], risks: [] }),
        }),
        response: { 201: ZEvidenceRow, ...errors },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const { links: wanted, ...rest } = request.body;
      const evidence = await addLinkEvidence(db, org.id, actorOf(request), {
        ...rest,
        links: await resolveEvidenceTargets(db, org.id, wanted),
      });
      return reply.status(201).send(evidence);
    },
  );
  app.post(
    "/api/v1/orgs/:slug/evidence/files",
    {
      config: { permission: "evidence:write" },
      schema: {
        summary: "Upload a file as evidence (raw body, application/octet-stream); metadata in the query",
        params: ZSlug,
        querystring: ZDates.extend({
          title: z.string().min(1),
          filename: z.string().min(1).max(255),
          mime: z.string().optional(),
          controls: z.string().optional(),
          risks: z.string().optional(),
        }),
        response: { 201: ZFileEvidence, ...errors },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      if (!Buffer.isBuffer(request.body))
        throw invalid("send the file as the body with Content-Type: application/octet-stream");
      const { controls, risks, title, filename, mime, ...dates } = request.query;
      const split = (t?: string) =>
        t
          ? t
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean)
          : [];
      const result = await addFileEvidence(db, ws.blobs, org.id, actorOf(request), {
        title,
        filename,
        data: request.body,
        ...(mime && { mime }),
        ...dates,
        links: await resolveEvidenceTargets(db, org.id, { controls: split(controls), risks: split(risks) }),
      });
      return reply.status(201).send({ ...result.evidence, duplicateOf: result.duplicateOf ?? null });
    },
  );
  app.get(
    "/api/v1/orgs/:slug/evidence/:key/file",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Download an evidence file",
        params: ZSlug.extend({ key: z.string() }),
        response: {
          200: fileResponse("The file as uploaded, with its own media type", ["application/octet-stream"]),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const item = await getEvidence(db, orgOf(request).id, request.params.key);
      if (!item.sha256) throw notFound(`evidence file ${request.params.key}`);
      const data = await ws.blobs.get(item.sha256);
      if (!data) throw notFound(`evidence file ${request.params.key}`);
      const name = (item.filename ?? "evidence").replace(/[^\w.\- ]/g, "_");
      return reply
        .type(item.mime ?? "application/octet-stream")
        .header("Content-Disposition", `attachment; filename="${name}"`)
        .header("Digest", `sha-256=${Buffer.from(item.sha256, "hex").toString("base64")}`)
        .send(Buffer.from(data));
    },
  );
  app.get(
    "/api/v1/orgs/:slug/notes",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Implementation notes by theme or attribute",
        params: ZSlug,
        querystring: ZFilter.omit({ freshness: true }),
        response: { 200: z.array(ZImplementationNote), ...errors },
      },
    },
    async (request) => listImplementationNotes(db, orgOf(request).id, filterOf(request.query)),
  );
  app.post(
    "/api/v1/orgs/:slug/notes",
    {
      config: { permission: "soa:write" },
      schema: {
        summary: "Add an implementation note to a control",
        params: ZSlug,
        body: z.object({ controlId: z.string(), body: z.string().min(1).max(20000) }),
        response: { 201: ZImplementationNoteRow, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addImplementationNote(db, orgOf(request).id, actorOf(request), request.body)),
  );
}
