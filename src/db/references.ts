/** What the write API (store.ts) knows about the organization-owned tables besides their columns. */
import { DomainError } from "../domain/errors.js";
import type { OrgTableName } from "./schema.js";

/**
 * Columns that point at rows of another organization-owned table. The writer checks that the row
 * they name belongs to the writer's organization, so no write can link across organizations.
 */
export const REFERENCES: Partial<Record<OrgTableName, Record<string, OrgTableName>>> = {
  riskAssets: { riskId: "risks", assetId: "assets" },
  riskControls: { riskId: "risks" },
  treatmentActions: { riskId: "risks" },
  evidenceLinks: { evidenceId: "evidence" },
  measurements: { objectiveId: "objectives" },
  auditFindings: { auditId: "audits" },
  nonconformities: { findingId: "auditFindings" },
  correctiveActions: { nonconformityId: "nonconformities" },
  policyVersions: { documentId: "documents" },
  policyComments: { versionId: "policyVersions" },
  policyAcks: { versionId: "policyVersions" },
  policyReviews: { documentId: "documents" },
  supplierAssessments: { supplierId: "suppliers" },
  incidentEntries: { incidentId: "incidents" },
  incidentNotifications: { incidentId: "incidents" },
};

/** Tables whose rows never change once written: an approved SoA version is a record of its day. */
const IMMUTABLE: ReadonlySet<OrgTableName> = new Set(["soaVersions"]);

export function refuseImmutable(table: OrgTableName): void {
  if (IMMUTABLE.has(table)) throw new DomainError("IMMUTABLE", `${table} rows are immutable once written`);
}
