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
import { type BenchResult, median, now, percentile, round } from "./lib.js";
import { generateOrganization, SHAPE } from "./scale-generator.js";

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
  bytes: number;
}

async function build(url: string, dir: string, orgs: number, label: string): Promise<Installation> {
  const { openWorkspace } = await import("../src/modules/workspace.js");
  const { buildApp } = await import("../src/http/app.js");
  const { createUser } = await import("../src/modules/users/user.service.js");
  const { verifyAuditChain } = await import("../src/modules/audit-trail/audit-trail.service.js");
  const ws = await openWorkspace({ databaseUrl: url, dataDir: dir, maxUploadBytes: 1e8 });
  try {
    const user = await createUser(ws.db, "bench", { email: "scale@bench.test", password: PASSWORD });
    const slugs: string[] = [];
    const ids: string[] = [];
    const start = now();
    for (let i = 0; i < orgs; i++) {
      const org = await generateOrganization(ws.db, i, user.id);
      slugs.push(org.slug);
      ids.push(org.id);
      if (orgs > 1 && (i + 1) % 50 === 0)
        process.stderr.write(`\r  ${label}: ${i + 1}/${orgs} organizations`);
    }
    const generateMs = now() - start;
    if (orgs > 1) process.stderr.write("\n");

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
        if (!verdict.ok || verdict.events !== SHAPE.events)
          throw new Error(`chain of ${id}: ${JSON.stringify(verdict)}`);
      }
      let bytes: number;
      if (url.startsWith("file:")) {
        await ws.db.executeQuery({
          sql: "PRAGMA wal_checkpoint(TRUNCATE)",
          parameters: [],
          query: { kind: "RawNode" },
        } as never);
        bytes = statSync(url.slice("file:".length)).size;
      } else {
        const schema = new URL(url).searchParams.get("schema") ?? "public";
        const { sql } = await import("kysely");
        const row = await sql<{ bytes: string }>`
          select coalesce(sum(pg_total_relation_size(c.oid)), 0)::text as bytes
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = ${schema} and c.relkind = 'r'`.execute(ws.db);
        bytes = Number(row.rows[0]?.bytes ?? 0);
      }
      return { slugs, ids, generateMs, p95, verifyMs: median(verify), bytes };
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
        name: `scale ${dialect.name}: size on disk, ${orgs} organizations (${(orgs * rowsPerOrg).toLocaleString("en")} rows)`,
        value: round(many.bytes / 1024 ** 2, 1),
        unit: "MiB",
        baseline: round(one.bytes / 1024 ** 2, 2),
        ratio: one.bytes ? round(many.bytes / one.bytes, 1) : null,
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
