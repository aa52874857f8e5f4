/**
 * The operational registers on the command line: add, update only with the version read, import
 * a spreadsheet as people keep it, export, and `list --json` with each record's key.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms supplier, incident and requirement", () => {
  const dir = useDemoDatabase("isms-operations-");
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
    const out = join(dir(), "suppliers.csv");
    expect(await run("supplier", "export", "--org", "ops", "--out", out)).toContain("Supplier register");
    expect(await readFile(out, "utf8")).toContain("CloudHost");
    expect((await json("incident", "list", "--org", "ops"))[0]).toMatchObject({ key: "INC-001" });
  });
});
