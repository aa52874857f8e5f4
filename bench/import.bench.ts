/**
 * Risk import: a 100,000-row CSV validated and inserted (with an audit event per row), in rows/s,
 * against raw better-sqlite3 prepared inserts of the same rows in one transaction.
 */
import { writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchResult, now, round } from "./lib.js";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

export async function importBench(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), "isms-bench-import-"));
  try {
    const lines = [
      "Risk ID,Title,Likelihood,Impact,Risk Owner,Treatment,Annex A Controls,Residual Likelihood,Residual Impact",
    ];
    for (let i = 0; i < ROWS; i++) {
      lines.push(
        `R-${i + 1},Risk number ${i + 1},${(i % 5) + 1},${((i * 7) % 5) + 1},Owner ${i % 50},modify,"8.${(i % 34) + 1}, 5.${(i % 37) + 1}",1,${Math.min(((i * 7) % 5) + 1, 2)}`,
      );
    }
    const file = join(dir, "risks.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);

    // Baseline: the same rows through raw prepared statements in one transaction.
    const { default: SQLite } = await import("better-sqlite3");
    const raw = new SQLite(join(dir, "raw.db"));
    raw.pragma("journal_mode = WAL");
    raw.exec(
      "create table risks (id text primary key, key text, title text, likelihood int, impact int, owner text, treatment text, controls text)",
    );
    const insert = raw.prepare("insert into risks values (?, ?, ?, ?, ?, ?, ?, ?)");
    const rawStart = now();
    raw.transaction(() => {
      for (let i = 0; i < ROWS; i++)
        insert.run(
          `id-${i}`,
          `R-${i + 1}`,
          `Risk number ${i + 1}`,
          (i % 5) + 1,
          ((i * 7) % 5) + 1,
          `Owner ${i % 50}`,
          "modify",
          "8.1,5.1",
        );
    })();
    const rawRate = round(ROWS / ((now() - rawStart) / 1000), 0);
    raw.close();

    const { openWorkspace } = await import("../src/modules/workspace.js");
    const { createOrganization } = await import("../src/modules/orgs/org.service.js");
    const { importRisks } = await import("../src/modules/risks/risk-import.service.js");
    const ws = await openWorkspace({
      databaseUrl: `file:${join(dir, "isms.db")}`,
      dataDir: dir,
      maxUploadBytes: 1e8,
    });
    try {
      const org = await createOrganization(ws.db, "bench", { slug: "bench", name: "Bench" });
      const start = now();
      const report = await importRisks(ws.db, org.id, "bench", file);
      const seconds = (now() - start) / 1000;
      if (report.errors.length) throw new Error(`import failed: ${JSON.stringify(report.errors[0])}`);
      const rate = round(ROWS / seconds, 0);
      const ratio = round(rate / rawRate, 3);
      return [
        {
          name: `risk import ${ROWS} rows`,
          value: rate,
          unit: "rows/s",
          baseline: rawRate,
          ratio,
          target: "≥ 0.3 of raw inserts",
          met: ratio >= 0.3,
        },
        {
          name: `risk import ${ROWS} rows wall time`,
          value: round(seconds, 1),
          unit: "s",
          baseline: null,
          ratio: null,
          target: "informative",
          met: true,
        },
      ];
    } finally {
      await ws.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
