/**
 * Scale: an installation of 1,000 organizations (ISMS_BENCH_ORGS to change it), each with 93 SoA
 * entries, 200 risks, 500 evidence records and 2,000 audit events, on SQLite and on PostgreSQL
 * (ISMS_BENCH_PG_URL, default the local test database; skipped when it does not answer). Measures
 * p95 of the list endpoints over random organizations, `audit verify` of one organization and the
 * size on disk. Baseline: the same endpoints on an installation with one organization of the same
 * shape, measured in the same run.
 */
import { statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import type { Database } from "../src/db/schema.js";
import { type BenchResult, median, now, percentile, round } from "./lib.js";
import { GENERATED_SCHEMA, generateOrganization, insertUser, SHAPE } from "./scale-generator.js";

const PASSWORD = "a long bench password";
const ENDPOINTS = [
  { name: "risk register page", path: (slug: string) => `/api/v1/orgs/${slug}/risks?limit=100` },
  { name: "SoA (93 entries)", path: (slug: string) => `/api/v1/orgs/${slug}/soa` },
  { name: "evidence", path: (slug: string) => `/api/v1/orgs/${slug}/evidence` },
  { name: "audit trail page", path: (slug: string) => `/api/v1/orgs/${slug}/audit-trail?limit=50` },
];

interface Installation {
  slugs: string[];
  ids: string[];
  generateMs: number;
  p95: Record<string, number>;
  verifyMs: number;
  /** Size on disk as generated, in the trail layout before migration 0014. */
  bytesBefore: number;
  /** Size on disk after migration 0014 (on SQLite with the space it freed returned). */
  bytes: number;
  migrateMs: number;
  chains: { total: number; verified: number; events: number };
}

async function sizeOnDisk(db: Kysely<Database>, url: string): Promise<number> {
  if (url.startsWith("file:")) {
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    return statSync(url.slice("file:".length)).size;
  }
  const schema = new URL(url).searchParams.get("schema") ?? "public";
  const row = await sql<{ bytes: string }>`
    select coalesce(sum(pg_total_relation_size(c.oid)), 0)::text as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind in ('r', 'm')`.execute(db);
  return Number(row.rows[0]?.bytes ?? 0);
}

/**
 * Generates the installation as the version before migration 0014 stored it, measures its size,
 * migrates it to the current schema (timed), measures again and verifies every chain; then serves it.
 */
async function build(url: string, dir: string, orgs: number, label: string): Promise<Installation> {
  const { openDatabase } = await import("../src/db/database.js");
  const { migrateTo, migrateToLatest } = await import("../src/db/migrate.js");
  const { hashPassword } = await import("../src/modules/users/password.js");
  const handle = await openDatabase(url, { migrate: false });
  const schema = handle.target.dialect === "postgres" ? handle.target.schema : undefined;
  const slugs: string[] = [];
  const ids: string[] = [];
  let generateMs: number;
  let bytesBefore: number;
  let bytes: number;
  let migrateMs: number;
  try {
    await migrateTo(handle.db, GENERATED_SCHEMA, schema);
    const userId = await insertUser(handle.db, "scale@bench.test", await hashPassword(PASSWORD));
    const start = now();
    for (let i = 0; i < orgs; i++) {
      const org = await generateOrganization(handle.db, i, userId);
      slugs.push(org.slug);
      ids.push(org.id);
      if (orgs > 1 && (i + 1) % 50 === 0)
        process.stderr.write(`\r  ${label}: ${i + 1}/${orgs} organizations`);
    }
    generateMs = now() - start;
    if (orgs > 1) process.stderr.write("\n");
    bytesBefore = await sizeOnDisk(handle.db, url);
    const migrateStart = now();
    await migrateToLatest(handle.db, schema);
    migrateMs = now() - migrateStart;
    bytes = await sizeOnDisk(handle.db, url);
  } finally {
    await handle.close();
  }
  return serve(url, dir, { slugs, ids, generateMs, bytesBefore, bytes, migrateMs });
}

async function serve(
  url: string,
  dir: string,
  built: Pick<Installation, "slugs" | "ids" | "generateMs" | "bytesBefore" | "bytes" | "migrateMs">,
): Promise<Installation> {
  const { openWorkspace } = await import("../src/modules/workspace.js");
  const { buildApp } = await import("../src/http/app.js");
  const { verifyAllChains, verifyAuditChain } = await import(
    "../src/modules/audit-trail/audit-trail.service.js"
  );
  const { slugs, ids } = built;
  const ws = await openWorkspace({ databaseUrl: url, dataDir: dir, maxUploadBytes: 1e8 });
  try {
    const reports = await verifyAllChains(ws.db);
    const chains = {
      total: reports.length,
      verified: reports.filter((r) => r.verdict.ok).length,
      events: reports.reduce((n, r) => n + r.verdict.events, 0),
    };
    const app = await buildApp({ ws, logLevel: false, loginRateLimit: 1000 });
    try {
      const base = await app.listen({ port: 0, host: "127.0.0.1" });
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "scale@bench.test", password: PASSWORD }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const p95: Record<string, number> = {};
      for (const endpoint of ENDPOINTS) {
        const times: number[] = [];
        for (let i = 0; i < 220; i++) {
          const slug = slugs[(i * 7919) % slugs.length] ?? "";
          const t = now();
          const response = await fetch(`${base}${endpoint.path(slug)}`, { headers: { cookie } });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${endpoint.name}: ${response.status}`);
          if (i >= 20) times.push(now() - t); // the first requests warm caches
        }
        p95[endpoint.name] = round(percentile(times, 95));
      }
      const verify: number[] = [];
      for (let i = 0; i < 5; i++) {
        const id = ids[(i * 104_729) % ids.length] ?? "";
        const t = now();
        const verdict = await verifyAuditChain(ws.db, id);
        verify.push(now() - t);
        // Each generated chain ends with the migration's "convert" event.
        if (!verdict.ok || verdict.events !== SHAPE.events + 1)
          throw new Error(`chain of ${id}: ${JSON.stringify(verdict)}`);
      }
      return { ...built, p95, verifyMs: median(verify), chains };
    } finally {
      await app.close();
    }
  } finally {
    await ws.close();
  }
}

async function pgUrl(): Promise<string | undefined> {
  const url = process.env.ISMS_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

export async function scaleBench(): Promise<BenchResult[]> {
  const orgs = Number(process.env.ISMS_BENCH_ORGS ?? 1000);
  const rowsPerOrg = 1 + 1 + 93 + SHAPE.risks + SHAPE.evidence + SHAPE.events;
  const results: BenchResult[] = [];
  const dialects: {
    name: string;
    url: (dir: string, tag: string) => string;
    cleanup: (tag: string) => Promise<void>;
  }[] = [{ name: "SQLite", url: (dir) => `file:${join(dir, "isms.db")}`, cleanup: async () => undefined }];
  const pg = await pgUrl();
  if (pg)
    dialects.push({
      name: "PostgreSQL",
      url: (_dir, tag) => {
        const parsed = new URL(pg);
        parsed.searchParams.set("schema", `isms_bench_${tag}`);
        return parsed.toString();
      },
      cleanup: (tag) => dropSchema(pg, `isms_bench_${tag}`),
    });
  else process.stderr.write("  PostgreSQL not reachable: scale measured on SQLite only\n");

  for (const dialect of dialects) {
    const tag = `${process.pid}_${Date.now().toString(36)}`;
    const dirs = [
      await mkdtemp(join(tmpdir(), "isms-scale-1-")),
      await mkdtemp(join(tmpdir(), "isms-scale-n-")),
    ];
    try {
      const one = await build(
        dialect.url(dirs[0] ?? "", `${tag}_1`),
        dirs[0] ?? "",
        1,
        `${dialect.name} baseline`,
      );
      const many = await build(dialect.url(dirs[1] ?? "", `${tag}_n`), dirs[1] ?? "", orgs, dialect.name);
      for (const endpoint of ENDPOINTS) {
        const value = many.p95[endpoint.name] ?? 0;
        const baseline = one.p95[endpoint.name] ?? 0;
        results.push({
          name: `scale ${dialect.name}: ${endpoint.name} p95, ${orgs} organizations`,
          value,
          unit: "ms",
          baseline,
          ratio: baseline ? round(value / baseline) : null,
          target: "p95 < 50 ms",
          met: value < 50,
        });
      }
      results.push({
        name: `scale ${dialect.name}: audit verify of one organization (${SHAPE.events} events)`,
        value: round(many.verifyMs),
        unit: "ms",
        baseline: round(one.verifyMs),
        ratio: one.verifyMs ? round(many.verifyMs / one.verifyMs) : null,
        target: "< 1000 ms",
        met: many.verifyMs < 1000,
      });
      results.push({
        name: `scale ${dialect.name}: size on disk, ${orgs} organizations (${(orgs * rowsPerOrg).toLocaleString("en")} rows), after migration 0014`,
        value: round(many.bytes / 1024 ** 2, 1),
        unit: "MiB",
        baseline: round(many.bytesBefore / 1024 ** 2, 1),
        ratio: round(many.bytes / many.bytesBefore, 3),
        target: "≤ 0.5 of the same data before the migration",
        met: many.bytes <= many.bytesBefore / 2,
      });
      results.push({
        name: `scale ${dialect.name}: chains that verify after migration 0014`,
        value: many.chains.verified,
        unit: `of ${many.chains.total} chains (${many.chains.events.toLocaleString("en")} events)`,
        baseline: null,
        ratio: null,
        target: "all",
        met: many.chains.verified === many.chains.total && many.chains.total >= orgs,
      });
      results.push({
        name: `scale ${dialect.name}: migration 0014, events per second`,
        value: round(many.chains.events / (many.migrateMs / 1000), 0),
        unit: "events/s",
        baseline: null,
        ratio: null,
        target: "reported",
        met: true,
      });
      results.push({
        name: `scale ${dialect.name}: generation, rows per second`,
        value: round((orgs * rowsPerOrg) / (many.generateMs / 1000), 0),
        unit: "rows/s",
        baseline: null,
        ratio: null,
        target: "reported",
        met: true,
      });
    } finally {
      await dialect.cleanup(`${tag}_1`).catch(() => undefined);
      await dialect.cleanup(`${tag}_n`).catch(() => undefined);
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    }
  }
  return results;
}
