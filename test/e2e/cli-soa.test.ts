import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIsms } from "../support/run-cli.js";

describe("isms soa and evidence on the demo organization", () => {
  let dir: string;
  let previousUrl: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "isms-soa-"));
    previousUrl = process.env.ISMS_DATABASE_URL;
    process.env.ISMS_DATABASE_URL = `file:${join(dir, "isms.db")}`;
    await runIsms("demo", "--json");
  });
  afterAll(async () => {
    if (previousUrl === undefined) delete process.env.ISMS_DATABASE_URL;
    else process.env.ISMS_DATABASE_URL = previousUrl;
    await rm(dir, { recursive: true, force: true });
  });

  it("prints all 93 entries in the public JSON shape", async () => {
    const { entries } = JSON.parse((await runIsms("soa", "show", "--org", "demo", "--json")).stdout);
    expect(entries).toHaveLength(93);
    for (const e of entries) {
      expect(e).toMatchObject({
        controlId: expect.any(String),
        reasons: expect.any(Array),
        status: expect.any(String),
        risks: expect.any(Array),
        evidence: expect.any(Number),
      });
      expect([true, false, null]).toContain(e.applicable);
    }
    expect(entries.find((e: { controlId: string }) => e.controlId === "8.8").reasons).toContain("risk");
  });

  it("lints the demo to a handful of realistic problems", async () => {
    const { problems } = JSON.parse((await runIsms("soa", "lint", "--org", "demo", "--json")).stdout);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(12);
    for (const p of problems)
      expect(p).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it("approves a version and diffs it against a later change", async () => {
    await runIsms("soa", "approve", "--org", "demo", "--by", "CEO");
    const { entries } = JSON.parse((await runIsms("soa", "show", "--org", "demo", "--json")).stdout);
    const target = entries.find((e: { controlId: string }) => e.controlId === "5.6");
    await runIsms(
      "soa",
      "set",
      "5.6",
      "--org",
      "demo",
      "--if-version",
      String(target.version),
      "--owner",
      "Head of Security",
    );
    const diff = JSON.parse((await runIsms("soa", "diff", "1", "current", "--org", "demo", "--json")).stdout);
    expect(diff.controls).toEqual([
      { controlId: "5.6", changes: [{ field: "owner", from: null, to: "Head of Security" }] },
    ]);
    expect((await runIsms("soa", "show", "--org", "demo")).stdout).toMatch(
      /^Approved version v1; changed since v1/,
    );
  });

  it("filters evidence by attribute and freshness", async () => {
    const stale = JSON.parse(
      (await runIsms("evidence", "list", "--org", "demo", "--stale", "--json")).stdout,
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.every((e: { freshness: string }) => e.freshness === "stale")).toBe(true);
    const iam = JSON.parse(
      (
        await runIsms(
          "evidence",
          "list",
          "--org",
          "demo",
          "--attribute",
          "capabilities=Identity_and_access_management",
          "--json",
        )
      ).stdout,
    );
    expect(iam.length).toBeGreaterThan(0);
  });
});
