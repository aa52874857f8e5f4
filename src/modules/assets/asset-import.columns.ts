/**
 * What an asset inventory export (a CMDB, a spreadsheet) calls its columns and values, and how
 * they map onto the inventory's fields: "Asset Tag", "CI Name", "Hostname", "Category", "Data
 * Classification", "Managed by", and types and classifications in the words people use.
 */
import type { ScaleLevel } from "../../domain/risk-method.js";
import { normalizeHeader } from "../../imports/table-file.js";
import type { AssetImportField } from "./asset-import.service.js";

export const ASSET_IMPORT_FIELDS: Record<AssetImportField, string[]> = {
  key: [
    "key",
    "asset id",
    "asset key",
    "asset tag",
    "asset no",
    "asset number",
    "asset ref",
    "ref",
    "id",
    "ci id",
  ].concat(["inventory number", "tag"]),
  name: [
    "name",
    "asset",
    "asset name",
    "ci name",
    "display name",
    "hostname",
    "host name",
    "item",
    "title",
  ].concat(["system", "system name", "application", "application name"]),
  type: ["type", "asset type", "category", "asset category", "class", "ci class", "asset class", "kind"],
  description: ["description", "details", "purpose", "notes", "comments", "comment", "remarks"],
  owner: ["owner", "asset owner", "owned by", "managed by", "responsible", "custodian", "business owner"],
  location: ["location", "site", "office", "data center", "datacenter", "region", "where", "hosted at"],
  classification: [
    "classification",
    "data classification",
    "information classification",
    "sensitivity",
  ].concat(["confidentiality level", "label", "protective marking"]),
  confidentiality: ["confidentiality", "c", "conf"],
  integrity: ["integrity", "i", "int"],
  availability: ["availability", "a", "avail"],
};

export const ASSET_TYPES = ["information", "software", "hardware", "service", "people", "site"] as const;
export const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"] as const;

function words<T extends string>(groups: Record<T, string[]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [value, list] of Object.entries(groups) as [T, string[]][])
    for (const word of [value, ...list]) out[normalizeHeader(word)] = value;
  return out;
}

export const TYPE_WORDS = words<(typeof ASSET_TYPES)[number]>({
  information: [
    "data",
    "dataset",
    "database",
    "db",
    "records",
    "document",
    "documents",
    "information asset",
  ].concat(["data store", "backup", "backups", "file share", "archive", "intellectual property"]),
  software: [
    "application",
    "app",
    "software application",
    "business application",
    "source code",
    "code",
  ].concat(["repository", "erp", "crm", "operating system", "os", "licence", "license", "tool"]),
  hardware: [
    "server",
    "physical server",
    "virtual machine",
    "vm",
    "laptop",
    "desktop",
    "workstation",
    "computer",
  ]
    .concat([
      "mobile",
      "mobile device",
      "phone",
      "smartphone",
      "tablet",
      "network device",
      "router",
      "switch",
    ])
    .concat([
      "firewall",
      "printer",
      "storage",
      "nas",
      "san",
      "device",
      "equipment",
      "it equipment",
      "appliance",
    ]),
  service: [
    "saas",
    "cloud service",
    "cloud",
    "iaas",
    "paas",
    "third party service",
    "external service",
  ].concat(["outsourced service", "managed service", "utility", "network service", "it service", "supplier"]),
  people: ["person", "staff", "employee", "employees", "personnel", "team", "role", "contractor", "human"],
  site: [
    "building",
    "office",
    "premises",
    "facility",
    "location",
    "data center",
    "datacenter",
    "room",
  ].concat(["server room", "warehouse", "branch"]),
});

export const CLASSIFICATION_WORDS = words<(typeof CLASSIFICATIONS)[number]>({
  public: ["open", "unclassified", "published", "external", "public use"],
  internal: [
    "internal use",
    "internal only",
    "company confidential",
    "private",
    "for internal use",
    "limited",
    "official",
  ].concat(["general", "business use"]),
  confidential: [
    "sensitive",
    "confidential data",
    "personal data",
    "customer confidential",
    "commercial in confidence",
  ].concat(["official sensitive", "protected"]),
  restricted: [
    "strictly confidential",
    "highly confidential",
    "secret",
    "top secret",
    "restricted use",
  ].concat(["critical", "very sensitive", "special category"]),
});

/** Levels of confidentiality, integrity and availability: 1 low to 3 high. */
export const CIA_SCALE: readonly ScaleLevel[] = [
  { value: 1, name: "Low", description: "disclosure, corruption or loss would matter little" },
  { value: 2, name: "Medium", description: "it would hurt the organization or the people concerned" },
  { value: 3, name: "High", description: "it would do serious harm" },
];

/** Whether a header cell names an inventory column, for finding the header row. */
export function isAssetHeader(cell: string): boolean {
  const header = normalizeHeader(cell);
  if (header.length <= 1) return false;
  return Object.values(ASSET_IMPORT_FIELDS).some((aliases) => aliases.includes(header));
}
