/**
 * Text normalisation shared by the index and the queries: lower case, British/American spelling
 * folded, a light English stemmer, and stop words that carry no topic.
 */

const STOP_WORDS = new Set(
  (
    "a an the and or but if then of to in on at by for from with without into onto over under about as is are was were be been " +
    "being it its this that these those there their they them we our us you your i me my he she his her do does did doing done " +
    "have has had having can could should would may might must shall will need needs needed what which who whom whose when where " +
    "why how all any some each every no not only own same so than too very just also such more most other about after before " +
    "again further here once both few many much yes get got make made use used using allowed allow ok okay please tell explain mean means " +
    "iso iec 27001 27002 2022 control controls annex standard require requires required requirement practice practices"
  ).split(" "),
);

/** British spellings folded to one form so "organisation" finds "organization". */
function foldSpelling(word: string): string {
  return word
    .replace(/isation/g, "ization")
    .replace(/ise$/, "ize")
    .replace(/ised$/, "ized")
    .replace(/ising$/, "izing")
    .replace(/our$/, "or")
    .replace(/ence$/, "ense")
    .replace(/tre$/, "ter")
    .replace(/ll(ed|ing)$/, "l$1");
}

/** A light suffix-stripping stemmer: enough to match "leaked" with "leak" and "policies" with "policy". */
export function stem(word: string): string {
  let w = foldSpelling(word);
  if (w.length <= 3) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, "y"],
    [/ization$/, "ize"],
    [/ations?$/, "ate"],
    [/(ss)$/, "$1"],
    [/sses$/, "ss"],
    [/([^s])s$/, "$1"],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(w)) {
      w = w.replace(pattern, replacement);
      break;
    }
  }
  for (const suffix of [
    "ingly",
    "edly",
    "able",
    "ible",
    "ing",
    "ed",
    "ly",
    "ment",
    "ness",
    "ive",
    "ion",
    "er",
    "e",
  ]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "logging" -> "logg" -> "log", "planning" -> "plan"
      if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // "certify", "certified" and "certifiable" meet at "certifi".
  if (w.length > 4 && w.endsWith("y")) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Words of a text, lower-cased, split on anything that is not a letter, digit or dot inside a number. */
export function words(text: string): string[] {
  return (
    (
      text
        // "IT" in capitals is information technology, not the pronoun.
        .replace(/\bIT\b/g, "ICT")
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .match(/[a-z0-9]+(?:[.-][a-z0-9]+)*/g) ?? []
    ).flatMap((w) => (/^\d+(\.\d+)*$/.test(w) ? [w] : w.split(/[.-]/)))
  );
}

/** Stemmed topic words (no stop words) in canonical form: what documents and questions are compared on. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w) && !/^\d+(\.\d+)*$/.test(w))
    .map((w) => canonical(stem(w)));
}

/** MiniSearch's term processing: drop stop words and stem the rest. */
export function processTerm(term: string): string | null {
  const w = term.toLowerCase();
  if (STOP_WORDS.has(w) || w.length < 2) return null;
  return canonical(stem(w));
}

/**
 * Words practitioners use interchangeably. Each group maps to its first word, on both sides of the
 * comparison, so a question about "the live database" finds guidance written about production.
 */
const SYNONYM_GROUPS: string[][] = [
  ["production", "live", "prod"],
  ["supplier", "vendor", "provider", "third-party", "subcontractor", "outsourcer"],
  ["employee", "staff", "personnel", "worker", "workforce"],
  ["remote", "remotely", "telework", "teleworking", "homeworking"],
  ["laptop", "notebook", "workstation", "desktop"],
  ["delete", "erase", "purge", "wipe"],
  ["dispose", "disposal", "destroy", "destruction", "shred"],
  ["contract", "agreement"],
  ["password", "passphrase"],
  ["credential", "secret"],
  ["website", "web", "url", "internet"],
  ["log", "logs", "logging"],
  ["breach", "leak", "exposure"],
  ["respond", "response", "handle", "handling"],
  ["vulnerability", "vulnerabilities", "cve"],
  ["patch", "patching", "update"],
  ["continuity", "resilience"],
  ["camera", "cctv", "surveillance"],
  ["badge", "keycard", "turnstile"],
];
const CANONICAL = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const target = stem(group[0] ?? "");
  for (const word of group) CANONICAL.set(stem(word), target);
}

/** The canonical form of a stemmed term (its synonym group's first word). */
export function canonical(term: string): string {
  return CANONICAL.get(term) ?? term;
}
