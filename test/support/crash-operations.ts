/**
 * Kills a child process (crash-child.ts) with SIGKILL at random points of a risk import, an SoA
 * approval or a restore, again and again on one workspace, and checks after every kill that the
 * database opens, is intact, its audit chains verify and the operation happened entirely or not
 * at all. Shared by test/medium/crash-operations.test.ts and the heavier `scripts/stress.ts crash`.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { sql } from "kysely";
import { writeOrg } from "../../src/db/store.js";
import { verifyAllChains } from "../../src/modules/audit-trail/audit-trail.service.js";
import { createBackup, restoreBackup } from "../../src/modules/backup/backup.service.js";
import { addFileEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { importRisks } from "../../src/modules/risks/risk-import.service.js";
import { openWorkspace, type Workspace } from "../../src/modules/workspace.js";
import { snapshot } from "./snapshot.js";
import type { TestWorkspace } from "./workspaces.js";

export type Operation = "import" | "approve" | "restore";

export interface CrashReport {
  operation: Operation;
  kills: number;
  /** Kills that landed before the child finished its first operation, i.e. inside one. */
  midOperation: number;
  /** Operations the children completed in all. */
  completed: number;
  /** Mean duration of a completed operation, in ms. */
  meanMs: number;
}

const child = fileURLToPath(new URL("./crash-child.ts", import.meta.url));
const register = fileURLToPath(new URL("./ts-register-sync.mjs", import.meta.url));
const actor = "crash-test";

/** A register of `rows` risks without keys (each import adds them all), two controls each. */
async function writeRegister(file: string, rows: number, title = "Imported risk"): Promise<void> {
  const lines = ["Title,Likelihood,Impact,Treatment,Annex A Controls"];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${title} ${i},${(i % 5) + 1},${((i * 3) % 5) + 1},modify,"8.${(i % 34) + 1}, 5.${(i % 37) + 1}"`,
    );
  }
  await writeFile(file, `${lines.join("\n")}\n`);
}

async function countWhere(ws: Workspace, table: "risks" | "riskControls" | "soaVersions", orgId: string) {
  const row = await ws.db
    .selectFrom(table)
    .select(sql<number>`count(*)`.as("n"))
    .where("orgId", "=", orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countEvents(ws: Workspace, orgId: string, entityType: string, action: string) {
  const row = await ws.db
    .selectFrom("auditEvents")
    .select(sql<number>`count(*)`.as("n"))
    .where("chainId", "=", orgId)
    .where("entityType", "=", entityType)
    .where("action", "=", action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface Prepared {
  files: () => string[];
  /** The all-or-nothing check of the operation, on a freshly opened workspace. */
  check: (ws: Workspace) => Promise<void>;
}

/** Sets up the organization "acme" for an operation; `size` is the rows per import or archive. */
async function prepare(operation: Operation, ws: TestWorkspace, size: number): Promise<Prepared> {
  const org = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme" });
  if (operation === "import") {
    const file = join(ws.dir, "register.csv");
    await writeRegister(file, size);
    return {
      files: () => [file],
      async check(db) {
        const risks = await countWhere(db, "risks", org.id);
        assert.equal(risks % size, 0, `${risks} risks: a partial import of ${size} rows`);
        assert.equal(await countWhere(db, "riskControls", org.id), 2 * risks, "control links of the risks");
        assert.equal(await countEvents(db, org.id, "risks", "create"), risks, "one create event per risk");
        assert.equal(
          await countEvents(db, org.id, "risks", "import"),
          risks / size,
          "one import record each",
        );
      },
    };
  }
  if (operation === "approve") {
    return {
      files: () => [],
      async check(db) {
        const versions = await db.db
          .selectFrom("soaVersions")
          .selectAll()
          .where("orgId", "=", org.id)
          .orderBy("number")
          .execute();
        assert.deepEqual(
          versions.map((v) => v.number),
          versions.map((_, i) => i + 1),
          "version numbers without gaps",
        );
        for (const version of versions) {
          const entries = JSON.parse(version.snapshot) as { controlId: string; notes: string | null }[];
          assert.equal(entries.length, 93, `version ${version.number} snapshots every control`);
          const notes = entries.find((e) => e.controlId === "5.1")?.notes;
          assert.equal(notes, `round ${version.number}`, `version ${version.number} records its own day`);
          assert.equal(version.note, `approval ${version.number}`);
        }
        assert.equal(await countEvents(db, org.id, "soaVersions", "create"), versions.length);
        const [entry] = await db.db
          .selectFrom("soaEntries")
          .select("notes")
          .where("orgId", "=", org.id)
          .where("controlId", "=", "5.1")
          .execute();
        const k = versions.length;
        const allowed = k === 0 ? [null, "round 1"] : [`round ${k}`, `round ${k + 1}`];
        assert.ok(allowed.includes(entry?.notes ?? null), `5.1 notes ${entry?.notes} after ${k} approvals`);
      },
    };
  }
  // Restore: two archives of the same organization, old (A) and new (B), with different rows,
  // audit trails and evidence files. After any kill the workspace must equal one of them exactly.
  const register = join(ws.dir, "register.csv");
  await writeRegister(register, size);
  await importRisks(ws.db, org.id, actor, register);
  await addFileEvidence(ws.db, ws.blobs, org.id, actor, {
    title: "Old policy",
    data: Buffer.from("old policy text\n"),
    filename: "old.txt",
    mime: "text/plain",
    links: [{ type: "control", id: "5.1" }],
  });
  const archiveA = join(ws.dir, "a.isms-backup");
  await createBackup(ws, archiveA, { orgSlug: "acme" });
  await writeRegister(register, Math.ceil(size / 2), "Later risk");
  await importRisks(ws.db, org.id, actor, register);
  await writeOrg(ws.db, org.id, actor, async (w) => {
    const [entry] = await w.list("soaEntries", { controlId: "5.15" });
    if (entry)
      await w.update("soaEntries", entry.id, entry.version, { notes: "revised", status: "implemented" });
  });
  await addFileEvidence(ws.db, ws.blobs, org.id, actor, {
    title: "New policy",
    data: Buffer.from("new policy text\n"),
    filename: "new.txt",
    mime: "text/plain",
    links: [{ type: "control", id: "5.1" }],
  });
  const archiveB = join(ws.dir, "b.isms-backup");
  await createBackup(ws, archiveB, { orgSlug: "acme" });
  // The pictures of a workspace holding exactly A or exactly B, as a restore leaves them.
  await restoreBackup(ws, archiveA, { replace: true });
  const old = await snapshot(ws);
  await restoreBackup(ws, archiveB, { replace: true });
  const fresh = await snapshot(ws);
  assert.ok(!isDeepStrictEqual(old, fresh), "the two archives differ");
  let current: "A" | "B" = "B";
  return {
    // Restore the other archive first, then alternate.
    files: () => (current === "A" ? [archiveB, archiveA] : [archiveA, archiveB]),
    async check(db) {
      const now = await snapshot(db);
      if (isDeepStrictEqual(now, old)) current = "A";
      else if (isDeepStrictEqual(now, fresh)) current = "B";
      else {
        const differing = Object.keys(now).filter(
          (t) => !isDeepStrictEqual(now[t], old[t]) && !isDeepStrictEqual(now[t], fresh[t]),
        );
        assert.fail(`the workspace is neither the old nor the new content (tables ${differing.join(", ")})`);
      }
    },
  };
}

export interface Child {
  process: ChildProcess;
  /** Rejects when the child exits other than by SIGKILL. */
  failure: Promise<never>;
  loaded: Promise<void>;
  started: Promise<void>;
  firstDone: Promise<void>;
  durations: number[];
  stderr: () => string;
}

/** Starts crash-child.ts in `mode` on `ws`; it opens the workspace when given its files on stdin. */
export function startChild(operation: Operation | "write", ws: TestWorkspace): Child {
  const proc = spawn(
    process.execPath,
    [
      "--experimental-transform-types",
      "--no-warnings",
      "--import",
      register,
      child,
      operation,
      ws.url,
      ws.dir,
    ],
    {
      stdio: ["pipe", "pipe", "pipe"],
      // Twenty children load the same sources: Node's compile cache halves the cost after the first.
      env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), "isms-crash-child-cache") },
    },
  );
  let stderr = "";
  let out = "";
  const durations: number[] = [];
  let onLoaded: () => void = () => undefined;
  let onStarted: () => void = () => undefined;
  let onDone: () => void = () => undefined;
  let onFailed: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    onFailed = reject;
  });
  failed.catch(() => undefined);
  const loaded = Promise.race([new Promise<void>((r) => (onLoaded = r)), failed]);
  const started = Promise.race([new Promise<void>((r) => (onStarted = r)), failed]);
  const firstDone = Promise.race([new Promise<void>((r) => (onDone = r)), failed]);
  loaded.catch(() => undefined);
  firstDone.catch(() => undefined);
  started.catch(() => undefined);
  proc.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  proc.stdout?.on("data", (chunk) => {
    out += String(chunk);
    const lines = out.split("\n");
    out = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "loaded") onLoaded();
      else if (line === "started") onStarted();
      else if (line.startsWith("done ")) {
        durations.push(Number(line.slice(5)));
        onDone();
      }
    }
  });
  proc.on("exit", (code, signal) => {
    if (signal !== "SIGKILL") onFailed(new Error(`${operation} child exited by itself (${code}): ${stderr}`));
  });
  return { process: proc, failure: failed, loaded, started, firstDone, durations, stderr: () => stderr };
}

export async function kill(c: Child): Promise<void> {
  if (c.process.exitCode !== null || c.process.signalCode !== null) return;
  const exited = new Promise((r) => c.process.once("exit", r));
  c.process.kill("SIGKILL");
  await exited;
}

/**
 * Sets up `operation` on `ws` and kills `kills` children running it, each after a random delay
 * drawn from about one operation's duration, checking the workspace after each kill.
 */
export async function crashRepeatedly(
  operation: Operation,
  ws: TestWorkspace,
  options: { kills: number; size: number; log?: (line: string) => void },
): Promise<CrashReport> {
  const prepared = await prepare(operation, ws, options.size);
  const durations: number[] = [];
  let midOperation = 0;
  // The next child loads its modules while the current one works; it opens the workspace on "go".
  let next: Child | undefined = startChild(operation, ws);
  try {
    for (let k = 0; k < options.kills; k++) {
      const current = next as Child;
      next = undefined;
      await current.loaded;
      current.process.stdin?.write(`${JSON.stringify(prepared.files())}\n`);
      await current.started;
      // The first child completes one operation to time it; its kill lands in the second.
      if (durations.length === 0) await current.firstDone;
      const known = durations.length ? durations : current.durations;
      const mean = known.reduce((a, b) => a + b, 0) / known.length;
      const delay = Math.random() * mean * 1.1;
      await new Promise((r) => setTimeout(r, delay));
      await kill(current);
      if (k + 1 < options.kills) next = startChild(operation, ws);
      // A kill before the child's first "done" landed inside an operation for sure.
      if (current.durations.length === 0) midOperation++;
      durations.push(...current.durations);
      const reopened = await openWorkspace({
        databaseUrl: ws.url,
        dataDir: ws.dir,
        maxUploadBytes: 1024 * 1024,
      });
      try {
        if (reopened.target.dialect === "sqlite") {
          const result = await sql<Record<string, string>>`pragma integrity_check`.execute(reopened.db);
          assert.deepEqual(Object.values(result.rows[0] ?? {}), ["ok"], "integrity_check");
        }
        const chains = await verifyAllChains(reopened.db);
        const broken = chains.filter((c) => !c.verdict.ok);
        assert.deepEqual(broken, [], "every audit chain verifies");
        await prepared.check(reopened);
      } catch (error) {
        throw new Error(
          `after kill ${k + 1} of ${operation} at ${Math.round(delay)} ms (${current.durations.length} completed): ${(error as Error).message}`,
        );
      } finally {
        await reopened.close();
      }
      options.log?.(
        `${operation}: kill ${k + 1}/${options.kills} at ${Math.round(delay)} of ~${Math.round(mean)} ms, ${current.durations.length} completed`,
      );
    }
  } finally {
    if (next) await kill(next);
  }
  return {
    operation,
    kills: options.kills,
    midOperation,
    completed: durations.length,
    meanMs: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : 0,
  };
}
