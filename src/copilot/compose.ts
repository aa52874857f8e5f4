/**
 * Composes the offline answer for each kind of question: a direct first sentence (a verdict, a
 * contrast, the fact), then the support from the catalog. Everything printed comes from the
 * catalog's own guidance, clauses, facts and 2013 mapping.
 */

import { DISTINCTIONS } from "../catalog/distinctions.data.js";
import { EXCLUSION_NOTES } from "../catalog/exclusions.data.js";
import { CLAUSES, getClause, getControl } from "../catalog/index.js";
import { clauseFacets, documentationVerdict } from "./clause-facets.js";
import { facts, mandatoryDocuments } from "./compose-facts.js";
import type { Intent } from "./intent.js";
import type { Citation } from "./retrieval.js";

const ABBREVIATIONS = /\b(e\.g|i\.e|etc|cf|vs|incl|approx|amd|no|fig|min|max|resp)\.$/i;

/**
 * Sentences of a text; not cut after abbreviations ("e.g."), inside dotted ids ("A.8.1", "5.3"), or
 * before a word in lower case.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = "";
  const pieces = text.split(/(?<=[.!?])\s+/);
  for (const [i, piece] of pieces.entries()) {
    current = current ? `${current} ${piece}` : piece;
    const next = pieces[i + 1];
    // A break needs a period that ends no abbreviation and a next piece that starts a sentence.
    if (next === undefined || (!ABBREVIATIONS.test(current) && /^[A-Z0-9"'(“‘]/.test(next))) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

export const firstSentences = (text: string, n: number) => sentences(text).slice(0, n).join(" ");

/** At most `max` characters, cut at a clause boundary. */
function short(text: string, max = 360): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = Math.max(cut.lastIndexOf(";"), cut.lastIndexOf(","), cut.lastIndexOf(" "));
  return `${cut.slice(0, at)}…`;
}

export const refOf = (c: { type: string; id: string; title: string }) =>
  c.type === "clause" ? `clause ${c.id} ${c.title}` : `A.${c.id} ${c.title}`;

function about(c: Citation): string {
  return c.type === "clause" ? (getClause(c.id)?.summary ?? "") : (getControl(c.id)?.guidance.purpose ?? "");
}

// "Do we have to …?": the sentence of the cited clause or control that obliges what was asked.
const OBLIGATION = /\b(must|shall|required|requires|needs? to|has to|have to|mandatory|at least)\b/i;
const FILLER = new Set(
  "does need have must should with from that this their there what which when where whom into about your ours they them shall".split(
    " ",
  ),
);

/** Content words of the question, as 5-letter stems, so "tested" meets "test" and "testing". */
function stems(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !FILLER.has(w)).map((w) => w.slice(0, 5)),
  );
}

function obligationTextOf(c: Citation): string[] {
  if (c.type === "clause") {
    const clause = getClause(c.id);
    const children = CLAUSES.filter((x) => x.parent === c.id);
    return [clause?.summary ?? "", ...children.map((x) => x.summary)];
  }
  const g = getControl(c.id)?.guidance;
  return g ? [g.purpose, ...g.implementation] : [];
}

/** "Yes: <the sentence that obliges it>" when the cited item's text obliges what was asked. */
/**
 * A question about a particular means (every task, our own server, special software, a named role)
 * asks whether the standard prescribes that means: it rarely does, so no obligation is read into it.
 */
const PARTICULAR_MEANS =
  /\b(every|each|all|own|special|specific|particular|dedicated|separate|appoint|hire|buy|purchase|tool|software|server|product|ciso|cto|dpo)\b/i;

export function obligationVerdict(question: string, cited: Citation): string | undefined {
  if (PARTICULAR_MEANS.test(question)) return undefined;
  const asked = stems(question);
  let best: { sentence: string; overlap: number } | undefined;
  for (const sentence of obligationTextOf(cited).flatMap((t) => sentences(t))) {
    if (!OBLIGATION.test(sentence)) continue;
    const overlap = [...stems(sentence)].filter((s) => asked.has(s)).length;
    if (overlap >= 2 && overlap > (best?.overlap ?? 0)) best = { sentence, overlap };
  }
  return best && `Yes: ${best.sentence.charAt(0).toLowerCase()}${best.sentence.slice(1)}`;
}

/** The opening verdict for a yes/no question about what a control or clause asks. */
function verdict(intent: Intent, subject: string): string | undefined {
  switch (intent.yesNo) {
    case "only":
      return `No, not only that: ${subject} is broader, as follows.`;
    case "negative":
      return `No, not entirely: under ${subject} your organization remains responsible for its own part.`;
    case "same":
      return "No, they are not the same.";
    case "plain":
      return `Not necessarily: ${subject} asks for an outcome, not a particular tool, product, role title or document for every case; choose the means that fit your risks and size.`;
    default:
      return undefined;
  }
}

function controlBody(id: string, steps = 4, evidence = 3): string[] {
  const g = getControl(id)?.guidance;
  if (!g) return [];
  return [
    "",
    "What it takes in practice:",
    ...g.implementation.slice(0, steps).map((s) => `- ${s}`),
    ...(evidence ? ["", `Evidence auditors ask for: ${g.evidence.slice(0, evidence).join("; ")}.`] : []),
  ];
}

function clauseBody(id: string): string[] {
  const clause = getClause(id);
  if (!clause) return [];
  const children = CLAUSES.filter((c) => c.parent === id);
  return [
    ...children.map((c) => `- ${c.id} ${c.title}: ${c.summary}`),
    ...(clause.mandatoryDocuments.length
      ? ["", `Documented information it requires: ${clause.mandatoryDocuments.join("; ")}.`]
      : []),
  ];
}

function explain(best: Citation, intent: Intent, question = ""): string[] {
  const documented =
    best.type === "clause" && intent.yesNo === "plain" ? documentationVerdict(question, best.id) : undefined;
  const obliged = intent.yesNo === "plain" ? obligationVerdict(question, best) : undefined;
  const lead = documented ?? obliged ?? verdict(intent, refOf(best));
  if (best.type === "clause") {
    const clause = getClause(best.id);
    const facets = clauseFacets(question, best.id);
    return [
      ...(lead ? [lead, ""] : []),
      ...(facets.length ? [...facets, ""] : []),
      `Clause ${best.id} ${best.title} of ISO/IEC 27001:2022: ${clause?.summary ?? ""}`,
      ...clauseBody(best.id),
    ];
  }
  const control = getControl(best.id);
  return [
    ...(lead ? [lead, ""] : []),
    `${refOf(best)} is an ISO/IEC 27001:2022 Annex A control (${control?.theme} theme${control?.isNew ? ", new in 2022" : ""}). ${firstSentences(control?.guidance.purpose ?? "", 3)}`,
    ...controlBody(best.id),
  ];
}

function compare(items: Citation[], intent: Intent): string[] {
  const contrast = ["By contrast,", "Unlike both,", "Finally,"];
  const opening = items.map(
    (c, i) => `${i ? `${contrast[i - 1]} ` : ""}${refOf(c)}: ${short(firstSentences(about(c), 1))}`,
  );
  const keys = items.map((c) => `${c.type}:${c.id}`);
  const known = DISTINCTIONS.find((d) => keys.slice(0, 2).every((k) => d.ids.includes(k)));
  const lines = [
    ...(intent.yesNo === "same" ? ["No, they are not the same."] : []),
    ...(known ? [`The difference in a sentence: ${known.text}`, ""] : []),
    opening.join(" "),
    "",
  ];
  for (const c of items) {
    const others = items.filter((o) => o !== c).map((o) => o.id);
    const boundary = sentences(about(c))
      .slice(1)
      .filter((s) => others.some((o) => s.includes(o)));
    const steps = c.type === "control" ? (getControl(c.id)?.guidance.implementation.slice(0, 2) ?? []) : [];
    const rest = c.type === "clause" ? sentences(about(c)).slice(1, 3) : sentences(about(c)).slice(1, 2);
    lines.push(
      `${refOf(c)} in more detail: ${[...new Set([...rest, ...boundary])].join(" ")}`,
      ...steps.map((s) => `- ${s}`),
      "",
    );
  }
  return lines;
}

/** "Does it apply to us?" rather than "may we exclude it?": the same verdict, the other polarity. */
const asksIfItApplies = (intent: Intent) =>
  /\b(apply|applies|applicable|relevant)\b/.test(intent.cue) && !/\bnot applicable\b/.test(intent.cue);

function exclude(best: Citation, intent: Intent): string[] {
  const control = getControl(best.id);
  if (!control) return explain(best, intent);
  const note = EXCLUSION_NOTES[best.id];
  const still = (
    note?.stillApplies ?? control.guidance.related.filter((r) => !r.startsWith("clause:")).slice(0, 4)
  )
    .map((id) => getControl(id))
    .filter((c) => c !== undefined)
    .map((c) => `A.${c.id} ${c.title}`);
  return [
    note?.credible
      ? `Only if the condition below holds: excluding A.${best.id} ${best.title} can be credible when ${note.credible}`
      : note
        ? `${asksIfItApplies(intent) ? "Yes, in practice" : "No, in practice"}: A.${best.id} ${best.title} cannot credibly be excluded; it is scaled to the organization instead. Only if none of the risks it treats arise in your scope could an exclusion hold, and neither the organization's size nor a measure already in place is such a reason (a measure in place is how you implement the control).`
        : `Only if none of the risks it treats arise in your scope: A.${best.id} ${best.title} cannot be excluded merely because of the organization's size or because one measure is already in place (a measure in place is how you implement the control, not a reason to exclude it).`,
    ...(note ? ["", note.note] : []),
    "",
    `The SoA justification must state the facts of the scope that remove the risk (not the company's size), refer to the risk assessment, and be approved with the SoA; an auditor tests it against what they see. If the control applies, the justification says which risks it treats instead.`,
    ...(still.length ? ["", `Related controls that still apply either way: ${still.join("; ")}.`] : []),
    "",
    `What the control is about: ${firstSentences(control.guidance.purpose, 2)}`,
    ...(intent.constraint ? ["", `At a small size: ${control.guidance.scale.small}`] : []),
  ];
}

function howto(best: Citation, intent: Intent): string[] {
  if (best.type === "clause") return explain(best, intent);
  const g = getControl(best.id)?.guidance;
  if (!g) return [];
  const scale = intent.constraint
    ? [`For an organization like yours (${intent.constraint}): ${g.scale.small}`, ""]
    : [];
  return [
    ...scale,
    `${refOf(best)}: ${firstSentences(g.purpose, 1)}`,
    "",
    "Steps:",
    ...g.implementation.slice(0, 6).map((s) => `- ${s}`),
    "",
    `Watch out for: ${g.pitfalls.slice(0, 2).join(" ")}`,
    ...relatedLine(g.related),
  ];
}

/** One line naming the related controls and clauses of a control's guidance. */
function relatedLine(related: string[]): string[] {
  const names = related.slice(0, 5).map((r) => {
    if (r.startsWith("clause:")) return `clause ${r.slice(7)} ${getClause(r.slice(7))?.title ?? ""}`.trim();
    return `A.${r} ${getControl(r)?.title ?? ""}`.trim();
  });
  return names.length ? ["", `Related: ${names.join("; ")}.`] : [];
}

function evidence(best: Citation): string[] {
  if (best.type === "clause") return explain(best, { kind: "explain", cue: "" });
  const g = getControl(best.id)?.guidance;
  if (!g) return [];
  return [
    `For ${refOf(best)} an auditor asks for: ${g.evidence.join("; ")}.`,
    "",
    `They sample records from the audit period against the steps you say you follow. ${firstSentences(g.purpose, 1)}`,
    ...controlBody(best.id, 4, 0),
  ];
}

/** The answer lines for a recognised question. `inQuestion` are the entries whose ids were written. */
export function compose(
  question: string,
  intent: Intent,
  citations: Citation[],
  factIds: string[],
  inQuestion: Citation[],
): string[] {
  const best = citations[0];
  if (intent.kind === "facts") {
    const lines = facts(question, factIds, citations);
    // Nothing about the standard matched: explain the best entry instead.
    return lines.length || !best ? lines : explain(best, { kind: "explain", cue: "" }, question);
  }
  if (
    intent.kind === "clause" &&
    /\b(mandatory|required|compulsory) (documents?|records?|documented)|\b(documents?|records?)\b.*\b(mandatory|compulsory)\b/i.test(
      question,
    )
  )
    return mandatoryDocuments();
  if (!best) return factIds.length ? facts(question, factIds, citations) : [];
  if (intent.kind === "compare") {
    const items = inQuestion.length >= 2 ? inQuestion : citations.slice(0, 2);
    return items.length >= 2 ? compare(items.slice(0, 3), intent) : explain(best, intent);
  }
  if (intent.kind === "exclude" && best.type === "control") return exclude(best, intent);
  if (intent.kind === "howto")
    return best.type === "clause" ? explain(best, intent, question) : howto(best, intent);
  if (intent.kind === "evidence") return evidence(best);
  return explain(best, intent, question);
}
