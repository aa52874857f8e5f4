/**
 * `npm run bench [-- NAME…]`: runs the benchmarks (all by default: startup, api, copilot,
 * exports, import, web, scale), writes bench/results/latest.json and a dated copy, and prints a table.
 */
import { apiBench } from "./api.bench.js";
import { copilotBench } from "./copilot.bench.js";
import { exportsBench } from "./exports.bench.js";
import { importBench } from "./import.bench.js";
import { type BenchResult, printTable, writeResults } from "./lib.js";
import { scaleBench } from "./scale.bench.js";
import { serverStartupBench, startupBench } from "./startup.bench.js";
import { webBench } from "./web.bench.js";

const ALL: Record<string, () => Promise<BenchResult[]>> = {
  startup: async () => [...(await startupBench()), ...(await serverStartupBench())],
  api: apiBench,
  copilot: copilotBench,
  exports: exportsBench,
  import: importBench,
  web: webBench,
  scale: scaleBench,
};
const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = chosen.length ? chosen : Object.keys(ALL);
const results: BenchResult[] = [];
for (const name of names) {
  const bench = ALL[name];
  if (!bench) {
    console.error(`unknown benchmark ${name}; use ${Object.keys(ALL).join(", ")}`);
    process.exit(2);
  }
  process.stderr.write(`running ${name}…\n`);
  results.push(...(await bench()).map((r) => ({ ...r, bench: name })));
}
printTable(results);
console.log(`\nwritten to ${writeResults(results)}`);
