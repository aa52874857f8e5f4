/**
 * Retrieval over the catalog: controls, clauses and standard-level facts. Three signals are
 * combined: ids written in the question (8.11, A.8.11, 6.1.3, A.12.4.1), the practitioners'
 * phrases of each entry (its keywords, matched as whole phrases after stemming), and BM25 full-text
 * search with field boosts. Citations are typed, because "5.1" is both a clause and a control.
 */
import MiniSearch from "minisearch";
import {
  CLAUSES,
  CONTROLS,
  getClause,
  getControl,
  getControl2013,
  STANDARD_FACTS,
} from "../catalog/index.js";
import { scoreFacts } from "./facts-index.js";
import { processTerm, terms, words } from "./text.js";

export type CitationType = "control" | "clause" | "fact";

export interface Citation {
  type: CitationType;
  id: string;
  title: string;
  score: number;
}

interface Doc {
  key: string;
  type: CitationType;
  id: string;
  title: string;
  keywords: string;
  summary: string;
  body: string;
  tags: string;
}

function controlDoc(c: (typeof CONTROLS)[number]): Doc {
  const g = c.guidance;
  const origins = c.iso27001_2013.map((id) => `${id} ${getControl2013(id)?.title ?? ""}`).join(" ");
  const attributes = Object.values(c.attributes).flat().join(" ").replace(/_/g, " ");
  return {
    key: `control:${c.id}`,
    type: "control",
    id: c.id,
    title: c.title,
    keywords: g.keywords.join(" ; "),
    summary: g.purpose,
    body: [...g.implementation, ...g.evidence, ...g.pitfalls, g.scale.small, g.scale.large].join(" "),
    tags: `${c.theme} ${attributes} ${origins}${c.isNew ? " new in 2022" : ""}`,
  };
}

function clauseDoc(c: (typeof CLAUSES)[number]): Doc {
  return {
    key: `clause:${c.id}`,
    type: "clause",
    id: c.id,
    title: c.title,
    keywords: c.keywords.join(" ; "),
    summary: c.summary,
    body: c.mandatoryDocuments.join(" ; "),
    tags: "clause management system requirement",
  };
}

function factDoc(f: (typeof STANDARD_FACTS)[number]): Doc {
  return {
    key: `fact:${f.id}`,
    type: "fact",
    id: f.id,
    title: f.title,
    keywords: f.keywords.join(" ; "),
    summary: f.text,
    body: "",
    tags: "standard",
  };
}

const DOCS: Doc[] = [...CONTROLS.map(controlDoc), ...CLAUSES.map(clauseDoc), ...STANDARD_FACTS.map(factDoc)];
const BY_KEY = new Map(DOCS.map((d) => [d.key, d]));

/** Each entry's practitioner phrases, stemmed, with how many entries share each phrase. */
const PHRASES: { key: string; phrase: string[] }[] = DOCS.flatMap((d) =>
  [d.title, ...d.keywords.split(" ; ")]
    .map((p) => ({ key: d.key, phrase: terms(p) }))
    .filter((p) => p.phrase.length > 0),
);
const PHRASE_SPREAD = new Map<string, number>();
for (const { phrase } of PHRASES)
  PHRASE_SPREAD.set(phrase.join(" "), (PHRASE_SPREAD.get(phrase.join(" ")) ?? 0) + 1);

let index: MiniSearch<Doc> | undefined;
function search(): MiniSearch<Doc> {
  if (!index) {
    index = new MiniSearch<Doc>({
      idField: "key",
      fields: ["title", "keywords", "summary", "body", "tags"],
      storeFields: [],
      processTerm,
      tokenize: (text) => words(text),
      searchOptions: {
        boost: { title: 3, keywords: 3, summary: 1.5, body: 0.6, tags: 0.8 },
        prefix: (t) => t.length > 4,
        fuzzy: (t) => (t.length > 6 ? 0.15 : 0),
      },
    });
    index.addAll(DOCS);
  }
  return index;
}

const ID_PATTERN = /\b(clause\s*:?\s*)?(a\.?\s*)?(\d{1,2}(?:\.\d{1,2}){1,2})\b/gi;

/** Ids written in the question, resolved to typed entries (a 2013 id cites its 2022 successors). */
export function idsInQuestion(question: string): string[] {
  const keys: string[] = [];
  for (const match of question.matchAll(ID_PATTERN)) {
    const [, clauseWord, annex, number = ""] = match;
    const levels = number.split(".").length;
    if (clauseWord) {
      if (getClause(number)) keys.push(`clause:${number}`);
    } else if (levels === 3) {
      const old = annex || !getClause(number) ? getControl2013(number) : undefined;
      if (old) keys.push(...old.iso27001_2022.map((id) => `control:${id}`));
      else if (getClause(number)) keys.push(`clause:${number}`);
    } else if (getControl(number)) {
      keys.push(`control:${number}`);
    } else if (getClause(number)) {
      keys.push(`clause:${number}`);
    }
  }
  return [...new Set(keys)];
}

/**
 * Bonus per entry for its phrases found in the question. Rarer and longer phrases weigh more; a
 * phrase found word for word counts fully, its words in another order half; phrases that come early
 * in the question (usually its subject) count more than late ones.
 */
function phraseBonus(questionTerms: string[]): Map<string, number> {
  const text = ` ${questionTerms.join(" ")} `;
  const present = new Set(questionTerms);
  const bonus = new Map<string, number>();
  for (const { key, phrase } of PHRASES) {
    const joined = phrase.join(" ");
    const exact = text.includes(` ${joined} `);
    if (!exact && (phrase.length === 1 || !phrase.every((t) => present.has(t)))) continue;
    const spread = PHRASE_SPREAD.get(joined) ?? 1;
    const first = Math.min(...phrase.map((t) => questionTerms.indexOf(t)).filter((i) => i >= 0));
    const position = 1 - 0.4 * (first / Math.max(1, questionTerms.length));
    const weight = ((phrase.length === 1 ? 0.6 : phrase.length) / spread) * (exact ? 1 : 0.5) * position;
    bonus.set(key, (bonus.get(key) ?? 0) + weight);
  }
  return bonus;
}

/**
 * A fact's weight against controls and clauses: a fact whose raw score reaches FACT_FULL scores
 * FACT_WEIGHT; below FACT_MIN (one two-word phrase) it is not retrieved at all.
 */
const FACT_WEIGHT = 1.6;
const FACT_FULL = 5;
const FACT_MIN = 1.5;

/** Chapter headings (clauses 4–10 themselves) answer little on their own: their sub-clauses do. */
const HEADING_WEIGHT = 0.5;
/**
 * Clauses that 2022 split into sub-clauses (9.2, 9.3) are cited by their own number in practice;
 * a retrieved part of one brings the whole clause just ahead of it.
 */
const SPLIT_PARENTS = new Set(
  CLAUSES.filter((c) => {
    const children = CLAUSES.filter((d) => d.parent === c.id);
    return children.length > 0 && children.every((d) => d.newIn2022);
  }).map((c) => c.id),
);

/** Every word the catalog uses, to recognise compounds people split ("back up" for "backup"). */
let vocabulary: Set<string> | undefined;
function expandCompounds(question: string): string {
  vocabulary ??= new Set(DOCS.flatMap((d) => words(`${d.title} ${d.keywords} ${d.summary} ${d.body}`)));
  const list = words(question);
  const joined = list
    .slice(1)
    .map((w, i) => `${list[i]}${w}`)
    .filter((w) => vocabulary?.has(w));
  return joined.length ? `${question} ${joined.join(" ")}` : question;
}

/** The catalog entries that answer a question, best first. */
export function retrieve(rawQuestion: string, limit = 5): Citation[] {
  const question = expandCompounds(rawQuestion);
  const scores = new Map<string, number>();
  const add = (key: string, value: number) => scores.set(key, (scores.get(key) ?? 0) + value);

  const results = search().search(question, { combineWith: "OR" });
  const top = results[0]?.score ?? 1;
  for (const r of results.slice(0, 40)) add(String(r.id), (r.score / top) * 1.0);

  const bonus = phraseBonus(terms(question));
  const maxBonus = Math.max(1, ...bonus.values());
  for (const [key, value] of bonus) add(key, (value / maxBonus) * 1.2);

  for (const [i, key] of idsInQuestion(question).entries()) add(key, 10 - i * 0.1);

  // Facts get their own score, from an index that keeps numbers and the standard's own words.
  for (const key of [...scores.keys()]) if (key.startsWith("fact:")) scores.delete(key);
  for (const [id, raw] of scoreFacts(rawQuestion))
    if (raw >= FACT_MIN) add(`fact:${id}`, Math.min(1, raw / FACT_FULL) * FACT_WEIGHT);

  for (const [key, score] of scores) {
    const doc = BY_KEY.get(key);
    if (doc?.type !== "clause") continue;
    const clause = getClause(doc.id);
    if (clause && clause.parent === null) scores.set(key, score * HEADING_WEIGHT);
    if (clause?.parent && SPLIT_PARENTS.has(clause.parent)) {
      const parentKey = `clause:${clause.parent}`;
      scores.set(parentKey, Math.max(scores.get(parentKey) ?? 0, score + 0.01));
    }
  }

  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, score]) => {
      const doc = BY_KEY.get(key);
      return {
        type: doc?.type ?? "control",
        id: doc?.id ?? key,
        title: doc?.title ?? "",
        score: Math.round(score * 1000) / 1000,
      };
    });
}

/** Warms the index (built lazily on first use). */
export function warmRetrieval(): void {
  search();
}
