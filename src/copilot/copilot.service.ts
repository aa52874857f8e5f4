/**
 * The copilot: retrieval, the offline answer, the organization's position on the cited controls,
 * and the optional language model with its grounding checks and fallback.
 */
import type { Kysely } from "kysely";
import { getClause, getControl, STANDARD_FACTS } from "../catalog/index.js";
import type { Database } from "../db/schema.js";
import { OrgReader } from "../db/store.js";
import { lintSoa } from "../domain/soa.js";
import { loadSoa } from "../modules/soa/soa.service.js";
import { answerQuestion, type ControlState, type CopilotAnswer } from "./answer.js";
import { askLlm, checkCitations, type LlmSettings } from "./llm.js";
import { answerOrganizationWide, loadOrganizationView } from "./organization.js";

/** The organization's SoA position for every control, with its lint problems. */
export async function organizationStates(
  db: Kysely<Database>,
  orgId: string,
): Promise<Map<string, ControlState>> {
  const today = new Date().toISOString().slice(0, 10);
  const state = await loadSoa(new OrgReader(db, orgId), today);
  const problems = lintSoa(state.entries, today);
  return new Map(
    state.entries.map((e) => [
      e.controlId,
      {
        controlId: e.controlId,
        applicable: e.applicable,
        status: e.status,
        owner: e.owner,
        justification: e.justification,
        risks: e.risks,
        evidence: e.evidence,
        currentEvidence: e.currentEvidence,
        problems: problems.filter((p) => p.controlId === e.controlId).map((p) => p.message),
      },
    ]),
  );
}

export interface AskOptions {
  db?: Kysely<Database>;
  orgId?: string;
  organization?: string;
  llm?: LlmSettings;
  onToken?: (token: string) => void;
}

/** Answers a question, offline unless a language model is configured (and working). */
export async function ask(
  question: string,
  options: AskOptions = {},
): Promise<CopilotAnswer & { notice?: string }> {
  const states =
    options.db && options.orgId ? await organizationStates(options.db, options.orgId) : undefined;
  let offline = answerQuestion(question, {
    ...(states && { states }),
    ...(options.organization && { organization: options.organization }),
  });
  if (options.db && options.orgId) {
    const wide = answerOrganizationWide(question, await loadOrganizationView(options.db, options.orgId));
    if (wide) {
      const org = options.organization ?? "your organization";
      offline = { ...offline, answer: [`From ${org}'s ISMS data:`, ...wide].join("\n") };
    }
  }
  if (!options.llm) return offline;
  const passages = offline.citations.map((c) => ({
    ref: c.type === "control" ? `A.${c.id}` : `clause ${c.id}`,
    title: c.title,
    text:
      c.type === "control" ? (getControl(c.id)?.guidance.purpose ?? "") : (getClause(c.id)?.summary ?? ""),
  }));
  for (const id of offline.facts) {
    const fact = STANDARD_FACTS.find((f) => f.id === id);
    if (fact) passages.push({ ref: `fact ${fact.id}`, title: fact.title, text: fact.text });
  }
  const orgFacts = states
    ? offline.citations
        .filter((c) => c.type === "control" && states.get(c.id))
        .map((c) => {
          const s = states.get(c.id) as ControlState;
          return `A.${c.id}: ${s.applicable === null ? "undecided" : s.applicable ? "applicable" : "excluded"}, status ${s.status}, ${s.currentEvidence}/${s.evidence} current evidence, risks ${s.risks.join(", ") || "none"}${s.problems.length ? `, gaps: ${s.problems.join("; ")}` : ""}`;
        })
    : [];
  try {
    const grounding = {
      question,
      passages,
      orgFacts,
      composed: offline.answer,
      ...(offline.intent && { intent: offline.intent }),
    };
    const raw = await askLlm(options.llm, grounding, options.onToken);
    const checked = checkCitations(raw);
    const rank = (type: string, id: string) => {
      const i = checked.cited.findIndex((c) => c.type === type && c.id === id);
      return i === -1 ? Number.POSITIVE_INFINITY : i;
    };
    const citations = [...offline.citations].sort((a, b) => rank(a.type, a.id) - rank(b.type, b.id));
    const note = checked.removed.length
      ? `\n\n(Removed citation(s) of ${checked.removed.join(", ")}: no such control or clause exists.)`
      : "";
    return { ...offline, answer: `${checked.text}${note}`, citations, source: "llm" };
  } catch (error) {
    return {
      ...offline,
      notice: `the language model did not answer (${(error as Error).message}); this is the offline answer`,
    };
  }
}
