/**
 * The operational registers on the command line, on SQLite and PostgreSQL: add, update only with
 * the version read, import a spreadsheet as people keep it, export, and `list --json` with each
 * record's key.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIsms } from "../support/run-cli.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

describe.each(DIALECTS)("isms supplier, incident and requirement on %s", (dialect) => {
  let ws: TestWorkspace;
  const saved = { url: process.env.ISMS_DATABASE_URL, dir: process.env.ISMS_DATA_DIR };
  beforeAll(async () => {
    ws = await openTestWorkspace(dialect);
    process.env.ISMS_DATABASE_URL = ws.url;
    process.env.ISMS_DATA_DIR = ws.dir;
  });
  afterAll(async () => {
    for (const [name, value] of [
      ["ISMS_DATABASE_URL", saved.url],
      ["ISMS_DATA_DIR", saved.dir],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    await ws.dispose();
  });
  const dir = () => ws.dir;
  const run = async (...args: string[]) => {
    const result = await runIsms(...args);
    if (result.exitCode !== 0) throw new Error(`${args.join(" ")}: ${result.stderr}${result.stdout}`);
    return result.stdout;
  };
  const json = async (...args: string[]) => JSON.parse(await run(...args, "--json"));

  it("adds, updates with the version read, imports and exports each register", async () => {
    await run("org", "create", "--slug", "ops", "--name", "Ops Ltd");
    const supplier = await json(
      "supplier",
      "add",
      "--org",
      "ops",
      "--name",
      "CloudHost",
      "--criticality",
      "high",
      "--cloud-service",
      "--control",
      "5.23",
    );
    expect(supplier).toMatchObject({ key: "SUP-001", cloudService: true, controlRefs: ["5.23"] });
    expect(
      await run("supplier", "update", "SUP-001", "--org", "ops", "--if-version", "1", "--owner", "CTO"),
    ).toContain("version 2");
    await expect(
      runIsms("supplier", "update", "SUP-001", "--org", "ops", "--if-version", "1", "--owner", "X"),
    ).rejects.toThrow(/supplier SUP-001 is at version 2, not 1/);
    const incident = await json(
      "incident",
      "add",
      "--org",
      "ops",
      "--title",
      "Phishing",
      "--severity",
      "medium",
      "--personal-data",
    );
    expect(incident).toMatchObject({ key: "INC-001", personalData: true, status: "open" });
    const requirement = await json(
      "requirement",
      "add",
      "--org",
      "ops",
      "--title",
      "GDPR breach notification",
      "--kind",
      "legal",
      "--control",
      "5.31",
      "--control",
      "5.34",
      "--review",
      "2027-06-01",
    );
    expect(requirement).toMatchObject({
      key: "REQ-001",
      controlRefs: ["5.31", "5.34"],
      reviewOn: "2027-06-01",
    });

    const file = join(dir(), "legal.csv");
    await writeFile(
      file,
      [
        "Legal register,,",
        "Requirement,Type,Law,Controls,Review date",
        "GDPR breach notification,Law,GDPR art. 33,5.31,01/07/2027",
        "Keep invoices ten years,Statute,Tax code,5.33,",
        "",
      ].join("\n"),
    );
    const imported = await json("requirement", "import", file, "--org", "ops");
    expect(imported).toMatchObject({ imported: 1, updated: 1, errors: [] });
    const list = (await json("requirement", "list", "--org", "ops")) as {
      key: string;
      title: string;
      kind: string;
    }[];
    expect(list.map((r) => [r.key, r.kind])).toEqual([
      ["REQ-001", "legal"],
      ["REQ-002", "statutory"],
    ]);
    const vendors = join(dir(), "vendors.csv");
    await writeFile(vendors, "Vendor,Tier,Status\nCloudHost,Tier 1,Live\nPrintCo,Minor,Terminated\n");
    expect(await json("supplier", "import", vendors, "--org", "ops")).toMatchObject({
      imported: 1,
      updated: 1,
    });
    const log = join(dir(), "incidents.csv");
    await writeFile(log, "Ticket,Summary,Priority,Date detected\nT-1,Lost phone,P3,03/11/2026\n");
    expect(await json("incident", "import", log, "--org", "ops")).toMatchObject({ imported: 1 });
    expect(await json("incident", "show", "T-1", "--org", "ops")).toMatchObject({
      severity: "medium",
      detectedAt: "2026-11-03T00:00:00.000Z",
    });
    for (const register of ["incident", "requirement"]) {
      const file = join(dir(), `${register}.xlsx`);
      expect(await run(register, "export", "--org", "ops", "--out", file)).toContain(file);
    }
    const out = join(dir(), "suppliers.csv");
    expect(await run("supplier", "export", "--org", "ops", "--out", out)).toContain("Supplier register");
    expect(await readFile(out, "utf8")).toContain("CloudHost");
    expect(
      ((await json("incident", "list", "--org", "ops")) as { key: string }[]).map((i) => i.key).sort(),
    ).toEqual(["INC-001", "T-1"]);
  });
});
