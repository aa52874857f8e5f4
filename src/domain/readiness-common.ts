/**
 * Building blocks of the clause readiness rules: verdicts, date windows and document checks.
 */
import type { Blocker, ClauseStatus, Fix, ManagementSystemFacts } from "./readiness-facts.js";

export type Rule = (f: ManagementSystemFacts) => Verdict;

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
export const within = (date: string | null | undefined, today: string, days: number) =>
  !!date && date <= today && daysBetween(date, today) <= days;

export type Verdict = { status: ClauseStatus; reasons: string[]; blockers?: Omit<Blocker, "ref">[] };
export const met = (...reasons: string[]): Verdict => ({ status: "met", reasons });
export const partial = (reasons: string[], blockers: Omit<Blocker, "ref">[] = []): Verdict => ({
  status: "partial",
  reasons,
  blockers,
});
export const missing = (reasons: string[], blockers: Omit<Blocker, "ref">[] = []): Verdict => ({
  status: "missing",
  reasons,
  blockers,
});

export function docsFor(f: ManagementSystemFacts, clause: string) {
  return f.documents.filter((d) => d.clauseRefs.includes(clause));
}

export function documentRule(
  f: ManagementSystemFacts,
  clause: string,
  what: string,
  stage: 1 | 2 = 1,
): Verdict {
  const docs = docsFor(f, clause);
  const approved = docs.filter((d) => d.approvedOn);
  if (approved.length) return met(`${what}: ${approved.map((d) => d.key).join(", ")} approved`);
  const fix: Fix = { action: "add-document", args: { clause, title: what } };
  if (docs.length)
    return partial(
      [`${what} exists but is not approved`],
      [{ stage, message: `${what} is not approved`, fix }],
    );
  return missing(
    [`no ${what.toLowerCase()} in the document register`],
    [{ stage, message: `${what} is missing`, fix }],
  );
}
