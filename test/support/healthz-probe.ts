/**
 * Asks a server's /healthz every `everyMs` from a separate process (so that a stalled event loop
 * in the server's process cannot also stall the clock that measures it) and reports the latencies.
 */
import { spawn } from "node:child_process";

export interface ProbeReport {
  count: number;
  failures: number;
  maxMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers slower than 200 ms, with the time since the probe started. */
  slow: { atMs: number; ms: number }[];
}

const PROBE = `
const [base, every] = [process.argv[1], Number(process.argv[2])];
const started = performance.now();
const times = [];
const slow = [];
let failures = 0;
let stop = false;
process.stdin.on("data", () => {}).on("end", () => { stop = true; });
// The first request of a process loads the HTTP client and connects: not counted.
await fetch(base + "/healthz").then((response) => response.text());
process.stdout.write("ready\\n");
while (!stop) {
  const t0 = performance.now();
  try {
    const response = await fetch(base + "/healthz");
    await response.text();
    if (response.status !== 200) failures++;
  } catch { failures++; }
  const ms = performance.now() - t0;
  times.push(ms);
  if (ms > 200) slow.push({ atMs: Math.round(t0 - started), ms: Math.round(ms) });
  const wait = every - ms;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
const round = (n) => Math.round(n * 10) / 10;
process.stdout.write(JSON.stringify({ count: times.length, failures, maxMs: round(times.at(-1) ?? 0),
  p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), slow }) + "\\n");
`;

export async function startHealthProbe(
  base: string,
  everyMs = 50,
): Promise<{ stop(): Promise<ProbeReport> }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", PROBE, base, String(everyMs)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    const check = () => (out.includes("ready") ? resolve() : setTimeout(check, 10));
    check();
  });
  return {
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.stdin.end();
      await exited;
      return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as ProbeReport;
    },
  };
}
