/** Calls of the risk import wizard: column preview, dry run and import of one uploaded file. */
import { ApiError, call } from "../../api";
import type { ColumnPreview, ImportReport } from "../../api/types";

export type { ColumnPreview, ImportReport };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const FIELD_LABELS: Record<string, string> = {
  key: "Key (risk id)",
  title: "Title",
  description: "Description",
  threat: "Threat",
  vulnerability: "Vulnerability",
  consequence: "Consequence",
  owner: "Owner",
  assets: "Assets",
  cia: "Affected properties (C/I/A)",
  likelihood: "Inherent likelihood",
  impact: "Inherent impact",
  existingControls: "Existing controls",
  treatment: "Treatment",
  controls: "Annex A controls",
  ownControls: "Own controls",
  residualLikelihood: "Residual likelihood",
  residualImpact: "Residual impact",
  residualJustification: "Residual justification",
  acceptedBy: "Accepted by",
  acceptanceComment: "Acceptance comment",
  acceptanceException: "Acceptance exception",
  nextReviewOn: "Next review",
  status: "Status",
  targetDate: "Target date (treatment action)",
  comments: "Comments (treatment action)",
};

export const isXlsx = (file: File) => /\.xlsx$/i.test(file.name) || file.type === XLSX;

/** "Column=field" pairs, as the API's `map` (and the CLI's --map) expect. */
export const mapParam = (mapping: Record<string, string | null>) =>
  Object.entries(mapping)
    .filter(([, field]) => field)
    .map(([header, field]) => `${header}=${field}`)
    .join(";");

/** Sends the file; a report with rejected rows (422) is returned as a result, not thrown. */
export async function upload<T>(
  slug: string,
  file: File,
  query: Record<string, string | undefined>,
): Promise<{ status: number; data: T }> {
  const raw = await file.arrayBuffer();
  const contentType = isXlsx(file) ? XLSX : "text/csv";
  try {
    const result = await call<T>("POST", `/orgs/${slug}/risks/import`, { raw, contentType, query });
    return { status: 200, data: result.data };
  } catch (error) {
    if (error instanceof ApiError && error.status === 422 && "dryRun" in error.problem)
      return { status: 422, data: error.problem as unknown as T };
    throw error;
  }
}
