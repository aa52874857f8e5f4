/**
 * Reads an OSCAL catalog (JSON, OSCAL 1.0.x to 1.1.x) into plain rows, one per group and control,
 * for the product to store as an extra framework. The file is streamed: each chunk goes through
 * stream-json's tokenizer (oscal-tokens.ts) as it arrives, and the tokens drive the catalog
 * grammar of oscal-reader.ts, so a catalog is never held as one parsed object. Every problem is a
 * CatalogError naming the JSON path where it was found.
 */
import { createReadStream } from "node:fs";
import type { Token } from "stream-json/core/parser.js";
import { resolveInsertions } from "./oscal-parts.js";
import { JsonPath } from "./oscal-path.js";
import { type CatalogHeader, type ReadState, readDocument } from "./oscal-reader.js";
import { JsonSyntaxError, JsonTokens } from "./oscal-tokens.js";
import { CatalogError, type ParsedCatalog, type ReadCatalogOptions } from "./oscal-types.js";

export type {
  CatalogItem,
  CatalogParam,
  CatalogProp,
  ParsedCatalog,
  ReadCatalogOptions,
} from "./oscal-types.js";
export { CatalogError };

/** Most groups and controls read unless the caller says otherwise (NIST 800-53 has about 1,200). */
const DEFAULT_MAX_ITEMS = 20_000;

/** Reads a catalog from a stream of bytes or text (a file stream, a request body, a generator). */
export async function readOscalCatalog(
  source: NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>,
  options: ReadCatalogOptions = {},
): Promise<ParsedCatalog> {
  const state: ReadState = {
    path: new JsonPath(),
    maxItems: options.maxItems ?? DEFAULT_MAX_ITEMS,
    drafts: [],
    ids: new Map(),
  };
  const reader = readDocument(state);
  reader.next(); // runs the grammar up to its wait for the first token
  const tokens = new JsonTokens();
  let header: CatalogHeader | undefined;

  /** Hands each token to the grammar, moving the JSON path along first. */
  const walk = (batch: Token[]) => {
    for (const token of batch) {
      state.path.step(token);
      const step = reader.next(token);
      if (step.done) header ??= step.value;
    }
  };

  try {
    for await (const chunk of source) walk(tokens.push(chunk));
    walk(tokens.end());
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    for (const token of error.tokensBefore) state.path.step(token);
    throw new CatalogError(state.path.toString(), error.message, error.offset);
  }
  if (!header) {
    const problem = `invalid JSON at byte ${tokens.offset}: the document ends too early (truncated?)`;
    throw new CatalogError(state.path.toString(), problem, tokens.offset);
  }
  return finish(state, header);
}

/** Reads a catalog from a file on disk. */
export function readOscalCatalogFile(path: string, options?: ReadCatalogOptions): Promise<ParsedCatalog> {
  return readOscalCatalog(createReadStream(path), options);
}

/**
 * Completes the rows once the whole catalog is read: each row's parent id (a parent's id may
 * follow its children in the document) and parameter insertions in prose and choices, resolved
 * against every parameter of the catalog (an enhancement may use its base control's parameters).
 */
function finish(state: ReadState, header: CatalogHeader): ParsedCatalog {
  const labels = new Map<string, string | null>();
  for (const { row } of state.drafts) for (const param of row.params) labels.set(param.id, param.label);
  let groups = 0;
  for (const { row, parent } of state.drafts) {
    if (row.kind === "group") groups++;
    row.parent = parent ? parent.row.id : null;
    if (row.statement) row.statement = resolveInsertions(row.statement, labels);
    if (row.guidance) row.guidance = resolveInsertions(row.guidance, labels);
    for (const param of row.params) {
      if (param.choices) param.choices = param.choices.map((choice) => resolveInsertions(choice, labels));
    }
  }
  const items = state.drafts.map((draft) => draft.row);
  return { catalog: header, items, groups, controls: items.length - groups };
}
