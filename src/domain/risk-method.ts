/**
 * The organization's own risk methodology (ISO/IEC 27001 clause 6.1.2): its likelihood and impact
 * scales, how a score is computed, the levels, and the criteria for accepting a risk. Scores are
 * always computed from the methodology in force, never assumed to be a 5×5 product.
 */
import { invalid } from "./errors.js";

export interface ScaleLevel {
  /** 1-based position on the scale. */
  value: number;
  name: string;
  description: string;
}

export type ScoringRule =
  | { kind: "product" }
  | { kind: "sum" }
  /** matrix[likelihood - 1][impact - 1] */
  | { kind: "matrix"; matrix: number[][] };

export interface RiskLevel {
  name: string;
  /** The highest score still in this level; levels are ordered by maxScore. */
  maxScore: number;
  colour: string;
}

export interface RiskMethodology {
  likelihood: ScaleLevel[];
  impact: ScaleLevel[];
  scoring: ScoringRule;
  levels: RiskLevel[];
  /** A risk whose (residual) score is at or below this may be retained without an exception. */
  acceptanceMaxScore: number;
  approach: "asset-based" | "scenario-based";
  reviewIntervalMonths: number;
}

const FIVE_LEVELS = (names: string[], descriptions: string[]): ScaleLevel[] =>
  names.map((name, i) => ({ value: i + 1, name, description: descriptions[i] ?? "" }));

/** The default: 5×5, score = likelihood × impact, four levels, retain at 6 or below. */
export const DEFAULT_METHODOLOGY: RiskMethodology = {
  likelihood: FIVE_LEVELS(
    ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
    [
      "Not expected in the next five years",
      "Could happen once in three to five years",
      "Could happen once in one to three years",
      "Expected about once a year",
      "Expected several times a year",
    ],
  ),
  impact: FIVE_LEVELS(
    ["Negligible", "Minor", "Moderate", "Major", "Severe"],
    [
      "No noticeable effect on customers or operations",
      "Short disruption or limited internal data exposure; fixed within a day",
      "Customer-visible disruption or exposure of some personal data; notifiable in some cases",
      "Extended outage, regulatory notification, contractual penalties",
      "Large-scale breach or outage threatening the business; regulatory sanctions",
    ],
  ),
  scoring: { kind: "product" },
  levels: [
    { name: "Low", maxScore: 4, colour: "#2f9e44" },
    { name: "Medium", maxScore: 9, colour: "#f2c94c" },
    { name: "High", maxScore: 16, colour: "#f08c00" },
    { name: "Critical", maxScore: 25, colour: "#e03131" },
  ],
  acceptanceMaxScore: 6,
  approach: "scenario-based",
  reviewIntervalMonths: 12,
};

function checkOnScale(value: number, scale: ScaleLevel[], path: string): void {
  if (!Number.isInteger(value) || value < 1 || value > scale.length) {
    throw invalid(`${path} must be a whole number from 1 to ${scale.length}`, [
      { path, message: `1..${scale.length}` },
    ]);
  }
}

/** The score of a likelihood and impact under the methodology's scoring rule. */
export function scoreOf(method: RiskMethodology, likelihood: number, impact: number, path = "risk"): number {
  checkOnScale(likelihood, method.likelihood, `${path}.likelihood`);
  checkOnScale(impact, method.impact, `${path}.impact`);
  switch (method.scoring.kind) {
    case "product":
      return likelihood * impact;
    case "sum":
      return likelihood + impact;
    case "matrix": {
      const score = method.scoring.matrix[likelihood - 1]?.[impact - 1];
      if (score === undefined) throw invalid(`the risk matrix has no cell for ${likelihood}×${impact}`);
      return score;
    }
  }
}

/** The level a score falls in (the first level whose maxScore is at or above it). */
export function levelOf(method: RiskMethodology, score: number): RiskLevel {
  const sorted = [...method.levels].sort((a, b) => a.maxScore - b.maxScore);
  const level = sorted.find((l) => score <= l.maxScore) ?? sorted.at(-1);
  if (!level) throw invalid("the methodology defines no risk levels");
  return level;
}

export interface Assessment {
  likelihood: number;
  impact: number;
  score: number;
  level: string;
}

/** Likelihood and impact scored and levelled under the methodology. */
export function assess(
  method: RiskMethodology,
  likelihood: number,
  impact: number,
  path = "risk",
): Assessment {
  const score = scoreOf(method, likelihood, impact, path);
  return { likelihood, impact, score, level: levelOf(method, score).name };
}

/** True when the methodology allows retaining a risk at this score without an exception. */
export function isWithinAcceptance(method: RiskMethodology, score: number): boolean {
  return score <= method.acceptanceMaxScore;
}
