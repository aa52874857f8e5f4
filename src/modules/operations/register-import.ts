/**
 * Importing an operational register from CSV or XLSX (a consultant's supplier list, a legal
 * register, an incident log kept in a spreadsheet): the header row found under titles, columns
 * matched by their usual names, choices read from the words people use, dates in the usual forms.
 * Every problem is named by row and column; one bad row means nothing is imported. Rows are
 * matched to the register by key, or by name (title) when the file has no key; a match is updated,
 * anything else added.
 */
import type { z } from "zod";
import type { OrgRowOf, OrgWriter } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";
import { detectDateOrder, parseDate } from "../../imports/dates.js";
import { filledCells, trailingNotes } from "../../imports/header-row.js";
import { matchColumns, normalizeHeader, readTable } from "../../imports/table-file.js";
import type { OrgScope } from "../scope.js";
import type { KeyedTable } from "./records.js";

export interface ImportField {
  aliases: readonly string[];
  kind?: "text" | "date" | "instant" | "bool" | "list" | "choice";
  /** For a choice: the stored values, and other words people use for them. */
  choices?: readonly string[];
  words?: Record<string, string>;
}

export interface RegisterImportSpec<T extends KeyedTable, S extends z.ZodType> {
  what: string;
  table: T;
  /** The field that names a record when the file has no key column. */
  identity: string;
  fields: Record<string, ImportField>;
  schema: S;
  insert(w: OrgWriter, input: z.output<S>): Promise<unknown>;
  update(w: OrgWriter, row: OrgRowOf<T>, input: z.output<S>): Promise<unknown>;
}

export interface RegisterImportReport {
  imported: number;
  updated: number;
  errors: { line: number; column: string; message: string }[];
  ignoredColumns: string[];
  dryRun: boolean;
  headerRow: number;
  skippedRows: { line: number; reason: string }[];
}

export interface RegisterImportOptions {
  dryRun?: boolean;
  map?: Record<string, string>;
  headerRow?: number;
}

const TRUE = new Set(["yes", "y", "true", "1", "x", "✓", "ja", "oui", "si"]);
const FALSE = new Set(["no", "n", "false", "0", "-", "nein", "non"]);

/** A cell read into the field's kind; a message when it cannot be. */
function readCell(field: ImportField, text: string, dateOrder: "day-first" | "month-first") {
  switch (field.kind ?? "text") {
    case "text":
      return { value: text };
    case "list":
      return {
        value: text
          .split(/[,;\n]+/)
          .map((t) => t.trim())
          .filter(Boolean),
      };
    case "bool": {
      const word = text.toLowerCase();
      if (TRUE.has(word)) return { value: true };
      if (FALSE.has(word)) return { value: false };
      return { message: `"${text}" is not yes or no` };
    }
    case "date": {
      const date = parseDate(text, dateOrder);
      return date
        ? { value: date }
        : { message: `"${text}" is not a date; write it as 31/01/2026 or 2026-01-31` };
    }
    case "instant": {
      // ISO 8601 as it is; otherwise a date in the file's order, with an optional HH:MM after it.
      if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)))
        return { value: new Date(text).toISOString() };
      const [datePart = "", timePart] = text.split(/[\sT]+/);
      const date = parseDate(datePart, dateOrder);
      const time =
        timePart && /^\d{1,2}:\d{2}/.test(timePart) ? timePart.slice(0, 5).padStart(5, "0") : "00:00";
      return date ? { value: `${date}T${time}:00.000Z` } : { message: `"${text}" is not a date and time` };
    }
    case "choice": {
      const key = normalizeHeader(text);
      const words = Object.fromEntries(
        Object.entries(field.words ?? {}).map(([w, v]) => [normalizeHeader(w), v]),
      );
      const value = (field.choices ?? []).find((c) => normalizeHeader(c) === key) ?? words[key];
      return value ? { value } : { message: `"${text}" is not one of: ${(field.choices ?? []).join(", ")}` };
    }
  }
}

export async function importRegister<T extends KeyedTable, S extends z.ZodType>(
  scope: OrgScope,
  spec: RegisterImportSpec<T, S>,
  file: string,
  options: RegisterImportOptions = {},
): Promise<RegisterImportReport> {
  const aliases = Object.fromEntries(Object.entries(spec.fields).map(([f, d]) => [f, [f, ...d.aliases]]));
  const known = new Set(Object.values(aliases).flat().map(normalizeHeader));
  const table = await readTable(file, {
    headerRow: options.headerRow,
    known: (c) => known.has(normalizeHeader(c)),
  });
  const { columns, ignored } = matchColumns(table.headers, aliases, options.map ?? {});
  if (!columns.has(spec.identity))
    throw invalid(
      `no ${spec.identity} column found in ${table.headers.join(", ")}; name it with a column mapping`,
    );
  const notes = trailingNotes(table.rows);
  const data = table.rows.slice(0, table.rows.length - notes).filter((r) => filledCells(r) > 0);
  const header = (field: string) => table.headers[columns.get(field) ?? -1] ?? field;
  const dates = [...columns].filter(([f]) => ["date", "instant"].includes(spec.fields[f]?.kind ?? ""));
  const { order } = detectDateOrder(data.flatMap((r) => dates.map(([, i]) => r.cells[i] ?? "")));
  const report: RegisterImportReport = {
    imported: 0,
    updated: 0,
    errors: [],
    ignoredColumns: ignored,
    dryRun: options.dryRun === true,
    headerRow: table.headerRow,
    skippedRows: table.rows
      .slice(table.rows.length - notes)
      .map((r) => ({ line: r.line, reason: "a note below the table" })),
  };
  const rows: { line: number; input: z.output<S> }[] = [];
  for (const row of data) {
    const raw: Record<string, unknown> = {};
    const unread = new Set<string>();
    for (const [field, index] of columns) {
      const text = (row.cells[index] ?? "").trim();
      if (!text) continue;
      const read = readCell(spec.fields[field] as ImportField, text, order);
      if ("message" in read) {
        report.errors.push({ line: row.line, column: header(field), message: read.message as string });
        unread.add(field);
      } else raw[field] = read.value;
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? spec.identity);
        // A cell already reported as unreadable is not reported again as missing.
        if (unread.has(field)) continue;
        const message = raw[field] === undefined ? "required" : issue.message;
        report.errors.push({ line: row.line, column: header(field), message });
      }
    else rows.push({ line: row.line, input: parsed.data });
  }
  if (report.errors.length) return report;
  return scope
    .write(async (w) => {
      const existing = (await w.list(spec.table)) as (OrgRowOf<T> & { key: string })[];
      const byKey = new Map(existing.map((r) => [r.key, r]));
      const byName = new Map(
        existing.map((r) => [normalizeHeader(String((r as Record<string, unknown>)[spec.identity])), r]),
      );
      for (const { input } of rows) {
        const fields = input as Record<string, unknown>;
        const match = fields.key
          ? byKey.get(String(fields.key).toUpperCase())
          : byName.get(normalizeHeader(String(fields[spec.identity])));
        if (match) {
          await spec.update(w, match as OrgRowOf<T>, input);
          report.updated++;
        } else {
          await spec.insert(w, input);
          report.imported++;
        }
      }
      if (report.dryRun) throw new DryRun(report);
      await w.record(spec.table, scope.orgId, "import", {
        imported: report.imported,
        updated: report.updated,
      });
      return report;
    })
    .catch((error) => {
      if (error instanceof DryRun) return error.report;
      throw error;
    });
}

class DryRun extends Error {
  constructor(readonly report: RegisterImportReport) {
    super("dry run");
  }
}
