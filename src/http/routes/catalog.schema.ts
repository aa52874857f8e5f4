/**
 * Response shapes of the catalog: Annex A controls with their attributes and guidance, clauses 4–10
 * and the 2013 controls, built from the catalog's own vocabularies.
 */
import { z } from "zod";
import type { CatalogEntry, Clause, Control } from "../../catalog/index.js";
import { ATTRIBUTE_VOCABULARY, THEMES } from "../../catalog/types.js";
import { describes } from "../../modules/shape.js";

const attributes = z.object({
  controlType: z.array(z.enum(ATTRIBUTE_VOCABULARY.controlType)),
  securityProperties: z.array(z.enum(ATTRIBUTE_VOCABULARY.securityProperties)),
  cybersecurityConcepts: z.array(z.enum(ATTRIBUTE_VOCABULARY.cybersecurityConcepts)),
  operationalCapabilities: z.array(z.enum(ATTRIBUTE_VOCABULARY.operationalCapabilities)),
  securityDomains: z.array(z.enum(ATTRIBUTE_VOCABULARY.securityDomains)),
});

export const ZControl = describes<Control>()(
  z.object({
    id: z.string().describe('The Annex A number, "8.11"'),
    title: z.string(),
    theme: z.enum(THEMES),
    attributes,
    isNew: z.boolean().describe("No predecessor in ISO/IEC 27001:2013"),
    iso27001_2013: z.array(z.string()).describe('The 2013 controls it derives from, "A.12.4.1"'),
    guidance: z.object({
      purpose: z.string(),
      implementation: z.array(z.string()),
      scale: z.object({ small: z.string(), large: z.string() }),
      evidence: z.array(z.string()),
      pitfalls: z.array(z.string()),
      related: z.array(z.string()).describe('Controls ("8.12") and clauses ("clause:6.1.3")'),
      keywords: z.array(z.string()),
    }),
  }),
);

export const ZClause = describes<Clause>()(
  z.object({
    id: z.string().describe('"6.1.3"'),
    title: z.string(),
    parent: z.string().nullable(),
    summary: z.string(),
    mandatoryDocuments: z.array(z.string()),
    keywords: z.array(z.string()),
    newIn2022: z.boolean().optional(),
  }),
);

const ZControl2013 = z.object({
  id: z.string().describe('"A.12.4.1"'),
  title: z.string(),
  iso27001_2022: z.array(z.string()).describe("The 2022 controls that took it over"),
});

/** One catalog entry, its kind beside its fields. */
export const ZCatalogEntry = z.discriminatedUnion("kind", [
  ZControl.extend({ kind: z.literal("control") }),
  ZClause.extend({ kind: z.literal("clause") }),
  ZControl2013.extend({ kind: z.literal("control2013") }),
]);

/** The entry of a resolved lookup, flattened beside its kind. */
export function entryOf(entry: CatalogEntry): z.output<typeof ZCatalogEntry> {
  if (entry.kind === "clause") return { kind: entry.kind, ...entry.clause };
  return entry.kind === "control"
    ? { kind: entry.kind, ...entry.control }
    : { kind: entry.kind, ...entry.control };
}
