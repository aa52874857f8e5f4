/**
 * Whether heavy requests leave the event loop free: a server on a temporary SQLite workspace runs a
 * DOCX export of a risk register, a risk import dry run and the real import, one request at a
 * time, while a second process asks /healthz every 50 ms. Used by a test (small sizes) and by
 * `npm run stress -- loop` (full sizes).
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeRiskCsv } from "../../bench/lib.js";
import { type ProbeReport, startHealthProbe } from "./healthz-probe.js";

export interface LoopStep {
  operation: string;
  size: number;
  status: number;
  seconds: number;
  /** What the answer said, shortened (counts of an import, bytes of a document). */
  outcome: string;
  probe: ProbeReport;
  /**
   * Linux's CPU pressure over the step (the share of time some runnable task waited for a core,
   * in %), when the system reports it: above a few % the machine was busy with other work.
   */
  cpuPressure: number | null;
}

/** Cumulative microseconds some task waited for a CPU (Linux PSI), or null without PSI. */
async function cpuWaitMicros(): Promise<number | null> {
  const text = await readFile("/proc/pressure/cpu", "utf8").catch(() => "");
  const total = /^some .*total=(\d+)/m.exec(text)?.[1];
  return total === undefined ? null : Number(total);
}

const PASSWORD = "event loop check: quokka tangerine ledger 7";

/** A plain HTTP request without a client-side timeout (a full-size import takes minutes). */
function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

export async function checkEventLoop(options: {
  importRows: number;
  docxRisks: number;
  log?: (line: string) => void;
}): Promise<LoopStep[]> {
  const log = options.log ?? (() => {});
  const { openWorkspace } = await import("../../src/modules/workspace.js");
  const { createDemo } = await import("../../src/modules/demo/demo.service.js");
  const { buildApp } = await import("../../src/http/app.js");
  const { createOrganization } = await import("../../src/modules/orgs/org.service.js");
  const { createUser } = await import("../../src/modules/users/user.service.js");
  const { addMember } = await import("../../src/modules/users/membership.service.js");
  const { importRisks } = await import("../../src/modules/risks/risk-import.service.js");
  const dir = await mkdtemp(join(tmpdir(), "isms-event-loop-"));
  const ws = await openWorkspace({
    databaseUrl: `file:${join(dir, "isms.db")}`,
    dataDir: dir,
    maxUploadBytes: 2e8,
  });
  const app = await buildApp({ ws, logLevel: false, loginRateLimit: 1000, maxUploadBytes: 2e8 });
  try {
    log(`setting up: demo organization with ${options.docxRisks} risks`);
    const { organization } = await createDemo(ws, "event-loop");
    const docxCsv = join(dir, "docx");
    await mkdir(docxCsv);
    await importRisks(ws.db, organization.id, "event-loop", writeRiskCsv(docxCsv, options.docxRisks));
    await createOrganization(ws.db, "event-loop", { slug: "bulk", name: "Bulk import" });
    await createUser(ws.db, "event-loop", { email: "loop@demo.test", password: PASSWORD });
    for (const orgSlug of ["demo", "bulk"])
      await addMember(ws.db, "event-loop", { orgSlug, email: "loop@demo.test", role: "owner" });
    const csv = await readFile(writeRiskCsv(dir, options.importRows, "Imported risk"));
    log(`import file: ${options.importRows} rows, ${(csv.byteLength / 1024 / 1024).toFixed(1)} MB`);

    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const login = await call(
      base,
      "POST",
      "/api/v1/auth/login",
      { "content-type": "application/json" },
      JSON.stringify({ email: "loop@demo.test", password: PASSWORD }),
    );
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.body}`);
    const cookie = String((login.headers["set-cookie"] as string[] | undefined)?.[0] ?? "").split(";")[0];
    const csrf = (JSON.parse(String(login.body)) as { csrfToken: string }).csrfToken;
    const session = { cookie: cookie ?? "", "x-csrf-token": csrf };

    const steps: LoopStep[] = [];
    const measure = async (
      operation: string,
      size: number,
      run: () => Promise<{ status: number; body: Buffer }>,
      describe: (body: Buffer) => string,
    ) => {
      log(`${operation} (${size})…`);
      const probe = await startHealthProbe(base, 50);
      const started = performance.now();
      const waitedBefore = await cpuWaitMicros();
      const answer = await run();
      const elapsed = performance.now() - started;
      const waitedAfter = await cpuWaitMicros();
      const seconds = Math.round(elapsed / 100) / 10;
      const report = await probe.stop();
      const cpuPressure =
        waitedBefore === null || waitedAfter === null
          ? null
          : Math.round((waitedAfter - waitedBefore) / 10 / elapsed);
      const outcome = answer.status === 200 ? describe(answer.body) : String(answer.body).slice(0, 300);
      steps.push({ operation, size, status: answer.status, seconds, outcome, probe: report, cpuPressure });
      log(
        `  ${answer.status} in ${seconds} s; /healthz max ${report.maxMs} ms, p99 ${report.p99Ms} ms; CPU pressure ${cpuPressure ?? "?"} %`,
      );
    };
    const counts = (body: Buffer) => {
      const r = JSON.parse(String(body)) as { imported: number; updated: number; errors: unknown[] };
      return `imported ${r.imported}, updated ${r.updated}, errors ${r.errors.length}`;
    };
    const upload = (dryRun: boolean) => () =>
      call(
        base,
        "POST",
        `/api/v1/orgs/bulk/risks/import?dryRun=${dryRun}`,
        { ...session, "content-type": "text/csv" },
        csv,
      );
    await measure(
      "DOCX export of the risk register",
      options.docxRisks,
      () => call(base, "GET", "/api/v1/orgs/demo/exports/risks?format=docx", session),
      (body) => `${(body.byteLength / 1024 / 1024).toFixed(1)} MB`,
    );
    await measure("import dry run", options.importRows, upload(true), counts);
    await measure("import", options.importRows, upload(false), counts);
    return steps;
  } finally {
    await app.close();
    await ws.close();
    await rm(dir, { recursive: true, force: true });
  }
}
