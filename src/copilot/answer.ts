/**
 * Offline answers assembled from retrieved catalog knowledge: a direct answer first, then the cited
 * controls and clauses with their purpose and key guidance, and, when an organization is given,
 * how its own ISMS stands on each cited control.
 */
import { getClause, getControl, STANDARD_FACTS } from "../catalog/index.js";
import { type Citation, retrieve } from "./retrieval.js";

export interface ControlState {
  controlId: string;
  applicable: boolean | null;
  status: string;
  owner: string | null;
  justification: string | null;
  risks: string[];
  evidence: number;
  currentEvidence: number;
  problems: string[];
}

export interface CopilotAnswer {
  answer: string;
  /** Controls and clauses, best first. */
  citations: (Citation & { type: "control" | "clause" })[];
  /** Standard-level facts the answer drew on. */
  facts: string[];
  source: "offline" | "llm";
  draft?: boolean;
}

const firstSentences = (text: string, n: number) =>
  (text.match(/[^.!?]+[.!?]+/g) ?? [text]).slice(0, n).join("").trim();

function describeState(state: ControlState): string {
  const decision =
    state.applicable === null ? "not yet decided" : state.applicable ? "applicable" : "excluded";
  const evidence = state.evidence
    ? `${state.currentEvidence} of ${state.evidence} evidence item(s) current`
    : "no evidence linked";
  const parts = [
    `${decision}`,
    state.applicable === false && state.justification ? `because "${state.justification}"` : "",
    state.applicable ? `status ${state.status.replace(/_/g, " ")}` : "",
    state.owner ? `owner ${state.owner}` : state.applicable ? "no owner" : "",
    evidence,
    state.risks.length ? `treats risk(s) ${state.risks.join(", ")}` : "",
  ].filter(Boolean);
  const problems = state.problems.length ? ` Gaps: ${state.problems.join("; ")}.` : "";
  return `${parts.join(", ")}.${problems}`;
}

function citedLine(c: Citation): string {
  if (c.type === "clause") {
    const clause = getClause(c.id);
    return `- Clause ${c.id} ${c.title}: ${firstSentences(clause?.summary ?? "", 1)}`;
  }
  const control = getControl(c.id);
  return `- A.${c.id} ${c.title}: ${firstSentences(control?.guidance.purpose ?? "", 1)}`;
}

/**
 * Answers a question from the catalog alone. `states` (by control id) adds the organization's
 * position on each cited control.
 */
export function answerQuestion(
  question: string,
  options: { states?: Map<string, ControlState>; organization?: string } = {},
): CopilotAnswer {
  const retrieved = retrieve(question, 8);
  const citations = retrieved
    .filter((c): c is CopilotAnswer["citations"][number] => c.type !== "fact")
    .slice(0, 5);
  const facts = retrieved.filter((c) => c.type === "fact");
  const lines: string[] = [];
  const leadingFact =
    facts[0] && retrieved.indexOf(facts[0]) <= 1
      ? STANDARD_FACTS.find((f) => f.id === facts[0]?.id)
      : undefined;
  if (leadingFact) lines.push(leadingFact.text);

  const best = citations[0];
  if (best && !leadingFact) {
    if (best.type === "control") {
      const control = getControl(best.id);
      const g = control?.guidance;
      lines.push(
        `This is ISO/IEC 27001:2022 Annex A control ${best.id} ${best.title} (${control?.theme} theme${control?.isNew ? ", new in 2022" : ""}). ${firstSentences(g?.purpose ?? "", 2)}`,
      );
      if (g) {
        lines.push("", "What it takes in practice:", ...g.implementation.slice(0, 4).map((s) => `- ${s}`));
        lines.push("", `Evidence auditors ask for: ${g.evidence.slice(0, 3).join("; ")}.`);
      }
    } else {
      const clause = getClause(best.id);
      lines.push(`This is clause ${best.id} ${best.title} of ISO/IEC 27001:2022. ${clause?.summary ?? ""}`);
      if (clause?.mandatoryDocuments.length)
        lines.push("", `Documented information it requires: ${clause.mandatoryDocuments.join("; ")}.`);
    }
  }
  const others = citations.slice(leadingFact ? 0 : 1, 4);
  if (others.length) lines.push("", leadingFact ? "Related:" : "Also relevant:", ...others.map(citedLine));

  if (options.states) {
    const org = options.organization ?? "your organization";
    const stateLines = citations
      .filter((c) => c.type === "control")
      .map((c) => {
        const state = options.states?.get(c.id);
        return state ? `- A.${c.id}: ${describeState(state)}` : undefined;
      })
      .filter((l): l is string => l !== undefined);
    if (stateLines.length) lines.push("", `In ${org}'s ISMS:`, ...stateLines);
  }
  if (lines.length === 0)
    lines.push(
      "I could not match this question to a control or clause. Try naming the topic, a control id such as 8.11, or a clause such as 6.1.3.",
    );
  return { answer: lines.join("\n"), citations, facts: facts.map((f) => f.id), source: "offline" };
}
