/** Start-up: `isms --help` wall time against `node -e 0`, median of several runs. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type BenchResult, median, now, round } from "./lib.js";

function wall(args: string[], runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    spawnSync(process.execPath, args, { stdio: "ignore" });
    times.push(now() - start);
  }
  return median(times);
}

export async function startupBench(): Promise<BenchResult[]> {
  if (!existsSync("dist/cli/main.js")) throw new Error("run npm run build first");
  const baseline = round(wall(["-e", "0"]));
  const help = round(wall(["dist/cli/main.js", "--help"]));
  const ratio = round(help / baseline);
  return [
    {
      name: "isms --help wall time",
      value: help,
      unit: "ms",
      baseline,
      ratio,
      target: "< 2× node -e 0",
      met: ratio < 2,
    },
  ];
}
