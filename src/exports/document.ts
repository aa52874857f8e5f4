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
  /** Background colours ("#rrggbb") of cells, by row and column key. */
  fills?: Record<string, string>[];
}

export interface Section {
  heading: string;
  /** 1 (the default) for a chapter heading, 2 for a heading inside one. */
  level?: 1 | 2;
  paragraphs?: string[];
  table?: Table;
  /**
   * Continue on the current page when the heading, its text and the start of its table fit there;
   * by default a section starts a new page in paged formats. The heading always stays with its table.
   */
  flow?: boolean;
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

/** Black or white text, whichever reads better on a background colour. */
export function textOn(fill: string): string {
  const hex = fill.replace("#", "");
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex.slice(0, 6);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255);
  if ([r, g, b].some((v) => v === undefined || Number.isNaN(v))) return "black";
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
  return luminance > 0.22 ? "black" : "white";
}

/** A colour as "#rrggbb", or undefined when it is not a hex colour (named colours are left out). */
export function hexColour(colour: string): string | undefined {
  const hex = colour.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) return `#${[...hex].map((c) => c + c).join("")}`.toLowerCase();
  return /^[0-9a-f]{6}$/i.test(hex) ? `#${hex}`.toLowerCase() : undefined;
}
