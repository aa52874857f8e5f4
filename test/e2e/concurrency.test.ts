/**
 * Optimistic concurrency under contention: two app nodes on one database and eight signed-in
 * clients make 1,000 read-then-write edits (GET for the ETag, PATCH with If-Match) on a handful of
 * shared SoA entries and risks, interleaved at random. Every accepted write must survive in
 * version order, every refusal must be a clean 412, and the audit trail must hold exactly one
 * event per accepted write.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrgReader } from "../../src/db/store.js";
import { type App, buildApp } from "../../src/http/app.js";
import { verifyAllChains, verifyAuditChain } from "../../src/modules/audit-trail/audit-trail.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { openWorkspace, type Workspace } from "../../src/modules/workspace.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { type Child, kill, startChild } from "../support/crash-operations.js";
import { prng } from "../support/prng.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const CLIENTS = 8;
const EDITS = 1000;
const CONTROLS = ["5.1", "5.15", "8.8"];
const RISKS = ["R-001", "R-002", "R-003"];

interface Target {
  kind: "soa" | "risk";
  id: string;
  read: string;
  write: string;
  /** The field each edit sets to a value of its own. */
  field: "notes" | "description";
}

const TARGETS: Target[] = [
  ...CONTROLS.map(
    (id): Target => ({
      kind: "soa",
      id,
      read: `/api/v1/orgs/acme/soa/entries/${id}`,
      write: `/api/v1/orgs/acme/soa/${id}`,
      field: "notes",
    }),
  ),
  ...RISKS.map(
    (id): Target => ({
      kind: "risk",
      id,
      read: `/api/v1/orgs/acme/risks/${id}`,
      write: `/api/v1/orgs/acme/risks/${id}`,
      field: "description",
    }),
  ),
];

interface Accepted {
  value: string;
  version: number;
}

describe.each(DIALECTS)("concurrent edits through two nodes on %s", (dialect) => {
  let api: ApiHarness;
  let second: Workspace | undefined;
  let nodes: App[];

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    // On PostgreSQL the second node has its own connection pool, as a second server would; an
    // embedded SQLite file is served by one process, so both nodes share its handle there.
    second =
      dialect === "postgres"
        ? await openWorkspace({ databaseUrl: api.ws.url, dataDir: api.ws.dir, maxUploadBytes: 1024 })
        : undefined;
    nodes = [api.app, await buildApp({ ws: second ?? api.ws, logLevel: false, loginRateLimit: 1000 })];
  }, 60_000);

  afterAll(async () => {
    await nodes?.[1]?.close();
    await second?.close();
    await api?.dispose();
  });

  it("accepts or cleanly refuses every edit, loses no accepted write and records each one", async () => {
    const sessions: Session[] = [];
    for (let i = 0; i < CLIENTS; i++) sessions.push(await api.member("acme", "owner"));
    for (const [i] of RISKS.entries()) {
      const created = await api.call(sessions[0], "POST", "/api/v1/orgs/acme/risks", {
        body: { title: `Shared risk ${i}`, inherent: { likelihood: 3, impact: 3 } },
      });
      expect(created.status).toBe(201);
    }
    const initial = new Map<Target, number>();
    for (const target of TARGETS) {
      const read = await api.call(sessions[0], "GET", target.read);
      initial.set(target, Number(read.json.version));
    }

    const seed = Number(process.env.ISMS_TEST_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const accepted = new Map<Target, Accepted[]>(TARGETS.map((t) => [t, []]));
    const statuses: Record<number, number> = {};
    const unexpected: string[] = [];
    const count = (status: number, what: string) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== 412 && (status < 200 || status > 299)) unexpected.push(`${status} on ${what}`);
    };
    const pause = () =>
      random() < 0.5 ? new Promise((r) => setImmediate(r)) : new Promise((r) => setTimeout(r, random() * 3));
    const inject = (
      node: App,
      session: Session,
      method: string,
      url: string,
      body?: unknown,
      ifMatch?: string,
    ) =>
      node.inject({
        method: method as "GET",
        url,
        headers: {
          cookie: session.cookie,
          "x-csrf-token": session.csrf,
          ...(body !== undefined && { "content-type": "application/json" }),
          ...(ifMatch !== undefined && { "if-match": ifMatch }),
        },
        ...(body !== undefined && { payload: JSON.stringify(body) }),
      });

    const client = async (c: number, session: Session) => {
      for (let e = 0; e < EDITS / CLIENTS; e++) {
        const target = TARGETS[Math.floor(random() * TARGETS.length)] as Target;
        const reader = nodes[Math.floor(random() * nodes.length)] as App;
        const read = await inject(reader, session, "GET", target.read);
        count(read.statusCode, `GET ${target.read}`);
        if (read.statusCode !== 200) continue;
        await pause();
        const value = `client ${c} edit ${e}`;
        const writer = nodes[Math.floor(random() * nodes.length)] as App;
        const write = await inject(
          writer,
          session,
          "PATCH",
          target.write,
          { [target.field]: value },
          String(read.headers.etag),
        );
        count(write.statusCode, `PATCH ${target.write}: ${write.body}`);
        if (write.statusCode === 200) {
          const version = Number(write.json().version);
          expect(write.headers.etag).toBe(`"${version}"`);
          accepted.get(target)?.push({ value, version });
        } else if (write.statusCode === 412) {
          expect(write.headers["content-type"]).toContain("application/problem+json");
        }
        await pause();
      }
    };
    await Promise.all(sessions.map((session, c) => client(c, session)));

    const summary = `seed ${seed}, statuses ${JSON.stringify(statuses)}`;
    expect(unexpected, summary).toEqual([]);
    expect(statuses[200] ?? 0, summary).toBeGreaterThan(EDITS); // every GET plus some PATCHes
    expect(statuses[412] ?? 0, summary).toBeGreaterThan(0);
    let totalAccepted = 0;
    for (const target of TARGETS) {
      const writes = accepted.get(target) ?? [];
      totalAccepted += writes.length;
      const start = initial.get(target) ?? 0;
      // Each accepted write made exactly the next version: unique, consecutive, no gaps.
      expect(
        writes.map((w) => w.version).sort((a, b) => a - b),
        `${target.id} (${summary})`,
      ).toEqual(writes.map((_, i) => start + 1 + i));
      const final = await api.call(sessions[0], "GET", target.read);
      expect(final.status).toBe(200);
      const last = writes.reduce<Accepted | undefined>(
        (a, w) => (!a || w.version > a.version ? w : a),
        undefined,
      );
      expect(final.json.version, target.id).toBe(start + writes.length);
      if (last) expect(final.json[target.field], target.id).toBe(last.value);
    }
    expect(totalAccepted, summary).toBeGreaterThan(0);
    expect(totalAccepted, summary).toBeLessThan(EDITS);

    // The trail verifies and holds one update event per accepted write, carrying its value.
    const org = await api.ws.db
      .selectFrom("organizations")
      .select("id")
      .where("slug", "=", "acme")
      .executeTakeFirstOrThrow();
    expect(await verifyAuditChain(api.ws.db, org.id)).toMatchObject({ ok: true });
    for (const target of TARGETS) {
      const table = target.kind === "soa" ? "soaEntries" : "risks";
      const row =
        target.kind === "soa"
          ? await api.ws.db
              .selectFrom("soaEntries")
              .select("id")
              .where("orgId", "=", org.id)
              .where("controlId", "=", target.id)
              .executeTakeFirstOrThrow()
          : await api.ws.db
              .selectFrom("risks")
              .select("id")
              .where("orgId", "=", org.id)
              .where("key", "=", target.id)
              .executeTakeFirstOrThrow();
      const events = await api.ws.db
        .selectFrom("auditEvents")
        .select("changes")
        .where("chainId", "=", org.id)
        .where("entityType", "=", table)
        .where("entityId", "=", row.id)
        .where("action", "=", "update")
        .orderBy("seq")
        .execute();
      const recorded = events.map(
        (e) => (JSON.parse(e.changes) as Record<string, [unknown, unknown]>)[target.field]?.[1],
      );
      expect(recorded, target.id).toEqual(
        [...(accepted.get(target) ?? [])].sort((a, b) => a.version - b.version).map((w) => w.value),
      );
    }
  }, 90_000);
});

describe("two processes writing to one SQLite file", () => {
  let ws: TestWorkspace | undefined;
  const children: Child[] = [];
  afterAll(async () => {
    for (const child of children) await kill(child);
    await ws?.dispose();
  });

  it("waits for the other's write lock instead of failing, and loses no transaction", async () => {
    ws = await openTestWorkspace("sqlite");
    const org = await createOrganization(ws.db, "test", { slug: "acme", name: "Acme" });
    const sut = [startChild("write", ws), startChild("write", ws)];
    children.push(...sut);
    for (const child of sut) await child.loaded;
    for (const child of sut) child.process.stdin?.write("[]\n");
    // Each child commits one small transaction after another, both at once, until each has 300.
    const enough = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (sut.every((c) => c.durations.length >= 300)) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    await Promise.race([enough, ...sut.map((c) => c.failure)]);
    for (const child of sut) await kill(child);

    const committed = sut.reduce((n, c) => n + c.durations.length, 0);
    const assets = await new OrgReader(ws.db, org.id).count("assets");
    // Each child may have committed one more transaction than it had reported when it was killed.
    expect(assets).toBeGreaterThanOrEqual(committed);
    expect(assets).toBeLessThanOrEqual(committed + sut.length);
    const check = await sql<Record<string, string>>`pragma integrity_check`.execute(ws.db);
    expect(Object.values(check.rows[0] ?? {})).toEqual(["ok"]);
    expect((await verifyAllChains(ws.db)).every((c) => c.verdict.ok)).toBe(true);
  }, 60_000);
});
