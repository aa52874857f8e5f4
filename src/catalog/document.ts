/**
 * The catalog's public export shape (`isms catalog export --format json`). Other tools read it, so
 * fields are only ever added, never renamed or removed.
 */
import { CLAUSES, CONTROLS, CONTROLS_2013, STANDARD, STANDARD_FACTS } from "./index.js";
import type { StandardFact } from "./standard.js";
import type { Clause, Control, Control2013 } from "./types.js";

export interface CatalogDocument {
  standard: string;
  codeOfPractice: string;
  clauses: Pick<Clause, "id" | "title" | "parent" | "summary" | "mandatoryDocuments" | "keywords">[];
  controls: Control[];
  iso27001_2013: Control2013[];
  facts: StandardFact[];
}

/** Builds the full catalog document: clauses 4–10, the 93 controls, the 2013 controls and facts. */
export function catalogDocument(): CatalogDocument {
  return {
    standard: STANDARD,
    codeOfPractice: "ISO/IEC 27002:2022",
    clauses: CLAUSES.map(({ id, title, parent, summary, mandatoryDocuments, keywords }) => ({
      id,
      title,
      parent,
      summary,
      mandatoryDocuments,
      keywords,
    })),
    controls: [...CONTROLS],
    iso27001_2013: [...CONTROLS_2013],
    facts: [...STANDARD_FACTS],
  };
}

/** Column order of the CSV export: one row per control, lists joined with "; ". */
export const CATALOG_CSV_COLUMNS = [
  "id",
  "title",
  "theme",
  "isNew",
  "controlType",
  "securityProperties",
  "cybersecurityConcepts",
  "operationalCapabilities",
  "securityDomains",
  "iso27001_2013",
  "purpose",
  "implementation",
  "evidence",
  "pitfalls",
  "related",
  "keywords",
] as const;

/** The controls as CSV-ready rows keyed by CATALOG_CSV_COLUMNS. */
export function catalogCsvRows(): Record<(typeof CATALOG_CSV_COLUMNS)[number], string>[] {
  const join = (values: readonly string[]) => values.join("; ");
  return CONTROLS.map((c) => ({
    id: c.id,
    title: c.title,
    theme: c.theme,
    isNew: c.isNew ? "yes" : "no",
    controlType: join(c.attributes.controlType),
    securityProperties: join(c.attributes.securityProperties),
    cybersecurityConcepts: join(c.attributes.cybersecurityConcepts),
    operationalCapabilities: join(c.attributes.operationalCapabilities),
    securityDomains: join(c.attributes.securityDomains),
    iso27001_2013: join(c.iso27001_2013),
    purpose: c.guidance.purpose,
    implementation: c.guidance.implementation.join("\n"),
    evidence: c.guidance.evidence.join("\n"),
    pitfalls: c.guidance.pitfalls.join("\n"),
    related: join(c.guidance.related),
    keywords: join(c.guidance.keywords),
  }));
}
