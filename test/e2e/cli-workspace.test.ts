import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIsms } from "../support/run-cli.js";

describe("isms demo, org and audit verify on the embedded database", () => {
  let dir: string;
  let previousUrl: string | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "isms-cli-"));
    previousUrl = process.env.ISMS_DATABASE_URL;
    process.env.ISMS_DATABASE_URL = `file:${join(dir, "isms.db")}`;
  });
  afterEach(async () => {
    if (previousUrl === undefined) delete process.env.ISMS_DATABASE_URL;
    else process.env.ISMS_DATABASE_URL = previousUrl;
    await rm(dir, { recursive: true, force: true });
  });

  it("creates the demo once, and its audit trail verifies", async () => {
    const first = JSON.parse((await runIsms("demo", "--json")).stdout);
    expect(first).toMatchObject({ created: true, organization: { slug: "demo" } });
    expect(first.counts.assets).toBeGreaterThanOrEqual(35);
    expect(first.counts.risks).toBeGreaterThanOrEqual(55);
    expect(first.counts.soaEntries).toBe(93);

    const again = JSON.parse((await runIsms("demo", "--json")).stdout);
    expect(again).toMatchObject({ created: false });

    const verified = await runIsms("audit", "verify", "--org", "demo", "--json");
    expect(verified.exitCode).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, events: expect.any(Number) });
    expect((await runIsms("audit", "verify")).stdout).toMatch(/^OK: \d+ events in 2 chains verified/);
  });

  it("decides every SoA entry of the demo and keeps evidence files", async () => {
    await runIsms("demo", "--json");
    const { openWorkspace } = await import("../../src/modules/workspace.js");
    const ws = await openWorkspace({
      databaseUrl: process.env.ISMS_DATABASE_URL ?? "",
      dataDir: undefined,
      maxUploadBytes: 1e7,
    });
    try {
      const undecided = await ws.db
        .selectFrom("soaEntries")
        .select("controlId")
        .where("applicable", "is", null)
        .execute();
      expect(undecided).toEqual([]);
      const file = await ws.db
        .selectFrom("evidence")
        .select("sha256")
        .where("kind", "=", "file")
        .executeTakeFirstOrThrow();
      expect(await ws.blobs.get(file.sha256 ?? "")).toBeDefined();
      expect(await ws.db.selectFrom("auditFindings").select("id").execute()).not.toHaveLength(0);
      expect(await ws.db.selectFrom("managementReviews").select("id").execute()).toHaveLength(1);
    } finally {
      await ws.close();
    }
  });

  it("verifies every evidence file against its hash and reports one changed on disk", async () => {
    await runIsms("demo", "--json");
    const ok = await runIsms("evidence", "verify", "--org", "demo");
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/^all \d+ evidence file\(s\) match their SHA-256/m);
    const { readdir, writeFile } = await import("node:fs/promises");
    // The embedded workspace keeps files by hash in blobs/<first two hex digits>/<hash>.
    const folder = (await readdir(join(dir, "blobs")))[0] ?? "";
    const file = (await readdir(join(dir, "blobs", folder)))[0] ?? "";
    await writeFile(join(dir, "blobs", folder, file), "one changed byte is enough");
    const bad = await runIsms("evidence", "verify", "--org", "demo", "--json");
    expect(bad.exitCode).toBe(1);
    expect(JSON.parse(bad.stdout).problems).toEqual([
      expect.objectContaining({ sha256: file, status: "corrupted" }),
    ]);
  });

  it("creates and lists organizations, refusing a bad or taken slug", async () => {
    await runIsms("org", "create", "--slug", "acme", "--name", "Acme Ltd");
    expect(JSON.parse((await runIsms("org", "list", "--json")).stdout)).toEqual([
      { id: expect.any(String), slug: "acme", name: "Acme Ltd" },
    ]);
    await expect(runIsms("org", "create", "--slug", "acme", "--name", "Again")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(runIsms("org", "create", "--slug", "Bad Slug!", "--name", "X")).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("backs up and restores through the CLI, refusing to overwrite", async () => {
    await runIsms("org", "create", "--slug", "acme", "--name", "Acme Ltd");
    const file = join(dir, "backup.gz");
    const backup = JSON.parse((await runIsms("backup", "--out", file, "--json")).stdout);
    expect(backup).toMatchObject({ organizations: ["acme"] });
    await expect(runIsms("restore", file)).rejects.toMatchObject({ code: "CONFLICT" });
    const restored = JSON.parse((await runIsms("restore", file, "--replace", "--json")).stdout);
    expect(restored).toMatchObject({ organizations: ["acme"] });
  });
});
