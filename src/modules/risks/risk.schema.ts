/**
 * Input shapes of the risk register, shared by the API, the CLI and the import.
 */
import { z } from "zod";
import { TREATMENTS } from "../../domain/risk-rules.js";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const optionalText = z.string().trim().nullish();
const point = z.object({ likelihood: z.number().int(), impact: z.number().int() });

export const RISK_STATUSES = ["open", "treatment", "accepted", "closed"] as const;
export const ACTION_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;

export const ZTreatmentAction = z.object({
  title: z.string().trim().min(1),
  owner: optionalText,
  dueOn: date.nullish(),
  status: z.enum(ACTION_STATUSES).default("open"),
});

export const ZAcceptance = z.object({
  by: z.string().trim().min(1),
  at: z.string().nullish(),
  comment: optionalText,
  exception: optionalText,
});

/** The list fields: empty by default on create; on update, only those given replace the current ones. */
const LISTS = {
  cia: z.array(z.enum(["C", "I", "A"])),
  /** Asset keys. */
  assets: z.array(z.string()),
  /** Annex A ids: "8.8", "A.8.8". */
  controls: z.array(z.string()),
  ownControls: z.array(z.string().trim().min(1)),
  actions: z.array(ZTreatmentAction),
};

export const ZRiskInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, "letters, digits, dot, dash or underscore")
    .optional(),
  title: z.string().trim().min(1, "required"),
  description: optionalText,
  threat: optionalText,
  vulnerability: optionalText,
  consequence: optionalText,
  cia: LISTS.cia.default([]),
  owner: optionalText,
  assets: LISTS.assets.default([]),
  inherent: point,
  existingControls: optionalText,
  treatment: z.enum(TREATMENTS).nullish(),
  controls: LISTS.controls.default([]),
  ownControls: LISTS.ownControls.default([]),
  actions: LISTS.actions.default([]),
  residual: point.nullish(),
  residualJustification: optionalText,
  acceptance: ZAcceptance.nullish(),
  lastReviewedOn: date.nullish(),
  nextReviewOn: date.nullish(),
  status: z.enum(RISK_STATUSES).optional(),
});
export type RiskInput = z.input<typeof ZRiskInput>;
export type ParsedRiskInput = z.output<typeof ZRiskInput>;

/**
 * A partial update: any field of the input; lists given replace the current ones, lists left out
 * stay as they are (so no defaults here: `.partial()` alone would keep `default([])` and wipe them).
 */
export const ZRiskPatch = ZRiskInput.extend(LISTS).partial();
export type RiskPatch = z.input<typeof ZRiskPatch>;

const scaleLevel = z.object({
  value: z.number().int(),
  name: z.string().trim().min(1),
  description: z.string().default(""),
});

export const ZMethodology = z.object({
  likelihood: z.array(scaleLevel),
  impact: z.array(scaleLevel),
  scoring: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("product") }),
    z.object({ kind: z.literal("sum") }),
    z.object({ kind: z.literal("matrix"), matrix: z.array(z.array(z.number())) }),
  ]),
  levels: z.array(
    z.object({ name: z.string().trim().min(1), maxScore: z.number(), colour: z.string().min(1) }),
  ),
  acceptanceMaxScore: z.number(),
  approach: z.enum(["asset-based", "scenario-based"]),
  reviewIntervalMonths: z.number().int(),
});
