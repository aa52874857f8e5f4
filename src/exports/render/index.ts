/**
 * XLSX, DOCX and PDF are drawn in a pool thread (see src/workers): rendering a large register is
 * seconds of CPU that the server's event loop must not spend. Each renderer's public function
 * (renderDocx, …) sends the document model there; its draw function runs there. CSV is a join of
 * strings and stays where it is called.
 */
import type { DocumentModel, Format } from "../document.js";

/** Runs in a pool thread. */
export async function renderFormat(doc: DocumentModel, format: Format): Promise<Buffer> {
  switch (format) {
    case "xlsx":
      return (await import("./xlsx.js")).drawXlsx(doc);
    case "docx":
      return (await import("./docx.js")).drawDocx(doc);
    case "pdf":
      return (await import("./pdf.js")).drawPdf(doc);
    case "csv":
      return (await import("./csv.js")).renderCsv(doc);
  }
}
