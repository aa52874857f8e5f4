/**
 * `isms risk import` with registers as they are received: the consultant's workbook (title above
 * the header, an unknown status, named assets) and a tool's CSV export, with --value-map,
 * --header-row, --no-create-assets and choices saved for the next import.
 */
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeConsultantRegister } from "../fixtures/risk-registers/consultant.js";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

const TOOL_CSV = join(import.meta.dirname, "../fixtures/risk-registers/tool-export.csv");

describe("isms risk import with real registers", () => {
  const folder = useDemoDatabase("isms-risk-import-");
  let workbook = "";
  beforeAll(async () => {
    await runIsms("org", "create", "--slug", "acme", "--name", "Acme");
    workbook = join(folder(), "Northwind register.xlsx");
    await writeConsultantRegister(workbook, (rows) => {
      (rows[1] as unknown[])[8] = "Awaiting sign-off";
    });
  });

  it("names an unknown value with the allowed ones and the flag that places it; nothing is imported", async () => {
    const result = await runIsms("risk", "import", workbook, "--org", "acme");
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("Header on row 3; the rows above it were skipped.");
    expect(result.stdout).toMatch(/line 25 skipped: a note below the table/);
    expect(result.stdout).toMatch(
      /line 5, Status: "Awaiting sign-off" is not a status; allowed: open, treatment, accepted, closed/,
    );
    expect(result.stdout).toMatch(/--value-map "Status:Awaiting sign-off=\w+"/);
    expect(result.stdout).not.toMatch(/Invalid option|expected one of/);
    expect(result.stdout).toContain("Nothing imported: 1 problem(s) in the file.");
    const risks = JSON.parse((await runIsms("risk", "list", "--org", "acme", "--json")).stdout);
    expect(risks).toEqual([]);
  });

  it("applies --value-map, saves the choices, and refuses missing assets with --no-create-assets", async () => {
    const choices = join(folder(), "choices.json");
    const dry = await runIsms(
      "risk",
      "import",
      workbook,
      "--org",
      "acme",
      "--dry-run",
      "--value-map",
      "Status:Awaiting sign-off=open",
      "--save-choices",
      choices,
    );
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toMatch(
      /Dry run: would import 20 new, 0 updated, 0 unchanged\. Would add assets: A-001 /,
    );
    expect(JSON.parse(await readFile(choices, "utf8"))).toMatchObject({
      headerRow: 3,
      valueMap: { Status: { "Awaiting sign-off": "open" } },
      createAssets: true,
    });
    const refused = await runIsms(
      "risk",
      "import",
      workbook,
      "--org",
      "acme",
      "--choices",
      choices,
      "--no-create-assets",
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'line 4, Asset / Process: "Google Workspace" is not in the asset inventory; add it first or let the import create it',
    );

    const report = JSON.parse(
      (await runIsms("risk", "import", workbook, "--org", "acme", "--choices", choices, "--json")).stdout,
    );
    expect(report).toMatchObject({ imported: 20, errors: [], headerRow: 3 });
    expect(report.createdAssets).toHaveLength(5);
    const risks = JSON.parse((await runIsms("risk", "list", "--org", "acme", "--json")).stdout);
    const byKey = new Map(risks.map((r: { key: string }) => [r.key, r]));
    expect(byKey.get("R-001")).toMatchObject({ status: "treatment", actions: [{ dueOn: "2027-05-31" }] });
    expect(byKey.get("R-002")).toMatchObject({ status: "open" });
    const today = new Date().toISOString().slice(0, 10);
    for (const risk of risks) expect(risk.nextReviewOn > today).toBe(true);
  });

  it("imports a tool's CSV export and checks --header-row", async () => {
    const file = join(folder(), "export.csv");
    await copyFile(TOOL_CSV, file);
    await expect(runIsms("risk", "import", file, "--org", "acme", "--header-row", "first")).rejects.toThrow(
      /--header-row expects a row number/,
    );
    const result = await runIsms("risk", "import", file, "--org", "acme", "--header-row", "1");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Dates were read month first");
    expect(result.stdout).toMatch(/Imported 8 new, 0 updated, 0 unchanged\./);
    const risk = JSON.parse((await runIsms("risk", "show", "RSK-02", "--org", "acme", "--json")).stdout);
    expect(risk).toMatchObject({ controls: ["8.8", "8.9"], status: "treatment" });
  });
});
