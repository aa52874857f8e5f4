/**
 * What changes for existing risks when the methodology changes. The plan is shown to the user
 * before it is applied, so old scores are never silently reinterpreted.
 */
import { assess, mapScaleValue, type RiskMethodology } from "./risk-method.js";

export interface ScoredPoint {
  likelihood: number;
  impact: number;
  score: number;
  level: string;
}

export interface RiskPoints {
  key: string;
  inherent: { likelihood: number; impact: number } | null;
  residual: { likelihood: number; impact: number } | null;
}

export interface RescaleChange {
  key: string;
  inherent: { from: ScoredPoint; to: ScoredPoint } | null;
  residual: { from: ScoredPoint; to: ScoredPoint } | null;
}

function move(from: RiskMethodology, to: RiskMethodology, point: { likelihood: number; impact: number }) {
  const before = assess(from, point.likelihood, point.impact);
  const after = assess(
    to,
    mapScaleValue(point.likelihood, from.likelihood.length, to.likelihood.length),
    mapScaleValue(point.impact, from.impact.length, to.impact.length),
  );
  const same =
    before.likelihood === after.likelihood &&
    before.impact === after.impact &&
    before.score === after.score &&
    before.level === after.level;
  return same ? null : { from: before, to: after };
}

/** The risks whose values, score or level would change, with before and after. */
export function planRescale(
  from: RiskMethodology,
  to: RiskMethodology,
  risks: readonly RiskPoints[],
): RescaleChange[] {
  const changes: RescaleChange[] = [];
  for (const risk of risks) {
    const inherent = risk.inherent ? move(from, to, risk.inherent) : null;
    const residual = risk.residual ? move(from, to, risk.residual) : null;
    if (inherent || residual) changes.push({ key: risk.key, inherent, residual });
  }
  return changes;
}
