/** The OSCAL 1.1.3 documents the product produces, by the name the CLI and API use. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

export const OSCAL_DOCUMENTS = {
  "oscal-catalog": "the catalog with our guidance",
  "oscal-profile": "the organization's applicable controls",
  "oscal-ssp": "a system security plan from the SoA and implementation notes",
  "oscal-ar": "assessment results from internal audit findings",
  "oscal-poam": "a plan of action and milestones from open treatments and corrective actions",
} as const;
export type OscalDocument = keyof typeof OSCAL_DOCUMENTS;

/** Builds one OSCAL document (the catalog needs no organization). */
export async function buildOscal(
  kind: OscalDocument,
  db?: Kysely<Database>,
  orgId?: string,
): Promise<unknown> {
  const { oscalCatalog } = await import("./catalog.js");
  if (kind === "oscal-catalog") return oscalCatalog();
  const docs = await import("./org-documents.js");
  if (!db || !orgId) throw new Error("an organization is required");
  if (kind === "oscal-profile") return docs.oscalProfile(db, orgId);
  if (kind === "oscal-ssp") return docs.oscalSsp(db, orgId);
  if (kind === "oscal-ar") return docs.oscalAssessmentResults(db, orgId);
  return docs.oscalPoam(db, orgId);
}
