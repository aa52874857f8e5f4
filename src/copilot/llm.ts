/**
 * The optional language model: any OpenAI-compatible chat endpoint (Ollama, vLLM, OpenAI, Azure).
 * It sees only the retrieved passages and the organization's facts, must cite ids, and every id it
 * cites is checked against the catalog: an invented one is removed and the answer says so. Any
 * error or timeout falls back to the offline answer.
 */
import { getClause, getControl } from "../catalog/index.js";

export interface LlmSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
}

export interface Grounding {
  question: string;
  passages: { ref: string; title: string; text: string }[];
  orgFacts: string[];
  /** The kind of question recognised (compare, exclude, facts, …), so the model answers in kind. */
  intent?: string;
  /** The offline answer composed for that kind, as material to rewrite, not to contradict. */
  composed?: string;
}

const INTENT_HINTS: Record<string, string> = {
  compare: "Open with the contrast between the entries (X covers …, whereas Y covers …).",
  exclude:
    "Open with yes, no or only if; say what the SoA justification must state and which controls still apply.",
  facts: "Open with the fact itself.",
  evidence: "Open with the concrete records an auditor samples.",
  howto: "Fit the steps to the size or constraint stated in the question.",
  clause: "Name the sub-clause that answers the question and restate it in plain words.",
  explain: "Open with a direct answer to any yes/no question asked, then what the control requires.",
};

const SYSTEM = [
  "You answer questions about ISO/IEC 27001:2022 and ISO/IEC 27002:2022 for an information security practitioner.",
  "Use only the passages and organization facts given. Answer in at most 180 words, plainly.",
  'Cite every control as "A.<id>" (for example A.8.11) and every clause as "clause <id>" (for example clause 6.1.3).',
  "Cite only ids that appear in the passages. If the passages do not answer the question, say so.",
].join(" ");

export function buildMessages(g: Grounding) {
  const passages = g.passages.map((p) => `[${p.ref}] ${p.title}\n${p.text}`).join("\n\n");
  const org = g.orgFacts.length ? `\n\nThe organization's ISMS:\n${g.orgFacts.join("\n")}` : "";
  const composed = g.composed ? `\n\nDraft answer composed from the passages:\n${g.composed}` : "";
  const hint =
    g.intent && INTENT_HINTS[g.intent] ? `\n\nKind of question: ${g.intent}. ${INTENT_HINTS[g.intent]}` : "";
  return [
    { role: "system" as const, content: SYSTEM },
    {
      role: "user" as const,
      content: `Passages:\n${passages}${org}${composed}${hint}\n\nQuestion: ${g.question}`,
    },
  ];
}

export interface CitedRef {
  type: "control" | "clause";
  id: string;
}

/**
 * The ids an answer cites, in order; ids that exist nowhere in the catalog are removed from the text
 * and reported.
 */
export function checkCitations(text: string): { text: string; cited: CitedRef[]; removed: string[] } {
  const cited: CitedRef[] = [];
  const removed: string[] = [];
  const cleaned = text.replace(
    /\b(A\.|clause\s+)(\d{1,2}(?:\.\d{1,2}){1,2})\b/gi,
    (whole, prefix: string, id: string) => {
      const isClause = /^clause/i.test(prefix);
      const exists = isClause ? getClause(id) : getControl(id);
      if (!exists) {
        removed.push(whole.trim());
        return "[removed citation]";
      }
      const ref: CitedRef = {
        type: isClause ? "clause" : "control",
        id: isClause ? id : (getControl(id)?.id ?? id),
      };
      if (!cited.some((c) => c.type === ref.type && c.id === ref.id)) cited.push(ref);
      return whole;
    },
  );
  return { text: cleaned, cited, removed };
}

/** Asks the model; streams tokens to `onToken` when given. Throws on error or timeout. */
export async function askLlm(
  settings: LlmSettings,
  grounding: Grounding,
  onToken?: (token: string) => void,
): Promise<string> {
  const { default: OpenAI } = await import("openai");
  const client = new OpenAI({
    baseURL: settings.baseUrl,
    apiKey: settings.apiKey ?? "not-needed",
    timeout: settings.timeoutMs ?? 20_000,
    maxRetries: 0,
  });
  const messages = buildMessages(grounding);
  if (onToken) {
    const stream = await client.chat.completions.create({
      model: settings.model,
      messages,
      stream: true,
      temperature: 0.1,
    });
    let text = "";
    for await (const chunk of stream) {
      const token = chunk.choices[0]?.delta?.content ?? "";
      if (token) {
        text += token;
        onToken(token);
      }
    }
    return text;
  }
  const completion = await client.chat.completions.create({
    model: settings.model,
    messages,
    temperature: 0.1,
  });
  const text = completion.choices[0]?.message?.content;
  if (!text) throw new Error("the model returned no answer");
  return text;
}
