import { z } from "zod";
import { REVIEW_INPUTS } from "../../domain/readiness-facts.js";
import {
  addAudit,
  addFinding,
  completeAudit,
  FINDING_TYPES,
  listAudits,
} from "../../modules/management/audit-programme.service.js";
import {
  ZAudit,
  ZAuditRow,
  ZCorrectiveActionRow,
  ZFindingRow,
  ZNonconformity,
  ZNonconformityRow,
  ZReview,
  ZReviewRow,
} from "../../modules/management/management.schema.js";
import {
  addCorrectiveAction,
  addNonconformity,
  analyseNonconformity,
  closeNonconformity,
  listNonconformities,
  NC_SOURCES,
} from "../../modules/management/nonconformity.service.js";
import {
  listReviews,
  prefillReviewInputs,
  recordReview,
  updateReview,
} from "../../modules/management/review.service.js";
import { orgOf, scopeOf } from "../auth.js";
import { created, date, orgActor as org, text, ZKey } from "./management.common.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

/** One prefilled text per management review input of 9.3.2, each named. */
const ZReviewPrefill = z.object(
  Object.fromEntries(REVIEW_INPUTS.map((input) => [input, z.string()])) as Record<
    (typeof REVIEW_INPUTS)[number],
    z.ZodString
  >,
);

const ZReviewBody = z.object({
  title: z.string().max(300).optional(),
  heldOn: date.nullable().optional(),
  attendees: z.array(z.string()).optional(),
  inputs: z.record(z.string(), z.string()).optional(),
  decisions: z.array(z.string().min(1)).optional(),
  status: z.enum(["draft", "completed"]).optional(),
});

/** Clauses 9–10: internal audits, management reviews, nonconformities and corrective actions. */
export async function evaluationRoutes(app: ApiApp, { ws }: RouteDeps) {
  const db = ws.db;

  app.get(
    "/api/v1/orgs/:slug/audits",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The internal audit programme with findings",
        params: ZSlug,
        response: { 200: z.array(ZAudit), ...errors },
      },
    },
    async (request) => listAudits(db, orgOf(request).id),
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
        response: created(ZAuditRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAudit(db, org(request).id, org(request).actor, request.body)),
  );
  app.post(
    "/api/v1/orgs/:slug/audits/:key/complete",
    {
      config: { permission: "audit:write" },
      schema: {
        summary: "Mark an audit completed",
        params: ZKey,
        body: z.object({ completedOn: date.optional() }).default({}),
        response: { 200: ZAuditRow, ...errors },
      },
    },
    async (request) =>
      completeAudit(db, org(request).id, org(request).actor, request.params.key, request.body.completedOn),
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
        response: created(ZFindingRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addFinding(db, org(request).id, org(request).actor, {
          ...request.body,
          auditKey: request.params.key,
        }),
      ),
  );

  app.get(
    "/api/v1/orgs/:slug/reviews",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Management reviews",
        params: ZSlug,
        response: { 200: z.array(ZReview), ...errors },
      },
    },
    async (request) => listReviews(db, orgOf(request).id),
  );
  app.get(
    "/api/v1/orgs/:slug/reviews/prefill",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The 9.3.2 inputs prefilled from the workspace",
        params: ZSlug,
        response: { 200: ZReviewPrefill, ...errors },
      },
    },
    async (request) => prefillReviewInputs(db, orgOf(request).id),
  );
  app.post(
    "/api/v1/orgs/:slug/reviews",
    {
      config: { permission: "review:write" },
      schema: {
        summary: "Record a management review, held or as a draft to complete later",
        params: ZSlug,
        body: ZReviewBody.extend({ attendees: z.array(z.string()).default([]) }),
        response: created(ZReviewRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordReview(db, org(request).id, org(request).actor, request.body)),
  );
  app.patch(
    "/api/v1/orgs/:slug/reviews/:key",
    {
      config: { permission: "review:write" },
      schema: {
        summary: "Change a draft review; status completed completes it",
        params: ZKey,
        body: ZReviewBody,
        response: { 200: ZReviewRow, ...errors },
      },
    },
    async (request) => updateReview(scopeOf(request), request.params.key, request.body),
  );

  app.get(
    "/api/v1/orgs/:slug/nonconformities",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Nonconformities with corrective actions",
        params: ZSlug,
        response: { 200: z.array(ZNonconformity), ...errors },
      },
    },
    async (request) => listNonconformities(db, orgOf(request).id),
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
        response: created(ZNonconformityRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNonconformity(db, org(request).id, org(request).actor, request.body)),
  );
  app.post(
    "/api/v1/orgs/:slug/nonconformities/:key/analysis",
    {
      config: { permission: "nc:write" },
      schema: {
        summary: "Record correction and root cause",
        params: ZKey,
        body: z.object({ correction: text.optional(), rootCause: text.optional() }),
        response: { 200: ZNonconformityRow, ...errors },
      },
    },
    async (request) =>
      analyseNonconformity(db, org(request).id, org(request).actor, request.params.key, request.body),
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
        response: created(ZCorrectiveActionRow),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addCorrectiveAction(
            db,
            org(request).id,
            org(request).actor,
            request.params.key,
            request.body,
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
        response: { 200: ZNonconformityRow, ...errors },
      },
    },
    async (request) =>
      closeNonconformity(db, org(request).id, org(request).actor, request.params.key, request.body),
  );
}
