/**
 * The renderers' public entry: the document model goes to a pool thread (src/workers), which draws
 * it with renderFormat (./index.ts), so a large register never holds the server's event loop.
 */
import type { DocumentModel, Format } from "../document.js";

/** Renders in a pool thread; the bytes come back as a Buffer. */
export async function renderOffThread(doc: DocumentModel, format: Format): Promise<Buffer> {
  const { runInWorker } = await import("../../workers/pool.js");
  const bytes = await runInWorker("render", { doc, format });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
