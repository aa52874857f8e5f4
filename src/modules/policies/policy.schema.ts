/**
 * Response shapes of policies, checked against the services' results both ways (see shape.ts).
 */
import { z } from "zod";
import { POLICY_STATES } from "../../domain/policy.js";
import { describes } from "../shape.js";
import type { comparePolicy } from "./policy.compare.js";
import type { CommentView, PolicyDetail, PolicySummary, VersionView } from "./policy.views.js";
import type { acknowledgements, publishVersion, readAckToken } from "./policy-ack.service.js";
import { POLICY_TEMPLATES } from "./templates/index.js";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
const text = z.string().nullable();
const state = z.enum(POLICY_STATES);

export const ZPolicyComment = describes<CommentView>()(
  z.object({
    id: z.string(),
    author: z.string(),
    section: text,
    quote: text,
    body: z.string(),
    createdAt: z.string(),
    resolved: z.boolean(),
  }),
);

export const ZPolicyAudienceView = z.object({
  everyone: z.boolean(),
  roles: z.array(z.string()),
  people: z.array(z.object({ name: z.string(), email: z.string() })),
});

export const ZPolicyVersion = describes<VersionView>()(
  z.object({
    number: z.number(),
    state,
    title: z.string(),
    content: z.string().describe("Markdown"),
    contentSha256: text.describe("SHA-256 of the content, fixed when sent for review"),
    filename: text,
    changeSummary: text,
    significant: z.boolean().describe("Everyone acknowledges this version again"),
    submittedBy: text,
    submittedAt: text,
    approvedBy: text,
    approverRole: text,
    approvedAt: text,
    publishedBy: text,
    publishedAt: text,
    effectiveFrom: text,
    supersededAt: text,
    audience: ZPolicyAudienceView.nullable(),
    comments: z.array(ZPolicyComment),
  }),
);

export const ZPolicy = describes<PolicyDetail>()(
  z.object({
    key: z.string(),
    title: z.string(),
    docType: z.string(),
    owner: text,
    reviewMonths: z.number().nullable(),
    clauseRefs: z.array(z.string()),
    controlRefs: z.array(z.string()),
    templateKey: text,
    nextReviewOn: text,
    needsReview: z.boolean(),
    versions: z.array(ZPolicyVersion),
    reviews: z.array(
      z.object({ reviewedBy: z.string(), reviewedOn: z.string(), outcome: z.string(), note: text }),
    ),
  }),
);

export const ZPolicySummary = describes<PolicySummary>()(
  z.object({
    key: z.string(),
    title: z.string(),
    docType: z.string(),
    owner: text,
    state,
    version: z.number().nullable(),
    approvedBy: text,
    effectiveFrom: text,
    nextReviewOn: text,
    needsReview: z.boolean(),
    acknowledged: z.number(),
    pending: z.number(),
    templateKey: text,
  }),
);

export const ZPolicyTemplate = describes<Omit<(typeof POLICY_TEMPLATES)[number], "body">>()(
  z.object({
    key: z.string(),
    title: z.string(),
    kind: z.enum(["top-level", "topic-specific"]),
    controls: z.array(z.string()),
    clauses: z.array(z.string()),
    reviewMonths: z.number(),
    summary: z.string(),
  }),
);

export const ZPublished = describes<Result<typeof publishVersion>>()(
  z.object({
    version: ZPolicyVersion,
    requested: z.number().describe("People asked to acknowledge"),
    emailed: z.number().describe("Requests sent by e-mail (0 when mail is not set up)"),
  }),
);

export const ZAcknowledgements = describes<Result<typeof acknowledgements>>()(
  z.object({
    version: z.number().nullable(),
    contentSha256: text,
    total: z.number(),
    acknowledged: z.number(),
    pending: z.number(),
    people: z.array(
      z.object({
        id: z.string(),
        person: z.string(),
        email: text,
        member: z.boolean(),
        requestedAt: z.string(),
        acknowledgedAt: text,
        via: z.enum(["account", "link"]).nullable(),
      }),
    ),
  }),
);

export const ZCompare = describes<Result<typeof comparePolicy>>()(
  z.object({
    from: z.number(),
    to: z.number(),
    parts: z.array(z.object({ kind: z.enum(["same", "added", "removed"]), text: z.string() })),
  }),
);

export const ZAckPage = describes<Result<typeof readAckToken>>()(
  z.object({
    organization: z.string(),
    title: z.string(),
    version: z.number(),
    effectiveFrom: text,
    content: z.string(),
    contentSha256: text,
    person: z.string(),
    acknowledgedAt: text,
  }),
);

export const ZAcknowledged = z.object({ acknowledgedAt: z.string() });

export const policyTemplates = () => POLICY_TEMPLATES.map(({ body: _body, ...rest }) => rest);
