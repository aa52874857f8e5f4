/**
 * API reads and writes under load from a second process (autocannon), on the demo organization
 * with 10,000 extra risks. Baselines, measured in slices alternating with the product's: a bare
 * Fastify route in this process that returns the same bytes from memory; for the mixed load, the
 * same mix read-only.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchResult, round, writeRiskCsv } from "./lib.js";
import { alternating, type Load, load, mixedLoad, settle } from "./load.js";

export async function apiBench(): Promise<BenchResult[]> {
  const Fastify = (await import("fastify")).default;
  const { openWorkspace } = await import("../src/modules/workspace.js");
  const { createDemo } = await import("../src/modules/demo/demo.service.js");
  const { buildApp } = await import("../src/http/app.js");
  const { createUser } = await import("../src/modules/users/user.service.js");
  const { addMember } = await import("../src/modules/users/membership.service.js");
  const { importRisks } = await import("../src/modules/risks/risk-import.service.js");
  const dir = await mkdtemp(join(tmpdir(), "isms-bench-api-"));
  const ws = await openWorkspace({
    databaseUrl: `file:${join(dir, "isms.db")}`,
    dataDir: dir,
    maxUploadBytes: 1e8,
  });
  const app = await buildApp({ ws, logLevel: false, loginRateLimit: 1000 });
  const bare = Fastify();
  try {
    const { organization } = await createDemo(ws, "bench");
    await importRisks(ws.db, organization.id, "bench", writeRiskCsv(dir, 10_000));
    await createUser(ws.db, "bench", { email: "bench@demo.test", password: "a long bench password" });
    await addMember(ws.db, "bench", { orgSlug: "demo", email: "bench@demo.test", role: "owner" });
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "bench@demo.test", password: "a long bench password" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const headers = { cookie };

    // The bare routes answer the same bytes from memory, as a string (the baseline the targets were
    // set against) and, stricter, as a buffer encoded once (what the product's read cache sends).
    const soaBytes = await (await fetch(`${base}/api/v1/orgs/demo/soa`, { headers })).text();
    const pageBytes = await (
      await fetch(`${base}/api/v1/orgs/demo/risks?limit=100&offset=5000`, { headers })
    ).text();
    bare.get("/soa", async (_r, reply) => reply.type("application/json").send(soaBytes));
    bare.get("/risks", async (_r, reply) => reply.type("application/json").send(pageBytes));
    const pageBuffer = Buffer.from(pageBytes);
    bare.get("/risks-buffer", async (_r, reply) => reply.type("application/json").send(pageBuffer));
    bare.put("/write", async () => ({ ok: true }));
    const bareBase = await bare.listen({ port: 0, host: "127.0.0.1" });

    const server = { base, bareBase, cookie, csrf };
    return [...(await reads(server)), ...(await mixedLoads(server)), ...(await writes(server))];
  } finally {
    await app.close();
    await bare.close();
    await ws.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The product's server and the bare one beside it, signed in. */
interface Servers {
  base: string;
  bareBase: string;
  cookie: string;
  csrf: string;
}

/** The SoA and a risks page at 1 and 32 connections against the bare routes. */
async function reads({ base, bareBase, cookie }: Servers): Promise<BenchResult[]> {
  const headers = { cookie };
  const results: BenchResult[] = [];
  const compare = (name: string, real: Load, baseline: Load, connections: number) => {
    const ratio = round(real.rps / baseline.rps, 3);
    results.push({
      name: `${name} at ${connections} conn`,
      value: real.rps,
      unit: "req/s",
      baseline: baseline.rps,
      ratio,
      target: "≥ 0.5 of bare",
      met: ratio >= 0.5 && real.non2xx === 0,
    });
    results.push({
      name: `${name} p99 at ${connections} conn`,
      value: real.p99,
      unit: "ms",
      baseline: baseline.p99,
      ratio: null,
      target: connections === 32 ? "< 25 ms" : "informative",
      met: connections !== 32 || real.p99 < 25,
    });
  };
  for (const connections of [1, 32]) {
    const [soa, bareSoa] = await alternating([
      () => load(`${base}/api/v1/orgs/demo/soa`, connections, headers, { seconds: 1 }),
      () => load(`${bareBase}/soa`, connections, {}, { seconds: 1 }),
    ]);
    compare("GET SoA (93 entries)", soa as Load, bareSoa as Load, connections);
    const [page, barePage, strict] = (await alternating([
      () =>
        load(`${base}/api/v1/orgs/demo/risks?limit=100&offset=5000`, connections, headers, { seconds: 1 }),
      () => load(`${bareBase}/risks`, connections, {}, { seconds: 1 }),
      () => load(`${bareBase}/risks-buffer`, connections, {}, { seconds: 1 }),
    ])) as [Load, Load, Load];
    compare("GET risks page (100 of 10,093)", page, barePage, connections);
    results.push({
      name: `GET risks page at ${connections} conn vs a bare route sending a buffer`,
      value: page.rps,
      unit: "req/s",
      baseline: strict.rps,
      ratio: round(page.rps / strict.rps, 3),
      target: "informative",
      met: true,
    });
  }
  return results;
}

/**
 * Many people at once: the same mix read-only and with 10 % writes, on the same data. The two are
 * measured in alternating slices (read-only, mixed, read-only…), so that a machine whose speed
 * drifts during the run (shared hosts do) weighs on both alike; p99 is the worst slice's.
 */
async function mixedLoads({ base, cookie, csrf }: Servers): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const [slices, seconds] = [4, 3];
  const runs = { "read-only": { requests: 0, p99: 0, bad: 0 }, mixed: { requests: 0, p99: 0, bad: 0 } };
  for (let slice = 0; slice < slices; slice++) {
    for (const kind of ["read-only", "mixed"] as const) {
      settle();
      const run = await mixedLoad(base, cookie, csrf, kind, seconds);
      runs[kind].requests += run.requests;
      runs[kind].p99 = Math.max(runs[kind].p99, run.p99);
      runs[kind].bad += run.bad;
    }
  }
  const rps = (kind: keyof typeof runs) => round(runs[kind].requests / (slices * seconds), 0);
  const readOnly = { ...runs["read-only"], rps: rps("read-only") };
  const mixed = { ...runs.mixed, rps: rps("mixed") };
  const mixedRatio = round(mixed.rps / readOnly.rps, 3);
  results.push({
    name: "mixed load, 10 % writes, 32 conn (vs read-only)",
    value: mixed.rps,
    unit: "req/s",
    baseline: readOnly.rps,
    ratio: mixedRatio,
    target: "≥ 0.5 of read-only",
    met: mixedRatio >= 0.5 && mixed.bad === 0 && readOnly.bad === 0,
  });
  results.push({
    name: "mixed load p99 (vs read-only)",
    value: mixed.p99,
    unit: "ms",
    baseline: readOnly.p99,
    ratio: null,
    target: "< 100 ms",
    met: mixed.p99 < 100,
  });
  return results;
}

/** Sequential writes of one SoA entry's notes, each with the ETag of the one before. */
async function writes({ base, bareBase, cookie, csrf }: Servers): Promise<BenchResult[]> {
  const headers = { cookie };
  const results: BenchResult[] = [];
  const entry = (await (await fetch(`${base}/api/v1/orgs/demo/soa/entries/5.1`, { headers })).json()) as {
    version: number;
  };
  let version = entry.version;
  const writes: number[] = [];
  const started = Date.now();
  while (Date.now() - started < 4000) {
    const t = performance.now();
    const response = await fetch(`${base}/api/v1/orgs/demo/soa/5.1`, {
      method: "PATCH",
      headers: {
        cookie,
        "x-csrf-token": csrf,
        "content-type": "application/json",
        "if-match": `"${version}"`,
      },
      body: JSON.stringify({ notes: `bench ${version}` }),
    });
    if (response.status !== 200) throw new Error(`write failed: ${response.status}`);
    version++;
    writes.push(performance.now() - t);
  }
  writes.sort((a, b) => a - b);
  const bareWrite = await load(
    `${bareBase}/write`,
    1,
    { "content-type": "application/json" },
    { method: "PUT", body: "{}" },
  );
  const writeRps = round(writes.length / 4, 0);
  results.push({
    name: "PATCH SoA entry with If-Match + audit event (sequential)",
    value: writeRps,
    unit: "req/s",
    baseline: bareWrite.rps,
    ratio: round(writeRps / bareWrite.rps, 3),
    target: "informative",
    met: true,
  });
  results.push({
    name: "PATCH SoA entry p99",
    value: round(writes[Math.floor(writes.length * 0.99)] ?? 0),
    unit: "ms",
    baseline: bareWrite.p99,
    ratio: null,
    target: "informative",
    met: true,
  });
  return results;
}
