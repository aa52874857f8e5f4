/**
 * Loads for the API benchmark: autocannon in a second process on one URL, the stress script's
 * driver for the mixed loads, and slices of loads taken in turns.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { round } from "./lib.js";

/**
 * What a command in its own process prints, once it has exited (read asynchronously: the server
 * under test runs in this process and must keep answering).
 */
async function outputOf(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  await new Promise((resolve) => child.once("exit", resolve));
  return out;
}

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

/** Runs autocannon in its own process for a few seconds and reads its JSON report. */
export async function load(
  url: string,
  connections: number,
  headers: Record<string, string>,
  options: { method?: string; body?: string; seconds?: number } = {},
): Promise<Load> {
  const args = ["-j", "-c", String(connections), "-d", String(options.seconds ?? 4)];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}=${v}`);
  if (options.method) args.push("-m", options.method);
  if (options.body) args.push("-b", options.body);
  const report = JSON.parse(await outputOf("node_modules/.bin/autocannon", [...args, url]));
  return {
    rps: round(report.requests.average, 0),
    p50: report.latency.p50,
    p99: report.latency.p99,
    non2xx: report.non2xx,
  };
}

/**
 * The stress script's load driver (scripts/stress.ts) for a few seconds: read-only, or with 10 %
 * writes (PATCH with If-Match on SoA entries and risks). Requests per second and p99.
 */
export async function mixedLoad(
  base: string,
  cookie: string,
  csrf: string,
  kind: "read-only" | "mixed",
  seconds: number,
) {
  const script = fileURLToPath(new URL("../scripts/stress.ts", import.meta.url));
  const register = fileURLToPath(new URL("../test/support/ts-register.mjs", import.meta.url));
  const args = ["--experimental-transform-types", "--no-warnings", "--import", register, script, "driver"];
  const out = await outputOf(process.execPath, [...args, base, cookie, csrf, String(seconds), kind]);
  const result = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as {
    requests: number;
    errors: number;
    timeouts: number;
    statuses: Record<string, number>;
    p99: number;
  };
  const unexpected = Object.entries(result.statuses)
    .filter(([s]) => !(Number(s) >= 200 && Number(s) < 300) && s !== "412")
    .reduce((a, [, n]) => a + n, 0);
  return { requests: result.requests, p99: result.p99, bad: unexpected + result.errors + result.timeouts };
}

/**
 * Loads measured in alternating slices (a, b, a, b…), so that a machine whose speed drifts during
 * the run (shared hosts do) weighs on each alike: the slices' mean rate and latencies.
 */
export async function alternating(loads: (() => Promise<Load>)[], slices = 4): Promise<Load[]> {
  const sums = loads.map(() => ({ rps: 0, p50: 0, p99: 0, non2xx: 0 }));
  for (let slice = 0; slice < slices; slice++) {
    for (const [i, run] of loads.entries()) {
      settle();
      const result = await run();
      const sum = sums[i] as Load;
      sum.rps += result.rps / slices;
      sum.p50 += result.p50 / slices;
      sum.p99 += result.p99 / slices;
      sum.non2xx += result.non2xx;
    }
  }
  return sums.map((sum) => ({ ...sum, rps: round(sum.rps, 0), p50: round(sum.p50), p99: round(sum.p99) }));
}

/**
 * Before each slice, the garbage of the one before is collected (with `--expose-gc`, as `npm run
 * bench` runs), so that no slice pays for its neighbour's allocations.
 */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
