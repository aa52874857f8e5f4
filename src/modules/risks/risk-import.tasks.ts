/**
 * The checking half of a risk import: reading the file into rows, matching its columns, and
 * converting and checking every row. It receives the current risks and sends the checked rows back
 * in chunks through a message port, so neither side copies a whole register in one step. It runs in
 * a pool thread beside the writing on PostgreSQL, and in the import's own pool thread on SQLite
 * (risk-import.thread.ts).
 */
import type { RiskMethodology } from "../../domain/risk-method.js";
import { matchColumns, readTable } from "../../imports/table-file.js";
import type { Port } from "../../workers/local-channel.js";
import type { RiskView } from "./risk.repository.js";
import type { PreparedRisk } from "./risk.service.js";
import {
  guessField,
  type ImportError,
  RISK_IMPORT_FIELDS,
  type RiskImportField,
} from "./risk-import.columns.js";
import { isRiskHeader, riskRows } from "./risk-import.read.js";
import { convertRow } from "./risk-import.rows.js";
import { type UnknownValue, type ValueMap, ValueReader } from "./risk-import.values.js";

/** Rows checked per message to the main thread. */
export const ROWS_PER_MESSAGE = 500;

export interface RiskColumnsInput {
  file: string;
  map: Record<string, string>;
  /** The header's row number in the file; found from the known column names when left out. */
  headerRow?: number;
}

export interface RiskColumnsReport {
  headers: { header: string; field: RiskImportField | null }[];
  fields: RiskImportField[];
  rows: number;
  headerRow: number;
  /** Rows below the header that are not risks (notes, empty rows). */
  skippedRows: number;
}

/** The file's headers, the field each would fill (with `map` applied), and the number of data rows. */
export async function riskColumns({ file, map, headerRow }: RiskColumnsInput): Promise<RiskColumnsReport> {
  const { invalid } = await import("../../domain/errors.js");
  const table = await readTable(file, { headerRow, known: isRiskHeader });
  const fields = Object.keys(RISK_IMPORT_FIELDS) as RiskImportField[];
  const overrides: Record<string, RiskImportField> = {};
  for (const [column, field] of Object.entries(map)) {
    if (!fields.includes(field as RiskImportField))
      throw invalid(`"${field}" is not a risk field; use one of ${fields.join(", ")}`);
    overrides[column] = field as RiskImportField;
  }
  const { columns } = matchColumns(table.headers, RISK_IMPORT_FIELDS, overrides, guessField);
  const fieldOf = new Map([...columns].map(([field, index]) => [index, field]));
  const { rows, skipped } = riskRows(table, columns);
  return {
    headers: table.headers.map((header, index) => ({ header, field: fieldOf.get(index) ?? null })),
    fields,
    rows: rows.length,
    headerRow: table.headerRow,
    skippedRows: skipped.length,
  };
}

/** A row that passed every check, as the writer needs it. */
export interface CheckedRow {
  line: number;
  key: string | undefined;
  title: string;
  prepared: PreparedRisk;
}

export interface RiskRowsInput {
  file: string;
  /** column header -> field, overriding detection. */
  map: Record<string, string>;
  method: RiskMethodology;
  headerRow?: number;
  /** The user's values for cells of enumerated columns, per column. */
  valueMap?: ValueMap;
  /**
   * Receives RiskViewsMessages; sends RiskRowsMessages, one at a time. A worker_threads port, or a
   * local one when the writing runs in the same thread.
   */
  port: Port;
}

export type RiskRowsMessage =
  | {
      kind: "rows";
      rows: CheckedRow[];
      errors: ImportError[];
      done: number;
      total: number;
      /** Header of the column naming assets, for messages about them. */
      assetColumn: string;
    }
  | { kind: "end"; ignored: string[]; total: number; read: RowsRead };

/** What reading the file found besides the rows: see RiskImportReport. */
export interface RowsRead {
  headerRow: number;
  skippedRows: { line: number; reason: string }[];
  unknownValues: UnknownValue[];
  notes: string[];
  /** Header of the column naming assets. */
  assetColumn: string;
}

/**
 * To the worker: the current risks, then their end; then "taken" once each chunk of rows has been
 * written, so the worker checks the next chunk while the main thread writes this one.
 */
export type RiskViewsMessage =
  | { kind: "views"; views: RiskView[] }
  | { kind: "viewsEnd" }
  | { kind: "taken" };

export interface RiskRowsSummary {
  total: number;
}

/** Reads and checks a register; see RiskRowsInput for the conversation with the main thread. */
export async function readRiskRows(input: RiskRowsInput): Promise<RiskRowsSummary> {
  const { file, map, method, port } = input;
  const { invalid } = await import("../../domain/errors.js");
  // The current risks arrive while the file is read.
  const existing = new Map<string, RiskView>();
  // A chunk of rows is sent once the main thread has taken the one before: queued messages would
  // all be deserialized in one turn of its event loop.
  let taken: () => void = () => {};
  let previousTaken: Promise<void> = Promise.resolve();
  const viewsReceived = new Promise<void>((resolve) => {
    port.on("message", (message: RiskViewsMessage) => {
      if (message.kind === "views") for (const view of message.views) existing.set(view.key, view);
      else if (message.kind === "viewsEnd") resolve();
      else taken();
    });
  });
  const send = async (message: RiskRowsMessage) => {
    await previousTaken;
    previousTaken = new Promise<void>((resolve) => {
      taken = resolve;
    });
    port.postMessage(message);
  };
  try {
    const table = await readTable(file, { headerRow: input.headerRow, known: isRiskHeader });
    const overrides: Record<string, RiskImportField> = {};
    for (const [column, field] of Object.entries(map)) {
      if (!Object.hasOwn(RISK_IMPORT_FIELDS, field)) {
        throw invalid(
          `--map: "${field}" is not a risk field; use one of ${Object.keys(RISK_IMPORT_FIELDS).join(", ")}`,
        );
      }
      overrides[column] = field as RiskImportField;
    }
    const { columns, ignored } = matchColumns(table.headers, RISK_IMPORT_FIELDS, overrides, guessField);
    for (const required of ["likelihood", "impact"] as const) {
      if (!columns.has(required)) {
        throw invalid(
          `no ${required} column found in ${table.headers.join(", ")}; name it with --map "COLUMN=${required}"`,
        );
      }
    }
    if (!columns.has("title") && !columns.has("description")) {
      throw invalid('no title or description column found; name one with --map "COLUMN=title"');
    }
    await viewsReceived;
    const read = riskRows(table, columns);
    const values = new ValueReader(input.valueMap ?? {});
    const reading = { values, dateOrder: read.dateOrder, today: new Date().toISOString().slice(0, 10) };
    const total = read.rows.length;
    const seenKeys = new Map<string, number>();
    let rows: CheckedRow[] = [];
    let errors: ImportError[] = [];
    const assetColumn = table.headers[columns.get("assets") ?? -1] ?? "assets";
    for (const [i, row] of read.rows.entries()) {
      const result = convertRow(table, columns, row.cells, row.line, method, existing, reading);
      const key = result.input?.key;
      if (key) {
        const first = seenKeys.get(key);
        if (first !== undefined) {
          result.errors.push({
            line: row.line,
            column: table.headers[columns.get("key") ?? 0] ?? "key",
            message: `risk ${key} also appears on line ${first}`,
          });
        } else seenKeys.set(key, row.line);
      }
      if (result.errors.length) errors.push(...result.errors);
      else if (result.input && result.prepared)
        rows.push({
          line: row.line,
          key: result.input.key,
          title: result.input.title,
          prepared: result.prepared,
        });
      if ((i + 1) % ROWS_PER_MESSAGE === 0 || i + 1 === total) {
        await send({ kind: "rows", rows, errors, done: i + 1, total, assetColumn });
        rows = [];
        errors = [];
      }
    }
    const { skipped: skippedRows, notes } = read;
    const unknownValues = [...values.unknown.values()];
    await send({
      kind: "end",
      ignored,
      total,
      read: {
        headerRow: table.headerRow,
        skippedRows,
        unknownValues,
        notes,
        assetColumn,
      },
    });
    return { total };
  } finally {
    port.close();
  }
}
