/**
 * What kind of question was asked. Rules over the wording, kept explainable: each kind names the
 * cue that decided it. The composer writes an answer of that kind (a verdict first for "may we
 * exclude", a contrast for a comparison, the fact first for a question about the standard).
 */

export type IntentKind = "compare" | "exclude" | "facts" | "evidence" | "howto" | "clause" | "explain";

export interface Intent {
  kind: IntentKind;
  /** The words that decided the kind, for explanations and tests. */
  cue: string;
  /** A yes/no question inside the question ("Do we need our own server?"), and its shape. */
  yesNo?: "only" | "negative" | "same" | "plain";
  /** A stated size or constraint ("a team of 9", "no budget", "without an IT department"). */
  constraint?: string;
}

const RULES: { kind: IntentKind; pattern: RegExp }[] = [
  {
    kind: "compare",
    pattern:
      /\b(differences?|differ|differs|different (from|to|than)|distinguish\w*|versus|vs\.?|same (as|thing)|compared? (to|with)|comparison|contrast\w*|boundary between|overlap\w*|which (one|control) (applies|is which)|how do .* relate|relat\w* between|separates? .+ from|sets? .+ apart|tell .+ apart|as opposed to)\b/,
  },
  {
    kind: "exclude",
    pattern:
      /\b(exclud\w*|not applicable|n\/a|out of (the )?scope|leave .{1,40}?\bout|omit\w*|apply to (us|our (organi[sz]ation|company|business|firm|situation|case))|(still|even|really) (applicable|relevant|apply)|(drop|remove|skip) .{1,40}? from (the |our )?(soa|statement of applicability)|out of (the |our )?(soa|statement of applicability)|(can|could|may) (we|i) (skip|drop|ignore))\b/,
  },
  {
    kind: "facts",
    pattern:
      /\b(2013|edition|editions|amendment|amd|published|certificate|certification (cycle|period)|how many|attributes?|split|merged|replaced|transition|renamed)\b|\ba\.\d{1,2}\.\d{1,2}\.\d{1,2}\b/,
  },
  {
    kind: "evidence",
    pattern:
      /\b(evidence|auditors?|sample|samples|sampled|prove|proves|proof)\b|\bshow (an|the|our) (certification )?auditor/,
  },
  {
    kind: "howto",
    pattern:
      /\bhow (do|can|should|would|could|might|must) (we|i|you|a|an|our|one)\b|\bhow to\b|\bwho (can|could|should) (do|perform|run|carry)/,
  },
  {
    kind: "clause",
    pattern:
      /\bclause\b|\b(mandatory|required) (documents?|records?|documented information)\b|\bdocuments? and records\b|\bapprove|\bsign[- ]off|\bmanagement review\b|\bobjectives?\b/,
  },
];

const SIZE =
  /\b(\d{1,4})[- ](person|people|staff|employees?|engineers?|developers?|admins?)\b|\b(\d{1,4}) (people|staff|employees|engineers|developers)\b|\bno [a-z-]+ (team|department|function)\b|\b(small|startup|start-up|tiny|micro)\b|\bno (budget|money|in-house|internal|dedicated|hr|it|developers?|security team)\b|\bwithout (an? )?(budget|hr|it|in-house|dedicated)\b|\b(fully|entirely) remote\b|\bwork(s|ing)? remotely\b|\b(a single|only one) (person|admin\w*|engineer|developer)\b/;

/** Words that say how large the organization is: a constraint on the answer, never its topic. */
const SIZE_WORDS =
  /\b\d{1,4}[- ](person|people|staff|employees?|engineers?|developers?)\b|\b(a |an |our )?(small|tiny|micro|startup|start-up)( company| business| team| organi[sz]ation| firm)?\b/gi;

/** The question without its size descriptors, for retrieval ("a 15-person startup" names no control). */
export const topicOf = (question: string) => question.replace(SIZE_WORDS, " ").replace(/\s+/g, " ").trim();

/** The yes/no question asked after (or instead of) the topic, if any. */
function yesNoShape(question: string): Intent["yesNo"] {
  // "What does it require, and does it need a procedure?" asks a yes/no question after the comma.
  const parts = question.split(/(?<=[?.!])\s+|,\s*(?:and|or|but)\s+/i);
  const asked = parts.find((p) =>
    /^(do|does|did|is|are|isn't|aren't|doesn't|must|can|could|should|will|would|has|have|need|may)\b/i.test(
      p.trim(),
    ),
  );
  if (!asked) return undefined;
  const p = asked.toLowerCase();
  if (/\bsame\b|\bidentical\b/.test(p)) return "same";
  if (/\bonly\b|\bjust\b/.test(p)) return "only";
  if (/^(isn't|aren't|doesn't)\b/.test(p.trim())) return "negative";
  return "plain";
}

/** Recognises the kind of question. `topClause` says whether retrieval's best entry is a clause. */
export function recognise(question: string, topClause = false): Intent {
  const q = question.toLowerCase();
  const rule = RULES.find((r) => r.pattern.test(q));
  const cue = rule ? (q.match(rule.pattern)?.[0] ?? "") : topClause ? "a clause" : "";
  const kind: IntentKind = rule?.kind ?? (topClause ? "clause" : "explain");
  const constraint = q.match(SIZE)?.[0];
  const yesNo = yesNoShape(question);
  return {
    kind:
      kind === "evidence" && /\bhow (do|can|should) we\b/.test(q) && !/\bauditor/.test(q) ? "howto" : kind,
    cue,
    ...(yesNo && { yesNo }),
    ...(constraint && { constraint }),
  };
}
