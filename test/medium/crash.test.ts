import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { OrgReader } from "../../src/db/store.js";
import { verifyAllChains } from "../../src/modules/audit-trail/audit-trail.service.js";
import { findOrganization } from "../../src/modules/orgs/org.service.js";
import { openWorkspace } from "../../src/modules/workspace.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const BATCH = 1500;
const writer = fileURLToPath(new URL("../support/bulk-writer.ts", import.meta.url));
const register = fileURLToPath(new URL("../support/ts-register.mjs", import.meta.url));

/** Starts the bulk writer and resolves once it has committed `commits` transactions. */
function startWriter(url: string, dir: string, commits: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--experimental-transform-types",
      "--no-warnings",
      "--import",
      register,
      writer,
      url,
      dir,
      String(BATCH),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes(`committed ${commits}`)) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
  });
}

describe.each(DIALECTS)("killing the process in the middle of a large write on %s", (dialect) => {
  let ws: TestWorkspace | undefined;
  afterEach(async () => {
    await ws?.dispose();
  });

  it("leaves only whole transactions and a valid audit trail", async () => {
    ws = await openTestWorkspace(dialect);
    const child = await startWriter(ws.url, ws.dir, 2);
    // The writer is now inside its third transaction: kill it without warning.
    await new Promise((r) => setTimeout(r, 150));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));

    // A new connection sees a consistent database.
    const reopened = await openWorkspace({ databaseUrl: ws.url, dataDir: ws.dir, maxUploadBytes: 1024 });
    try {
      if (dialect === "sqlite") {
        const { sql } = await import("kysely");
        const check = await sql<Record<string, string>>`pragma integrity_check`.execute(reopened.db);
        expect(Object.values(check.rows[0] ?? {})).toEqual(["ok"]);
      }
      const org = await findOrganization(reopened.db, "bulk");
      expect(org).toBeDefined();
      const assets = await new OrgReader(reopened.db, org?.id ?? "").count("assets");
      expect(assets).toBeGreaterThanOrEqual(2 * BATCH);
      expect(assets % BATCH).toBe(0);
      const chains = await verifyAllChains(reopened.db);
      expect(chains.every((c) => c.verdict.ok)).toBe(true);
    } finally {
      await reopened.close();
    }
  });
});
