/**
 * One row of a risk register turned into a checked risk: cells parsed, merged with the current
 * risk of the same key (columns the file lacks keep their values), scored and checked by the
 * rules, with every problem located by line and column.
 */
import type { FieldIssue } from "../../domain/errors.js";
import type { RiskMethodology, ScaleLevel } from "../../domain/risk-method.js";
import { addMonths, type DateOrder, parseDate } from "../../imports/dates.js";
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
} from "./risk-import.columns.js";
import { humanIssue } from "./risk-import.read.js";
import { ValueReader } from "./risk-import.values.js";

/** The default review date, the same for every row of a file: computed once per day and interval. */
const reviewDates = new Map<string, string>();
function reviewDue(today: string, months: number): string {
  const key = `${today}|${months}`;
  let due = reviewDates.get(key);
  if (due === undefined) {
    due = addMonths(today, months);
    if (reviewDates.size > 100) reviewDates.clear();
    reviewDates.set(key, due);
  }
  return due;
}

/** How cells are read across a file: the value map, the order of day and month, today. */
export interface RowReading {
  values: ValueReader;
  dateOrder: DateOrder;
  /** YYYY-MM-DD; a risk without a review date is due one review interval after it. */
  today: string;
}

const defaultReading = (): RowReading => ({
  values: new ValueReader({}),
  dateOrder: "day-first",
  today: new Date().toISOString().slice(0, 10),
});

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
  reading: RowReading = defaultReading(),
): RowResult {
  const { values } = reading;
  const errors: ImportError[] = [];
  // A field the file has no column for is named in words ("acceptance exception").
  const columnName = (field: RiskImportField) =>
    table.headers[columns.get(field) ?? -1] ?? field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
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
    const value = values.level(columnName(field), field, text, line, levels);
    if (!value.ok) fail(field, value.message);
    return value.ok ? value.value : undefined;
  };
  const date = (field: RiskImportField) => {
    const text = get(field);
    const value = text ? parseDate(text, reading.dateOrder) : null;
    if (text && !value) fail(field, `"${text}" is not a date; write it as 31/01/2026 or 2026-01-31`);
    return value;
  };
  const likelihood = scale("likelihood", method.likelihood);
  const impact = scale("impact", method.impact);
  const residualLikelihood = scale("residualLikelihood", method.likelihood);
  const residualImpact = scale("residualImpact", method.impact);
  const levelNames = (levels: readonly ScaleLevel[]) => `1 to ${levels.length} or a level name`;
  if (get("likelihood") === "")
    fail("likelihood", `empty: a likelihood is needed (${levelNames(method.likelihood)})`);
  if (get("impact") === "") fail("impact", `empty: an impact is needed (${levelNames(method.impact)})`);
  if ((residualLikelihood === undefined) !== (residualImpact === undefined) && !errors.length) {
    fail(
      residualLikelihood === undefined ? "residualLikelihood" : "residualImpact",
      "give both residual likelihood and impact, or neither",
    );
  }
  const treatmentRead = get("treatment")
    ? values.treatment(columnName("treatment"), get("treatment"), line)
    : null;
  if (treatmentRead && !treatmentRead.ok) fail("treatment", treatmentRead.message);
  const treatment = treatmentRead?.ok ? treatmentRead.value : null;
  const statusRead = get("status") ? values.status(columnName("status"), get("status"), line) : null;
  if (statusRead && !statusRead.ok) fail("status", statusRead.message);
  const nextReview = date("nextReviewOn");
  const dueOn = date("targetDate");
  const comment = get("comments");
  const title = get("title") || get("description").slice(0, 120);
  const owner = get("owner") ? values.text(columnName("owner"), "owner", get("owner")) : "";
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
    ...((has("title") || !base) && { title }),
    ...(has("description") && { description: get("description") || null }),
    ...(has("threat") && { threat: get("threat") || null }),
    ...(has("vulnerability") && { vulnerability: get("vulnerability") || null }),
    ...(has("consequence") && { consequence: get("consequence") || null }),
    ...(has("owner") && { owner: owner || null }),
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
    // A risk without a review date is due one review interval after the import, not today.
    nextReviewOn: nextReview ?? base?.nextReviewOn ?? reviewDue(reading.today, method.reviewIntervalMonths),
    ...(statusRead?.ok && { status: statusRead.value }),
    // A target date or a comment is the risk's treatment action.
    ...((dueOn || comment) && {
      actions: [
        {
          title: comment || `Treat: ${title || base?.title}`,
          owner: owner || base?.owner,
          dueOn,
          status: "open",
        },
      ],
    }),
  };
  if (errors.length) return { line, errors };
  const parsed = ZRiskInput.safeParse({ ...base, ...raw });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] === "inherent" ? issue.path[1] : issue.path[0]) as RiskImportField;
      const column = field in RISK_IMPORT_FIELDS ? field : String(field) === "actions" ? "comments" : "title";
      fail(column, humanIssue(issue, get(column)));
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
