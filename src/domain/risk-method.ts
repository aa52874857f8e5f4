/**
 * The organization's own risk methodology (ISO/IEC 27001 clause 6.1.2): its likelihood and impact
 * scales, how a score is computed, the levels, and the criteria for accepting a risk. Scores are
 * always computed from the methodology in force, never assumed to be a 5×5 product.
 */
import { type FieldIssue, invalid } from "./errors.js";

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
    const message = `${path} must be a whole number from 1 to ${scale.length}`;
    throw invalid(message, [{ path, message }]);
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

/** Every problem with a methodology, as field issues (empty when it is sound). */
export function validateMethodology(method: RiskMethodology): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const scale = (levels: ScaleLevel[], path: string) => {
    if (levels.length < 3 || levels.length > 6) issues.push({ path, message: "a scale has 3 to 6 levels" });
    levels.forEach((level, i) => {
      if (level.value !== i + 1) issues.push({ path: `${path}[${i}].value`, message: `must be ${i + 1}` });
      if (!level.name.trim()) issues.push({ path: `${path}[${i}].name`, message: "required" });
    });
  };
  scale(method.likelihood, "likelihood");
  scale(method.impact, "impact");
  if (method.scoring.kind === "matrix") {
    const { matrix } = method.scoring;
    const fits =
      matrix.length === method.likelihood.length &&
      matrix.every(
        (row) => row.length === method.impact.length && row.every((v) => Number.isFinite(v) && v > 0),
      );
    if (!fits) {
      issues.push({
        path: "scoring.matrix",
        message: `needs ${method.likelihood.length} rows (likelihood) of ${method.impact.length} positive scores (impact)`,
      });
    }
  }
  if (issues.length) return issues;
  const scores = allScores(method);
  const highest = Math.max(...scores);
  if (method.levels.length === 0) issues.push({ path: "levels", message: "at least one level is required" });
  const names = new Set<string>();
  method.levels.forEach((level, i) => {
    if (!level.name.trim()) issues.push({ path: `levels[${i}].name`, message: "required" });
    if (names.has(level.name)) issues.push({ path: `levels[${i}].name`, message: "duplicate level name" });
    names.add(level.name);
    const previous = method.levels[i - 1];
    if (previous && level.maxScore <= previous.maxScore) {
      issues.push({
        path: `levels[${i}].maxScore`,
        message: "levels go in ascending order: must be above the highest score of the level before",
      });
    }
  });
  issues.push(...levelRangeIssues(method.levels, scores));
  if (method.acceptanceMaxScore < Math.min(...scores) || method.acceptanceMaxScore > highest) {
    issues.push({
      path: "acceptanceMaxScore",
      message: `must be between ${Math.min(...scores)} and ${highest}`,
    });
  }
  if (
    !Number.isInteger(method.reviewIntervalMonths) ||
    method.reviewIntervalMonths < 1 ||
    method.reviewIntervalMonths > 36
  ) {
    issues.push({ path: "reviewIntervalMonths", message: "1 to 36 months" });
  }
  return issues;
}

/**
 * The levels measured against the scores the scales can produce: the top level ends exactly at the
 * highest score, and every level holds at least one score (a level no risk can ever fall in, or a
 * threshold above what the scales reach, misleads whoever reads the method).
 */
function levelRangeIssues(levels: readonly RiskLevel[], scores: readonly number[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const reachable = [...new Set(scores)].sort((a, b) => a - b);
  const highest = reachable.at(-1) ?? 0;
  let floor = Number.NEGATIVE_INFINITY;
  levels.forEach((level, i) => {
    const path = `levels[${i}].maxScore`;
    const last = i === levels.length - 1;
    if (last && level.maxScore !== highest) {
      issues.push({
        path,
        message:
          level.maxScore > highest
            ? `must be ${highest}: the scales cannot produce a score above ${highest}`
            : `must reach the highest score, ${highest}`,
      });
    } else if (level.maxScore > floor && !reachable.some((s) => s > floor && s <= level.maxScore)) {
      issues.push({
        path,
        message: `no score the scales produce falls in this level (${describeRange(floor, level.maxScore)}; the scores are ${reachable.join(", ")})`,
      });
    }
    floor = Math.max(floor, level.maxScore);
  });
  return issues;
}

const describeRange = (floor: number, max: number) =>
  Number.isFinite(floor) ? `${floor + 1} to ${max}` : `up to ${max}`;

/**
 * The thresholds carried over to scales that changed length: each level's highest score and the
 * acceptance limit keep their relative position on the score range, settle on the nearest score the
 * new scales produce, and the top level ends at the new highest score. Levels that would collapse onto
 * the same score are left for validateMethodology to flag, so a person decides.
 */
export function fitThresholdsToScales(
  previous: RiskMethodology,
  next: RiskMethodology,
): Pick<RiskMethodology, "levels" | "acceptanceMaxScore"> {
  const kept = { levels: next.levels, acceptanceMaxScore: next.acceptanceMaxScore };
  let before: number[];
  let after: number[];
  try {
    before = allScores(previous);
    after = [...new Set(allScores(next))].sort((x, y) => x - y);
  } catch {
    return kept;
  }
  const oldLow = Math.min(...before);
  const oldHigh = Math.max(...before);
  const low = after[0];
  const high = after.at(-1);
  if (low === undefined || high === undefined || oldHigh === oldLow) return kept;
  const carry = (threshold: number) => {
    const target = low + ((threshold - oldLow) * (high - low)) / (oldHigh - oldLow);
    return after.reduce((best, score) =>
      Math.abs(score - target) < Math.abs(best - target) - 1e-9 ? score : best,
    );
  };
  return {
    levels: next.levels.map((level, i) => ({
      ...level,
      maxScore: i === next.levels.length - 1 ? high : carry(level.maxScore),
    })),
    acceptanceMaxScore: Math.min(high, carry(next.acceptanceMaxScore)),
  };
}

/** Every score the methodology can produce. */
export function allScores(method: RiskMethodology): number[] {
  const scores: number[] = [];
  for (const l of method.likelihood)
    for (const i of method.impact) scores.push(scoreOf(method, l.value, i.value));
  return scores;
}

/**
 * Moves a value from one scale to another of a different length, keeping its relative position
 * (lowest stays lowest, highest stays highest).
 */
export function mapScaleValue(value: number, fromLevels: number, toLevels: number): number {
  if (fromLevels === toLevels) return value;
  return Math.round(((value - 1) * (toLevels - 1)) / (fromLevels - 1)) + 1;
}

/**
 * Reads a scale value as people write it: "3", "3 - Likely" or a level name ("likely"). Returns the
 * value, or a message saying why the text is not one.
 */
export function scaleValueOf(text: string, scale: readonly ScaleLevel[]): number | string {
  const t = text.trim();
  const number = /^(\d+)(?:\.0+)?\b/.exec(t);
  if (number) return Number(number[1]);
  const level = scale.find((l) => l.name.toLowerCase() === t.toLowerCase());
  return level
    ? level.value
    : `"${text}" is neither a number nor a level of the scale (${scale.map((l) => l.name).join(", ")})`;
}
