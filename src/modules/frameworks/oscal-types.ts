/**
 * The shapes an OSCAL catalog is read into: one plain row per group or control, ready to be stored
 * as an extra framework, plus the error every reading failure is reported with.
 */

/** A parameter of a control, as the product shows it: its label, preset values or choices. */
export interface CatalogParam {
  id: string;
  label: string | null;
  values?: string[];
  choices?: string[];
  howMany?: string;
}

/** An OSCAL property (name/value pair) as written in the catalog. */
export interface CatalogProp {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}

/** One group or control of the catalog, in document order. */
export interface CatalogItem {
  /** OSCAL id ("ac", "ac-2", "ac-2.12") */
  id: string;
  /** Id of the enclosing group or control, null at top level. */
  parent: string | null;
  /** A control nested in a control is an enhancement: still "control", with its parent set. */
  kind: "group" | "control";
  /** The props entry name="label" (e.g. "AC-2(12)"), else null. */
  label: string | null;
  title: string;
  class: string | null;
  /** 1 for top-level groups and controls. */
  depth: number;
  /** Document order, 0-based across the whole catalog. */
  sort: number;
  /** Statement prose flattened to plain text, sub-parts prefixed with their labels, or null. */
  statement: string | null;
  /** Guidance prose flattened to plain text, or null. */
  guidance: string | null;
  params: CatalogParam[];
  props: CatalogProp[];
  /** "withdrawn" when a prop status=withdrawn says so, else "active". */
  status: "active" | "withdrawn";
}

/** A whole catalog: what its metadata says and its groups and controls. */
export interface ParsedCatalog {
  catalog: {
    uuid: string;
    title: string;
    version: string;
    oscalVersion: string;
    lastModified: string | null;
  };
  /** Groups and controls in document order. */
  items: CatalogItem[];
  /** Count of groups (all depths). */
  groups: number;
  /** Count of controls including enhancements. */
  controls: number;
}

export interface ReadCatalogOptions {
  /** Most groups and controls accepted before the catalog is refused (default 20000). */
  maxItems?: number;
}

/**
 * Why a catalog could not be read. `path` is the JSON path of the faulty value (e.g.
 * `$.catalog.groups[3].controls[2].title`), and the message starts with it. `offset` is the byte
 * position where malformed JSON was noticed, when the failure is one of JSON syntax.
 */
export class CatalogError extends Error {
  readonly path: string;
  readonly offset: number | undefined;

  constructor(path: string, problem: string, offset?: number) {
    super(`${path}: ${problem}`);
    this.name = "CatalogError";
    this.path = path;
    this.offset = offset;
  }
}
