/**
 * Helpers shared by the benchmarks: timing, medians, percentiles, machine information and the
 * results file. Every result is reported against a baseline measured in the same run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** value / baseline (for rates: higher is better; for times: lower is better, see target). */
  ratio: number | null;
  target: string;
  met: boolean;
  /** The benchmark that measured it (startup, api, …); a rerun replaces all of its results. */
  bench?: string;
}

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/**
 * Writes latest.json and a dated copy. A run of some benchmarks keeps the other benchmarks' last
 * results in latest.json (each result carries the date it was measured).
 */
export function writeResults(results: BenchResult[], dir = "bench/results"): string {
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString();
  const dated = results.map((r) => ({ ...r, measured: date }));
  const latest = join(dir, "latest.json");
  let kept: BenchResult[] = [];
  if (existsSync(latest)) {
    try {
      const previous = JSON.parse(readFileSync(latest, "utf8")) as {
        date?: string;
        results?: (BenchResult & { measured?: string })[];
      };
      const rerun = new Set(results.map((r) => r.bench ?? r.name));
      kept = (previous.results ?? [])
        .filter((r) => !rerun.has(r.bench ?? r.name))
        .map((r) => ({ ...r, measured: r.measured ?? previous.date }));
    } catch {
      kept = [];
    }
  }
  const body = `${JSON.stringify({ machine: machine(), date, results: [...dated, ...kept] }, null, 2)}\n`;
  writeFileSync(latest, body);
  writeFileSync(
    join(dir, `${date.slice(0, 19).replace(/[:T]/g, "-")}.json`),
    `${JSON.stringify({ machine: machine(), date, results: dated }, null, 2)}\n`,
  );
  return join(dir, "latest.json");
}

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.baseline === null ? "–" : String(r.baseline),
    r.ratio === null ? "–" : String(r.ratio),
    r.target,
    r.met ? "yes" : "NO",
  ]);
  const header = ["benchmark", "value", "baseline", "ratio", "target", "met"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/**
 * Writes a risk register CSV of `rows` generated risks (keys B-00000…, scores spread over the 5×5
 * grid, each planning one technological control) and returns its path.
 */
export function writeRiskCsv(dir: string, rows: number, titlePrefix = "Bench risk"): string {
  const csv = ["Risk ID,Title,Likelihood,Impact,Treatment,Annex A Controls"];
  for (let i = 0; i < rows; i++)
    csv.push(
      `B-${String(i).padStart(5, "0")},${titlePrefix} ${i},${(i % 5) + 1},${((i * 3) % 5) + 1},modify,8.${(i % 34) + 1}`,
    );
  const path = join(dir, "risks.csv");
  writeFileSync(path, `${csv.join("\n")}\n`);
  return path;
}
