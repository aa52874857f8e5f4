/**
 * Response shapes of the risk register: risks as the API shows them, the register views, and the
 * methodology with the changes a new one makes. Checked against the results they describe.
 */
import { z } from "zod";
import type { HeatMap, OverdueAction, RiskGaps } from "../../domain/risk-views.js";
import { describes } from "../shape.js";
import type { getMethodology, previewMethodologyChange } from "./methodology.service.js";
import type { RiskView } from "./risk.repository.js";
import { ACTION_STATUSES, RISK_STATUSES } from "./risk.schema.js";

const text = z.string().nullable();

export const ZScoredPoint = z.object({
  likelihood: z.number(),
  impact: z.number(),
  score: z.number(),
  level: z.string().describe("The level's name in the methodology"),
});

export const ZRiskView = describes<RiskView>()(
  z.object({
    id: z.string(),
    key: z.string(),
    title: z.string(),
    description: text,
    threat: text,
    vulnerability: text,
    consequence: text,
    cia: z.array(z.string()).describe('"C", "I", "A"'),
    owner: text,
    assets: z.array(z.string()).describe("Asset keys"),
    inherent: ZScoredPoint.nullable(),
    existingControls: text,
    treatment: text.describe("modify | retain | avoid | share"),
    controls: z.array(z.string()).describe("Planned Annex A controls"),
    ownControls: z.array(z.string()),
    actions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        owner: text,
        dueOn: text,
        status: z.string().describe(ACTION_STATUSES.join(" | ")),
        completedOn: text,
      }),
    ),
    residual: ZScoredPoint.nullable(),
    residualJustification: text,
    acceptance: z.object({ by: z.string(), at: text, comment: text, exception: text }).nullable(),
    lastReviewedOn: text,
    nextReviewOn: text,
    status: z.string().describe(RISK_STATUSES.join(" | ")),
    version: z.number(),
  }),
);

const ZHeatMap = describes<HeatMap>()(
  z.array(z.array(z.number())).describe("Risk counts by [likelihood - 1][impact - 1]"),
);

/** The register views; with only=heatMap, the heat maps alone. */
export const ZRiskViews = z.object({
  heatMap: z.object({ inherent: ZHeatMap, residual: ZHeatMap }),
  top: z.array(z.string()).optional().describe("Keys of the ten highest current risks"),
  overdueActions: z
    .array(
      describes<OverdueAction>()(
        z.object({
          riskKey: z.string(),
          title: z.string(),
          owner: text,
          dueOn: z.string(),
          daysOverdue: z.number(),
        }),
      ),
    )
    .optional(),
  gaps: describes<RiskGaps>()(
    z.object({
      withoutOwner: z.array(z.string()),
      withoutTreatment: z.array(z.string()),
      reviewOverdue: z.array(z.string()),
    }),
  ).optional(),
  risksPerControl: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe("Annex A control id → keys of the risks that plan it"),
});

const scaleLevel = z.object({ value: z.number(), name: z.string(), description: z.string() });

export const ZRiskMethodology = z.object({
  likelihood: z.array(scaleLevel),
  impact: z.array(scaleLevel),
  scoring: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("product") }),
    z.object({ kind: z.literal("sum") }),
    z.object({
      kind: z.literal("matrix"),
      matrix: z.array(z.array(z.number())).describe("Scores by [likelihood - 1][impact - 1]"),
    }),
  ]),
  levels: z.array(z.object({ name: z.string(), maxScore: z.number(), colour: z.string() })),
  acceptanceMaxScore: z.number(),
  approach: z.enum(["asset-based", "scenario-based"]),
  reviewIntervalMonths: z.number(),
});

export const ZStoredMethodology = describes<Awaited<ReturnType<typeof getMethodology>>>()(
  z.object({
    method: ZRiskMethodology,
    version: z.number().nullable().describe("null while the built-in default is in force"),
  }),
);

const move = z.object({ from: ZScoredPoint, to: ZScoredPoint });
export const ZRescaleChange = z.object({
  key: z.string(),
  inherent: move.nullable(),
  residual: move.nullable(),
});

export const ZMethodologyPreview = describes<Awaited<ReturnType<typeof previewMethodologyChange>>>()(
  z.object({ method: ZRiskMethodology, changes: z.array(ZRescaleChange) }),
);
