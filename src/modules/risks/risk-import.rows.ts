/**
 * One row of a risk register turned into a checked risk: cells parsed, merged with the current
 * risk of the same key (columns the file lacks keep their values), scored and checked by the
 * rules, with every problem located by line and column.
 */
import type { FieldIssue } from "../../domain/errors.js";
import { type RiskMethodology, type ScaleLevel, scaleValueOf } from "../../domain/risk-method.js";
import type { Table } from "../../imports/table-file.js";
import type { RiskView } from "./risk.repository.js";
import { type ParsedRiskInput, ZRiskInput } from "./risk.schema.js";
import { type PreparedRisk, prepareRisk, viewToInput } from "./risk.service.js";
import {
  type ImportError,
  parseCia,
  parseControlList,
  RISK_IMPORT_FIELDS,
  type RiskImportField,
  TREATMENT_WORDS,
} from "./risk-import.columns.js";

export interface RowResult {
  line: number;
  input?: ParsedRiskInput;
  prepared?: PreparedRisk;
  errors: ImportError[];
}

export function convertRow(
  table: Table,
  columns: Map<RiskImportField, number>,
  cells: string[],
  line: number,
  method: RiskMethodology,
  existing: ReadonlyMap<string, RiskView>,
): RowResult {
  const errors: ImportError[] = [];
  const columnName = (field: RiskImportField) => table.headers[columns.get(field) ?? -1] ?? field;
  const keyText = (cells[columns.get("key") ?? -1] ?? "").trim();
  const current = keyText ? existing.get(keyText) : undefined;
  const base = current ? viewToInput(current) : undefined;
  const get = (field: RiskImportField) => {
    const index = columns.get(field);
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  const fail = (field: RiskImportField, message: string) =>
    errors.push({ line, column: columnName(field), message });
  const scale = (field: RiskImportField, levels: readonly ScaleLevel[]) => {
    const text = get(field);
    if (!text) return undefined;
    const value = scaleValueOf(text, levels);
    if (typeof value === "string") fail(field, value);
    return typeof value === "number" ? value : undefined;
  };
  const likelihood = scale("likelihood", method.likelihood);
  const impact = scale("impact", method.impact);
  const residualLikelihood = scale("residualLikelihood", method.likelihood);
  const residualImpact = scale("residualImpact", method.impact);
  if (get("likelihood") === "") fail("likelihood", "required");
  if (get("impact") === "") fail("impact", "required");
  if ((residualLikelihood === undefined) !== (residualImpact === undefined) && !errors.length) {
    fail(
      residualLikelihood === undefined ? "residualLikelihood" : "residualImpact",
      "give both residual likelihood and impact, or neither",
    );
  }
  const treatmentText = get("treatment").toLowerCase();
  const treatment = treatmentText ? TREATMENT_WORDS[treatmentText.split(/\W+/)[0] ?? ""] : null;
  if (treatmentText && !treatment)
    fail("treatment", `"${get("treatment")}" is not a treatment: use modify, retain, avoid or share`);
  const controls = parseControlList(get("controls"));
  for (const bad of controls.unknown) fail("controls", `"${bad}" is not an Annex A control`);
  const acceptedBy = get("acceptedBy");
  const has = (field: RiskImportField) => columns.has(field);
  const split = (text: string, separators: RegExp) =>
    text
      .split(separators)
      .map((t) => t.trim())
      .filter(Boolean);
  // Only the columns the file has are taken from it; for a risk that exists already, the others
  // keep their current values (a narrower file never wipes data).
  const raw: Record<string, unknown> = {
    ...(get("key") && { key: get("key") }),
    ...((has("title") || !base) && { title: get("title") || get("description").slice(0, 120) }),
    ...(has("description") && { description: get("description") || null }),
    ...(has("threat") && { threat: get("threat") || null }),
    ...(has("vulnerability") && { vulnerability: get("vulnerability") || null }),
    ...(has("consequence") && { consequence: get("consequence") || null }),
    ...(has("owner") && { owner: get("owner") || null }),
    ...(has("cia") && { cia: parseCia(get("cia")) }),
    ...(has("assets") && { assets: split(get("assets"), /[,;\n]+/) }),
    inherent: { likelihood: likelihood ?? 0, impact: impact ?? 0 },
    ...(has("existingControls") && { existingControls: get("existingControls") || null }),
    ...(has("treatment") && { treatment: treatment ?? null }),
    ...(has("controls") && { controls: controls.ids }),
    // One control per line; a single-line cell may separate them with ";".
    ...(has("ownControls") && {
      ownControls: split(
        get("ownControls"),
        (cells[columns.get("ownControls") ?? -1] ?? "").includes("\n") ? /\n+/ : /;+/,
      ),
    }),
    ...((has("residualLikelihood") || has("residualImpact")) && {
      residual:
        residualLikelihood !== undefined && residualImpact !== undefined
          ? { likelihood: residualLikelihood, impact: residualImpact }
          : null,
    }),
    ...(has("residualJustification") && { residualJustification: get("residualJustification") || null }),
    ...(has("acceptedBy") && {
      acceptance: acceptedBy
        ? {
            by: acceptedBy,
            at: base?.acceptance?.by === acceptedBy ? base.acceptance.at : null,
            comment: has("acceptanceComment")
              ? get("acceptanceComment") || null
              : (base?.acceptance?.comment ?? null),
            exception: has("acceptanceException")
              ? get("acceptanceException") || null
              : (base?.acceptance?.exception ?? null),
          }
        : null,
    }),
    ...(has("nextReviewOn") && { nextReviewOn: get("nextReviewOn") || null }),
    ...(get("status") && { status: get("status").toLowerCase() }),
  };
  if (errors.length) return { line, errors };
  const parsed = ZRiskInput.safeParse({ ...base, ...raw });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] === "inherent" ? issue.path[1] : issue.path[0]) as RiskImportField;
      fail(field in RISK_IMPORT_FIELDS ? field : "title", issue.message);
    }
    return { line, errors };
  }
  const prepared = prepareRisk(method, parsed.data);
  if (!prepared.ok) {
    for (const issue of prepared.issues)
      errors.push({ line, column: columnFor(issue, columnName), message: issue.message });
    return { line, errors };
  }
  return { line, input: parsed.data, prepared: prepared.risk, errors };
}

function columnFor(issue: FieldIssue, columnName: (field: RiskImportField) => string): string {
  const [head, sub] = issue.path.split(".");
  if (head === "inherent") return columnName(sub === "impact" ? "impact" : "likelihood");
  if (head === "residual") return columnName(sub === "impact" ? "residualImpact" : "residualLikelihood");
  if (head?.startsWith("controls")) return columnName("controls");
  if (head === "acceptance") return columnName("acceptanceException");
  return columnName((head ?? "title") as RiskImportField);
}
