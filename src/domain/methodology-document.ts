/**
 * The organization's risk assessment methodology as a document (ISO/IEC 27001 6.1.2 asks for the
 * process and its criteria to be documented). The content is built once as numbered parts —
 * headings, text and tables, the matrix cells with their level colours — which the markdown here
 * and the office formats (exports) both render.
 */
import { allScores, levelOf, type RiskMethodology, scoreOf } from "./risk-method.js";

export interface DocColumn {
  key: string;
  header: string;
  width?: number;
}

export interface DocTable {
  columns: DocColumn[];
  rows: Record<string, string | number>[];
  /** Background colours by row and column key (the matrix cells take their level's colour). */
  fills?: Record<string, string>[];
}

export interface DocPart {
  heading: string;
  /** 1 for a chapter, 2 for a part of one. */
  level: 1 | 2;
  paragraphs: string[];
  table?: DocTable;
}

/** Which method the document describes: its own version and adoption, or the built-in default. */
export interface MethodAdoption {
  version: number | null;
  /** ISO date-time the version was adopted. */
  adoptedAt?: string;
  adoptedBy?: string;
}

export const TREATMENT_OPTIONS: readonly [string, string][] = [
  ["Modify (reduce)", "Apply or improve controls that lower the likelihood or the impact."],
  [
    "Retain (accept)",
    "Keep the risk as it is; within the criteria by the owner, above them only by exception.",
  ],
  ["Avoid", "Stop or change the activity that gives rise to the risk."],
  [
    "Share (transfer)",
    "Pass part of the consequences to another party, e.g. insurance or a supplier contract.",
  ],
];

/** "Version 3, adopted 2026-05-01" or the default's own words. */
export function adoptionText(adoption: MethodAdoption): string {
  if (adoption.version === null) return "built-in default (not yet adopted by the organization)";
  const date = adoption.adoptedAt ? `, adopted ${adoption.adoptedAt.slice(0, 10)}` : "";
  return `method version ${adoption.version}${date}`;
}

function ruleText(method: RiskMethodology): string {
  switch (method.scoring.kind) {
    case "product":
      return "The risk score is likelihood multiplied by impact.";
    case "sum":
      return "The risk score is likelihood plus impact.";
    case "matrix":
      return "The risk score is the organization's own value for each pair of likelihood and impact, as the matrix shows.";
  }
}

/** The score ranges of the levels, lowest first: "1–4", "5–9"… over the scores the scales produce. */
export function levelRanges(method: RiskMethodology): { name: string; range: string; colour: string }[] {
  const scores = [...new Set(allScores(method))].sort((a, b) => a - b);
  let floor = Number.NEGATIVE_INFINITY;
  return [...method.levels]
    .sort((a, b) => a.maxScore - b.maxScore)
    .map((level) => {
      const inside = scores.filter((s) => s > floor && s <= level.maxScore);
      floor = level.maxScore;
      const low = inside[0];
      const high = inside.at(-1);
      const range =
        low === undefined || high === undefined ? "none" : low === high ? `${low}` : `${low}–${high}`;
      return { name: level.name, range, colour: level.colour };
    });
}

function scaleTable(scale: RiskMethodology["likelihood"]): DocTable {
  return {
    columns: [
      { key: "value", header: "Value", width: 6 },
      { key: "name", header: "Name", width: 16 },
      { key: "description", header: "Meaning", width: 60 },
    ],
    rows: scale.map((l) => ({ value: l.value, name: l.name, description: l.description })),
  };
}

/** Likelihood rows (highest first) by impact columns, each cell "score level" in its level's colour. */
function matrixTable(method: RiskMethodology): DocTable {
  const columns: DocColumn[] = [
    { key: "likelihood", header: "Likelihood \\ impact", width: 18 },
    ...method.impact.map((i) => ({ key: `i${i.value}`, header: `${i.value} ${i.name}`, width: 12 })),
  ];
  const rows: Record<string, string>[] = [];
  const fills: Record<string, string>[] = [];
  for (const l of [...method.likelihood].reverse()) {
    const row: Record<string, string> = { likelihood: `${l.value} ${l.name}` };
    const fill: Record<string, string> = {};
    for (const i of method.impact) {
      const score = scoreOf(method, l.value, i.value);
      const level = levelOf(method, score);
      row[`i${i.value}`] = `${score} ${level.name}`;
      fill[`i${i.value}`] = level.colour;
    }
    rows.push(row);
    fills.push(fill);
  }
  return { columns, rows, fills };
}

export function methodologyParts(
  method: RiskMethodology,
  organization: string,
  adoption: MethodAdoption,
): DocPart[] {
  const highest = Math.max(...allScores(method));
  const ranges = levelRanges(method);
  const size = `${method.likelihood.length}×${method.impact.length}`;
  return [
    {
      heading: "1 Purpose",
      level: 1,
      paragraphs: [
        `This document defines how ${organization} identifies, analyses and evaluates information security risks (ISO/IEC 27001:2022, clause 6.1.2) so that repeated assessments give consistent, valid and comparable results. It describes the ${adoptionText(adoption)}.`,
      ],
    },
    {
      heading: "2 Risk identification",
      level: 1,
      paragraphs: [
        method.approach === "asset-based"
          ? "Risks are identified per asset: for each information asset in scope, the threats and vulnerabilities that could affect its confidentiality, integrity or availability."
          : "Risks are identified as scenarios: events that could affect the confidentiality, integrity or availability of information in scope, with the assets they involve.",
        "Every risk has an owner: the person accountable for managing it and authorised to accept its residual level.",
      ],
    },
    {
      heading: "3 Risk analysis",
      level: 1,
      paragraphs: [
        `Each risk is rated on a ${size} grid: a likelihood from 1 to ${method.likelihood.length} and an impact from 1 to ${method.impact.length}, using the meanings below. ${ruleText(method)}`,
      ],
    },
    { heading: "3.1 Likelihood scale", level: 2, paragraphs: [], table: scaleTable(method.likelihood) },
    { heading: "3.2 Impact scale", level: 2, paragraphs: [], table: scaleTable(method.impact) },
    {
      heading: "4 Risk evaluation",
      level: 1,
      paragraphs: [
        `Scores run from ${Math.min(...allScores(method))} to ${highest}. Each score falls in one risk level; the level decides the attention a risk gets and whether it may be retained.`,
      ],
    },
    {
      heading: "4.1 Risk levels",
      level: 2,
      paragraphs: [],
      table: {
        columns: [
          { key: "level", header: "Level", width: 16 },
          { key: "scores", header: "Scores", width: 12 },
          { key: "highest", header: "Highest score", width: 12 },
          { key: "colour", header: "Colour", width: 12 },
        ],
        rows: ranges.map((r, i) => ({
          level: r.name,
          scores: r.range,
          highest: [...method.levels].sort((a, b) => a.maxScore - b.maxScore)[i]?.maxScore ?? "",
          colour: r.colour,
        })),
        fills: ranges.map((r) => ({ colour: r.colour })),
      },
    },
    {
      heading: "4.2 Risk matrix",
      level: 2,
      paragraphs: ["Each cell shows the score and the level of a likelihood (row) and an impact (column)."],
      table: matrixTable(method),
    },
    {
      heading: "5 Risk acceptance criteria",
      level: 1,
      paragraphs: [
        `A risk whose score is ${method.acceptanceMaxScore} or less may be retained by its owner. A risk above that score is treated until its residual score meets the criteria; retaining it above the criteria requires a recorded exception, justified and approved by the risk owner.`,
      ],
    },
    {
      heading: "6 Risk treatment options",
      level: 1,
      paragraphs: [
        "For each risk above the acceptance criteria the owner selects one or more options. The controls needed are determined and compared with ISO/IEC 27001 Annex A (clause 6.1.3), and the residual risk is assessed again with the same scales. The risk owner approves the treatment plan and accepts the residual risk.",
      ],
      table: {
        columns: [
          { key: "option", header: "Option", width: 16 },
          { key: "meaning", header: "Meaning", width: 66 },
        ],
        rows: TREATMENT_OPTIONS.map(([option, meaning]) => ({ option, meaning })),
      },
    },
    {
      heading: "7 Review",
      level: 1,
      paragraphs: [
        `Risks are assessed again at least every ${method.reviewIntervalMonths} months, and whenever significant changes are proposed or occur (clause 8.2). The methodology itself is reviewed with the same interval and after any change of context or requirements.`,
      ],
    },
    {
      heading: "8 Approval and version",
      level: 1,
      paragraphs: [
        adoption.version === null
          ? "This methodology is the built-in default: it has not been adopted by the organization, and takes effect for the organization only once adopted."
          : `Version ${adoption.version} of the methodology${adoption.adoptedAt ? ` was adopted on ${adoption.adoptedAt.slice(0, 10)}` : ""}${adoption.adoptedBy ? ` by ${adoption.adoptedBy}` : ""}, as recorded in the audit trail. Changing it rescales existing risks after a preview, and gives a new version.`,
      ],
    },
  ];
}

const cell = (text: string | number) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");

function markdownTable(table: DocTable): string[] {
  return [
    `| ${table.columns.map((c) => cell(c.header)).join(" | ")} |`,
    `|${table.columns.map(() => "---").join("|")}|`,
    ...table.rows.map((row) => `| ${table.columns.map((c) => cell(row[c.key] ?? "")).join(" | ")} |`),
  ];
}

export function renderMethodologyMarkdown(
  method: RiskMethodology,
  organization: string,
  adoption: MethodAdoption,
): string {
  const lines = [`# Information security risk assessment methodology — ${organization}`, ""];
  for (const part of methodologyParts(method, organization, adoption)) {
    lines.push(`${"#".repeat(part.level + 1)} ${part.heading}`, "");
    for (const paragraph of part.paragraphs) lines.push(paragraph, "");
    if (part.table) lines.push(...markdownTable(part.table), "");
  }
  return lines.join("\n");
}
