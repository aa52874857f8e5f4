/**
 * Turns the small assembled pieces of one OSCAL group or control (its params, props and parts)
 * into the plain values of a catalog row, checking what the product relies on as it goes.
 */
import { childPath } from "./oscal-path.js";
import { CatalogError, type CatalogParam, type CatalogProp } from "./oscal-types.js";

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The elements of an array found at `at`, each checked to be an object. */
function objectsAt(value: unknown, at: string): JsonObject[] {
  if (!Array.isArray(value)) throw new CatalogError(at, "must be an array");
  return value.map((element, i) => {
    if (!isObject(element)) throw new CatalogError(childPath(at, i), "must be an object");
    return element;
  });
}

/** A string field that must be there. */
function requiredString(object: JsonObject, key: string, at: string): string {
  const value = object[key];
  if (value === undefined || value === null) throw new CatalogError(childPath(at, key), "required");
  if (typeof value !== "string") throw new CatalogError(childPath(at, key), "must be a string");
  return value;
}

/** A string field that may be missing; any other type is an error. */
function optionalString(object: JsonObject, key: string, at: string): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new CatalogError(childPath(at, key), "must be a string");
  return value;
}

/** The strings of an optional array of strings (an empty or missing array gives undefined). */
function optionalStrings(value: unknown, at: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new CatalogError(at, "must be an array");
  const strings = value.map((element, i) => {
    if (typeof element !== "string") throw new CatalogError(childPath(at, i), "must be a string");
    return element;
  });
  return strings.length > 0 ? strings : undefined;
}

/** The props of a group or control: each needs a name and a value. */
export function readProps(value: unknown, at: string): CatalogProp[] {
  return objectsAt(value, at).map((prop, i) => {
    const propAt = childPath(at, i);
    const row: CatalogProp = {
      name: requiredString(prop, "name", propAt),
      value: requiredString(prop, "value", propAt),
    };
    const ns = optionalString(prop, "ns", propAt);
    const cls = optionalString(prop, "class", propAt);
    if (ns !== undefined) row.ns = ns;
    if (cls !== undefined) row.class = cls;
    return row;
  });
}

/** The params of a control: each needs an id; label, values and a selection are optional. */
export function readParams(value: unknown, at: string): CatalogParam[] {
  return objectsAt(value, at).map((param, i) => {
    const paramAt = childPath(at, i);
    const row: CatalogParam = {
      id: requiredString(param, "id", paramAt),
      label: optionalString(param, "label", paramAt) ?? null,
    };
    const values = optionalStrings(param.values, childPath(paramAt, "values"));
    if (values) row.values = values;
    const select = param.select;
    if (select !== undefined && select !== null) {
      const selectAt = childPath(paramAt, "select");
      if (!isObject(select)) throw new CatalogError(selectAt, "must be an object");
      const choices = optionalStrings(select.choice, childPath(selectAt, "choice"));
      const howMany = optionalString(select, "how-many", selectAt);
      if (choices) row.choices = choices;
      if (howMany !== undefined) row.howMany = howMany;
    }
    return row;
  });
}

/**
 * The label a list of props gives (name="label"). NIST writes several (zero-padded "AC-02",
 * plain "AC-2"): the one without a class is the plain one, so it wins; otherwise the first.
 */
export function labelOf(props: unknown): string | null {
  if (!Array.isArray(props)) return null;
  const labels = props.filter(
    (p): p is JsonObject => isObject(p) && p.name === "label" && typeof p.value === "string",
  );
  const label = labels.find((p) => p.class === undefined) ?? labels[0];
  return label ? String(label.value) : null;
}

/** One part as text: its prose, then each sub-part on its own line, prefixed with its label. */
function partText(part: JsonObject, withLabel: boolean): string[] {
  const label = withLabel ? labelOf(part.props) : null;
  const prose = typeof part.prose === "string" ? part.prose.trim() : "";
  const head = [label, prose].filter((s) => s).join(" ");
  const lines = head ? [head] : [];
  if (Array.isArray(part.parts)) {
    for (const sub of part.parts) if (isObject(sub)) lines.push(...partText(sub, true));
  }
  return lines;
}

/** The text of every top-level part of the given name, or null when there is none. */
function partsNamed(parts: JsonObject[], name: string): string | null {
  const lines = parts.filter((part) => part.name === name).flatMap((part) => partText(part, false));
  return lines.length > 0 ? lines.join("\n") : null;
}

/**
 * Statement and guidance of a group or control, flattened to plain text. Parameter insertions
 * are left as written: they are resolved once the whole catalog's params are known.
 */
export function readParts(value: unknown, at: string): { statement: string | null; guidance: string | null } {
  const parts = objectsAt(value, at);
  return { statement: partsNamed(parts, "statement"), guidance: partsNamed(parts, "guidance") };
}

/** OSCAL's parameter insertion in prose: `{{ insert: param, ac-1_prm_1 }}`. */
const INSERTION = /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g;

/** Replaces each parameter insertion with `[label]`, or `[param id]` when it has no label. */
export function resolveInsertions(text: string, labels: ReadonlyMap<string, string | null>): string {
  return text.replace(INSERTION, (_match, id: string) => `[${labels.get(id) ?? id}]`);
}
