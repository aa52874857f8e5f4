import { z } from "zod";
import {
  addAudit,
  addFinding,
  completeAudit,
  FINDING_TYPES,
  listAudits,
} from "../../modules/management/audit-programme.service.js";
import {
  addContextIssue,
  addDocument,
  addInterestedParty,
  documentChecklist,
  getContext,
  listDocuments,
  setScope,
} from "../../modules/management/context.service.js";
import {
  addCorrectiveAction,
  addNonconformity,
  analyseNonconformity,
  closeNonconformity,
  listNonconformities,
  NC_SOURCES,
} from "../../modules/management/nonconformity.service.js";
import { addMeasurement, addObjective, listObjectives } from "../../modules/management/objectives.service.js";
import {
  addRegisterEntry,
  listRegister,
  REGISTERS,
  registerSpec,
} from "../../modules/management/registers.js";
import { listReviews, prefillReviewInputs, recordReview } from "../../modules/management/review.service.js";
import { actorOf, etag, ifMatchVersion, orgOf, preconditioned } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().max(20000);
const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const created = { 201: ZObject, ...errors };
const asObject = (x: unknown) => x as Record<string, unknown>;

/** Clauses 4–10: context, documents, objectives, audits, reviews, nonconformities, registers. */
export async function managementRoutes(app: ApiApp, { ws }: RouteDeps) {
  const db = ws.db;
  const org = (request: Parameters<typeof orgOf>[0]) => ({ id: orgOf(request).id, actor: actorOf(request) });

  app.get(
    "/api/v1/orgs/:slug/context",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Issues, interested parties and scope (4.1–4.3)",
        params: ZSlug,
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) => asObject(await getContext(db, orgOf(request).id)),
  );
  app.post(
    "/api/v1/orgs/:slug/context/issues",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add an internal or external issue",
        params: ZSlug,
        body: z.object({
          kind: z.enum(["internal", "external"]),
          title: z.string().min(1).max(500),
          description: text.optional(),
          category: z.string().max(100).optional(),
          climateRelated: z.boolean().optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(asObject(await addContextIssue(db, org(request).id, org(request).actor, request.body))),
  );
  app.post(
    "/api/v1/orgs/:slug/context/parties",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add an interested party",
        params: ZSlug,
        body: z.object({
          name: z.string().min(1).max(300),
          description: text.optional(),
          requirements: z.array(z.object({ text: z.string().min(1), addressed: z.boolean() })).default([]),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(asObject(await addInterestedParty(db, org(request).id, org(request).actor, request.body))),
  );
  app.put(
    "/api/v1/orgs/:slug/context/scope",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Set the ISMS scope",
        params: ZSlug,
        body: z.object({
          statement: text.min(1),
          boundaries: text.optional(),
          interfaces: text.optional(),
          dependencies: text.optional(),
          exclusions: text.optional(),
        }),
        response: { 200: ZObject, ...errors },
      },
    },
    async (request, reply) => {
      // The scope is versioned like every mutable resource: an If-Match (the version from GET
      // context, "0" before the first scope) is checked when sent; a stale one answers 412.
      const header = request.headers["if-match"];
      const expected = header ? ifMatchVersion(request) : undefined;
      const scope = await preconditioned(() =>
        setScope(db, org(request).id, org(request).actor, request.body, expected),
      );
      return reply.header("ETag", etag(scope.version)).send(asObject(scope));
    },
  );

  app.get(
    "/api/v1/orgs/:slug/documents",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The document register",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => (await listDocuments(db, orgOf(request).id)).map(asObject),
  );
  app.get(
    "/api/v1/orgs/:slug/documents/checklist",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Mandatory documented information and what is missing",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => (await documentChecklist(db, orgOf(request).id)).map(asObject),
  );
  app.post(
    "/api/v1/orgs/:slug/documents",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add documented information",
        params: ZSlug,
        body: z.object({
          title: z.string().min(1).max(300),
          docType: z.string().max(50).optional(),
          docVersion: z.string().max(50).optional(),
          owner: z.string().max(200).optional(),
          approvedBy: z.string().max(200).optional(),
          approvedOn: date.optional(),
          classification: z.string().max(50).optional(),
          reviewMonths: z.number().int().min(1).max(120).optional(),
          retention: z.string().max(200).optional(),
          location: z.string().max(500).optional(),
          clauseRefs: z.array(z.string()).default([]),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(asObject(await addDocument(db, org(request).id, org(request).actor, request.body))),
  );

  app.get(
    "/api/v1/orgs/:slug/objectives",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Objectives with results",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => (await listObjectives(db, orgOf(request).id)).map(asObject),
  );
  app.post(
    "/api/v1/orgs/:slug/objectives",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Set an objective",
        params: ZSlug,
        body: z.object({
          title: z.string().min(1).max(300),
          description: text.optional(),
          measure: z.string().max(500).optional(),
          target: z.string().max(200).optional(),
          owner: z.string().max(200).optional(),
          dueOn: date.optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(asObject(await addObjective(db, org(request).id, org(request).actor, request.body))),
  );
  app.post(
    "/api/v1/orgs/:slug/objectives/:key/measurements",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Record a result",
        params: ZKey,
        body: z.object({
          value: z.number(),
          measuredOn: date.optional(),
          note: z.string().max(2000).optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        asObject(
          await addMeasurement(db, org(request).id, org(request).actor, {
            ...request.body,
            objectiveKey: request.params.key,
          }),
        ),
      ),
  );

  app.get(
    "/api/v1/orgs/:slug/audits",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The internal audit programme with findings",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => (await listAudits(db, orgOf(request).id)).map(asObject),
  );
  app.post(
    "/api/v1/orgs/:slug/audits",
    {
      config: { permission: "audit:write" },
      schema: {
        summary: "Plan an audit (impartiality is enforced)",
        params: ZSlug,
        body: z.object({
          title: z.string().min(1).max(300),
          scope: text.optional(),
          scopeRefs: z.array(z.string()).default([]),
          criteria: text.optional(),
          auditor: z.string().max(200).optional(),
          plannedStart: date.optional(),
          plannedEnd: date.optional(),
          impartialityException: text.optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(asObject(await addAudit(db, org(request).id, org(request).actor, request.body))),
  );
  app.post(
    "/api/v1/orgs/:slug/audits/:key/complete",
    {
      config: { permission: "audit:write" },
      schema: {
        summary: "Mark an audit completed",
        params: ZKey,
        body: z.object({ completedOn: date.optional() }).default({}),
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) =>
      asObject(
        await completeAudit(
          db,
          org(request).id,
          org(request).actor,
          request.params.key,
          request.body.completedOn,
        ),
      ),
  );
  app.post(
    "/api/v1/orgs/:slug/audits/:key/findings",
    {
      config: { permission: "audit:write" },
      schema: {
        summary: "Record a finding",
        params: ZKey,
        body: z.object({
          findingType: z.enum(FINDING_TYPES),
          ref: z.string().optional(),
          description: text.min(1),
          evidence: text.optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        asObject(
          await addFinding(db, org(request).id, org(request).actor, {
            ...request.body,
            auditKey: request.params.key,
          }),
        ),
      ),
  );

  app.get(
    "/api/v1/orgs/:slug/reviews",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Management reviews",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => (await listReviews(db, orgOf(request).id)).map(asObject),
  );
  app.get(
    "/api/v1/orgs/:slug/reviews/prefill",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The 9.3.2 inputs prefilled from the workspace",
        params: ZSlug,
        response: { 200: z.record(z.string(), z.string()), ...errors },
      },
    },
    async (request) => prefillReviewInputs(db, orgOf(request).id),
  );
  app.post(
    "/api/v1/orgs/:slug/reviews",
    {
      config: { permission: "review:write" },
      schema: {
        summary: "Record a management review",
        params: ZSlug,
        body: z.object({
          title: z.string().max(300).optional(),
          heldOn: date.optional(),
          attendees: z.array(z.string()).default([]),
          inputs: z.record(z.string(), z.string()).optional(),
          decisions: z.array(z.string().min(1)).min(1),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(asObject(await recordReview(db, org(request).id, org(request).actor, request.body))),
  );

  app.get(
    "/api/v1/orgs/:slug/nonconformities",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Nonconformities with corrective actions",
        params: ZSlug,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) => (await listNonconformities(db, orgOf(request).id)).map(asObject),
  );
  app.post(
    "/api/v1/orgs/:slug/nonconformities",
    {
      config: { permission: "nc:write" },
      schema: {
        summary: "Raise a nonconformity",
        params: ZSlug,
        body: z.object({
          source: z.enum(NC_SOURCES),
          description: text.min(1),
          correction: text.optional(),
          rootCause: text.optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(asObject(await addNonconformity(db, org(request).id, org(request).actor, request.body))),
  );
  app.post(
    "/api/v1/orgs/:slug/nonconformities/:key/analysis",
    {
      config: { permission: "nc:write" },
      schema: {
        summary: "Record correction and root cause",
        params: ZKey,
        body: z.object({ correction: text.optional(), rootCause: text.optional() }),
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) =>
      asObject(
        await analyseNonconformity(db, org(request).id, org(request).actor, request.params.key, request.body),
      ),
  );
  app.post(
    "/api/v1/orgs/:slug/nonconformities/:key/actions",
    {
      config: { permission: "nc:write" },
      schema: {
        summary: "Add a corrective action",
        params: ZKey,
        body: z.object({
          description: text.min(1),
          owner: z.string().max(200).optional(),
          dueOn: date.optional(),
        }),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          asObject(
            await addCorrectiveAction(
              db,
              org(request).id,
              org(request).actor,
              request.params.key,
              request.body,
            ),
          ),
        ),
  );
  app.post(
    "/api/v1/orgs/:slug/nonconformities/:key/close",
    {
      config: { permission: "nc:write" },
      schema: {
        summary: "Close after the effectiveness review",
        params: ZKey,
        body: z.object({ effectivenessReview: text.min(1), effective: z.boolean() }),
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) =>
      asObject(
        await closeNonconformity(db, org(request).id, org(request).actor, request.params.key, request.body),
      ),
  );

  const ZRegister = ZSlug.extend({
    register: z.enum(REGISTERS.map((r) => r.command) as [string, ...string[]]),
  });
  app.get(
    "/api/v1/orgs/:slug/registers/:register",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "A register of clauses 5.3, 6.3, 7.2–7.4, 8.2, 10.1",
        params: ZRegister,
        response: { 200: z.array(ZObject), ...errors },
      },
    },
    async (request) =>
      (await listRegister(db, orgOf(request).id, registerSpec(request.params.register))).map(asObject),
  );
  app.post(
    "/api/v1/orgs/:slug/registers/:register",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add to a register",
        params: ZRegister,
        body: z.record(z.string(), z.string()),
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          asObject(
            await addRegisterEntry(
              db,
              org(request).id,
              org(request).actor,
              registerSpec(request.params.register),
              request.body,
            ),
          ),
        ),
  );
}
