/**
 * The parts of the OSCAL 1.1.3 JSON models that our exports write. Only the fields we fill are
 * typed; the NIST schemas (test/fixtures/oscal) are the authority and the tests validate against them.
 */

export interface OscalProp {
  name: string;
  value: string;
  ns?: string;
  class?: string;
  remarks?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  "media-type"?: string;
  text?: string;
}

export interface OscalPart {
  id?: string;
  name: string;
  ns?: string;
  title?: string;
  props?: OscalProp[];
  prose?: string;
  parts?: OscalPart[];
  links?: OscalLink[];
}

export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  links?: OscalLink[];
  parts?: OscalPart[];
}

export interface OscalGroup {
  id: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  parts?: OscalPart[];
  controls: OscalControl[];
}

export interface OscalRole {
  id: string;
  title: string;
  description?: string;
}

export interface OscalParty {
  uuid: string;
  type: "person" | "organization";
  name: string;
}

export interface OscalMetadata {
  title: string;
  "last-modified": string;
  version: string;
  "oscal-version": string;
  props?: OscalProp[];
  links?: OscalLink[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  "responsible-parties"?: { "role-id": string; "party-uuids": string[] }[];
  remarks?: string;
}

export interface OscalResource {
  uuid: string;
  title?: string;
  description?: string;
  props?: OscalProp[];
  citation?: { text: string };
  rlinks?: { href: string; "media-type"?: string }[];
  remarks?: string;
}

export interface OscalBackMatter {
  resources: OscalResource[];
}

export interface OscalCatalog {
  uuid: string;
  metadata: OscalMetadata;
  groups: OscalGroup[];
  "back-matter"?: OscalBackMatter;
}

export interface OscalProfile {
  uuid: string;
  metadata: OscalMetadata;
  imports: { href: string; "include-controls"?: { "with-ids": string[] }[] }[];
  merge?: { "as-is": boolean };
  "back-matter"?: OscalBackMatter;
}

export interface OscalByComponent {
  "component-uuid": string;
  uuid: string;
  description: string;
  props?: OscalProp[];
  "implementation-status"?: { state: string; remarks?: string };
  "responsible-roles"?: { "role-id": string }[];
}

export interface OscalImplementedRequirement {
  uuid: string;
  "control-id": string;
  props?: OscalProp[];
  "by-components": OscalByComponent[];
  remarks?: string;
}

/** Anything else in a document: the NIST schema is the contract, validated in the tests. */
export type OscalObject = { [key: string]: unknown };

export interface OscalSsp {
  uuid: string;
  metadata: OscalMetadata;
  "import-profile": { href: string; remarks?: string };
  "system-characteristics": OscalObject;
  "system-implementation": { users: OscalObject[]; components: OscalObject[]; remarks?: string };
  "control-implementation": {
    description: string;
    "implemented-requirements": OscalImplementedRequirement[];
  };
  "back-matter"?: OscalBackMatter;
}

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  target: {
    type: "objective-id" | "statement-id";
    "target-id": string;
    title?: string;
    status: { state: "satisfied" | "not-satisfied"; reason?: string };
  };
  "related-observations"?: { "observation-uuid": string }[];
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end?: string;
  props?: OscalProp[];
  "reviewed-controls": OscalObject;
  observations?: OscalObject[];
  findings?: OscalFinding[];
  remarks?: string;
}

export interface OscalAssessmentResults {
  uuid: string;
  metadata: OscalMetadata;
  "import-ap": { href: string; remarks?: string };
  results: OscalResult[];
  "back-matter"?: OscalBackMatter;
}

export interface OscalPoamItem {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  "related-risks"?: { "risk-uuid": string }[];
  remarks?: string;
}

export interface OscalPoam {
  uuid: string;
  metadata: OscalMetadata;
  "import-ssp"?: { href: string };
  "system-id"?: { "identifier-type": string; id: string };
  risks?: OscalObject[];
  "poam-items": OscalPoamItem[];
  "back-matter"?: OscalBackMatter;
}
