/** Exports: the demo's SoA as XLSX, DOCX and PDF, and the OSCAL SSP, in ms each (median of 3), with peak RSS. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchResult, median, now, round } from "./lib.js";

export async function exportsBench(): Promise<BenchResult[]> {
  const { openWorkspace } = await import("../src/modules/workspace.js");
  const { createDemo } = await import("../src/modules/demo/demo.service.js");
  const { buildReport, renderDocument } = await import("../src/exports/export.service.js");
  const { oscalSsp } = await import("../src/exports/oscal/org-documents.js");
  const dir = await mkdtemp(join(tmpdir(), "isms-bench-"));
  const ws = await openWorkspace({
    databaseUrl: `file:${join(dir, "isms.db")}`,
    dataDir: dir,
    maxUploadBytes: 1e8,
  });
  try {
    const { organization } = await createDemo(ws, "bench");
    const results: BenchResult[] = [];
    let peak = process.memoryUsage().rss;
    const time = async (name: string, work: () => Promise<unknown>) => {
      await work();
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = now();
        await work();
        runs.push(now() - start);
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      const ms = round(median(runs));
      results.push({
        name,
        value: ms,
        unit: "ms",
        baseline: null,
        ratio: null,
        target: "< 500 ms",
        met: ms < 500,
      });
    };
    for (const format of ["xlsx", "docx", "pdf"] as const) {
      await time(`SoA export ${format} (93 controls)`, async () =>
        renderDocument(await buildReport(ws.db, organization.id, "soa"), format),
      );
    }
    await time("OSCAL SSP export", () => oscalSsp(ws.db, organization.id));
    results.push({
      name: "exports peak RSS",
      value: round(peak / 1024 ** 2, 0),
      unit: "MB",
      baseline: null,
      ratio: null,
      target: "informative",
      met: true,
    });
    return results;
  } finally {
    await ws.close();
    await rm(dir, { recursive: true, force: true });
  }
}
