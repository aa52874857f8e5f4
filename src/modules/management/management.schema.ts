/**
 * Response shapes of clauses 4–10: context and scope, documented information, objectives, the
 * registers, internal audits, management reviews, nonconformities and readiness. Each is checked
 * against the service result it describes.
 */
import { z } from "zod";
import { FIX_ACTIONS } from "../../domain/readiness-facts.js";
import { ZAttention } from "../operations/operations.schema.js";
import { describes, ZFlag, ZOrgRow } from "../shape.js";
import type { addAudit, addFinding, completeAudit, listAudits } from "./audit-programme.service.js";
import type { addDocument, listDocuments } from "./context.service.js";
import type {
  addCorrectiveAction,
  addNonconformity,
  analyseNonconformity,
  closeNonconformity,
  listNonconformities,
} from "./nonconformity.service.js";
import type { addMeasurement, addObjective, listObjectives } from "./objectives.service.js";
import type { readiness } from "./readiness.service.js";
import type { listReviews, recordReview, updateReview } from "./review.service.js";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Item<F extends (...args: never[]) => unknown> = Result<F> extends readonly (infer U)[] ? U : never;

const text = z.string().nullable();
const documentFields = {
  key: z.string(),
  title: z.string(),
  docType: z.string(),
  docVersion: text,
  owner: text,
  approvedBy: text,
  approvedOn: text,
  classification: text,
  reviewMonths: z.number().nullable(),
  retention: text,
  location: text,
  nextReviewOn: text,
  templateKey: text.describe("The policy template the document was drafted from"),
};

export const ZDocument = describes<Item<typeof listDocuments>>()(
  ZOrgRow.extend({
    ...documentFields,
    clauseRefs: z.array(z.string()),
    controlRefs: z.array(z.string()).describe("Annex A controls the document serves"),
  }),
);

export const ZDocumentRow = describes<Result<typeof addDocument>>()(
  ZOrgRow.extend({
    ...documentFields,
    clauseRefs: z.string().describe("JSON text: clause ids"),
    controlRefs: text.describe("JSON text: Annex A control ids"),
  }),
);

const objectiveFields = {
  key: z.string(),
  title: z.string(),
  description: text,
  measure: text,
  target: text,
  owner: text,
  dueOn: text,
  status: z.string(),
};

export const ZObjectiveRow = describes<Result<typeof addObjective>>()(ZOrgRow.extend(objectiveFields));

export const ZObjective = describes<Item<typeof listObjectives>>()(
  ZOrgRow.extend({
    ...objectiveFields,
    measurements: z.array(z.object({ measuredOn: z.string(), value: z.number(), note: text })),
  }),
);

export const ZMeasurementRow = describes<Result<typeof addMeasurement>>()(
  ZOrgRow.extend({
    objectiveId: text,
    metric: z.string(),
    measuredOn: z.string(),
    value: z.number(),
    note: text,
  }),
);

/** An entry of one of the simple registers; its other columns depend on the register. */
export const ZRegisterEntry = ZOrgRow.catchall(z.union([z.string(), z.number(), z.null()])).describe(
  "The columns of the register's fields, beside the common ones",
);

const auditFields = {
  key: z.string(),
  title: z.string(),
  scope: text,
  impartialityException: text,
  criteria: text,
  auditor: text,
  plannedStart: text,
  plannedEnd: text,
  completedOn: text,
  status: z.string(),
};

export const ZAuditRow = describes<Result<typeof addAudit>>()(
  ZOrgRow.extend({ ...auditFields, scopeRefs: z.string().describe("JSON text: clause and control ids") }),
);
describes<Result<typeof completeAudit>>()(ZAuditRow);

export const ZAudit = describes<Item<typeof listAudits>>()(
  ZOrgRow.extend({
    ...auditFields,
    scopeRefs: z.array(z.string()),
    findings: z.array(
      z.object({
        key: z.string(),
        findingType: z.string(),
        ref: text,
        description: z.string(),
        status: z.string(),
      }),
    ),
  }),
);

export const ZFindingRow = describes<Result<typeof addFinding>>()(
  ZOrgRow.extend({
    auditId: z.string(),
    key: z.string(),
    findingType: z.string(),
    ref: text,
    description: z.string(),
    evidence: text,
    status: z.string(),
  }),
);

export const ZReview = describes<Item<typeof listReviews>>()(
  z.object({
    key: z.string(),
    title: z.string(),
    heldOn: text,
    status: z.string(),
    attendees: z.array(z.string()),
    inputs: z.record(z.string(), z.string()),
    decisions: z.array(z.string()),
  }),
);

export const ZReviewRow = describes<Result<typeof recordReview>>()(
  ZOrgRow.extend({
    key: z.string(),
    title: z.string(),
    heldOn: text,
    attendees: z.string().describe("JSON text: names"),
    inputs: z.string().describe("JSON text: the 9.3.2 inputs by name"),
    decisions: z.string().describe("JSON text: decisions"),
    status: z.string(),
  }),
);
describes<Result<typeof updateReview>>()(ZReviewRow);

export const ZNonconformity = describes<Item<typeof listNonconformities>>()(
  z.object({
    key: z.string(),
    source: z.string(),
    finding: text,
    description: z.string(),
    correction: text,
    rootCause: text,
    status: z.string(),
    raisedOn: z.string(),
    actions: z.array(
      z.object({
        description: z.string(),
        owner: text,
        dueOn: text,
        status: z.string(),
        effectivenessReview: text,
        effective: z.boolean().nullable(),
      }),
    ),
  }),
);

export const ZNonconformityRow = describes<Result<typeof addNonconformity>>()(
  ZOrgRow.extend({
    key: z.string(),
    source: z.string(),
    findingId: text,
    description: z.string(),
    correction: text,
    rootCause: text,
    status: z.string(),
    raisedOn: z.string(),
  }),
);
describes<Result<typeof analyseNonconformity>>()(ZNonconformityRow);
describes<Result<typeof closeNonconformity>>()(ZNonconformityRow);

export const ZCorrectiveActionRow = describes<Result<typeof addCorrectiveAction>>()(
  ZOrgRow.extend({
    nonconformityId: z.string(),
    description: z.string(),
    owner: text,
    dueOn: text,
    status: z.string(),
    effectivenessReview: text,
    effective: ZFlag.nullable(),
    completedOn: text,
  }),
);

export const ZReadiness = describes<Result<typeof readiness>>()(
  z.object({
    overall: z.number().describe("0..1: clauses and Annex A weighed equally"),
    clauses: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.enum(["met", "partial", "missing"]),
        reasons: z.array(z.string()),
      }),
    ),
    themes: z.array(z.object({ theme: z.string(), score: z.number() })),
    blockers: z.array(
      z.object({
        stage: z.union([z.literal(1), z.literal(2)]),
        ref: z.string(),
        message: z.string(),
        fix: z
          .object({ action: z.enum(FIX_ACTIONS), args: z.record(z.string(), z.string()).optional() })
          .describe("what fixes it, as an action each client words in its own way"),
      }),
    ),
    attention: ZAttention.describe("What the operational registers need done soon"),
  }),
);
