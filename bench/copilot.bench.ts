/**
 * Copilot: questions per second and p50/p99 offline, over the shared dev set when it is beside the
 * project (or the catalog's control titles otherwise); index build time and memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { type BenchResult, now, percentile, round } from "./lib.js";

export async function copilotBench(): Promise<BenchResult[]> {
  const before = process.memoryUsage().heapUsed;
  const buildStart = now();
  const { warmRetrieval } = await import("../src/copilot/retrieval.js");
  const { answerQuestion } = await import("../src/copilot/answer.js");
  warmRetrieval();
  const buildMs = round(now() - buildStart);
  const heapMb = round((process.memoryUsage().heapUsed - before) / 1024 ** 2, 1);
  const file = "../shared/copilot-eval/dev.jsonl";
  const { CONTROLS } = await import("../src/catalog/index.js");
  const questions = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => String(JSON.parse(l).q))
    : CONTROLS.map((c) => `what does ${c.title.toLowerCase()} require`);
  const latencies: number[] = [];
  const start = now();
  for (let round = 0; round < 5; round++) {
    for (const q of questions) {
      const t = now();
      answerQuestion(q);
      latencies.push(now() - t);
    }
  }
  const qps = round((latencies.length / (now() - start)) * 1000, 0);
  const p50 = round(percentile(latencies, 50));
  return [
    {
      name: "copilot offline answers",
      value: qps,
      unit: "questions/s",
      baseline: null,
      ratio: null,
      target: "p50 < 20 ms",
      met: p50 < 20,
    },
    {
      name: "copilot p50 latency",
      value: p50,
      unit: "ms",
      baseline: null,
      ratio: null,
      target: "< 20 ms",
      met: p50 < 20,
    },
    {
      name: "copilot p99 latency",
      value: round(percentile(latencies, 99)),
      unit: "ms",
      baseline: null,
      ratio: null,
      target: "informative",
      met: true,
    },
    {
      name: "copilot index build (with catalog load)",
      value: buildMs,
      unit: "ms",
      baseline: null,
      ratio: null,
      target: "informative",
      met: true,
    },
    {
      name: "copilot index heap",
      value: heapMb,
      unit: "MB",
      baseline: null,
      ratio: null,
      target: "informative",
      met: true,
    },
  ];
}
