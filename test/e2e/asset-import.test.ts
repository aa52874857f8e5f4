/**
 * The asset inventory import through the API (a CMDB's CSV export as received) and the CLI (a value
 * it cannot place, then placed with --value-map; the choices saved for the next import).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { type ApiHarness, openApi, type Session } from "../support/api.js";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

const CMDB_CSV = join(import.meta.dirname, "../fixtures/asset-inventories/cmdb-export.csv");

describe("asset import route", () => {
  let api: ApiHarness;
  let owner: Session;
  let auditor: Session;
  beforeAll(async () => {
    api = await openApi("sqlite");
    await createOrganization(api.ws.db, "test", { slug: "acme", name: "Acme" });
    owner = await api.member("acme", "owner");
    auditor = await api.member("acme", "auditor");
  }, 120_000);
  afterAll(async () => api?.dispose());

  const post = async (who: Session, query: Record<string, string>, body?: string) =>
    api.app.inject({
      method: "POST",
      url: `/api/v1/orgs/acme/assets/import?${new URLSearchParams(query)}`,
      headers: { cookie: who.cookie, "x-csrf-token": who.csrf, "content-type": "text/csv" },
      payload: body ?? (await readFile(CMDB_CSV, "utf8")),
    });

  it("imports a CMDB export for an editor, refuses an auditor, and reports bad rows as 422", async () => {
    expect((await post(auditor, {})).statusCode).toBe(403);
    const dry = await post(owner, { dryRun: "true" });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, imported: 6, headerRow: 3 });
    const done = await post(owner, {});
    expect(done.json()).toMatchObject({ dryRun: false, imported: 6 });
    const list = await api.app.inject({ url: "/api/v1/orgs/acme/assets", headers: { cookie: owner.cookie } });
    expect(list.json()).toHaveLength(6);

    const bad = await post(owner, {}, "Name,Type\nCCTV,Camera network\n");
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: "IMPORT_ROWS",
      unknownValues: [expect.objectContaining({ value: "Camera network" })],
    });
    const placed = await post(
      owner,
      { values: JSON.stringify({ Type: { "Camera network": "hardware" } }) },
      "Name,Type\nCCTV,Camera network\n",
    );
    expect(placed.json()).toMatchObject({ imported: 1 });
  });
});

describe("isms asset import", () => {
  const folder = useDemoDatabase("isms-asset-import-");
  beforeAll(async () => {
    await runIsms("org", "create", "--slug", "acme", "--name", "Acme");
  });

  it("names a value it cannot place with the flag that places it, then imports with it", async () => {
    const file = join(folder(), "inventory.csv");
    await writeFile(file, "Asset ID;Name;Category;C\nA-10;Badge system;Door controller;High\n");
    const refused = await runIsms("asset", "import", file, "--org", "acme");
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(
      /line 2, Category: "Door controller" is not an asset type; allowed: information/,
    );
    expect(refused.stdout).toMatch(/--value-map "Category:Door controller=\w+"/);
    expect(refused.stdout).toContain("Nothing imported: 1 problem(s) in the file.");

    const choices = join(folder(), "choices.json");
    const done = await runIsms(
      "asset",
      "import",
      file,
      "--org",
      "acme",
      "--value-map",
      "Category:Door controller=hardware",
      "--save-choices",
      choices,
    );
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain("Imported 1 new, 0 updated, 0 unchanged.");
    const listed = JSON.parse((await runIsms("asset", "list", "--org", "acme", "--json")).stdout);
    expect(listed).toEqual([
      expect.objectContaining({ key: "A-10", name: "Badge system", type: "hardware", confidentiality: 3 }),
    ]);
    const again = await runIsms("asset", "import", file, "--org", "acme", "--choices", choices);
    expect(again.stdout).toContain("Imported 0 new, 0 updated, 1 unchanged.");
  });
});
