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

/** Milliseconds from spawning a server process until `url` answers 200 (polling every 5 ms). */
async function untilReady(args: string[], port: number, path: string, cwd: string): Promise<number> {
  const { spawn } = await import("node:child_process");
  const start = now();
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: "ignore",
    env: { ...process.env, ISMS_PORT: String(port), ISMS_LOG_LEVEL: "warn" },
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        if (response.status === 200) return now() - start;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

/** Server start-up: `isms serve` on an existing workspace until /readyz answers, against a bare Node HTTP server. */
export async function serverStartupBench(): Promise<BenchResult[]> {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join, resolve } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "isms-bench-serve-"));
  const cli = resolve("dist/cli/main.js");
  try {
    spawnSync(process.execPath, [cli, "demo"], { cwd: dir, stdio: "ignore" });
    const port = 39_000 + (process.pid % 1000);
    const bare = `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`;
    const baselines: number[] = [];
    const serves: number[] = [];
    for (let i = 0; i < 5; i++) {
      baselines.push(await untilReady(["-e", bare], port, "/", dir));
      serves.push(await untilReady([cli, "serve", "--port", String(port)], port, "/readyz", dir));
    }
    const baseline = round(median(baselines));
    const value = round(median(serves));
    return [
      {
        name: "isms serve until /readyz answers (demo workspace)",
        value,
        unit: "ms",
        baseline,
        ratio: round(value / baseline),
        target: "reported",
        met: true,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
