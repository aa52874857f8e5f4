import { describe, expect, it } from "vitest";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms soa and evidence on the demo organization", () => {
  useDemoDatabase("isms-soa-");

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

  it("shows changes since the demo's approved version, approves v2 and diffs the versions", async () => {
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
    const expected = [
      { controlId: "5.6", changes: [{ field: "owner", from: null, to: "Head of Security" }] },
    ];
    expect(
      JSON.parse((await runIsms("soa", "diff", "1", "current", "--org", "demo", "--json")).stdout).controls,
    ).toEqual(expected);
    expect((await runIsms("soa", "show", "--org", "demo")).stdout).toMatch(
      /^Approved version v1; changed since v1/,
    );
    await runIsms("soa", "approve", "--org", "demo", "--by", "CEO");
    expect(
      JSON.parse((await runIsms("soa", "diff", "1", "2", "--org", "demo", "--json")).stdout).controls,
    ).toEqual(expected);
    await expect(runIsms("soa", "approve", "--org", "demo")).rejects.toMatchObject({ code: "CONFLICT" });
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

  it("reports readiness in the public shape: mostly met, with a few true blockers", async () => {
    const report = JSON.parse((await runIsms("readiness", "--org", "demo", "--json")).stdout);
    expect(report.overall).toBeGreaterThan(0.7);
    expect(report.overall).toBeLessThan(1);
    expect(report.clauses[0]).toMatchObject({ id: "4.1", status: "met", reasons: expect.any(Array) });
    expect(report.clauses.at(-1).id).toBe("10.2");
    const met = report.clauses.filter((c: { status: string }) => c.status === "met").length;
    expect(met / report.clauses.length).toBeGreaterThan(0.7);
    expect(report.themes).toHaveLength(4);
    expect(report.blockers.length).toBeGreaterThan(0);
    expect(report.blockers.length).toBeLessThanOrEqual(6);
    for (const b of report.blockers)
      expect(b).toMatchObject({
        stage: expect.any(Number),
        ref: expect.any(String),
        message: expect.any(String),
      });
  });

  it("lists the mandatory documents as present in the demo register", async () => {
    const checklist = JSON.parse((await runIsms("docs", "checklist", "--org", "demo", "--json")).stdout);
    expect(checklist.filter((c: { present: boolean }) => !c.present)).toEqual([]);
  });
});
