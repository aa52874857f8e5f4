/**
 * The catalog as typed, read-only data with pure lookups. No I/O: everything is compiled in, so
 * the product never depends on files outside its own package.
 */
import { CLAUSES } from "./clauses.data.js";
import { CONTROL_FACTS } from "./controls.data.js";
import { GUIDANCE } from "./guidance/index.js";
import { CONTROLS_2013 as CONTROL_2013_FACTS } from "./iso2013.data.js";
import {
  ATTRIBUTE_VOCABULARY,
  type AttributeName,
  type Clause,
  type Control,
  type Control2013,
  THEMES,
  type Theme,
} from "./types.js";

export { STANDARD_FACTS, type StandardFact } from "./standard.js";
export * from "./types.js";
export { CLAUSES };

export const STANDARD = "ISO/IEC 27001:2022";

function buildControls(): Control[] {
  return CONTROL_FACTS.map((facts) => {
    const guidance = GUIDANCE[facts.id];
    // A missing entry is a build-time data error; fail at load rather than serve a hollow control.
    if (!guidance) throw new Error(`catalog: control ${facts.id} has no guidance`);
    const { alternativeTitles: _alternatives, ...rest } = facts;
    return { ...rest, guidance };
  });
}

/** All 93 Annex A controls in standard order, each with its guidance. */
export const CONTROLS: readonly Control[] = buildControls();

/** The 114 ISO/IEC 27001:2013 controls with the 2022 controls that took them over. */
export const CONTROLS_2013: readonly Control2013[] = CONTROL_2013_FACTS.map((old) => ({
  ...old,
  iso27001_2022: CONTROLS.filter((c) => c.iso27001_2013.includes(old.id)).map((c) => c.id),
}));

const controlById = new Map(CONTROLS.map((c) => [c.id, c]));
const clauseById = new Map(CLAUSES.map((c) => [c.id, c]));
const control2013ById = new Map(CONTROLS_2013.map((c) => [c.id, c]));

/** Titles other than the canonical one, by control id (e.g. 8.1 as printed in ISO/IEC 27002). */
export const ALTERNATIVE_TITLES: ReadonlyMap<string, readonly string[]> = new Map(
  CONTROL_FACTS.filter((f) => f.alternativeTitles).map((f) => [f.id, f.alternativeTitles ?? []]),
);

/** "A.8.11", "a 8.11", " 8.11 " -> "8.11" (2022 control ids). */
function normalizeControlId(input: string): string {
  return input
    .trim()
    .replace(/^a\s*[.\s]\s*/i, "")
    .replace(/\s+/g, "");
}

/** Looks up a 2022 Annex A control by "8.11" or "A.8.11". */
export function getControl(id: string): Control | undefined {
  return controlById.get(normalizeControlId(id));
}

/** Looks up a clause of ISO/IEC 27001 by "6.1.3" (a "clause:" or "clause " prefix is accepted). */
export function getClause(id: string): Clause | undefined {
  return clauseById.get(
    id
      .trim()
      .replace(/^clause\s*[:\s]?\s*/i, "")
      .replace(/^§\s*/, ""),
  );
}

/** Looks up an ISO/IEC 27001:2013 Annex A control by "A.12.4.1" (the "A." may be omitted). */
export function getControl2013(id: string): Control2013 | undefined {
  const bare = normalizeControlId(id);
  return control2013ById.get(`A.${bare}`);
}

export type CatalogEntry =
  | { kind: "control"; control: Control }
  | { kind: "clause"; clause: Clause }
  | { kind: "control2013"; control: Control2013 };

/**
 * Resolves what a person typed to one catalog entry.
 *
 * Clause and control numbers overlap ("5.1" is both clause 5.1 Leadership and commitment and control
 * 5.1 Policies for information security). Annex A wins for a bare number because the catalog is
 * mostly used to look up controls; "clause 5.1" or "clause:5.1" selects the clause. Three-level ids
 * such as "A.12.4.1" are 2013 controls, and "6.1.3" is a clause because no 2022 control has three
 * levels.
 */
export function resolveEntry(input: string): CatalogEntry | undefined {
  const text = input.trim();
  if (/^clause\b/i.test(text) || text.startsWith("§")) {
    const clause = getClause(text);
    return clause ? { kind: "clause", clause } : undefined;
  }
  const control = getControl(text);
  if (control) return { kind: "control", control };
  // "A.6.1.3" is explicitly a 2013 control; a bare "6.1.3" is the clause when one exists.
  const clause = /^a\s*[.\s]/i.test(text) ? undefined : getClause(text);
  if (clause) return { kind: "clause", clause };
  const control2013 = getControl2013(text);
  return control2013 ? { kind: "control2013", control: control2013 } : undefined;
}

/** The clause that shares a control's number (5.1–5.3, 6.1–6.3, 7.1–7.5, 8.1–8.3), if any. */
export function clauseWithSameNumber(controlId: string): Clause | undefined {
  return clauseById.get(controlId);
}

/** Names people type for each attribute taxonomy, mapped to the field name. */
const ATTRIBUTE_ALIASES: Record<string, AttributeName> = {
  controltype: "controlType",
  type: "controlType",
  securityproperties: "securityProperties",
  informationsecurityproperties: "securityProperties",
  properties: "securityProperties",
  cybersecurityconcepts: "cybersecurityConcepts",
  concepts: "cybersecurityConcepts",
  operationalcapabilities: "operationalCapabilities",
  capabilities: "operationalCapabilities",
  securitydomains: "securityDomains",
  domains: "securityDomains",
};

/**
 * Parses "concepts=Detect" or "operational_capabilities=asset management" to a canonical
 * attribute name and value, or explains what is wrong.
 */
export function parseAttributeFilter(
  expression: string,
): { ok: true; name: AttributeName; value: string } | { ok: false; error: string } {
  const eq = expression.indexOf("=");
  if (eq < 1) return { ok: false, error: `expected NAME=VALUE, got "${expression}"` };
  const rawName = expression
    .slice(0, eq)
    .replace(/[\s_-]/g, "")
    .toLowerCase();
  // Own keys only: "constructor" or "toString" must not find Object.prototype's members.
  const name = Object.hasOwn(ATTRIBUTE_ALIASES, rawName) ? ATTRIBUTE_ALIASES[rawName] : undefined;
  if (!name) {
    return {
      ok: false,
      error: `unknown attribute "${expression.slice(0, eq)}"; use one of ${Object.keys(ATTRIBUTE_VOCABULARY).join(", ")}`,
    };
  }
  const wanted = expression
    .slice(eq + 1)
    .trim()
    .replace(/^#/, "")
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
  const value = ATTRIBUTE_VOCABULARY[name].find((v) => v.toLowerCase() === wanted);
  if (!value) {
    return {
      ok: false,
      error: `"${expression.slice(eq + 1)}" is not a value of ${name}; use one of ${ATTRIBUTE_VOCABULARY[name].join(", ")}`,
    };
  }
  return { ok: true, name, value };
}

export interface ControlFilter {
  theme?: Theme;
  attribute?: { name: AttributeName; value: string };
  isNew?: boolean;
}

/** Controls matching every given criterion, in standard order. */
export function filterControls(filter: ControlFilter): Control[] {
  return CONTROLS.filter(
    (c) =>
      (filter.theme === undefined || c.theme === filter.theme) &&
      (filter.isNew === undefined || c.isNew === filter.isNew) &&
      (filter.attribute === undefined ||
        (c.attributes[filter.attribute.name] as readonly string[]).includes(filter.attribute.value)),
  );
}

/** Accepts "technological", "Technological", "tech", "A.8" or "8" for the technological theme. */
export function parseTheme(input: string): Theme | undefined {
  const t = input.trim().toLowerCase().replace(/^a\./, "");
  const byNumber: Record<string, Theme> = {
    "5": "organizational",
    "6": "people",
    "7": "physical",
    "8": "technological",
  };
  if (byNumber[t]) return byNumber[t];
  const normalized = t.replace("organisational", "organizational");
  return THEMES.find(
    (theme) => theme === normalized || (normalized.length >= 3 && theme.startsWith(normalized)),
  );
}

export type Mapping =
  | { direction: "2013->2022"; from: Control2013; to: Control[] }
  | { direction: "2022->2013"; from: Control; to: Control2013[] };

/**
 * Maps between editions: "A.12.4.1" (2013) gives its 2022 successors; "8.15" (2022) gives the 2013
 * controls it came from (empty for the 11 new controls).
 */
export function mapControl(id: string): Mapping | undefined {
  const control = getControl(id);
  if (control) {
    const to = control.iso27001_2013
      .map((oldId) => control2013ById.get(oldId))
      .filter((c) => c !== undefined);
    return { direction: "2022->2013", from: control, to };
  }
  const old = getControl2013(id);
  if (!old) return undefined;
  const to = old.iso27001_2022.map((newId) => controlById.get(newId)).filter((c) => c !== undefined);
  return { direction: "2013->2022", from: old, to };
}
