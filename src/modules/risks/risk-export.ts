/**
 * The risk register as flat rows for CSV/XLSX. The column names are ones the import recognises, so
 * an exported register imports back unchanged.
 */
import type { RiskView } from "./risk.repository.js";

export const RISK_EXPORT_COLUMNS = [
  "Risk ID",
  "Title",
  "Description",
  "Threat",
  "Vulnerability",
  "Consequence",
  "Risk Owner",
  "Assets",
  "CIA",
  "Likelihood",
  "Impact",
  "Inherent Score",
  "Inherent Level",
  "Existing Controls",
  "Treatment",
  "Annex A Controls",
  "Own Controls",
  "Residual Likelihood",
  "Residual Impact",
  "Residual Score",
  "Residual Level",
  "Residual Justification",
  "Accepted By",
  "Acceptance Comment",
  "Acceptance Exception",
  "Next Review",
  "Status",
] as const;

export type RiskExportRow = Record<(typeof RISK_EXPORT_COLUMNS)[number], string | number | null>;

export function riskExportRows(risks: readonly RiskView[]): RiskExportRow[] {
  return risks.map((r) => ({
    "Risk ID": r.key,
    Title: r.title,
    Description: r.description,
    Threat: r.threat,
    Vulnerability: r.vulnerability,
    Consequence: r.consequence,
    "Risk Owner": r.owner,
    Assets: r.assets.join(", "),
    CIA: r.cia.join(", "),
    Likelihood: r.inherent?.likelihood ?? null,
    Impact: r.inherent?.impact ?? null,
    "Inherent Score": r.inherent?.score ?? null,
    "Inherent Level": r.inherent?.level ?? null,
    "Existing Controls": r.existingControls,
    Treatment: r.treatment,
    "Annex A Controls": r.controls.join(", "),
    "Own Controls": ownControlsCell(r.ownControls),
    "Residual Likelihood": r.residual?.likelihood ?? null,
    "Residual Impact": r.residual?.impact ?? null,
    "Residual Score": r.residual?.score ?? null,
    "Residual Level": r.residual?.level ?? null,
    "Residual Justification": r.residualJustification,
    "Accepted By": r.acceptance?.by ?? null,
    "Acceptance Comment": r.acceptance?.comment ?? null,
    "Acceptance Exception": r.acceptance?.exception ?? null,
    "Next Review": r.nextReviewOn,
    Status: r.status,
  }));
}

/**
 * One control per line. The import splits a single-line cell on ";", so a lone control that
 * contains ";" gets a trailing line break to keep it whole.
 */
function ownControlsCell(controls: readonly string[]): string {
  const text = controls.join("\n");
  return controls.length === 1 && text.includes(";") ? `${text}\n` : text;
}
