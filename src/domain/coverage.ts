/**
 * How far an ISMS covers a requirement of another framework (NIS2, NIST SP 800-53…) through the ISO
 * clauses and Annex A controls it is mapped to. A mapping says the two overlap, not that one
 * fulfils the other, so "covered" means: every mapped clause is met and every mapped control that
 * applies is implemented with current evidence. The state comes with the reasons that decide it.
 */

export const COVERAGE_STATES = ["covered", "partial", "not_covered", "not_applicable", "unmapped"] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

/** One mapped ISO reference as the organization's ISMS stands. */
export interface IsoStanding {
  /** "5.15" (Annex A control) or "clause:6.1.2". */
  ref: string;
  /** A clause always applies; a control as the SoA decides (null: not decided yet). */
  applicable: boolean | null;
  /** SoA status of a control (implemented, partial…), readiness of a clause (met, partial, missing). */
  status: string;
  /** Controls only: current, due soon, stale or none (no evidence linked). */
  evidence: "current" | "due_soon" | "stale" | "none" | null;
}

type Met = "yes" | "partly" | "no" | "na";

const name = (ref: string) => (ref.startsWith("clause:") ? `clause ${ref.slice(7)}` : ref);

/** Whether one reference meets its part, and why not. */
export function standingMet(s: IsoStanding): { met: Met; reason: string | null } {
  if (s.ref.startsWith("clause:")) {
    if (s.status === "met") return { met: "yes", reason: null };
    return s.status === "partial"
      ? { met: "partly", reason: `${name(s.ref)} is partly met` }
      : { met: "no", reason: `${name(s.ref)} is not met` };
  }
  if (s.applicable === false) return { met: "na", reason: null };
  if (s.applicable === null)
    return { met: "no", reason: `${s.ref} has no applicability decision in the SoA` };
  if (s.status === "implemented") {
    if (s.evidence === "current" || s.evidence === "due_soon") return { met: "yes", reason: null };
    return {
      met: "partly",
      reason: `${s.ref} is implemented but its evidence is ${s.evidence === "stale" ? "stale" : "missing"}`,
    };
  }
  if (s.status === "partial") return { met: "partly", reason: `${s.ref} is partly implemented` };
  return { met: "no", reason: `${s.ref} is ${s.status === "planned" ? "planned" : "not started"}` };
}

/** The coverage of one requirement from the standing of its mapped references. */
export function coverageOf(standings: readonly IsoStanding[]): {
  state: CoverageState;
  /** Share of the applicable references met (partly counts half), 0..1; null when none applies. */
  score: number | null;
  reasons: string[];
} {
  if (standings.length === 0)
    return {
      state: "unmapped",
      score: null,
      reasons: ["no ISO clause or control is mapped: it needs its own treatment"],
    };
  const judged = standings.map(standingMet);
  const counted = judged.filter((j) => j.met !== "na");
  if (counted.length === 0)
    return {
      state: "not_applicable",
      score: null,
      reasons: [`every mapped control is excluded in the SoA (${standings.map((s) => s.ref).join(", ")})`],
    };
  const score =
    counted.reduce((sum, j) => sum + (j.met === "yes" ? 1 : j.met === "partly" ? 0.5 : 0), 0) /
    counted.length;
  const reasons = counted.flatMap((j) => (j.reason ? [j.reason] : []));
  const state: CoverageState = counted.every((j) => j.met === "yes")
    ? "covered"
    : counted.every((j) => j.met === "no")
      ? "not_covered"
      : "partial";
  return { state, score: Math.round(score * 1000) / 1000, reasons };
}
