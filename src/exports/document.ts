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
  /**
   * A column whose equal values in consecutive rows make one group (a risk and its actions): paged
   * formats print the value on the group's first row only and rule between groups.
   */
  group?: string;
}

/** Whether row `r` continues the group of the row before it. */
export function continuesGroup(table: Table, r: number): boolean {
  if (!table.group || r === 0) return false;
  return table.rows[r]?.[table.group] === table.rows[r - 1]?.[table.group];
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
  /** The name of its sheet in a spreadsheet (31 characters at most), when not the heading. */
  sheet?: string;
  /** Supporting material (change history) left out of the CSV, which holds the report's data. */
  notInCsv?: boolean;
}

/** Who approved the version a document presents: printed as a block in every format. */
export interface Approval {
  /** What was approved, in words: "Version 2". */
  version: string;
  approvedBy: string;
  role: string | null;
  /** YYYY-MM-DD. */
  date: string;
  /** Who recorded the approval in the tool, when not the approver. */
  recordedBy?: string | null;
  note?: string | null;
  /** "Approved" (the default) or, for the methodology, "Adopted". */
  verb?: string;
}

export interface DocumentModel {
  /** Machine name of the report kind, e.g. "soa". */
  kind: string;
  title: string;
  organization: string;
  scope?: string;
  /** The organization's short name, used in file names. */
  slug: string;
  /** "Version 3", "Draft (changes since version 2)", "As of 2026-12-05". */
  version: string;
  /** The version part of a file name: "v3", "draft"; none for a report that has no versions. */
  fileTag?: string;
  /** Present when the document is an approved (or adopted) version. */
  approval?: Approval;
  /** Present when the document is a draft: "Draft — not approved", shown on the cover and every page. */
  draft?: string;
  /** For a draft of a versioned document: the approval it departs from, in one line. */
  lastApproval?: string;
  /** SHA-256 of the document's content, the same in every format of one state. */
  contentHash?: string;
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
  return `${doc.draft ? `${doc.draft.toUpperCase()} · ` : ""}${doc.organization} · ${doc.title} · ${doc.version} · document ${doc.documentId} · generated ${generated(doc)} · ${doc.classification}`;
}

const generated = (doc: DocumentModel) => `${doc.generatedAt.slice(0, 19).replace("T", " ")} UTC`;

/** What a report that has no approved versions (a register as it stands) says instead of an approval. */
const UNVERSIONED = "Not a versioned document: the records as they stood when it was generated";

/** The approval block in words: one [label, value] per line, the same in every format. */
export function approvalLines(doc: DocumentModel): [string, string][] {
  const a = doc.approval;
  if (!a)
    return [
      ["Approval", doc.draft ?? UNVERSIONED],
      ...(doc.lastApproval ? ([["Last approved", doc.lastApproval]] as [string, string][]) : []),
    ];
  const verb = a.verb ?? "Approved";
  return [
    ["Version", a.version],
    [`${verb} by`, a.approvedBy],
    ["Role", a.role ?? "not recorded"],
    [`${verb} on`, a.date],
    ...(a.recordedBy ? ([["Recorded by", a.recordedBy]] as [string, string][]) : []),
    ...(a.note ? ([["Note", a.note]] as [string, string][]) : []),
  ];
}

/** The approval in one line, for a CSV column or a page header. */
export function approvalLine(doc: DocumentModel): string {
  const a = doc.approval;
  if (!a) return doc.draft ?? UNVERSIONED;
  return `${a.version} ${(a.verb ?? "approved").toLowerCase()} by ${a.approvedBy}${a.role ? ` (${a.role})` : ""} on ${a.date}`;
}

/** The document's particulars for its title page or cover sheet, after the approval block. */
export function particulars(doc: DocumentModel): [string, string][] {
  return [
    ["Classification", doc.classification],
    ["Document id", doc.documentId],
    ...(doc.contentHash ? ([["Content SHA-256", doc.contentHash]] as [string, string][]) : []),
    ["Generated", generated(doc)],
  ];
}

/** The download's name: organization, report, version and date, e.g. acme-soa-v2-2026-12-05.pdf. */
export function fileNameOf(doc: DocumentModel, format: Format | "zip" | "json"): string {
  const part = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  return `${[doc.slug, doc.kind, doc.fileTag, doc.generatedAt.slice(0, 10)]
    .filter(Boolean)
    .map((p) => part(p ?? ""))
    .join("-")}.${format}`;
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
