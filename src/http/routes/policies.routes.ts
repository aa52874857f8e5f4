import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { reauthenticate } from "../../modules/auth/auth.service.js";
import { comparePolicy } from "../../modules/policies/policy.compare.js";
import {
  ZApproveInput,
  ZCommentInput,
  ZNewPolicy,
  ZNewVersion,
  ZPublishInput,
  ZReviewInput,
  ZVersionPatch,
} from "../../modules/policies/policy.inputs.js";
import { reviewPolicy } from "../../modules/policies/policy.review.js";
import {
  policyTemplates,
  ZCompare,
  ZPolicy,
  ZPolicyComment,
  ZPolicySummary,
  ZPolicyTemplate,
  ZPolicyVersion,
  ZPublished,
} from "../../modules/policies/policy.schema.js";
import {
  approveVersion,
  commentOn,
  createPolicy,
  editDraft,
  getPolicy,
  listPolicies,
  newVersion,
  returnVersion,
  submitVersion,
} from "../../modules/policies/policy.service.js";
import { publishVersion } from "../../modules/policies/policy-ack.service.js";
import { clientOf, scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const ZVersionParams = ZKey.extend({ n: z.coerce.number().int().min(1).max(100_000) });
const failures = { ...errors, 409: errors[400] };
const BASE = "/api/v1/orgs/:slug/policies";

export async function policyRoutes(app: ApiApp, { ws, mailer, publicUrl }: RouteDeps) {
  const db = ws.db;
  const delivery = { mailer, publicUrl };
  app.get(
    "/api/v1/policy-templates",
    {
      config: { permission: "user" },
      schema: {
        summary: "Policy templates to start from",
        response: { 200: z.array(ZPolicyTemplate), ...errors },
      },
    },
    async () => policyTemplates(),
  );
  app.get(
    BASE,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Policies and procedures with their state, approval, next review and acknowledgements",
        params: ZSlug,
        response: { 200: z.array(ZPolicySummary), ...errors },
      },
    },
    async (request) => listPolicies(scopeOf(request)),
  );
  app.post(
    BASE,
    {
      config: { permission: "policy:write" },
      schema: {
        summary: "Start a policy, from a template (filled with the organization's name and scope) or blank",
        params: ZSlug,
        body: ZNewPolicy,
        response: { 201: ZPolicy, ...failures },
      },
    },
    async (request, reply) => reply.status(201).send(await createPolicy(scopeOf(request), request.body)),
  );
  app.get(
    `${BASE}/:key`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "A policy with every version, its comments and reviews",
        params: ZKey,
        response: { 200: ZPolicy, ...errors },
      },
    },
    async (request) => getPolicy(scopeOf(request), request.params.key),
  );
  app.post(
    `${BASE}/:key/versions`,
    {
      config: { permission: "policy:write" },
      schema: {
        summary: "Start the next version as a draft, copied from the latest",
        params: ZKey,
        body: ZNewVersion,
        response: { 201: ZPolicyVersion, ...failures },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await newVersion(scopeOf(request), request.params.key, request.body)),
  );
  app.patch(
    `${BASE}/:key/versions/:n`,
    {
      config: { permission: "policy:write" },
      schema: {
        summary: "Change a draft (a version sent for review, approved or published never changes)",
        params: ZVersionParams,
        body: ZVersionPatch,
        response: { 200: ZPolicyVersion, ...failures },
      },
    },
    async (request) => editDraft(scopeOf(request), request.params.key, request.params.n, request.body),
  );
  app.post(
    `${BASE}/:key/versions/:n/comments`,
    {
      config: { permission: "policy:respond" },
      schema: {
        summary: "Comment on a draft or a version in review, on a section or quoted words",
        params: ZVersionParams,
        body: ZCommentInput,
        response: { 201: ZPolicyComment, ...failures },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await commentOn(scopeOf(request), request.params.key, request.params.n, request.body)),
  );
  for (const [action, summary, run] of [
    ["submit", "Send a draft for review (its content's SHA-256 is fixed)", submitVersion],
    ["return", "Return a version in review to draft", returnVersion],
  ] as const)
    app.post(
      `${BASE}/:key/versions/:n/${action}`,
      {
        config: { permission: "policy:write" },
        schema: {
          summary,
          params: ZVersionParams,
          body: z.object({ reason: z.string().max(2000).optional() }).nullish(),
          response: { 200: ZPolicyVersion, ...failures },
        },
      },
      async (request) => run(scopeOf(request), request.params.key, request.params.n, request.body?.reason),
    );
  app.post(
    `${BASE}/:key/versions/:n/approve`,
    {
      config: { permission: "policy:write" },
      schema: {
        summary:
          "Approve a version in review as the signed-in person, who confirms it is them with their password (or a one-time code with two-factor sign-in)",
        params: ZVersionParams,
        body: ZApproveInput.extend({
          currentPassword: z.string().max(256).optional(),
          code: z.string().max(8).optional(),
        }),
        response: { 200: ZPolicyVersion, ...failures },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (principal?.via !== "session")
        throw new DomainError("FORBIDDEN", "an approval is given by a person signed in, not by an API token");
      const { currentPassword, code, ...approval } = request.body;
      await reauthenticate(db, principal, { currentPassword, code }, clientOf(request));
      const approver = { userId: principal.user.id, name: principal.user.name };
      return approveVersion(scopeOf(request), request.params.key, request.params.n, approver, approval);
    },
  );
  app.post(
    `${BASE}/:key/versions/:n/publish`,
    {
      config: { permission: "policy:write" },
      schema: {
        summary:
          "Publish an approved version with its effective date and ask its audience to acknowledge it (by e-mail when mail is set up)",
        params: ZVersionParams,
        body: ZPublishInput,
        response: { 200: ZPublished, ...failures },
      },
    },
    async (request) =>
      publishVersion(scopeOf(request), request.params.key, request.params.n, request.body, delivery),
  );
  app.get(
    `${BASE}/:key/compare`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "What changed between two versions, line by line",
        params: ZKey,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        response: { 200: ZCompare, ...errors },
      },
    },
    async (request) =>
      comparePolicy(scopeOf(request), request.params.key, request.query.from, request.query.to),
  );
  app.post(
    `${BASE}/:key/review`,
    {
      config: { permission: "policy:write" },
      schema: {
        summary: "Record a scheduled review that changed nothing; the next review is planned",
        params: ZKey,
        body: ZReviewInput,
        response: { 200: ZPolicy, ...failures },
      },
    },
    async (request) => reviewPolicy(scopeOf(request), request.params.key, request.body),
  );
}
