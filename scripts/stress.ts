/**
 * Heavier variants of the concurrency and crash tests, for a release or a change to the data layer:
 *
 *   node --experimental-transform-types --no-warnings --import ./test/support/ts-register.mjs \
 *     scripts/stress.ts crash|load|loop
 *
 * crash  kills a process with SIGKILL 20 times each during a 100,000-row risk import, an SoA
 *        approval and restores of 20,000- and 30,000-risk archives, checking after every kill that the
 *        database is intact, its audit chains verify and the operation was all or nothing. On
 *        SQLite, and on PostgreSQL too when ISMS_TEST_PG_URL is set.
 * load   runs 60-second loads at 32 connections from a second process (autocannon) on the demo
 *        organization with 10,000 risks: first read-only, then three times mixed. Reads: 25 % GET
 *        SoA, 35 % GET a risks page (of 10,000 risks), 10 % GET readiness, 20 % GET one of 8 SoA
 *        entries or 16 risks. The last 10 %: read-only, more of those GETs; mixed, writes to those
 *        entries and risks, a PATCH with If-Match of the last ETag seen, or a GET for the ETag when
 *        there is none (at the start, after a 412). It prints per run requests, req/s and their
 *        ratio to the read-only run, errors, unexpected non-2xx, expected 412s, p99 and the
 *        server's RSS. Fails on any error or unexpected status, if RSS grows by more than 20 % from
 *        mixed run 2 to 3, or if a mixed run falls below half the read-only throughput or reaches
 *        a p99 of 100 ms.
 *
 * loop   checks that heavy requests leave the event loop free: a DOCX export of a 10,000-risk
 *        register, then a 450,000-row risk import as a dry run and for real, each in one request
 *        while a second process asks /healthz every 50 ms. Prints each step's duration, the
 *        /healthz latencies and the machine's CPU pressure (Linux); fails if any answer took
 *        200 ms or more.
 *
 * ISMS_STRESS_KILLS and ISMS_STRESS_SECONDS shorten a trial run; ISMS_STRESS_ROWS and
 * ISMS_STRESS_DOCX_RISKS set the sizes of the loop check.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRiskCsv } from "../bench/lib.js";

const mode = process.argv[2];
const KILLS = Number(process.env.ISMS_STRESS_KILLS ?? 20);
const SECONDS = Number(process.env.ISMS_STRESS_SECONDS ?? 60);
const RUNS = 3;

async function crash(): Promise<boolean> {
  const { crashRepeatedly } = await import("../test/support/crash-operations.js");
  const { DIALECTS, openTestWorkspace } = await import("../test/support/workspaces.js");
  const sizes = { import: 100_000, approve: 0, restore: 20_000 } as const;
  const rows: string[][] = [];
  let ok = true;
  for (const dialect of DIALECTS) {
    for (const operation of ["import", "approve", "restore"] as const) {
      const ws = await openTestWorkspace(dialect);
      const started = Date.now();
      try {
        const report = await crashRepeatedly(operation, ws, {
          kills: KILLS,
          size: sizes[operation],
          log: (line) => console.log(`  ${dialect} ${line}`),
        });
        rows.push([
          dialect,
          operation,
          String(sizes[operation] || "-"),
          String(report.kills),
          String(report.midOperation),
          String(report.completed),
          String(report.meanMs),
          String(Math.round((Date.now() - started) / 1000)),
          "ok",
        ]);
      } catch (error) {
        ok = false;
        console.error(`${dialect} ${operation}: ${(error as Error).message}`);
        rows.push([dialect, operation, String(sizes[operation] || "-"), "-", "-", "-", "-", "-", "FAILED"]);
      } finally {
        await ws.dispose();
      }
    }
  }
  printTable(
    ["dialect", "operation", "rows", "kills", "mid-operation", "completed", "mean ms", "seconds", "result"],
    rows,
  );
  return ok;
}

type DriverResult = import("./stress-driver.js").DriverResult;

async function load(): Promise<boolean> {
  const { openWorkspace } = await import("../src/modules/workspace.js");
  const { createDemo } = await import("../src/modules/demo/demo.service.js");
  const { buildApp } = await import("../src/http/app.js");
  const { createUser, addMember } = await import("../test/support/people.js");
  const { importRisks } = await import("../src/modules/risks/risk-import.service.js");
  const dir = await mkdtemp(join(tmpdir(), "isms-stress-"));
  const ws = await openWorkspace({
    databaseUrl: `file:${join(dir, "isms.db")}`,
    dataDir: dir,
    maxUploadBytes: 1e8,
  });
  const app = await buildApp({ ws, logLevel: false, loginRateLimit: 1000 });
  try {
    const { organization } = await createDemo(ws, "stress");
    await importRisks(ws.db, organization.id, "stress", writeRiskCsv(dir, 10_000, "Load risk"));
    const password = "a long stress-test password";
    await createUser(ws.db, "stress", { email: "stress@demo.test", password });
    await addMember(ws.db, "stress", { orgSlug: "demo", email: "stress@demo.test", role: "owner" });
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "stress@demo.test", password }),
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;

    const rows: string[][] = [];
    const rss: number[] = [];
    let ok = true;
    let readOnly = 0;
    for (let run = 0; run <= RUNS; run++) {
      const writes = run > 0;
      const result = await runDriver(base, cookie, csrf, writes);
      const perSecond = Math.round(result.requests / SECONDS);
      if (!writes) readOnly = perSecond;
      const ratio = perSecond / (readOnly || 1);
      const memory = Math.round(process.memoryUsage().rss / 1024 / 1024);
      const ok2xx = Object.entries(result.statuses)
        .filter(([s]) => Number(s) >= 200 && Number(s) < 300)
        .reduce((a, [, n]) => a + n, 0);
      const expected412 = result.statuses["412"] ?? 0;
      const unexpected = Object.entries(result.statuses)
        .filter(([s]) => !(Number(s) >= 200 && Number(s) < 300) && s !== "412")
        .reduce((a, [, n]) => a + n, 0);
      const errors = result.errors + result.timeouts;
      if (errors > 0 || unexpected > 0) ok = false;
      if (writes && (ratio < 0.5 || result.p99 >= 100)) ok = false;
      rows.push([
        writes ? `mixed ${run}` : "read-only",
        String(result.requests),
        String(perSecond),
        ratio.toFixed(2),
        String(ok2xx),
        String(errors),
        String(unexpected),
        String(expected412),
        String(result.p99),
        String(memory),
      ]);
      if (writes) rss.push(memory);
      if (unexpected > 0) console.error(`run ${run}: statuses ${JSON.stringify(result.statuses)}`);
    }
    printTable(
      [
        "run",
        "requests",
        "req/s",
        "of read-only",
        "2xx",
        "errors",
        "non-2xx (not 412)",
        "412 (expected)",
        "p99 ms",
        "server RSS MB",
      ],
      rows,
    );
    const growth = ((rss[2] ?? 0) - (rss[1] ?? 0)) / (rss[1] ?? 1);
    console.log(`RSS from mixed run 2 to 3: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %`);
    if (growth > 0.2) ok = false;
    return ok;
  } finally {
    await app.close();
    await ws.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Limit on any /healthz answer while a heavy request runs. */
const HEALTHZ_LIMIT_MS = 200;

async function eventLoop(): Promise<boolean> {
  const { checkEventLoop } = await import("../test/support/event-loop.js");
  const steps = await checkEventLoop({
    importRows: Number(process.env.ISMS_STRESS_ROWS ?? 450_000),
    docxRisks: Number(process.env.ISMS_STRESS_DOCX_RISKS ?? 10_000),
    log: (line) => console.log(line),
  });
  printTable(
    [
      "operation",
      "size",
      "status",
      "seconds",
      "outcome",
      "probes",
      "p50 ms",
      "p99 ms",
      "max ms",
      "> 200 ms",
      "CPU pressure %",
    ],
    steps.map((s) => [
      s.operation,
      String(s.size),
      String(s.status),
      String(s.seconds),
      s.outcome,
      String(s.probe.count),
      String(s.probe.p50Ms),
      String(s.probe.p99Ms),
      String(s.probe.maxMs),
      String(s.probe.slow.length),
      String(s.cpuPressure ?? "-"),
    ]),
  );
  for (const s of steps)
    if (s.probe.slow.length) console.log(`${s.operation}: slow answers ${JSON.stringify(s.probe.slow)}`);
  return steps.every((s) => s.status === 200 && s.probe.failures === 0 && s.probe.maxMs < HEALTHZ_LIMIT_MS);
}

/** Starts this script as the driver in a second process (the server keeps answering here). */
async function runDriver(base: string, cookie: string, csrf: string, writes: boolean): Promise<DriverResult> {
  const script = fileURLToPath(import.meta.url);
  const register = fileURLToPath(new URL("../test/support/ts-register.mjs", import.meta.url));
  const child = spawn(
    process.execPath,
    [
      "--experimental-transform-types",
      "--no-warnings",
      "--import",
      register,
      script,
      "driver",
      base,
      cookie,
      csrf,
      String(SECONDS),
      writes ? "mixed" : "read-only",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`the load driver exited with ${code}`);
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as DriverResult;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

if (mode === "driver") {
  const [base, cookie, csrf, seconds, kind] = process.argv.slice(3);
  const { driver } = await import("./stress-driver.js");
  await driver(base ?? "", cookie ?? "", csrf ?? "", Number(seconds), kind === "mixed");
} else if (mode === "crash") {
  process.exitCode = (await crash()) ? 0 : 1;
} else if (mode === "load") {
  process.exitCode = (await load()) ? 0 : 1;
} else if (mode === "loop") {
  process.exitCode = (await eventLoop()) ? 0 : 1;
} else {
  console.error("usage: stress.ts crash|load|loop");
  process.exitCode = 2;
}
