/**
 * How a risk register's columns and cells are read: the header names each field goes by, and the
 * parsers for treatment words, control lists and C/I/A properties.
 */
import { getControl, getControl2013 } from "../../catalog/index.js";
import type { ParsedRiskInput } from "./risk.schema.js";
import type { UnknownValue } from "./risk-import.values.js";

export const RISK_IMPORT_FIELDS = {
  key: ["risk id", "id", "risk ref", "ref", "reference", "risk no", "risk number", "risk key", "key", "no"],
  title: ["title", "risk title", "risk name", "name", "risk", "summary"],
  description: ["description", "risk description", "details", "scenario", "risk scenario"],
  threat: ["threat", "threats", "threat source"],
  vulnerability: ["vulnerability", "vulnerabilities", "weakness"],
  consequence: ["consequence", "consequences", "effect", "impact description"],
  owner: ["risk owner", "owner", "responsible", "accountable"],
  assets: [
    "assets",
    "asset",
    "affected assets",
    "asset ids",
    "asset process",
    "asset or process",
    "asset name",
  ],
  cia: ["cia", "c i a", "affected properties", "properties", "security properties"],
  likelihood: [
    "likelihood",
    "probability",
    "inherent likelihood",
    "inherent probability",
    "gross likelihood",
    "initial likelihood",
    "l",
    "p",
  ],
  impact: [
    "impact",
    "severity",
    "inherent impact",
    "inherent severity",
    "gross impact",
    "initial impact",
    "i",
  ],
  existingControls: ["existing controls", "current controls", "controls in place"],
  treatment: [
    "treatment",
    "treatment option",
    "risk treatment",
    "risk response",
    "response",
    "decision",
    "strategy",
  ],
  controls: [
    "annex a controls",
    "annex a",
    "controls",
    "planned controls",
    "iso controls",
    "iso 27001 controls",
    "control ids",
    "mitigating controls",
  ],
  ownControls: ["own controls", "other controls", "additional controls"],
  residualLikelihood: ["residual likelihood", "residual probability", "target likelihood", "net likelihood"],
  residualImpact: ["residual impact", "residual severity", "target impact", "net impact"],
  residualJustification: ["residual justification", "justification"],
  acceptedBy: ["accepted by", "risk accepted by", "acceptance by", "approved by"],
  acceptanceComment: ["acceptance comment", "acceptance"],
  acceptanceException: ["acceptance exception", "exception", "exception justification"],
  nextReviewOn: ["next review", "next review date", "review date", "review due"],
  status: ["status", "risk status"],
  targetDate: ["target date", "due date", "deadline", "target completion date", "completion date", "due by"],
  comments: ["comments", "comment", "remarks", "treatment action", "treatment actions", "action plan"],
} as const;
export type RiskImportField = keyof typeof RISK_IMPORT_FIELDS;

/** Headers no alias names exactly, such as "Residual Likelihood (1-5)". */
export function guessField(header: string): RiskImportField | undefined {
  const has = (...words: string[]) => words.some((w) => header.split(" ").includes(w));
  if (has("residual", "net", "target")) {
    if (has("likelihood", "probability")) return "residualLikelihood";
    if (has("impact", "severity")) return "residualImpact";
    return undefined;
  }
  if (has("score", "rating", "level")) return undefined;
  if (has("likelihood", "probability")) return "likelihood";
  if (has("impact", "severity")) return "impact";
  if (has("annex")) return "controls";
  if (has("owner")) return "owner";
  return undefined;
}

export interface ImportError {
  line: number;
  column: string;
  message: string;
}

export interface RiskImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  /** Columns of the file that were not used. */
  ignoredColumns: string[];
  dryRun: boolean;
  /** Line (CSV) or row number (XLSX) of the header row, found or chosen. */
  headerRow: number;
  /** Rows that are not risks (notes below the table, rows without any required cell). */
  skippedRows: { line: number; reason: string }[];
  /** Values of enumerated columns the import could not place, with the allowed values. */
  unknownValues: UnknownValue[];
  /** Assets named in the file that were (or, in a dry run, would be) added to the inventory. */
  createdAssets: { key: string; name: string }[];
  /** What the import assumed, e.g. how it read dates. */
  notes: string[];
}

export const TREATMENT_WORDS: Record<string, ParsedRiskInput["treatment"]> = {
  modify: "modify",
  mitigate: "modify",
  reduce: "modify",
  treat: "modify",
  retain: "retain",
  accept: "retain",
  tolerate: "retain",
  avoid: "avoid",
  terminate: "avoid",
  share: "share",
  transfer: "share",
  insure: "share",
};

/** "A.8.8, 8.9; A.12.6.1" -> ["8.8", "8.9", "8.8"]; 2013 ids map to their 2022 successors. */
export function parseControlList(text: string): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/[,;|\n/]+|\s{2,}/)) {
    const token = raw.trim().replace(/^annex\s*a\s*/i, "");
    if (!token) continue;
    const control = getControl(token) ?? getControl(token.replace(/^a(?=\d)/i, ""));
    if (control) {
      ids.push(control.id);
      continue;
    }
    const old = getControl2013(token);
    if (old) ids.push(...old.iso27001_2022);
    else unknown.push(raw.trim());
  }
  return { ids: [...new Set(ids)], unknown };
}

/** "C, I", "CIA", "Confidentiality/Availability" -> ["C", "I"], ["C", "I", "A"], ["C", "A"]. */
export function parseCia(text: string): ("C" | "I" | "A")[] {
  const found = new Set<string>();
  for (const token of text
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean)) {
    if (token.startsWith("CONF")) found.add("C");
    else if (token.startsWith("INT")) found.add("I");
    else if (token.startsWith("AVAIL")) found.add("A");
    else if (/^[CIA]+$/.test(token)) for (const letter of token) found.add(letter);
  }
  return (["C", "I", "A"] as const).filter((p) => found.has(p));
}
