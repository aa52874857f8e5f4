/**
 * Reading an ISO/IEC 27001:2013 SoA: its header row (found under title rows or chosen), its column
 * names, and applicability and status values in the words people use, the user's value map first.
 */
import { getControl2013 } from "../../catalog/index.js";
import { invalid } from "../../domain/errors.js";
import type { SoaStatus } from "../../domain/soa.js";
import { filledCells, trailingNotes } from "../../imports/header-row.js";
import { matchColumns, normalizeHeader, readTable } from "../../imports/table-file.js";
import { type Resolved, ValueReader } from "../risks/risk-import.values.js";
import type { Soa2013Options, Soa2013Report } from "./soa-import-2013.service.js";

export const SOA_2013_FIELDS = {
  control: [
    "control",
    "control id",
    "control no",
    "ref",
    "reference",
    "annex a ref",
    "annex a",
    "id",
    "clause",
    "iso 27001 2013",
  ],
  applicable: [
    "applicable",
    "applicability",
    "included",
    "selected",
    "in scope",
    "applies",
    "implemented y n",
  ],
  justification: [
    "justification",
    "reason",
    "justification for inclusion exclusion",
    "justification for exclusion",
    "rationale",
  ],
  status: ["status", "implementation status", "implementation state", "implemented"],
  notes: ["notes", "comments", "implementation notes", "how implemented", "implementation", "remarks"],
  owner: ["owner", "control owner", "responsible"],
} as const;
export type Field = keyof typeof SOA_2013_FIELDS;

const ALIASES = new Set<string>(Object.values(SOA_2013_FIELDS).flat());
/** Whether a header cell names a column of a 2013 SoA, for finding the header row. */
const isSoa2013Header = (cell: string) => {
  const header = normalizeHeader(cell);
  return header.length > 1 && ALIASES.has(header);
};

export interface OldDecision {
  id: string;
  line: number;
  applicable: boolean | null;
  justification: string;
  status: SoaStatus | null;
  notes: string;
  owner: string;
}

const YES = /^(y|yes|true|1|x|applicable|included|selected|in scope|ja|oui)$/i;
const NO = /^(n|no|false|0|not applicable|excluded|n\/a|na|out of scope|nein|non)$/i;

function parseStatus(text: string): SoaStatus | null | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  if (/^(implemented|done|complete|completed|in place|yes|fully implemented)$/.test(t)) return "implemented";
  if (/partial|in progress|ongoing/.test(t)) return "partial";
  if (/planned|to do|todo|scheduled/.test(t)) return "planned";
  if (/not started|no|none|not\s+implemented|open/.test(t)) return "not_started";
  if (/n\/a|not applicable/.test(t)) return "not_applicable";
  return undefined;
}

const APPLICABLE_WORDS: Record<string, "yes" | "no"> = { yes: "yes", no: "no" };
const STATUS_WORDS: Record<string, SoaStatus> = {
  implemented: "implemented",
  partial: "partial",
  "partially implemented": "partial",
  planned: "planned",
  "not started": "not_started",
  "not applicable": "not_applicable",
};
const STATUS_VALUES = ["implemented", "partial", "planned", "not_started", "not_applicable"] as const;

/** Reads the 2013 SoA and reports every row it cannot use. */
export async function readOldDecisions(file: string, map: Record<string, Field>, options: Soa2013Options) {
  const table = await readTable(file, { headerRow: options.headerRow, known: isSoa2013Header });
  const { columns } = matchColumns(table.headers, SOA_2013_FIELDS, map);
  if (!columns.has("control"))
    throw invalid('no control id column found; name it with --map "COLUMN=control"');
  if (!columns.has("applicable"))
    throw invalid('no applicability column found; name it with --map "COLUMN=applicable"');
  const errors: Soa2013Report["errors"] = [];
  const decisions: OldDecision[] = [];
  const values = new ValueReader(options.valueMap ?? {});
  const name = (f: Field) => table.headers[columns.get(f) ?? -1] ?? f;
  const notesBelow = trailingNotes(table.rows);
  const data = table.rows.slice(0, table.rows.length - notesBelow);
  const skippedRows = table.rows
    .slice(data.length)
    .map((row) => ({ line: row.line, reason: "a note below the table" }));
  for (const row of data) {
    if (filledCells(row) === 0) continue;
    const get = (f: Field) => (columns.has(f) ? (row.cells[columns.get(f) ?? -1] ?? "").trim() : "");
    const rawId = get("control").split(/\s/)[0] ?? "";
    const old = getControl2013(rawId.replace(/[.:]$/, ""));
    if (!old) {
      // Section headings ("A.5 Information security policies") are not controls.
      if (!/^a?\.?\d+(\.\d+)?\.?$/i.test(rawId))
        errors.push({
          line: row.line,
          column: name("control"),
          message: `"${get("control")}" is not an ISO/IEC 27001:2013 control`,
        });
      continue;
    }
    // One problem per row, as before: the status is read only once the applicability is.
    const applicable = readApplicable(values, name("applicable"), get("applicable"), row.line);
    const status = applicable.ok ? readStatus(values, name("status"), get("status"), row.line) : applicable;
    if (!applicable.ok || !status.ok) {
      const column = name(applicable.ok ? "status" : "applicable");
      if (!status.ok) errors.push({ line: row.line, column, message: status.message });
      continue;
    }
    decisions.push({
      id: old.id,
      line: row.line,
      applicable: applicable.value,
      justification: get("justification"),
      status: status.value,
      notes: get("notes"),
      owner: get("owner"),
    });
  }
  return {
    decisions,
    errors,
    headerRow: table.headerRow,
    skippedRows,
    unknownValues: [...values.unknown.values()],
  };
}

/** Yes, no or blank (undecided); the user's value map first, then the usual words. */
function readApplicable(
  values: ValueReader,
  column: string,
  text: string,
  line: number,
): Resolved<boolean | null> {
  const chosen = values.chosen(column, "applicable", text) ?? text;
  if (YES.test(chosen)) return { ok: true, value: true };
  if (NO.test(chosen)) return { ok: true, value: false };
  if (text === "") return { ok: true, value: null };
  // Not a word for yes or no: recorded as an unknown value with the allowed ones.
  const read = values.oneOf(column, "applicable", text, line, APPLICABLE_WORDS, ["yes", "no"], "yes or no");
  return read.ok ? { ok: true, value: read.value === "yes" } : read;
}

/** An implementation status or blank; the user's value map first, then the usual words. */
function readStatus(
  values: ValueReader,
  column: string,
  text: string,
  line: number,
): Resolved<SoaStatus | null> {
  const status = parseStatus(values.chosen(column, "status", text) ?? text);
  if (status !== undefined) return { ok: true, value: status };
  return values.oneOf(column, "status", text, line, STATUS_WORDS, STATUS_VALUES, "a status");
}
