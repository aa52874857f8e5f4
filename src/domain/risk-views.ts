/**
 * Views over the risk register: the heat map, top risks, overdue actions, the risk ↔ control
 * cross-reference and the gaps an auditor would point at.
 */

import { compareIds } from "./ids.js";
import type { RiskMethodology } from "./risk-method.js";

export interface RiskSummary {
  key: string;
  title: string;
  owner: string | null;
  treatment: string | null;
  inherent: { likelihood: number; impact: number; score: number; level: string } | null;
  residual: { likelihood: number; impact: number; score: number; level: string } | null;
  controls: string[];
  nextReviewOn: string | null;
  actions: { title: string; owner: string | null; dueOn: string | null; status: string }[];
}

/** counts[likelihood - 1][impact - 1] */
export type HeatMap = number[][];

export function heatMap(
  method: RiskMethodology,
  risks: readonly RiskSummary[],
  which: "inherent" | "residual",
): HeatMap {
  const counts = method.likelihood.map(() => method.impact.map(() => 0));
  for (const risk of risks) {
    const point = risk[which];
    if (!point) continue;
    const row = counts[point.likelihood - 1];
    if (row && point.impact - 1 < row.length) row[point.impact - 1] = (row[point.impact - 1] ?? 0) + 1;
  }
  return counts;
}

/** The highest risks by current score (residual when assessed, inherent otherwise). */
export function topRisks(risks: readonly RiskSummary[], limit = 10): RiskSummary[] {
  const current = (r: RiskSummary) => r.residual?.score ?? r.inherent?.score ?? 0;
  return [...risks].sort((a, b) => current(b) - current(a) || a.key.localeCompare(b.key)).slice(0, limit);
}

export interface OverdueAction {
  riskKey: string;
  title: string;
  owner: string | null;
  dueOn: string;
  daysOverdue: number;
}

/** Treatment actions not done whose due date has passed (`today` as YYYY-MM-DD). */
export function overdueActions(risks: readonly RiskSummary[], today: string): OverdueAction[] {
  const day = 86_400_000;
  const overdue: OverdueAction[] = [];
  for (const risk of risks) {
    for (const action of risk.actions) {
      if (action.status === "done" || !action.dueOn || action.dueOn >= today) continue;
      const daysOverdue = Math.round((Date.parse(today) - Date.parse(action.dueOn)) / day);
      overdue.push({
        riskKey: risk.key,
        title: action.title,
        owner: action.owner,
        dueOn: action.dueOn,
        daysOverdue,
      });
    }
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/** Annex A control id → keys of the risks that plan it. */
export function risksPerControl(risks: readonly RiskSummary[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const risk of risks) {
    for (const id of risk.controls) {
      const list = map.get(id);
      if (list) list.push(risk.key);
      else map.set(id, [risk.key]);
    }
  }
  return new Map([...map.entries()].sort(([a], [b]) => compareIds(a, b)));
}

export interface RiskGaps {
  withoutOwner: string[];
  withoutTreatment: string[];
  /** No next review date, or one in the past. */
  reviewOverdue: string[];
}

export function riskGaps(risks: readonly RiskSummary[], today: string): RiskGaps {
  return {
    withoutOwner: risks.filter((r) => !r.owner?.trim()).map((r) => r.key),
    withoutTreatment: risks.filter((r) => !r.treatment).map((r) => r.key),
    reviewOverdue: risks.filter((r) => !r.nextReviewOn || r.nextReviewOn < today).map((r) => r.key),
  };
}
