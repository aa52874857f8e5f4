/**
 * A report built and drawn in a pool thread, on a connection of its own to the SQLite file: the
 * rows of a large register are read and turned into a document model there as well as drawn, so
 * neither step holds the server's event loop. The model's sections stay in the thread; the bytes
 * and the model's particulars come back.
 */
import type { DocumentModel, Format } from "./document.js";
import type { ExportOptions, Report } from "./export.service.js";

export interface ExportDocumentInput {
  dbFile: string;
  orgId: string;
  report: Report;
  format: Format;
  options: ExportOptions;
}

export async function exportDocumentInThread(
  input: ExportDocumentInput,
): Promise<{ doc: DocumentModel; data: Uint8Array }> {
  const { openDatabase } = await import("../db/database.js");
  const { buildReport } = await import("./export.service.js");
  const { renderFormat } = await import("./render/index.js");
  const handle = await openDatabase(`file:${input.dbFile}`, { migrate: false });
  try {
    const doc = await buildReport(handle.db, input.orgId, input.report, input.options);
    const data = await renderFormat(doc, input.format);
    return { doc: { ...doc, sections: [] }, data };
  } finally {
    await handle.close();
  }
}
