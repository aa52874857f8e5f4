/**
 * What the operational registers' files call their columns and values, and how each register's
 * rows are written: suppliers by name, incidents and requirements by title, or by key.
 */

import {
  CRITICALITIES,
  INCIDENT_KINDS,
  REQUIREMENT_KINDS,
  SEVERITIES,
  SUPPLIER_STATUSES,
} from "../../domain/operations.js";
import type { OrgScope } from "../scope.js";
import { insertIncident, ZIncidentInput } from "./incident.service.js";
import { controlIds } from "./records.js";
import { importRegister, type RegisterImportOptions, type RegisterImportSpec } from "./register-import.js";
import { insertRequirement, requirementChanges, ZRequirementInput } from "./requirement.service.js";
import { insertSupplier, supplierChanges, ZSupplierInput } from "./supplier.service.js";

const LEVEL_WORDS = {
  "very high": "critical",
  severe: "critical",
  major: "high",
  moderate: "medium",
  minor: "low",
  h: "high",
  m: "medium",
  l: "low",
};
const key = { aliases: ["id", "ref", "reference", "no", "number"] };
const controls = {
  aliases: ["controls", "annex a controls", "annex a", "iso 27001 controls", "control"],
  kind: "list",
} as const;

export const SUPPLIER_IMPORT = {
  what: "supplier",
  table: "suppliers",
  identity: "name",
  schema: ZSupplierInput,
  fields: {
    key: { aliases: ["supplier id", "vendor id", ...key.aliases] },
    name: { aliases: ["supplier", "vendor", "supplier name", "vendor name", "company", "provider"] },
    services: { aliases: ["service", "services provided", "description", "what they provide", "product"] },
    dataCategories: {
      aliases: ["data", "data categories", "data processed", "data handled", "personal data"],
    },
    criticality: {
      aliases: ["tier", "criticality tier", "risk tier", "importance", "risk rating", "risk level"],
      kind: "choice",
      choices: CRITICALITIES,
      words: { ...LEVEL_WORDS, "tier 1": "critical", "tier 2": "high", "tier 3": "medium", "tier 4": "low" },
    },
    status: {
      aliases: ["supplier status", "state"],
      kind: "choice",
      choices: SUPPLIER_STATUSES,
      words: {
        live: "active",
        current: "active",
        "in use": "active",
        new: "onboarding",
        terminated: "offboarded",
        ended: "offboarded",
        inactive: "offboarded",
      },
    },
    owner: { aliases: ["relationship owner", "business owner", "internal owner", "responsible"] },
    contact: { aliases: ["supplier contact", "vendor contact", "email", "contact person"] },
    cloudService: { aliases: ["cloud", "cloud service", "saas", "is cloud"], kind: "bool" },
    nextReviewOn: {
      aliases: ["next review", "review date", "next review date", "due for review"],
      kind: "date",
    },
    controlRefs: controls,
    notes: { aliases: ["comments", "comment", "remarks"] },
  },
  insert: (w, input) => insertSupplier(w, input),
  update: (w, row, input) => w.update("suppliers", row.id, row.version, supplierChanges(row, input)),
} satisfies RegisterImportSpec<"suppliers", typeof ZSupplierInput>;

export const INCIDENT_IMPORT = {
  what: "incident",
  table: "incidents",
  identity: "title",
  schema: ZIncidentInput,
  fields: {
    key: { aliases: ["incident id", "ticket", "ticket id", ...key.aliases] },
    title: { aliases: ["incident", "summary", "subject", "short description"] },
    description: { aliases: ["details", "what happened", "long description"] },
    kind: {
      aliases: ["type", "category"],
      kind: "choice",
      choices: INCIDENT_KINDS,
      words: { "security event": "event", "security incident": "incident" },
    },
    severity: {
      aliases: ["priority", "impact", "level"],
      kind: "choice",
      choices: SEVERITIES,
      words: { ...LEVEL_WORDS, p1: "critical", p2: "high", p3: "medium", p4: "low" },
    },
    detectedAt: {
      aliases: ["detected", "detected on", "date", "date detected", "reported", "opened"],
      kind: "instant",
    },
    reportedBy: { aliases: ["reporter", "reported by", "raised by"] },
    personalData: { aliases: ["personal data", "personal data breach", "gdpr"], kind: "bool" },
    controlRefs: controls,
  },
  insert: (w, input) => insertIncident(w, input, "import", new Date().toISOString()),
  update: async (w, row, input) => {
    const { key: _key, detectedAt: _detected, reportedBy: _by, controlRefs, personalData, ...rest } = input;
    await w.update("incidents", row.id, row.version, {
      ...rest,
      ...(personalData !== undefined && { personalData: personalData ? 1 : 0 }),
      ...(controlRefs && { controlRefs: JSON.stringify(controlIds(controlRefs)) }),
    });
  },
} satisfies RegisterImportSpec<"incidents", typeof ZIncidentInput>;

export const REQUIREMENT_IMPORT = {
  what: "requirement",
  table: "requirements",
  identity: "title",
  schema: ZRequirementInput,
  fields: {
    key: { aliases: ["requirement id", ...key.aliases] },
    title: { aliases: ["requirement", "obligation", "name", "description"] },
    kind: {
      aliases: ["type", "category", "requirement type"],
      kind: "choice",
      choices: REQUIREMENT_KINDS,
      words: {
        law: "legal",
        legislation: "legal",
        regulation: "regulatory",
        regulator: "regulatory",
        contract: "contractual",
        customer: "contractual",
        statute: "statutory",
      },
    },
    source: { aliases: ["law", "regulation", "act", "contract", "reference document", "legal source"] },
    jurisdiction: { aliases: ["country", "region", "territory"] },
    appliesTo: { aliases: ["applies to", "scope", "applicability", "business unit"] },
    owner: { aliases: ["responsible", "accountable", "requirement owner"] },
    howMet: { aliases: ["how met", "how it is met", "compliance measures", "measures", "evidence"] },
    controlRefs: controls,
    documentRefs: { aliases: ["documents", "policies", "policy"], kind: "list" },
    reviewOn: { aliases: ["review", "review date", "next review"], kind: "date" },
  },
  insert: (w, input) => insertRequirement(w, input),
  update: (w, row, input) => {
    const { key: _key, ...rest } = input;
    return w.update("requirements", row.id, row.version, requirementChanges(rest));
  },
} satisfies RegisterImportSpec<"requirements", typeof ZRequirementInput>;

export const REGISTER_IMPORTS = {
  suppliers: SUPPLIER_IMPORT,
  incidents: INCIDENT_IMPORT,
  requirements: REQUIREMENT_IMPORT,
};
export type ImportableRegister = keyof typeof REGISTER_IMPORTS;

export function importOperations(
  scope: OrgScope,
  register: ImportableRegister,
  file: string,
  options: RegisterImportOptions,
) {
  const spec = REGISTER_IMPORTS[register] as RegisterImportSpec<"suppliers", typeof ZSupplierInput>;
  return importRegister(scope, spec, file, options);
}
