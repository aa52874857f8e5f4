/** CSV (RFC 4180, UTF-8 with BOM so spreadsheet apps read accents right): every table, with its section. */
import { toCsv } from "../csv.js";
import type { DocumentModel } from "../document.js";

export function renderCsv(doc: DocumentModel): Buffer {
  const tables = doc.sections.filter((s) => s.table);
  const multi = tables.length > 1;
  const first = tables[0]?.table;
  if (!first) return Buffer.from(`\uFEFF${toCsv(["document"], [{ document: doc.title }])}`);
  // Every table's columns, in the order they first appear (tables of one report may differ).
  const all = [...new Map(tables.flatMap((s) => s.table?.columns ?? []).map((c) => [c.key, c])).values()];
  const columns = [...(multi ? ["section"] : []), ...all.map((c) => c.key)];
  const headerRow = Object.fromEntries(
    columns.map((k) => [k, k === "section" ? "Section" : (all.find((c) => c.key === k)?.header ?? k)]),
  );
  const rows = tables.flatMap((s) =>
    (s.table?.rows ?? []).map((r) => (multi ? { section: s.heading, ...r } : r)),
  );
  const body = toCsv(columns, [headerRow, ...rows] as Record<string, unknown>[])
    .split("\r\n")
    .slice(1)
    .join("\r\n");
  return Buffer.from(`\uFEFF${body}`);
}
