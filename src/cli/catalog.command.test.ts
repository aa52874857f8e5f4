import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIsms } from "../../test/support/run-cli.js";
import { CliError } from "./errors.js";

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, embedded newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("isms catalog show", () => {
  it("shows 8.11 as a practitioner reads it, within 80 columns", async () => {
    const { stdout } = await runIsms("catalog", "show", "8.11");
    expect(stdout).toMatch(/^A\.8\.11 {2}Data masking/);
    for (const heading of [
      "Technological control · New in ISO/IEC 27001:2022",
      "#Preventive",
      "#Confidentiality",
      "#Information_protection",
      "Origins (ISO/IEC 27001:2013)",
      "Purpose",
      "Implementation",
      "Evidence an auditor asks for",
      "Common pitfalls",
    ]) {
      expect(stdout).toContain(heading);
    }
    const longest = Math.max(...stdout.split("\n").map((line) => line.length));
    expect(longest).toBeLessThanOrEqual(80);
  });

  it("shows a clause, a 2013 control, and points out a clause that shares a control's number", async () => {
    expect((await runIsms("catalog", "show", "6.1.3")).stdout).toMatch(
      /Clause 6\.1\.3 {2}Information security risk treatment/,
    );
    expect((await runIsms("catalog", "show", "A.12.4.1")).stdout).toContain("8.15 Logging");
    const policies = (await runIsms("catalog", "show", "A.5.1")).stdout;
    expect(policies).toContain("isms catalog show clause:5.1");
  });

  it("prints JSON with --json", async () => {
    const shown = JSON.parse((await runIsms("catalog", "show", "A.8.11", "--json")).stdout);
    expect(shown).toMatchObject({ kind: "control", id: "8.11", theme: "technological", isNew: true });
  });

  it("fails with a clear message for an unknown id", async () => {
    await expect(runIsms("catalog", "show", "8.99")).rejects.toThrow(CliError);
    await expect(runIsms("catalog", "show", "8.99")).rejects.toThrow(/no control or clause "8.99"/);
  });
});

describe("isms catalog list", () => {
  it("filters by theme, attribute and novelty", async () => {
    const { stdout } = await runIsms("catalog", "list", "--theme", "technological", "--new");
    expect(stdout).toContain("8.11  Data masking");
    expect(stdout).toMatch(/^7 controls$/m);
    const detective = JSON.parse(
      (
        await runIsms(
          "catalog",
          "list",
          "--attribute",
          "controlType=Detective",
          "--attribute",
          "concepts=Detect",
          "--json",
        )
      ).stdout,
    );
    expect(detective.length).toBeGreaterThan(0);
    for (const c of detective) {
      expect(c.attributes.controlType).toContain("Detective");
      expect(c.attributes.cybersecurityConcepts).toContain("Detect");
    }
  });

  it("rejects an unknown theme or attribute with a usage error", async () => {
    await expect(runIsms("catalog", "list", "--theme", "cosmic")).rejects.toMatchObject({ exitCode: 2 });
    await expect(runIsms("catalog", "list", "--attribute", "colour=red")).rejects.toMatchObject({
      exitCode: 2,
    });
  });
});

describe("isms catalog map", () => {
  it("maps both ways", async () => {
    expect((await runIsms("catalog", "map", "A.12.4.1")).stdout).toContain("→ 8.15 Logging");
    const back = JSON.parse((await runIsms("catalog", "map", "8.15", "--json")).stdout);
    expect(back).toMatchObject({ direction: "2022->2013", from: { id: "8.15" } });
    expect(back.to.map((c: { id: string }) => c.id)).toEqual(["A.12.4.1", "A.12.4.2", "A.12.4.3"]);
  });
});

describe("isms catalog export", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "isms-export-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the public JSON shape to a file", async () => {
    const out = join(dir, "catalog.json");
    await runIsms("catalog", "export", "--format", "json", "--out", out);
    const doc = JSON.parse(await readFile(out, "utf8"));
    expect(doc.standard).toBe("ISO/IEC 27001:2022");
    expect(doc.clauses).toHaveLength(41);
    expect(doc.clauses[0]).toEqual(
      expect.objectContaining({
        id: "4",
        title: expect.any(String),
        summary: expect.any(String),
        mandatoryDocuments: [],
      }),
    );
    expect(doc.controls).toHaveLength(93);
    const masking = doc.controls.find((c: { id: string }) => c.id === "8.11");
    expect(Object.keys(masking.attributes)).toEqual([
      "controlType",
      "securityProperties",
      "cybersecurityConcepts",
      "operationalCapabilities",
      "securityDomains",
    ]);
    expect(Object.keys(masking.guidance)).toEqual(
      expect.arrayContaining(["purpose", "implementation", "evidence", "pitfalls", "related", "keywords"]),
    );
    expect(masking).toMatchObject({
      title: "Data masking",
      theme: "technological",
      isNew: true,
      iso27001_2013: [],
    });
  });

  it("writes CSV that parses back to 93 rows with the same ids and titles", async () => {
    const { stdout } = await runIsms("catalog", "export", "--format", "csv");
    const [header, ...rows] = parseCsv(stdout);
    expect(header?.slice(0, 4)).toEqual(["id", "title", "theme", "isNew"]);
    expect(rows).toHaveLength(93);
    expect(rows.every((r) => r.length === header?.length)).toBe(true);
    expect(rows.find((r) => r[0] === "8.15")?.[1]).toBe("Logging");
  });

  it("rejects an unknown format and writes nothing", async () => {
    const out = join(dir, "catalog.xml");
    await expect(runIsms("catalog", "export", "--format", "xml", "--out", out)).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});

describe("isms catalog show for every entry", () => {
  it("keeps every control and clause within 80 columns", async () => {
    const { CONTROLS, CLAUSES } = await import("../catalog/index.js");
    const ids = [
      ...CONTROLS.map((c) => c.id),
      ...CLAUSES.map((c) => `clause:${c.id}`),
      "A.12.4.1",
      "A.18.2.3",
    ];
    for (const id of ids) {
      const { stdout } = await runIsms("catalog", "show", id);
      const longest = stdout.split("\n").reduce((max, line) => Math.max(max, line.length), 0);
      expect(longest, id).toBeLessThanOrEqual(80);
    }
  });
});
