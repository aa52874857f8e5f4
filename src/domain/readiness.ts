/**
 * Certification readiness of the management system (ISO/IEC 27001 clauses 4–10). Each clause gets
 * a status derived from the workspace's data, with the reasons, and what blocks a stage 1
 * (documentation) or stage 2 (implementation) audit is listed with where it is fixed. The rules of
 * each clause live in readiness-rules-planning.ts (4–6) and readiness-rules-operation.ts (7–10).
 */
import { CLAUSES } from "../catalog/index.js";
import type {
  Blocker,
  ClauseReadiness,
  ClauseStatus,
  ManagementSystemFacts,
  ReadinessReport,
} from "./readiness-facts.js";
import { OPERATION_RULES } from "./readiness-rules-operation.js";
import { PLANNING_RULES } from "./readiness-rules-planning.js";

export * from "./readiness-facts.js";
export * from "./readiness-records.js";

/** Every clause's rule. Headings (4, 5, …) and groups (6.1, 7.5, 9.2, 9.3) take their children's worst status. */
const RULES = { ...PLANNING_RULES, ...OPERATION_RULES };

const RANK: Record<ClauseStatus, number> = { met: 2, partial: 1, missing: 0 };

/** The readiness of every clause from 4.1 to 10.2, and the blockers for stage 1 and stage 2. */
export function assessReadiness(f: ManagementSystemFacts): ReadinessReport {
  const verdicts = new Map<string, ClauseReadiness>();
  const blockers: Blocker[] = [];
  for (const clause of CLAUSES) {
    const rule = RULES[clause.id];
    if (!rule) continue;
    const v = rule(f);
    verdicts.set(clause.id, { id: clause.id, title: clause.title, status: v.status, reasons: v.reasons });
    for (const b of v.blockers ?? []) blockers.push({ ...b, ref: `clause:${clause.id}` });
  }
  // Groups and headings, deepest first, take the worst status of their children.
  for (const clause of [...CLAUSES].reverse()) {
    if (verdicts.has(clause.id)) continue;
    const children = CLAUSES.filter((c) => c.parent === clause.id)
      .map((c) => verdicts.get(c.id))
      .filter((c) => c !== undefined);
    const worst = children.reduce<ClauseStatus>((w, c) => (RANK[c.status] < RANK[w] ? c.status : w), "met");
    const notMet = children.filter((c) => c.status !== "met").map((c) => c.id);
    verdicts.set(clause.id, {
      id: clause.id,
      title: clause.title,
      status: worst,
      reasons: notMet.length ? [`not met: ${notMet.join(", ")}`] : ["every sub-clause is met"],
    });
  }
  const listed = CLAUSES.filter((c) => c.id !== "4")
    .map((c) => verdicts.get(c.id))
    .filter((c) => c !== undefined);
  const leaves = listed.filter((c) => RULES[c.id]);
  const clauseScore = leaves.reduce((sum, c) => sum + RANK[c.status] / 2, 0) / leaves.length;
  blockers.sort((a, b) => a.stage - b.stage);
  return { clauses: listed, blockers, clauseScore };
}
