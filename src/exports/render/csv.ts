/**
 * CSV (RFC 4180, UTF-8 with BOM so spreadsheet apps read accents right): every data table, with its
 * section, in the same people's words as the other formats. The approval travels with each row in
 * the last columns (version, approval or draft mark, document id), so a row copied elsewhere still
 * says which version it came from.
 */
import { toCsv } from "../csv.js";
import { approvalLine, type DocumentModel } from "../document.js";

export function renderCsv(doc: DocumentModel): Buffer {
  const tables = doc.sections.filter((s) => s.table && !s.notInCsv);
  const multi = tables.length > 1;
  // A register that has no versions has no approval to repeat on every row.
  const versioned = !!(doc.approval || doc.draft);
  const trailer = {
    docVersion: doc.version,
    ...(versioned && { docApproval: approvalLine(doc) }),
    docId: doc.documentId,
  };
  const first = tables[0]?.table;
  if (!first)
    return Buffer.from(
      `\uFEFF${toCsv(["document", "version", "approval"], [{ document: doc.title, version: doc.version, approval: approvalLine(doc) }])}`,
    );
  // Every table's columns, in the order they first appear (tables of one report may differ).
  const all = [...new Map(tables.flatMap((s) => s.table?.columns ?? []).map((c) => [c.key, c])).values()];
  const headers: Record<string, string> = {
    section: "Section",
    ...Object.fromEntries(all.map((c) => [c.key, c.header])),
    docVersion: "Document version",
    docApproval: "Approval",
    docId: "Document id",
  };
  const columns = [
    ...(multi ? ["section"] : []),
    ...all.map((c) => c.key),
    "docVersion",
    "docApproval",
    "docId",
  ];
  const rows = tables.flatMap((s) =>
    (s.table?.rows ?? []).map((r) => ({ ...(multi && { section: s.heading }), ...r, ...trailer })),
  );
  const body = toCsv(columns, [headers, ...rows] as Record<string, unknown>[])
    .split("\r\n")
    .slice(1)
    .join("\r\n");
  return Buffer.from(`\uFEFF${body}`);
}
