import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms risk on the demo organization", () => {
  const folder = useDemoDatabase("isms-risk-");

  it("draws a sensible heat map: spread inherent risk, lower residual risk", async () => {
    const inherent = JSON.parse((await runIsms("risk", "heatmap", "--org", "demo", "--json")).stdout);
    const residual = JSON.parse(
      (await runIsms("risk", "heatmap", "--org", "demo", "--residual", "--json")).stdout,
    );
    const cells = (m: { counts: number[][] }) => m.counts.flat().filter((n) => n > 0).length;
    const total = (m: { counts: number[][] }) => m.counts.flat().reduce((a, b) => a + b, 0);
    const weighted = (m: { counts: number[][] }) =>
      m.counts.reduce((sum, row, l) => sum + row.reduce((s, n, i) => s + n * (l + 1) * (i + 1), 0), 0) /
      total(m);
    expect(total(inherent)).toBeGreaterThanOrEqual(55);
    expect(total(residual)).toBe(total(inherent));
    expect(cells(inherent)).toBeGreaterThanOrEqual(8);
    expect(weighted(residual)).toBeLessThan(weighted(inherent));
    const text = (await runIsms("risk", "heatmap", "--org", "demo")).stdout;
    expect(text).toMatch(/^Inherent risk: \d+ risks/);
    expect(text).toContain("Almost certain");
  });

  it("lists risks in the public JSON shape", async () => {
    const risks = JSON.parse((await runIsms("risk", "list", "--org", "demo", "--json")).stdout);
    expect(risks[0]).toMatchObject({
      key: "R-001",
      title: expect.any(String),
      owner: expect.any(String),
      inherent: {
        likelihood: expect.any(Number),
        impact: expect.any(Number),
        score: expect.any(Number),
        level: expect.any(String),
      },
      treatment: expect.any(String),
      controls: expect.any(Array),
      status: expect.any(String),
    });
  });

  it("exports CSV that imports back without changes", async () => {
    const file = join(folder(), "risks.csv");
    await runIsms("risk", "export", "--org", "demo", "--out", file);
    expect((await readFile(file, "utf8")).split("\r\n")[0]).toMatch(/^Risk ID,Title,/);
    const report = JSON.parse((await runIsms("risk", "import", file, "--org", "demo", "--json")).stdout);
    expect(report).toMatchObject({ imported: 0, updated: 0, errors: [] });
    expect(report.unchanged).toBeGreaterThanOrEqual(55);
  });

  it("exits 1 with the public error report when a row is bad", async () => {
    const file = join(folder(), "bad.csv");
    await writeFile(file, "Risk ID,Title,Likelihood,Impact\nX-1,Fine,2,2\nX-2,Broken,9,2\n");
    const result = await runIsms("risk", "import", file, "--org", "demo", "--json");
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      imported: 0,
      updated: 0,
      errors: [{ line: 3, column: "Likelihood", message: expect.stringContaining("1 to 5") }],
    });
  });

  it("adds a risk with level names and shows it", async () => {
    const added = JSON.parse(
      (
        await runIsms(
          "risk",
          "add",
          "--org",
          "demo",
          "--title",
          "Test risk",
          "--likelihood",
          "likely",
          "--impact",
          "2",
          "--treatment",
          "modify",
          "--controls",
          "A.8.7",
          "--json",
        )
      ).stdout,
    );
    expect(added).toMatchObject({ inherent: { likelihood: 4, impact: 2, score: 8 }, controls: ["8.7"] });
    expect((await runIsms("risk", "show", added.key, "--org", "demo")).stdout).toContain(
      "L4 × I2 = 8 (Medium)",
    );
  });
});
