/**
 * The format-neutral document model. Each report is built once as a DocumentModel and rendered to
 * XLSX, DOCX, PDF and CSV by the renderers in render/.
 */

export interface Column {
  key: string;
  header: string;
  /** Relative width (characters, roughly). */
  width?: number;
  /** Allowed values, offered as a drop-down list in spreadsheets. */
  choices?: readonly string[];
}

export type Cell = string | number | null;

export interface Table {
  columns: Column[];
  rows: Record<string, Cell>[];
}

export interface Section {
  heading: string;
  paragraphs?: string[];
  table?: Table;
}

export interface DocumentModel {
  /** Machine name of the report kind, e.g. "soa". */
  kind: string;
  title: string;
  organization: string;
  scope?: string;
  /** "SoA v3" or "current (not approved)". */
  version: string;
  approval?: string;
  classification: string;
  /** Unique id of this generated document, printed in it and recorded in the audit trail. */
  documentId: string;
  generatedAt: string;
  sections: Section[];
}

export const FORMATS = ["xlsx", "docx", "pdf", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
};

/** The line every page or sheet carries so a reader can check the copy. */
export function provenance(doc: DocumentModel): string {
  return `${doc.organization} · ${doc.title} · ${doc.version} · document ${doc.documentId} · generated ${doc.generatedAt.slice(0, 19).replace("T", " ")} UTC · ${doc.classification}`;
}

/** Neutralises a spreadsheet formula trigger at the start of a text cell (OWASP CSV injection). */
export function safeCell(value: Cell): Cell {
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}
