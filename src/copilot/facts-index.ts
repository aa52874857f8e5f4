/**
 * The index of standard-level facts. Unlike the control index it keeps the words that questions
 * about the standard itself turn on: numbers and years ("93", "2013"), "Annex A", "27001",
 * "27002", "controls", "clauses". A fact scores by its phrases found in the question (all their
 * words present, longer phrases weigh more) plus the rarer words of its title and keywords that it shares with the question.
 */
import { STANDARD_FACTS } from "../catalog/index.js";
import { stem } from "./text.js";

const FUNCTION_WORDS = new Set(
  (
    "a an the and or but of to in on at by for from with without into as is are was were be been it its this that " +
    "these those there what which who whom how do does did we our us you your i me my can could should would may " +
    "might must will shall have has had any some each every all no not so than too very just also about"
  ).split(" "),
);

/** Lower-cased words, numbers kept whole ("27001", "6.1.3", "1:2024"), function words dropped, stemmed. */
export function factTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:[.:][0-9]+)*/g) ?? [])
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((w) => (/^\d/.test(w) ? w : stem(w)));
}

const ENTRIES = STANDARD_FACTS.map((f) => ({
  id: f.id,
  phrases: [f.title, ...f.keywords].map(factTokens).filter((p) => p.length > 0),
  words: new Set(factTokens(`${f.title} ${f.keywords.join(" ")}`)),
}));
const DOCUMENT_FREQUENCY = new Map<string, number>();
for (const e of ENTRIES)
  for (const w of e.words) DOCUMENT_FREQUENCY.set(w, (DOCUMENT_FREQUENCY.get(w) ?? 0) + 1);

/** Raw score per fact id for a question (0 when nothing matched). */
export function scoreFacts(question: string): Map<string, number> {
  const tokens = factTokens(question);
  const present = new Set(tokens);
  const raw = new Map<string, number>();
  for (const e of ENTRIES) {
    let score = 0;
    for (const phrase of e.phrases) if (phrase.every((t) => present.has(t))) score += phrase.length;
    for (const w of present)
      if (e.words.has(w)) score += 0.5 * Math.log(1 + ENTRIES.length / (DOCUMENT_FREQUENCY.get(w) ?? 1));
    if (score > 0) raw.set(e.id, score);
  }
  return raw;
}
