/** Response shapes of the operational registers, checked against the services' results both ways. */
import { z } from "zod";
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_RESULTS,
  CONTRACT_TERMS,
  CRITICALITIES,
  INCIDENT_KINDS,
  INCIDENT_PHASES,
  INCIDENT_STATUSES,
  OBLIGATION_KEYS,
  type Obligation,
  REQUIREMENT_KINDS,
  RISK_LEVELS,
  SEVERITIES,
  SUPPLIER_STATUSES,
} from "../../domain/operations.js";
import { describes } from "../shape.js";
import type { operationsAttention } from "./attention.js";
import type { getIncident, IncidentView, incidentStats } from "./incident.service.js";
import type { RequirementView } from "./requirement.service.js";
import type { getSupplier, SupplierView } from "./supplier.service.js";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
const text = z.string().nullable();
const controls = z.array(z.string()).describe("Annex A control ids");

export const ZAssessment = z.object({
  id: z.string(),
  assessedOn: z.string(),
  method: z.enum(ASSESSMENT_METHODS),
  document: text.describe("What was received, e.g. an ISO/IEC 27001 certificate and its scope"),
  documentExpiresOn: text,
  result: z.enum(ASSESSMENT_RESULTS),
  residualRisk: z.enum(RISK_LEVELS),
  assessor: text,
  notes: text,
});

const supplierFields = {
  key: z.string(),
  name: z.string(),
  services: text,
  dataCategories: text,
  criticality: z.enum(CRITICALITIES),
  status: z.enum(SUPPLIER_STATUSES),
  owner: text,
  contact: text,
  cloudService: z.boolean(),
  sharedResponsibility: text.describe("For a cloud service: what the provider does and what we do (5.23)"),
  contract: z
    .object(
      Object.fromEntries(CONTRACT_TERMS.map((t) => [t, z.boolean().nullable()])) as Record<
        (typeof CONTRACT_TERMS)[number],
        z.ZodNullable<z.ZodBoolean>
      >,
    )
    .describe("The contract's security terms: true, false, or null when not checked"),
  nextReviewOn: text,
  controlRefs: controls,
  notes: text,
  version: z.number(),
  reviewDue: z.boolean(),
  latestAssessment: ZAssessment.nullable(),
  certificateExpiresOn: text,
  certificateExpiring: z.boolean().describe("Expired or expiring within 60 days"),
};
export const ZSupplier = describes<SupplierView>()(z.object(supplierFields));
export const ZSupplierDetail = describes<Result<typeof getSupplier>>()(
  z.object({ ...supplierFields, assessments: z.array(ZAssessment) }),
);

const notification = z.object({
  id: z.string(),
  obligation: z.enum(OBLIGATION_KEYS as [Obligation, ...Obligation[]]),
  label: z.string(),
  recipient: text,
  dueAt: text,
  sentAt: text,
  reference: text,
  state: z.enum(["sent", "overdue", "due_soon", "later", "none"]),
});
const incidentFields = {
  key: z.string(),
  title: z.string(),
  description: text,
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  reportedBy: text,
  reportedAt: z.string(),
  detectedAt: z.string().describe("When it became known: notification clocks start here"),
  personalData: z.boolean(),
  closedAt: text,
  lessonsLearned: text,
  controlRefs: controls,
  version: z.number(),
  notifications: z.array(notification),
  nextDue: text,
};
export const ZIncident = describes<IncidentView>()(z.object(incidentFields));
export const ZIncidentDetail = describes<Result<typeof getIncident>>()(
  z.object({
    ...incidentFields,
    entries: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        phase: z.enum(INCIDENT_PHASES),
        note: z.string(),
        author: text,
        evidenceKey: text,
      }),
    ),
  }),
);
export const ZIncidentStats = describes<Result<typeof incidentStats>>()(
  z.array(
    z.object({
      severity: z.enum(SEVERITIES),
      count: z.number(),
      closed: z.number(),
      medianHoursToClose: z.number().nullable(),
    }),
  ),
);

export const ZRequirement = describes<RequirementView>()(
  z.object({
    key: z.string(),
    title: z.string(),
    kind: z.enum(REQUIREMENT_KINDS),
    source: text,
    jurisdiction: text,
    appliesTo: text,
    owner: text,
    howMet: text,
    controlRefs: controls,
    documentRefs: z.array(z.string()),
    reviewOn: text,
    reviewDue: z.boolean(),
    version: z.number(),
  }),
);

export const ZAttention = describes<Result<typeof operationsAttention>>()(
  z.object({
    expiringCertificates: z.array(
      z.object({ supplierKey: z.string(), supplier: z.string(), document: text, expiresOn: z.string() }),
    ),
    dueNotifications: z.array(
      z.object({
        incidentKey: z.string(),
        title: z.string(),
        label: z.string(),
        dueAt: z.string(),
        state: z.enum(["overdue", "due_soon", "later"]),
      }),
    ),
    supplierReviewsDue: z.array(
      z.object({ supplierKey: z.string(), supplier: z.string(), nextReviewOn: z.string() }),
    ),
    requirementReviewsDue: z.array(z.object({ key: z.string(), title: z.string(), reviewOn: z.string() })),
  }),
);
