/**
 * Offline answers assembled from retrieved catalog knowledge: a direct answer first, then the cited
 * controls and clauses with their purpose and key guidance, and, when an organization is given,
 * how its own ISMS stands on each cited control.
 */
import { getClause, getControl } from "../catalog/index.js";
import { compose, firstSentences, refOf, sentences } from "./compose.js";
import { type IntentKind, recognise, topicOf } from "./intent.js";
import { type Citation, idsInQuestion, retrieve } from "./retrieval.js";

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
  /** The kind of question recognised (compare, exclude, facts, …). */
  intent?: IntentKind;
  source: "offline" | "llm";
  draft?: boolean;
}

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
  const text = c.type === "clause" ? getClause(c.id)?.summary : getControl(c.id)?.guidance.purpose;
  return `- ${refOf(c)}: ${firstSentences(text ?? "", 1)}`;
}

/**
 * When a question first sets the scene ("We are a team of nine with no office.") and then asks, the
 * sentence that asks names the topic: entries it retrieves on its own gain up to FOCUS_WEIGHT.
 */
const FOCUS_WEIGHT = 1;
function focusOnAsked(question: string, retrieved: Citation[]): Citation[] {
  const parts = sentences(question);
  const asked = parts.at(-1);
  if (parts.length < 2 || !asked?.includes("?")) return retrieved;
  const focus = retrieve(asked, 8);
  const top = focus[0]?.score || 1;
  const bonus = new Map(focus.map((c) => [`${c.type}:${c.id}`, (c.score / top) * FOCUS_WEIGHT]));
  return retrieved
    .map((c) => ({
      ...c,
      score: Math.round((c.score + (bonus.get(`${c.type}:${c.id}`) ?? 0)) * 1000) / 1000,
    }))
    .sort((a, b) => b.score - a.score);
}

/** A direct answer when the question asks for one field of the organization's entry for a control. */
function entryAnswer(
  question: string,
  inQuestion: Citation[],
  states: Map<string, ControlState>,
  org: string,
): string | undefined {
  const target = inQuestion.find((c) => c.type === "control");
  const state = target && states.get(target.id);
  if (!target || !state) return undefined;
  const q = question.toLowerCase();
  const ref = `A.${target.id} ${target.title}`;
  if (/\b(who owns|owner|responsible)\b/.test(q))
    return state.owner
      ? `The owner of ${ref} in ${org}'s ISMS is ${state.owner}.`
      : `${ref} has no owner in ${org}'s ISMS.`;
  if (/\bwhich risks?|what risks?\b/.test(q))
    return state.risks.length
      ? `${ref} treats ${state.risks.length === 1 ? "risk" : "risks"} ${state.risks.join(", ")} in ${org}'s ISMS.`
      : `No risk in ${org}'s register is treated by ${ref}.`;
  if (/\b(status|implemented|applicable|excluded|decided)\b/.test(q))
    return `${ref} in ${org}'s ISMS: ${describeState(state)}`;
  return undefined;
}

/** A second fact is printed only when it scores at least this share of the first. */
const FACT_SHARE = 0.7;

/** "Also relevant" lists only entries scoring at least this share of the best one. */
const ALSO_RELEVANT_SHARE = 0.45;

/**
 * Answers a question from the catalog alone: recognises the kind of question, composes an answer
 * of that kind, and lists what else is relevant. `states` (by control id) adds the organization's
 * position on each cited control.
 */
export function answerQuestion(
  question: string,
  options: { states?: Map<string, ControlState>; organization?: string } = {},
): CopilotAnswer {
  const retrieved = focusOnAsked(question, retrieve(topicOf(question), 8));
  const citations = retrieved
    .filter((c): c is CopilotAnswer["citations"][number] => c.type !== "fact")
    .slice(0, 5);
  const facts = retrieved.filter((c) => c.type === "fact").sort((a, b) => b.score - a.score);
  const recognised = recognise(question, citations[0]?.type === "clause");
  // A standard-level fact that outranks the controls turns a general question into a facts one.
  const factRank = facts[0] ? retrieved.indexOf(facts[0]) : -1;
  const factLeads =
    factRank === 0 || (factRank === 1 && (facts[0]?.score ?? 0) >= 0.8 * (retrieved[0]?.score ?? 0));
  // Entries whose ids the question writes, in the order written.
  const inQuestion = idsInQuestion(question)
    .map((key) => citations.find((c) => `${c.type}:${c.id}` === key))
    .filter((c): c is CopilotAnswer["citations"][number] => c !== undefined);
  const general =
    recognised.kind === "explain" ||
    recognised.kind === "clause" ||
    (recognised.kind === "compare" && inQuestion.length < 2);
  const intent =
    factLeads && general
      ? { ...recognised, kind: "facts" as const, cue: `fact ${facts[0]?.id}` }
      : recognised;
  const strongFacts = facts.filter((f) => f.score >= FACT_SHARE * (facts[0]?.score ?? 0)).map((f) => f.id);
  const lines = compose(question, intent, citations, strongFacts, inQuestion);

  const shown = new Set(lines.join("\n").match(/\b\d{1,2}(\.\d{1,2}){1,2}\b/g) ?? []);
  const top = citations[0]?.score ?? 0;
  const others = citations
    .filter((c) => !shown.has(c.id) && c.score >= top * ALSO_RELEVANT_SHARE)
    .slice(0, 3);
  if (others.length && intent.kind !== "facts") lines.push("", "Also relevant:", ...others.map(citedLine));

  if (options.states) {
    const org = options.organization ?? "your organization";
    const entry = entryAnswer(question, inQuestion, options.states, org);
    if (entry) lines.unshift(entry, "");
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
  return {
    answer: lines.join("\n").trim(),
    citations,
    facts: facts.map((f) => f.id),
    intent: intent.kind,
    source: "offline",
  };
}
