/**
 * The common questions asked about a clause (how often, who, what must be documented, is it
 * mandatory) answered from the clause's own text and its sub-clauses: the sentences that speak to
 * the facet asked, each with the sub-clause it comes from.
 */
import { CLAUSES, getClause } from "../catalog/index.js";

interface Facet {
  name: string;
  asked: RegExp;
  answers: RegExp;
}

const FACETS: Facet[] = [
  {
    name: "How often",
    asked:
      /\bhow often|\bfrequen|\binterval|\bevery (year|month|quarter)|\bannual|\byearly|\bwhen (must|should|do) we\b/,
    answers:
      /\binterval|\bregular|\bannual|\byear|\bfrequen|\bschedule|\bplanned|\bwhen .* change|\bafter (big|significant|major)/,
  },
  {
    name: "Who",
    asked: /\bwho\b|\bwhich role|\bresponsib|\bappoint|\bapprov|\bsign[- ]off/,
    answers:
      /\btop management|\bmanagement\b|\bowner|\bresponsib|\bauthorit|\bauditor|\brole|\bapprov|\baccountab/,
  },
  {
    name: "Documented information",
    asked: /\bdocument|\brecord|\bwritten|\bin writing|\bprocedure/,
    answers: /\bdocumented information|\brecord|\bretain|\bkept\b|\bwrite down|\bwritten|\bprocedure/,
  },
];

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/);

/** Lines answering the facets the question asks about, from the clause and its sub-clauses. */
export function clauseFacets(question: string, clauseId: string): string[] {
  const clause = getClause(clauseId);
  if (!clause) return [];
  const q = question.toLowerCase();
  const children = CLAUSES.filter((c) => c.parent === clause.id);
  // A clause split into sub-clauses only groups them: the sub-clauses carry the requirements.
  const parts = children.length ? children : [clause];
  const lines: string[] = [];
  for (const facet of FACETS.filter((f) => f.asked.test(q))) {
    const found = parts.flatMap((c) =>
      sentencesOf(c.summary)
        .filter((s) => facet.answers.test(s.toLowerCase()))
        .map((s) => `${s} (${c.id})`),
    );
    const documents =
      facet.name === "Documented information" ? parts.flatMap((c) => c.mandatoryDocuments) : [];
    if (found.length) lines.push(`${facet.name}: ${found.slice(0, 2).join(" ")}`);
    if (facet.name === "Documented information")
      lines.push(
        documents.length
          ? `Mandatory documented information here: ${[...new Set(documents)].join("; ")}.`
          : `Clause ${clause.id} makes no documented information mandatory; records are a matter of good practice.`,
      );
  }
  return lines;
}

/** A verdict for a yes/no question on whether a clause requires documented information. */
export function documentationVerdict(question: string, clauseId: string): string | undefined {
  const clause = getClause(clauseId);
  if (!clause || !/\b(document\w*|records?|written|in writing|procedures?)\b/i.test(question))
    return undefined;
  const documents = [clause, ...CLAUSES.filter((c) => c.parent === clause.id)].flatMap(
    (c) => c.mandatoryDocuments,
  );
  return documents.length
    ? `Yes: clause ${clause.id} ${clause.title} requires documented information: ${[...new Set(documents)].join("; ")}.`
    : `No: clause ${clause.id} ${clause.title} makes no documented information mandatory, so no documented procedure is required; keep what records you need to show the requirement is met.`;
}
