/**
 * The grammar of an OSCAL catalog, read token by token as the JSON parser produces them. Each
 * reader is a generator that receives the next token at every `yield`, so the catalog is walked
 * like a recursive-descent parser while the input is still streaming in. Only one group's or
 * control's own fields are assembled at a time; nested groups and controls become rows as they
 * stream past, and everything the product does not use (back-matter, links, ...) is skipped.
 */
import { Assembler } from "stream-json/core/assembler.js";
import type { Token } from "stream-json/core/parser.js";
import { labelOf, readParams, readParts, readProps } from "./oscal-parts.js";
import { childPath, type JsonPath } from "./oscal-path.js";
import { CatalogError, type CatalogItem } from "./oscal-types.js";

/** A reader: receives tokens one by one and returns what it read once its value has ended. */
export type Reader<T> = Generator<void, T, Token>;

/** What the catalog object itself says, besides its groups and controls. */
export interface CatalogHeader {
  uuid: string;
  title: string;
  version: string;
  oscalVersion: string;
  lastModified: string | null;
}

/** A row being read, with the row of its parent (whose id may come later in the document). */
export interface Draft {
  row: CatalogItem;
  parent: Draft | null;
}

/** Shared state of one reading: where the parser is, and the rows read so far. */
export interface ReadState {
  readonly path: JsonPath;
  readonly maxItems: number;
  readonly drafts: Draft[];
  /** Each group and control id, with the JSON path of the group or control that first used it. */
  readonly ids: Map<string, string>;
}

/** OSCAL's token datatype: a letter or `_`, then letters, digits, `.`, `-` or `_`. */
const TOKEN = /^[\p{L}_][\p{L}\p{N}._-]*$/u;
/** The OSCAL versions this reader understands. */
const SUPPORTED_VERSION = /^1\.[01]\.\d+$/;

/** Skips one value, however deeply nested, without keeping any of it. */
function* skip(first: Token): Reader<void> {
  if (first.name !== "startObject" && first.name !== "startArray") return;
  let depth = 1;
  while (depth > 0) {
    const token: Token = yield;
    if (token.name === "startObject" || token.name === "startArray") depth++;
    if (token.name === "endObject" || token.name === "endArray") depth--;
  }
}

/** Builds one value (a small one: a field of a single control) as a plain JavaScript value. */
function* assemble(first: Token): Reader<unknown> {
  const assembler = new Assembler();
  assembler.consume(first);
  while (!assembler.done) assembler.consume(yield);
  return assembler.current;
}

/**
 * Walks the members of the object whose `startObject` was just read, calling `member` with each
 * key and the first token of its value. `member` must read the whole value.
 */
function* members(member: (key: string, first: Token) => Reader<void>): Reader<void> {
  for (;;) {
    const token: Token = yield;
    if (token.name === "endObject") return;
    if (token.name !== "keyValue") throw new Error(`unexpected ${token.name} token in an object`);
    const first: Token = yield;
    yield* member(token.value, first);
  }
}

/** The value of a member that must be a string. */
function stringValue(state: ReadState, token: Token): string {
  if (token.name !== "stringValue") throw new CatalogError(state.path.toString(), "must be a string");
  return token.value;
}

/** The whole document: an object whose `catalog` member is the catalog. */
export function* readDocument(state: ReadState): Reader<CatalogHeader> {
  const first: Token = yield;
  if (first.name !== "startObject") {
    const kind = first.name === "startArray" ? "an array" : "a single value";
    throw new CatalogError("$", `the document must be a JSON object with a "catalog" member, not ${kind}`);
  }
  const found: { header?: CatalogHeader } = {};
  yield* members(function* (key, value) {
    if (key === "catalog") found.header = yield* readCatalog(state, value);
    else yield* skip(value);
  });
  if (!found.header) throw new CatalogError("$.catalog", "required (this is not an OSCAL catalog)");
  return found.header;
}

/** The catalog object: its uuid, its metadata, and its groups and controls. */
function* readCatalog(state: ReadState, first: Token): Reader<CatalogHeader> {
  const at = state.path.toString();
  if (first.name !== "startObject") throw new CatalogError(at, "must be an object");
  const found: { uuid?: string; metadata?: Omit<CatalogHeader, "uuid"> } = {};
  yield* members(function* (key, value) {
    if (key === "uuid") found.uuid = stringValue(state, value);
    else if (key === "metadata")
      found.metadata = checkMetadata(yield* assemble(value), state.path.toString());
    else if (key === "groups") yield* readItems(state, value, "group", null, 1);
    else if (key === "controls") yield* readItems(state, value, "control", null, 1);
    else yield* skip(value);
  });
  if (found.uuid === undefined) throw new CatalogError(childPath(at, "uuid"), "required");
  if (found.metadata === undefined) throw new CatalogError(childPath(at, "metadata"), "required");
  return { uuid: found.uuid, ...found.metadata };
}

/** The catalog's title, version and OSCAL version, checked as soon as the metadata is read. */
function checkMetadata(metadata: unknown, at: string): Omit<CatalogHeader, "uuid"> {
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) {
    throw new CatalogError(at, "must be an object");
  }
  const fields = metadata as Record<string, unknown>;
  const text = (key: string): string => {
    const value = fields[key];
    if (value === undefined || value === null) throw new CatalogError(childPath(at, key), "required");
    if (typeof value !== "string") throw new CatalogError(childPath(at, key), "must be a string");
    return value;
  };
  const title = text("title");
  const version = text("version");
  const oscalVersion = text("oscal-version");
  if (!SUPPORTED_VERSION.test(oscalVersion)) {
    const problem = `OSCAL ${oscalVersion} is not supported (1.0 to 1.1)`;
    throw new CatalogError(childPath(at, "oscal-version"), problem);
  }
  const modified = fields["last-modified"];
  return { title, version, oscalVersion, lastModified: typeof modified === "string" ? modified : null };
}

/** An array of groups or of controls, each read as it streams past. */
function* readItems(
  state: ReadState,
  first: Token,
  kind: CatalogItem["kind"],
  parent: Draft | null,
  depth: number,
): Reader<void> {
  if (first.name !== "startArray") throw new CatalogError(state.path.toString(), "must be an array");
  for (;;) {
    const token: Token = yield;
    if (token.name === "endArray") return;
    if (token.name !== "startObject") {
      throw new CatalogError(state.path.toString(), `must be an object (a ${kind})`);
    }
    yield* readItem(state, kind, parent, depth);
  }
}

/** One group or control, whose `startObject` was just read. Its row is filled in once it ends. */
function* readItem(
  state: ReadState,
  kind: CatalogItem["kind"],
  parent: Draft | null,
  depth: number,
): Reader<void> {
  const at = state.path.toString();
  if (state.drafts.length >= state.maxItems) {
    throw new CatalogError(at, `more than ${state.maxItems} groups and controls (maxItems)`);
  }
  const row: CatalogItem = {
    id: "",
    parent: null,
    kind,
    label: null,
    title: "",
    class: null,
    depth,
    sort: state.drafts.length,
    statement: null,
    guidance: null,
    params: [],
    props: [],
    status: "active",
  };
  const draft: Draft = { row, parent };
  state.drafts.push(draft);
  const found: { id?: string; title?: string } = {};
  yield* members(function* (key, value) {
    const here = state.path.toString();
    switch (key) {
      case "id":
        found.id = checkId(state, stringValue(state, value), at);
        break;
      case "title":
        found.title = stringValue(state, value);
        if (found.title.trim() === "") throw new CatalogError(here, "must not be empty");
        break;
      case "class":
        row.class = stringValue(state, value);
        break;
      case "params":
        row.params = readParams(yield* assemble(value), here);
        break;
      case "props":
        row.props = readProps(yield* assemble(value), here);
        break;
      case "parts":
        Object.assign(row, readParts(yield* assemble(value), here));
        break;
      case "controls":
        yield* readItems(state, value, "control", draft, depth + 1);
        break;
      case "groups":
        if (kind === "control") throw new CatalogError(here, "a control cannot contain groups");
        yield* readItems(state, value, "group", draft, depth + 1);
        break;
      default:
        yield* skip(value);
    }
  });
  if (found.id === undefined) throw new CatalogError(childPath(at, "id"), "required");
  if (found.title === undefined) throw new CatalogError(childPath(at, "title"), "required");
  row.id = found.id;
  row.title = found.title;
  row.label = labelOf(row.props);
  if (row.props.some((p) => p.name === "status" && p.value === "withdrawn")) row.status = "withdrawn";
}

/** Checks an id's form and that no other group or control has used it. */
function checkId(state: ReadState, id: string, itemAt: string): string {
  const at = state.path.toString();
  if (!TOKEN.test(id)) {
    throw new CatalogError(
      at,
      `"${id}" is not a valid OSCAL id (a letter or _, then letters, digits, . - _)`,
    );
  }
  const first = state.ids.get(id);
  if (first !== undefined) throw new CatalogError(at, `duplicate id "${id}", first used at ${first}`);
  state.ids.set(id, itemAt);
  return id;
}
