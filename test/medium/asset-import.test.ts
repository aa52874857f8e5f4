/**
 * Asset inventories as they arrive import without editing the file: a CMDB's CSV export (BOM,
 * semicolons, a title and a blank row above the header, C/I/A as H/M/L or numbers, categories and
 * classifications in its own words, a total row below) and a spreadsheet saved as XLSX. A value
 * the import cannot place stops it, named with the allowed values and the closest one; the user's
 * value map places it. Re-importing updates by key.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAssets } from "../../src/modules/assets/asset.service.js";
import { importAssets } from "../../src/modules/assets/asset-import.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const CMDB_CSV = join(import.meta.dirname, "../fixtures/asset-inventories/cmdb-export.csv");

describe.each(DIALECTS)("asset inventory import on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  const scope = () => orgScope(ws.db, org.id, "tester");
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, "tester", { slug: "acme", name: "Acme" });
  });
  afterEach(async () => ws.dispose());

  it("reads a CMDB export as it is: header found, words placed, notes as descriptions", async () => {
    const report = await importAssets(scope(), CMDB_CSV);
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ imported: 6, headerRow: 3, ignoredColumns: [] });
    expect(report.skippedRows).toEqual([{ line: 11, reason: "a note below the table" }]);
    const assets = new Map((await listAssets(ws.db, org.id)).map((a) => [a.key, a]));
    expect(assets.get("HW-0101")).toMatchObject({
      name: "fin-db-01",
      type: "hardware",
      owner: "Infra team",
      location: "Frankfurt DC",
      classification: "restricted",
      confidentiality: 3,
      integrity: 3,
      availability: 2,
      description: "Primary finance database server",
    });
    expect(assets.get("SW-0201")).toMatchObject({
      type: "service",
      classification: "confidential",
      confidentiality: 3,
    });
    expect(assets.get("SW-0202")).toMatchObject({ type: "information", classification: "confidential" });
    expect(assets.get("SW-0203")).toMatchObject({
      type: "hardware",
      classification: "internal",
      availability: 3,
    });
    expect(assets.get("PP-0301")).toMatchObject({
      type: "people",
      classification: null,
      confidentiality: null,
    });
  });

  it("stops on a value it cannot place, says what is allowed, and takes the user's choice", async () => {
    const file = join(ws.dir, "inventory.csv");
    await writeFile(
      file,
      "Name,Type,Classification,Confidentiality\nPrinter fleet,Multifunction device,Internal,Low\nHR files,Records,Hush-hush,Very high\n",
    );
    const refused = await importAssets(scope(), file);
    expect(refused.imported).toBe(0);
    expect(refused.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: "Type",
        message: expect.stringMatching(
          /"Multifunction device" is not an asset type; allowed: information, software, hardware, service, people, site/,
        ),
      }),
      expect.objectContaining({
        line: 3,
        column: "Classification",
        message: expect.stringMatching(/"Hush-hush" is not a classification/),
      }),
    ]);
    expect(refused.unknownValues.map((u) => [u.column, u.value, u.lines])).toEqual([
      ["Type", "Multifunction device", [2]],
      ["Classification", "Hush-hush", [3]],
    ]);
    expect(await listAssets(ws.db, org.id)).toEqual([]);

    const valueMap = {
      Type: { "Multifunction device": "hardware" },
      Classification: { "hush-hush": "restricted" },
    };
    const dry = await importAssets(scope(), file, { valueMap, dryRun: true });
    expect(dry).toMatchObject({ errors: [], imported: 2, dryRun: true });
    expect(await listAssets(ws.db, org.id)).toEqual([]);
    const done = await importAssets(scope(), file, { valueMap });
    expect(done).toMatchObject({ errors: [], imported: 2 });
    const assets = await listAssets(ws.db, org.id);
    expect(assets.map((a) => [a.key, a.name, a.type, a.classification, a.confidentiality])).toEqual([
      ["A-001", "Printer fleet", "hardware", "internal", 1],
      ["A-002", "HR files", "information", "restricted", 3],
    ]);

    // Without a key column the inventory is matched by name: a second import updates, not duplicates.
    await writeFile(file, "Name,Type,Owner\nprinter fleet,Hardware,Office manager\nHR files,Information,\n");
    const again = await importAssets(scope(), file);
    expect(again).toMatchObject({ errors: [], imported: 0, updated: 1, unchanged: 1 });
    expect((await listAssets(ws.db, org.id)).map((a) => a.owner)).toEqual(["Office manager", null]);
  });

  it("reads an XLSX sheet under a header row the user names, and refuses a key given twice", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Assets");
    sheet.addRow(["Inventory owner: J. Smith", "", "Reviewed: 2026-10-01"]);
    sheet.addRow(["Ref", "Item", "Kind"]);
    sheet.addRow(["X1", "Laptop fleet", "Laptop"]);
    sheet.addRow(["X2", "Laptop fleet", "Laptop"]);
    sheet.addRow(["X1", "Backups", "Backup"]);
    const file = join(ws.dir, "inventory.xlsx");
    await book.xlsx.writeFile(file);
    const report = await importAssets(scope(), file, { headerRow: 2 });
    expect(report.headerRow).toBe(2);
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 5, column: "Ref", message: 'asset "X1" also appears on line 3' }),
    ]);
    expect(await listAssets(ws.db, org.id)).toEqual([]);
  });
});
