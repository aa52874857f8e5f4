/**
 * Shared pieces of the OSCAL 1.1.3 exports: deterministic UUIDs, the mapping of our ids to OSCAL
 * tokens, property and date helpers, and the file names the documents use to refer to each other.
 */
import { createHash } from "node:crypto";
import type { OscalMetadata, OscalParty, OscalProp, OscalResource, OscalRole } from "./types.js";

export const OSCAL_VERSION = "1.1.3";
/** Namespace of the properties and part names we define ourselves (not NIST's). */
export const NS = "https://isms-copilot.dev/ns/oscal";
/** Namespace of the ISO/IEC 27002:2022 attribute properties. */
export const NS_27002 = "https://isms-copilot.dev/ns/iso27002";

/** The file names the documents use for one another (rlinks in back-matter). */
export const OSCAL_FILES = {
  catalog: "isms-copilot-catalog.json",
  profile: "isms-copilot-profile.json",
  ssp: "isms-copilot-ssp.json",
  assessmentResults: "isms-copilot-assessment-results.json",
  poam: "isms-copilot-poam.json",
} as const;

const MEDIA_TYPES = {
  catalog: "application/oscal.catalog+json",
  profile: "application/oscal.profile+json",
  ssp: "application/oscal.ssp+json",
} as const;

const hex = (uuid: string) => Buffer.from(uuid.replace(/-/g, ""), "hex");

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1). OSCAL accepts only versions 4 and 5, so our
 * UUIDv7 row ids are never used directly; every OSCAL uuid is derived from a stable name instead,
 * which keeps repeated exports identical.
 */
export function uuidv5(name: string, namespace: string = OSCAL_NAMESPACE): string {
  const bytes = createHash("sha1").update(hex(namespace)).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = 0x50 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const h = bytes.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** RFC 9562's URL namespace. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
/** Our namespace: the v5 UUID of our namespace URL. */
export const OSCAL_NAMESPACE = uuidv5(NS, URL_NAMESPACE);

/** A UUID for one subject of one organization ("ssp", "requirement:5.1", ...). */
export const orgUuid = (orgId: string, subject: string) => uuidv5(`org:${orgId}:${subject}`);

/** "5.1" -> "a-5-1": OSCAL token ids must start with a letter. */
export const controlToken = (controlId: string) => `a-${controlId.replace(/\./g, "-")}`;

/** "6.1.3" -> "clause-6-1-3". */
export const clauseToken = (clauseId: string) => `clause-${clauseId.replace(/\./g, "-")}`;

/** "8.8" -> "a-8-8", "clause:9.2" -> "clause-9-2" (audit scope and finding references). */
export const refToken = (ref: string) =>
  ref.startsWith("clause:") ? clauseToken(ref.slice("clause:".length)) : controlToken(ref);

/** "8.8" -> "A.8.8", "clause:9.2" -> "clause 9.2". */
export const refLabel = (ref: string) =>
  ref.startsWith("clause:") ? `clause ${ref.slice("clause:".length)}` : `A.${ref}`;

/** One line, trimmed: OSCAL strings may neither span lines nor start or end with spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** A property in our namespace (`ns` null: a NIST core property), or nothing when the value is empty. */
export function prop(
  name: string,
  value: string | number | null | undefined,
  ns: string | null = NS,
): OscalProp[] {
  const text = value === null || value === undefined ? "" : oneLine(String(value));
  if (!text) return [];
  return [ns ? { name, ns, value: text } : { name, value: text }];
}

/** "2025-03-01" -> "2025-03-01T00:00:00Z"; full timestamps are kept. */
export function dateTime(date: string, endOfDay = false): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T${endOfDay ? "23:59:59" : "00:00:00"}Z`;
  return new Date(date).toISOString();
}

/**
 * Removes undefined values and empty arrays, recursively: every OSCAL array has minItems 1 and
 * every object forbids unknown keys, so an empty list must be left out rather than written.
 */
export function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clean(v)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = clean(v);
  }
  return out as T;
}

export interface MetadataInput {
  title: string;
  version: string;
  now: Date;
  party?: OscalParty;
  /** Roles besides "owner" (the organization's role, added with the party). */
  roles?: OscalRole[];
  props?: OscalProp[];
  remarks?: string;
}

/** Document metadata; the party, when given, is the organization the document is about. */
export function metadata(input: MetadataInput): OscalMetadata {
  return {
    title: input.title,
    "last-modified": input.now.toISOString(),
    version: input.version,
    "oscal-version": OSCAL_VERSION,
    props: [...prop("generator", "ISMS Copilot"), ...(input.props ?? [])],
    roles: [...(input.party ? [{ id: "owner", title: "ISMS owner" }] : []), ...(input.roles ?? [])],
    ...(input.party && {
      parties: [input.party],
      "responsible-parties": [{ "role-id": "owner", "party-uuids": [input.party.uuid] }],
    }),
    ...(input.remarks && { remarks: input.remarks }),
  };
}

/** A back-matter resource pointing at another of our exported documents. */
export function fileResource(
  uuid: string,
  kind: keyof typeof MEDIA_TYPES,
  title: string,
  description?: string,
): OscalResource {
  const href = kind === "catalog" ? OSCAL_FILES.catalog : OSCAL_FILES[kind];
  return {
    uuid,
    title,
    ...(description && { description }),
    rlinks: [{ href, "media-type": MEDIA_TYPES[kind] }],
  };
}

/** The catalog's resource uuid, the same in every organization's profile. */
export const CATALOG_RESOURCE_UUID = uuidv5("resource:catalog");
