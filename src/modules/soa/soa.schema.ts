/**
 * Shapes of the Statement of Applicability, built from the domain's constants: what a person may
 * send to change an entry, and what the API answers. The API, the CLI and the MCP server share them.
 */
import { z } from "zod";
import { MANUAL_REASONS, SOA_STATUSES } from "../../domain/soa.js";
import { describes } from "../shape.js";
import type { SoaEntryView } from "./soa.service.js";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** A change to one entry: only the fields given change; the rules are decideSoaEntry's. */
export const ZSoaPatch = z.object({
  applicable: z.boolean().nullable().optional(),
  reasons: z.array(z.enum(MANUAL_REASONS)).optional(),
  justification: z.string().max(4000).nullable().optional(),
  status: z.enum(SOA_STATUSES).optional(),
  notes: z.string().max(20000).nullable().optional(),
  owner: z.string().max(200).nullable().optional(),
  nextReviewOn: date.nullable().optional(),
});

/** One entry as the services derive it (the control's decision with risks and evidence counts). */
export const ZSoaEntryView = describes<SoaEntryView>()(
  z.object({
    id: z.string(),
    controlId: z.string(),
    title: z.string(),
    theme: z.string(),
    purpose: z.string().describe("the control's objective, from the catalog"),
    applicable: z.boolean().nullable(),
    reasons: z.array(z.enum(["risk", ...MANUAL_REASONS])),
    justification: z.string().nullable(),
    status: z.enum(SOA_STATUSES),
    notes: z.string().nullable(),
    owner: z.string().nullable(),
    nextReviewOn: z.string().nullable(),
    risks: z.array(z.string()).describe("keys of the risks whose treatment plans the control"),
    evidence: z.number().int(),
    currentEvidence: z.number().int().describe("linked evidence that is not stale"),
    version: z.number().int(),
  }),
);

/** What the caller's role and token may do with the entry. */
export const ZAbilities = z.object({ update: z.boolean(), delete: z.boolean() });

/** An entry as the API answers it: without the row id, with the caller's abilities. */
export const ZSoaEntry = ZSoaEntryView.omit({ id: true }).extend({ abilities: ZAbilities });

export const ZSoa = z.object({
  latestVersion: z.number().int().nullable(),
  changedSinceLatest: z.boolean(),
  entries: z.array(ZSoaEntry),
});

export const ZSoaLint = z.object({
  problems: z.array(z.object({ controlId: z.string().optional(), code: z.string(), message: z.string() })),
});

export const ZSoaApproval = z.object({
  number: z.number().int(),
  approvedAt: z.string(),
  undecided: z.number().int().describe("controls still undecided when approved"),
});

export const ZSoaApprove = z
  .object({
    note: z.string().max(2000).optional(),
    approvedBy: z
      .string()
      .max(200)
      .optional()
      .describe("the person who approved; the signed-in user if absent"),
    approverRole: z.string().max(200).optional(),
    undecidedReason: z.string().max(2000).optional().describe("required while controls are undecided"),
  })
  .default({});

export const ZSoaVersion = z.object({
  number: z.number().int(),
  approvedBy: z.string(),
  approverRole: z.string().nullable(),
  recordedBy: z.string().nullable().describe("who recorded the approval, when not the approver"),
  undecidedReason: z.string().nullable(),
  approvedAt: z.string(),
  note: z.string().nullable(),
});

export const ZSoaDiff = z.object({
  from: z.string(),
  to: z.string(),
  controls: z.array(
    z.object({
      controlId: z.string(),
      changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
    }),
  ),
});

export const ZSoaReadiness = z.object({
  overall: z.number(),
  themes: z.array(z.object({ theme: z.string(), score: z.number() })),
});
