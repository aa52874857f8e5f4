import { readFile, stat, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { writeOrg } from "../../src/db/store.js";
import { createBackup, restoreBackup } from "../../src/modules/backup/backup.service.js";
import { installationBackupKey } from "../../src/modules/backup/backup-key.js";
import { addFileEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { snapshot } from "../support/snapshot.js";
import { DIALECTS, openTestWorkspace, PG_URL, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";
const opened: TestWorkspace[] = [];
async function fresh(dialect: "sqlite" | "postgres") {
  const ws = await openTestWorkspace(dialect);
  opened.push(ws);
  return ws;
}
/** Restore options trusting the key of the installation that wrote the backup. */
const trusting = async (source: TestWorkspace) => ({ trustKeys: [await installationBackupKey(source.db)] });
afterEach(async () => {
  for (const ws of opened.splice(0)) await ws.dispose();
});

/** An organization with rows in several tables, unicode text, decimals, nulls and an evidence file. */
async function buildPopulatedOrg(ws: TestWorkspace, slug = "acme") {
  const org = await createOrganization(ws.db, actor, { slug, name: "Acme – Zürich ✓" });
  await writeOrg(ws.db, org.id, actor, async (w) => {
    const asset = await w.insert("assets", {
      key: "A-001",
      name: "Payroll DB",
      type: "information",
      confidentiality: 3,
    });
    const risk = await w.insert("risks", {
      key: "R-001",
      title: "Payroll data leak",
      cia: JSON.stringify(["C"]),
      ownControls: "[]",
      inherentLikelihood: 3,
      inherentImpact: 4,
      inherentScore: 12,
      inherentLevel: "High",
      residualScore: 4.5,
      status: "open",
    });
    await w.insert("riskAssets", { riskId: risk.id, assetId: asset.id });
    await w.insert("riskControls", { riskId: risk.id, controlId: "8.11" });
    await w.insert("measurements", {
      metric: "phishing click rate",
      measuredOn: "2026-10-01",
      value: 0.125,
      note: null,
    });
  });
  await addFileEvidence(ws.db, ws.blobs, org.id, actor, {
    title: "Access review Q3",
    data: Buffer.from("user,decision\nalice,keep\nbob,revoke\n"),
    filename: "access-review.csv",
    mime: "text/csv",
    links: [{ type: "control", id: "5.18" }],
  });
  return org;
}

describe.each(DIALECTS)("backup and restore on %s", (dialect) => {
  it("restores into an empty workspace with identical content", async () => {
    const source = await fresh(dialect);
    await buildPopulatedOrg(source);
    const file = join(source.dir, "backup.isms.gz");
    const summary = await createBackup(source, file);
    expect(summary).toMatchObject({ organizations: ["acme"], blobs: 1 });

    const target = await fresh(dialect);
    await restoreBackup(target, file, await trusting(source));
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it("refuses a truncated backup and changes nothing", async () => {
    const source = await fresh(dialect);
    await buildPopulatedOrg(source);
    const file = join(source.dir, "backup.isms.gz");
    await createBackup(source, file);
    await truncate(file, Math.floor((await stat(file)).size / 2));

    const target = await fresh(dialect);
    await buildPopulatedOrg(target, "existing");
    const before = await snapshot(target);
    await expect(restoreBackup(target, file, await trusting(source))).rejects.toMatchObject({
      code: "INTEGRITY",
      message: expect.stringMatching(/truncated|corrupted/),
    });
    expect(await snapshot(target)).toEqual(before);
  });

  it("refuses a foreign or tampered file with a clear error", async () => {
    const target = await fresh(dialect);
    const foreign = join(target.dir, "foreign.gz");
    await writeFile(foreign, gzipSync('{"hello":"world"}\n'));
    await expect(restoreBackup(target, foreign)).rejects.toThrow(/not an ISMS Copilot backup/);
    await writeFile(foreign, "plain text, not gzip");
    await expect(restoreBackup(target, foreign)).rejects.toMatchObject({ code: "INTEGRITY" });

    const source = await fresh(dialect);
    await buildPopulatedOrg(source);
    const file = join(source.dir, "backup.isms.gz");
    await createBackup(source, file);
    const { gunzipSync } = await import("node:zlib");
    const text = gunzipSync(await readFile(file))
      .toString("utf8")
      .replace("Payroll DB", "Payroll XX");
    await writeFile(file, gzipSync(text));
    await expect(restoreBackup(target, file, await trusting(source))).rejects.toThrow(/checksum/);
  });

  it("refuses to overwrite an existing organization unless asked to replace it", async () => {
    const source = await fresh(dialect);
    await buildPopulatedOrg(source);
    const file = join(source.dir, "backup.isms.gz");
    await createBackup(source, file);
    await writeOrg(
      source.db,
      (await source.db.selectFrom("organizations").select("id").executeTakeFirstOrThrow()).id,
      actor,
      (w) => w.insert("assets", { key: "A-002", name: "Added after the backup", type: "hardware" }),
    );
    await expect(restoreBackup(source, file)).rejects.toMatchObject({ code: "CONFLICT" });
    await restoreBackup(source, file, { replace: true });
    const names = (await source.db.selectFrom("assets").select("name").execute()).map((a) => a.name);
    expect(names).toEqual(["Payroll DB"]);
  });

  it("backs up one organization without the others", async () => {
    const source = await fresh(dialect);
    await buildPopulatedOrg(source, "acme");
    await buildPopulatedOrg(source, "globex");
    const file = join(source.dir, "acme.isms.gz");
    await createBackup(source, file, { orgSlug: "acme" });
    const target = await fresh(dialect);
    const summary = await restoreBackup(target, file, await trusting(source));
    expect(summary.organizations).toEqual(["acme"]);
    expect((await target.db.selectFrom("organizations").select("slug").execute()).map((o) => o.slug)).toEqual(
      ["acme"],
    );
  });
});

describe.runIf(PG_URL)("backup across engines", () => {
  it("round-trips SQLite → PostgreSQL → SQLite with identical content", async () => {
    const sqliteA = await fresh("sqlite");
    await buildPopulatedOrg(sqliteA, "acme");
    await buildPopulatedOrg(sqliteA, "globex");
    const first = join(sqliteA.dir, "first.isms.gz");
    await createBackup(sqliteA, first);

    const postgres = await fresh("postgres");
    await restoreBackup(postgres, first, await trusting(sqliteA));
    const second = join(sqliteA.dir, "second.isms.gz");
    await createBackup(postgres, second);

    const sqliteB = await fresh("sqlite");
    await restoreBackup(sqliteB, second, await trusting(postgres));

    const original = await snapshot(sqliteA);
    expect(await snapshot(postgres)).toEqual(original);
    expect(await snapshot(sqliteB)).toEqual(original);
  });
});
