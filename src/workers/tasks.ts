/**
 * The work pool threads do, by name: CPU-heavy steps whose inputs and results are plain data
 * (structured-cloneable), so they can run beside the server's event loop instead of on it.
 * Loaded only inside a pool thread (worker.ts); the main thread imports its types alone.
 */
import { DomainError, type ErrorCode, type FieldIssue } from "../domain/errors.js";
import type { DocumentModel, Format } from "../exports/document.js";
import type { ExportDocumentInput } from "../exports/export.thread.js";
import type { RiskImportReport } from "../modules/risks/risk-import.columns.js";
import type {
  RiskColumnsInput,
  RiskColumnsReport,
  RiskRowsInput,
  RiskRowsSummary,
} from "../modules/risks/risk-import.tasks.js";
import type { RiskImportInput } from "../modules/risks/risk-import.thread.js";

export interface Tasks {
  /** A document model rendered to a file's bytes. */
  render: { input: { doc: DocumentModel; format: Format }; output: Uint8Array };
  /** A register's headers, the field each would fill, and its number of rows. */
  riskColumns: { input: RiskColumnsInput; output: RiskColumnsReport };
  /** A register read and checked row by row; the rows travel back through `input.port`. */
  riskRows: { input: RiskRowsInput; output: RiskRowsSummary };
  /** A whole risk import on SQLite, commit included, on the thread's own connection. */
  riskImport: { input: RiskImportInput; output: RiskImportReport };
  /** A report built from the SQLite file and drawn; the model comes back without its sections. */
  exportDocument: { input: ExportDocumentInput; output: { doc: DocumentModel; data: Uint8Array } };
  /** SQLite's write-ahead log copied into the database file. */
  checkpoint: { input: { file: string }; output: undefined };
}
export type TaskName = keyof Tasks;

export interface TaskMessage {
  name: TaskName;
  input: unknown;
}

/** A domain error crosses the thread boundary as data (structured cloning keeps only the message). */
export interface SerializedDomainError {
  code: ErrorCode;
  message: string;
  issues: FieldIssue[];
}
export type TaskOutcome = { ok: true; value: unknown } | { ok: false; error: SerializedDomainError };

const handlers: { [N in TaskName]: (input: Tasks[N]["input"]) => Promise<Tasks[N]["output"]> } = {
  render: async ({ doc, format }) => (await import("../exports/render/index.js")).renderFormat(doc, format),
  riskColumns: async (input) => (await import("../modules/risks/risk-import.tasks.js")).riskColumns(input),
  riskRows: async (input) => (await import("../modules/risks/risk-import.tasks.js")).readRiskRows(input),
  riskImport: async (input) => (await import("../modules/risks/risk-import.thread.js")).importInThread(input),
  exportDocument: async (input) =>
    (await import("../exports/export.thread.js")).exportDocumentInThread(input),
  checkpoint: async (input) => (await import("./sqlite-checkpoint.js")).checkpoint(input),
};

export async function runTask({ name, input }: TaskMessage): Promise<TaskOutcome> {
  const handler = handlers[name] as (input: unknown) => Promise<unknown>;
  if (!handler) throw new Error(`no worker task "${name}"`);
  try {
    return { ok: true, value: await handler(input) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
  }
}
