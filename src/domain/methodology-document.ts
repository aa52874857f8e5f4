/**
 * The organization's risk assessment methodology as a document (ISO/IEC 27001 6.1.2 asks for the
 * process and its criteria to be documented). Markdown here; office formats render the same model.
 */
import { levelOf, type RiskMethodology, scoreOf } from "./risk-method.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function ruleText(method: RiskMethodology): string {
  switch (method.scoring.kind) {
    case "product":
      return "The risk score is likelihood multiplied by impact.";
    case "sum":
      return "The risk score is likelihood plus impact.";
    case "matrix":
      return "The risk score is read from the matrix below (rows: likelihood, columns: impact).";
  }
}

export function renderMethodologyMarkdown(
  method: RiskMethodology,
  organization: string,
  date: string,
): string {
  const lines: string[] = [
    `# Information security risk assessment methodology — ${organization}`,
    "",
    `Version of ${date}. This document defines how ${organization} identifies, analyses and evaluates information security risks (ISO/IEC 27001:2022, clause 6.1.2) so that repeated assessments give consistent, valid and comparable results.`,
    "",
    "## Approach",
    "",
    method.approach === "asset-based"
      ? "Risks are identified per asset: for each information asset in scope, the threats and vulnerabilities that could affect its confidentiality, integrity or availability."
      : "Risks are identified as scenarios: events that could affect the confidentiality, integrity or availability of information in scope, with the assets they involve.",
    "",
    "Every risk has an owner: the person accountable for managing it and authorised to accept its residual level.",
    "",
  ];
  for (const [title, scale] of [
    ["Likelihood scale", method.likelihood],
    ["Impact scale", method.impact],
  ] as const) {
    lines.push(`## ${title}`, "", "| Value | Name | Meaning |", "|---|---|---|");
    for (const level of scale)
      lines.push(`| ${level.value} | ${cell(level.name)} | ${cell(level.description)} |`);
    lines.push("");
  }
  lines.push("## Scoring and risk levels", "", ruleText(method), "");
  lines.push(
    `| Likelihood \\ Impact | ${method.impact.map((i) => `${i.value} ${cell(i.name)}`).join(" | ")} |`,
  );
  lines.push(`|---|${method.impact.map(() => "---").join("|")}|`);
  for (const l of [...method.likelihood].reverse()) {
    const cells = method.impact.map((i) => {
      const score = scoreOf(method, l.value, i.value);
      return `${score} (${levelOf(method, score).name})`;
    });
    lines.push(`| ${l.value} ${cell(l.name)} | ${cells.join(" | ")} |`);
  }
  lines.push("", "| Level | Scores | Colour |", "|---|---|---|");
  let floor = Number.NEGATIVE_INFINITY;
  for (const level of [...method.levels].sort((a, b) => a.maxScore - b.maxScore)) {
    const range = Number.isFinite(floor) ? `${floor + 1}–${level.maxScore}` : `up to ${level.maxScore}`;
    lines.push(`| ${cell(level.name)} | ${range} | ${level.colour} |`);
    floor = level.maxScore;
  }
  lines.push(
    "",
    "## Risk acceptance criteria",
    "",
    `A risk whose score is ${method.acceptanceMaxScore} or less may be retained by its owner. A risk above that score is treated (modify, avoid or share) until its residual score meets the criteria; accepting it above the criteria requires a recorded exception justification approved by the risk owner.`,
    "",
    "## Treatment and review",
    "",
    "For each risk above the acceptance criteria the owner selects a treatment option, the necessary controls are determined and compared with ISO/IEC 27001 Annex A (clause 6.1.3), and the residual risk is re-assessed with the same scales. The risk owner approves the treatment plan and accepts the residual risk.",
    "",
    `The register is reviewed at least every ${method.reviewIntervalMonths} months, and whenever significant changes are proposed or occur (clause 8.2).`,
    "",
  );
  return lines.join("\n");
}
