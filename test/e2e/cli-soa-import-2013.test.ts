/**
 * `isms soa import-2013` with a 2013 SoA as received: a title above the header, a value it cannot
 * read named with the flag that places it, and the choices saved for the next import.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms soa import-2013", () => {
  const folder = useDemoDatabase("isms-soa-2013-");
  beforeAll(async () => {
    await runIsms("org", "create", "--slug", "acme", "--name", "Acme");
  });

  it("finds the header, names an unknown value with its flag, and keeps the choices", async () => {
    const file = join(folder(), "soa-2013.csv");
    await writeFile(
      file,
      "SoA 2013 - version 4,,,\n,,,\nAnnex A ref,Selected,Rationale,Implementation status\nA.12.4.1,TBC,Central logging,Partly\nA.11.1.1,Y,Office perimeter,Done\n",
    );
    const refused = await runIsms("soa", "import-2013", file, "--org", "acme");
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain("Header on row 3; the rows above it were skipped.");
    expect(refused.stdout).toMatch(/line 4, Selected: "TBC" is not yes or no/);
    expect(refused.stdout).toMatch(/--value-map "Selected:TBC=yes"/);
    expect(refused.stdout).toContain("Nothing carried: 1 problem(s) in the file.");

    const choices = join(folder(), "choices.json");
    const saved = await runIsms(
      "soa",
      "import-2013",
      file,
      "--org",
      "acme",
      "--dry-run",
      "--value-map",
      "Selected:TBC=yes",
      "--value-map",
      "Implementation status:Partly=partial",
      "--save-choices",
      choices,
    );
    expect(saved.exitCode).toBe(0);
    expect(saved.stdout).toMatch(/^Dry run: would carry 2 decision\(s\)/m);
    const carried = await runIsms("soa", "import-2013", file, "--org", "acme", "--choices", choices);
    expect(carried.stdout).toMatch(/^Carried 2 decision\(s\)/m);
  });
});
