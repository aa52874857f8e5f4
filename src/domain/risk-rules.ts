/**
 * Rules a risk must satisfy (ISO/IEC 27001 6.1.2, 6.1.3, 8.2, 8.3), checked before any write and
 * reported as field-level validation issues.
 */
import type { FieldIssue } from "./errors.js";
import { isWithinAcceptance, type RiskMethodology } from "./risk-method.js";

export const TREATMENTS = ["modify", "retain", "avoid", "share"] as const;
export type Treatment = (typeof TREATMENTS)[number];

export interface RiskFacts {
  treatment: Treatment | null;
  inherentScore: number;
  residualScore: number | null;
  residualJustification: string | null;
  /** Annex A ids as given by the user. */
  controls: string[];
  ownControls: string[];
  acceptedBy: string | null;
  acceptanceException: string | null;
}

const blank = (text: string | null | undefined) => !text?.trim();

/**
 * The issues with a risk under the methodology. `controlExists` answers whether an Annex A id is
 * in the catalog (the domain does not reach for the catalog itself).
 */
export function checkRiskRules(
  method: RiskMethodology,
  risk: RiskFacts,
  controlExists: (id: string) => boolean,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (
    risk.residualScore !== null &&
    risk.residualScore > risk.inherentScore &&
    blank(risk.residualJustification)
  ) {
    issues.push({
      path: "residual",
      message: `residual score ${risk.residualScore} is above the inherent score ${risk.inherentScore}: give a residualJustification`,
    });
  }
  const retainedScore = risk.residualScore ?? risk.inherentScore;
  const retains = risk.acceptedBy !== null || risk.treatment === "retain";
  if (retains && !isWithinAcceptance(method, retainedScore) && blank(risk.acceptanceException)) {
    issues.push({
      path: "acceptance.exception",
      message: `score ${retainedScore} exceeds the acceptance criteria (${method.acceptanceMaxScore} or less): accepting it needs an exception justification`,
    });
  }
  risk.controls.forEach((id, i) => {
    if (!controlExists(id))
      issues.push({
        path: `controls[${i}]`,
        message: `"${id}" is not an Annex A control of ISO/IEC 27001:2022`,
      });
  });
  if (risk.treatment === "modify" && risk.controls.length === 0 && risk.ownControls.length === 0) {
    issues.push({
      path: "controls",
      message: 'a risk treated by "modify" needs at least one planned control',
    });
  }
  return issues;
}
