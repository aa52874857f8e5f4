/**
 * The words registers use in enumerated columns, read into the values the register allows:
 * statuses ("In progress", "Under review", "Closed – accepted"), treatments ("Mitigating",
 * "Monitor") and levels ("H/M/L", "Very high"). The user's own choices (a value map, per column)
 * come first; a value neither the map nor the synonyms know is collected with the allowed values
 * and the closest of them, so it can be reported once per column and value.
 */
import { type ScaleLevel, scaleValueOf } from "../../domain/risk-method.js";
import { normalizeHeader } from "../../imports/table-file.js";
import { RISK_STATUSES } from "./risk.schema.js";
import { TREATMENT_WORDS } from "./risk-import.columns.js";

/** Column header (or field name) -> value in the file -> value to use instead. */
export type ValueMap = Record<string, Record<string, string>>;

export interface UnknownValue {
  column: string;
  field: string;
  value: string;
  /** Lines of the file holding it. */
  lines: number[];
  allowed: string[];
  suggestion: string | null;
}

/** Cells of enumerated columns repeat a few values many times: each is normalized once. */
const normalized = new Map<string, string>();
function norm(text: string): string {
  let value = normalized.get(text);
  if (value === undefined) {
    value = normalizeHeader(text);
    if (normalized.size > 10_000) normalized.clear();
    normalized.set(text, value);
  }
  return value;
}

const STATUS_WORDS: Record<string, (typeof RISK_STATUSES)[number]> = {};
const statusWords: Record<(typeof RISK_STATUSES)[number], string[]> = {
  open: [
    "open",
    "new",
    "identified",
    "raised",
    "draft",
    "pending",
    "under review",
    "in review",
    "review",
  ].concat(["to review", "assessed", "not started", "to do", "todo", "proposed", "active", "reopened"]),
  treatment: ["treatment", "in treatment", "in progress", "ongoing", "mitigating", "mitigation", "treating"]
    .concat(["being treated", "being mitigated", "remediation", "in remediation", "action plan", "planned"])
    .concat(["work in progress", "wip", "implementing", "started"]),
  accepted: [
    "accepted",
    "accept",
    "tolerated",
    "retained",
    "monitor",
    "monitoring",
    "closed accepted",
  ].concat(["accepted closed", "risk accepted", "within appetite"]),
  closed: ["closed", "done", "resolved", "complete", "completed", "mitigated", "retired", "obsolete"].concat([
    "archived",
    "no longer applicable",
    "eliminated",
    "treated",
  ]),
};
for (const [status, words] of Object.entries(statusWords))
  for (const word of words) STATUS_WORDS[word] = status as (typeof RISK_STATUSES)[number];

/** Stems of treatment words beyond the exact ones ("Mitigating", "Monitor", "Insurance"). */
const TREATMENT_STEMS: [string, string][] = [
  ["mitig", "modify"],
  ["reduc", "modify"],
  ["treat", "modify"],
  ["modif", "modify"],
  ["control", "modify"],
  ["accept", "retain"],
  ["retain", "retain"],
  ["toler", "retain"],
  ["monitor", "retain"],
  ["avoid", "avoid"],
  ["termin", "avoid"],
  ["elimin", "avoid"],
  ["share", "share"],
  ["transfer", "share"],
  ["insur", "share"],
  ["outsourc", "share"],
];

/** Level words by their place on a scale, from the lowest (0) to the highest (1). */
const LEVEL_WORDS: Record<string, number> = {};
const levelWords: [number, string[]][] = [
  [0, ["very low", "vl", "negligible", "insignificant", "rare", "very unlikely", "remote"]],
  [0.25, ["low", "l", "minor", "unlikely"]],
  [0.5, ["medium", "med", "m", "moderate", "possible", "average"]],
  [0.75, ["high", "h", "major", "likely", "significant", "probable"]],
  [1, ["very high", "vh", "critical", "severe", "almost certain", "extreme", "catastrophic", "very likely"]],
];
for (const [place, words] of levelWords) for (const word of words) LEVEL_WORDS[word] = place;

/** A place on [0, 1] as a level of an n-level scale: low words round down, high words up. */
function levelAt(place: number, n: number): number {
  const at = place * (n - 1);
  return 1 + (place < 0.5 ? Math.floor(at) : place > 0.5 ? Math.ceil(at) : Math.round(at));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The allowed value whose name or synonyms come closest to `text`. */
function closest(text: string, candidates: Record<string, string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const t = norm(text);
  for (const [word, value] of Object.entries(candidates)) {
    const shared = t.split(" ").some((part) => part.length > 2 && word.split(" ").includes(part));
    const d = shared ? 0.5 : distance(t, word) / Math.max(t.length, word.length, 1);
    if (d < bestDistance) {
      best = value;
      bestDistance = d;
    }
  }
  return best;
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads the enumerated and free-text cells of a file, applying the user's value map and
 * remembering each value it cannot place.
 */
export class ValueReader {
  readonly unknown = new Map<string, UnknownValue>();
  private readonly map = new Map<string, Map<string, string>>();

  constructor(valueMap: ValueMap) {
    for (const [column, values] of Object.entries(valueMap))
      this.map.set(norm(column), new Map(Object.entries(values).map(([from, to]) => [norm(from), to])));
  }

  /** The user's choice for a value of a column, named by its header or its field. */
  chosen(column: string, field: string, text: string): string | undefined {
    return (this.map.get(norm(column)) ?? this.map.get(norm(field)))?.get(norm(text));
  }

  private fail<T>(
    column: string,
    field: string,
    text: string,
    line: number,
    allowed: string[],
    suggestion: string | null,
    what: string,
    not = "not",
  ): Resolved<T> {
    const key = `${column}\u0000${norm(text)}`;
    const seen = this.unknown.get(key);
    if (seen) seen.lines.push(line);
    else this.unknown.set(key, { column, field, value: text, lines: [line], allowed, suggestion });
    return {
      ok: false,
      message: `"${text}" is ${not} ${what}; allowed: ${allowed.join(", ")}${suggestion ? ` (closest: ${suggestion})` : ""}`,
    };
  }

  status(column: string, text: string, line: number): Resolved<(typeof RISK_STATUSES)[number]> {
    const chosen = this.chosen(column, "status", text) ?? text;
    const t = norm(chosen);
    const value =
      STATUS_WORDS[t] ??
      (t.includes("accept") ? "accepted" : t.includes("progress") ? "treatment" : undefined);
    if (value) return { ok: true, value };
    return this.fail(
      column,
      "status",
      text,
      line,
      [...RISK_STATUSES],
      closest(text, STATUS_WORDS),
      "a status",
    );
  }

  treatment(column: string, text: string, line: number): Resolved<string> {
    const t = norm(this.chosen(column, "treatment", text) ?? text);
    const first = t.split(" ")[0] ?? "";
    const value =
      TREATMENT_WORDS[first] ??
      TREATMENT_STEMS.find(([stem]) => t.split(" ").some((w) => w.startsWith(stem)))?.[1];
    if (value) return { ok: true, value };
    const words = Object.fromEntries([...Object.entries(TREATMENT_WORDS), ...TREATMENT_STEMS]) as Record<
      string,
      string
    >;
    const allowed = ["modify", "retain", "avoid", "share"];
    return this.fail(column, "treatment", text, line, allowed, closest(text, words), "a treatment");
  }

  level(
    column: string,
    field: string,
    text: string,
    line: number,
    scale: readonly ScaleLevel[],
  ): Resolved<number> {
    const chosen = this.chosen(column, field, text) ?? text;
    const value = scaleValueOf(chosen, scale);
    if (typeof value === "number") return { ok: true, value };
    const named = scale.find((l) => norm(l.name) === norm(chosen));
    if (named) return { ok: true, value: named.value };
    const place = LEVEL_WORDS[norm(chosen)];
    if (place !== undefined) return { ok: true, value: levelAt(place, scale.length) };
    const allowed = scale.map((l) => `${l.value} (${l.name})`);
    const words: Record<string, string> = {};
    for (const l of scale) words[norm(l.name)] = allowed[l.value - 1] ?? l.name;
    for (const [word, p] of Object.entries(LEVEL_WORDS))
      words[word] = allowed[levelAt(p, scale.length) - 1] ?? word;
    const what = "a number nor a level of the scale";
    return this.fail(column, field, text, line, allowed, closest(text, words), what, "neither");
  }

  /**
   * A cell of an enumerated column other than the risk's own (an asset's type or classification):
   * `words` maps normalized words and synonyms to the allowed values.
   */
  oneOf<T extends string>(
    column: string,
    field: string,
    text: string,
    line: number,
    words: Readonly<Record<string, T>>,
    allowed: readonly T[],
    what: string,
  ): Resolved<T> {
    const t = norm(this.chosen(column, field, text) ?? text);
    const value = words[t] ?? (allowed as readonly string[]).find((a) => norm(a) === t);
    if (value) return { ok: true, value: value as T };
    return this.fail(column, field, text, line, [...allowed], closest(text, words), what);
  }

  /** A free-text cell (an owner): renamed when the user chose another value for it. */
  text(column: string, field: string, text: string): string {
    return this.chosen(column, field, text) ?? text;
  }
}
