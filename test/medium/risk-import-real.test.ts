/**
 * Registers as practitioners receive them import without editing the file: a consultant's
 * workbook (title and blank row above the header, "In progress"/"Under review" statuses, named
 * assets, target dates, comments, a footnote) and a tool's CSV export (BOM, quoted control lists,
 * month-first dates). Genuinely bad rows still stop the whole import, named by row and column.
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addMonths } from "../../src/imports/dates.js";
import { listAssets } from "../../src/modules/assets/asset.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { getRisk, listRisks } from "../../src/modules/risks/risk.service.js";
import { importRisks } from "../../src/modules/risks/risk-import.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoa } from "../../src/modules/soa/soa.service.js";
import {
  CONSULTANT_ASSETS,
  CONSULTANT_HEADER_ROW,
  writeConsultantRegister,
} from "../fixtures/risk-registers/consultant.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";
const TOOL_CSV = join(import.meta.dirname, "../fixtures/risk-registers/tool-export.csv");
const today = () => new Date().toISOString().slice(0, 10);
/** Data rows start below the header; row n of the register is on this row of the sheet. */
const sheetRow = (n: number) => CONSULTANT_HEADER_ROW + n;

describe.each(DIALECTS)("real registers on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  const consultant = async (edit?: Parameters<typeof writeConsultantRegister>[1]) => {
    const file = join(ws.dir, "consultant.xlsx");
    await writeConsultantRegister(file, edit);
    return file;
  };

  it("imports the consultant's workbook as it is", async () => {
    const report = await importRisks(ws.db, org.id, actor, await consultant());
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ imported: 20, headerRow: CONSULTANT_HEADER_ROW, unknownValues: [] });
    expect(report.skippedRows).toEqual([{ line: sheetRow(22), reason: "a note below the table" }]);
    expect(report.createdAssets.map((a) => a.name).sort()).toEqual([...CONSULTANT_ASSETS].sort());
    expect(report.notes).toEqual([]);

    const assets = await listAssets(ws.db, org.id);
    const keyOf = (name: string) => assets.find((a) => a.name === name)?.key;
    const first = await getRisk(ws.db, org.id, "R-001");
    expect(first).toMatchObject({
      status: "treatment",
      treatment: "modify",
      inherent: { likelihood: 4, impact: 4 },
      controls: ["5.17", "6.3"],
      assets: [keyOf("Google Workspace")],
      actions: [{ dueOn: "2027-05-31", owner: "IT Manager", status: "open" }],
    });
    expect(first.actions[0]?.title).toMatch(/^Action 1: phishing/);
    expect(await getRisk(ws.db, org.id, "R-002")).toMatchObject({
      status: "open",
      actions: [{ dueOn: "2027-03-15" }],
    });
    expect((await getRisk(ws.db, org.id, "R-003")).actions[0]?.dueOn).toBe("2028-01-31");
    expect((await getRisk(ws.db, org.id, "R-004")).actions[0]?.dueOn).toBe("2027-09-30");
    expect(await getRisk(ws.db, org.id, "R-005")).toMatchObject({
      status: "accepted",
      treatment: "retain",
      actions: [],
    });

    const risks = await listRisks(ws.db, org.id);
    expect(risks).toHaveLength(20);
    expect(risks.filter((r) => r.actions.length > 0)).toHaveLength(16);
    for (const risk of risks) expect(risk.nextReviewOn).toBe(addMonths(today(), 12));
    expect(risks.every((r) => (r.nextReviewOn ?? "") > today())).toBe(true);

    // The planned controls enter the SoA at once, with the risks that plan them.
    const soa = await getSoa(orgScope(ws.db, org.id, actor));
    const phishing = soa.entries.find((e) => e.controlId === "6.3");
    expect(phishing?.risks).toEqual(["R-001", "R-006", "R-011", "R-016"]);

    // The same file again changes nothing (assets are found by name, actions are the same).
    const again = await importRisks(ws.db, org.id, actor, await consultant());
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 20, createdAssets: [] });
  });

  it("refuses rows naming missing assets when asked not to create them", async () => {
    const report = await importRisks(ws.db, org.id, actor, await consultant(), { createAssets: false });
    expect(report.imported).toBe(0);
    expect(report.errors).toHaveLength(20);
    expect(report.errors[0]).toEqual({
      line: sheetRow(1),
      column: "Asset / Process",
      message: '"Google Workspace" is not in the asset inventory; add it first or let the import create it',
    });
    expect(await listAssets(ws.db, org.id)).toEqual([]);
  });

  it("reports unknown values with the allowed ones and a suggestion, and applies the user's choice", async () => {
    const file = await consultant((rows) => {
      (rows[1] as unknown[])[8] = "Awaiting sign-off";
      (rows[6] as unknown[])[8] = "Awaiting sign-off";
      (rows[2] as unknown[])[3] = "Quite often";
    });
    const dry = await importRisks(ws.db, org.id, actor, file, { dryRun: true });
    expect(dry.imported).toBe(0);
    expect(dry.errors.map((e) => [e.line, e.column])).toEqual([
      [sheetRow(2), "Status"],
      [sheetRow(3), "Likelihood"],
      [sheetRow(7), "Status"],
    ]);
    expect(dry.errors[0]?.message).toMatch(
      /^"Awaiting sign-off" is not a status; allowed: open, treatment, accepted, closed \(closest: \w+\)$/,
    );
    expect(dry.unknownValues).toContainEqual(
      expect.objectContaining({
        column: "Status",
        value: "Awaiting sign-off",
        lines: [sheetRow(2), sheetRow(7)],
      }),
    );
    const level = dry.unknownValues.find((u) => u.column === "Likelihood");
    expect(level?.allowed).toHaveLength(5);
    expect(level?.allowed).toContain(level?.suggestion);
    for (const e of dry.errors) expect(e.message).not.toMatch(/Invalid option|expected one of|\/tmp\//);

    const report = await importRisks(ws.db, org.id, actor, file, {
      valueMap: { Status: { "awaiting sign-off": "open" }, likelihood: { "Quite often": "Likely" } },
    });
    expect(report).toMatchObject({ imported: 20, errors: [] });
    expect((await getRisk(ws.db, org.id, "R-002")).status).toBe("open");
    expect((await getRisk(ws.db, org.id, "R-003")).inherent?.likelihood).toBe(4);
  });

  it("keeps the dry run all-or-nothing, with row and column of each genuinely bad row", async () => {
    const file = await consultant((rows) => {
      (rows[3] as unknown[])[7] = "A.99.1";
      (rows[5] as unknown[])[6] = "Accept";
      (rows[9] as unknown[])[9] = "31/31/2027";
      (rows[11] as unknown[])[3] = null;
    });
    for (const dryRun of [true, false]) {
      const report = await importRisks(ws.db, org.id, actor, file, { dryRun });
      expect(report.imported).toBe(0);
      expect(report.errors).toEqual([
        { line: sheetRow(4), column: "Controls (Annex A)", message: '"A.99.1" is not an Annex A control' },
        {
          line: sheetRow(6),
          column: "acceptance exception",
          message: expect.stringContaining("score 16 exceeds the acceptance criteria"),
        },
        {
          line: sheetRow(10),
          column: "Target date",
          message: '"31/31/2027" is not a date; write it as 31/01/2026 or 2026-01-31',
        },
        {
          line: sheetRow(12),
          column: "Likelihood",
          message: expect.stringMatching(/^empty: a likelihood is needed/),
        },
      ]);
    }
    expect(await listRisks(ws.db, org.id)).toEqual([]);
    expect(await listAssets(ws.db, org.id)).toEqual([]);
  });

  it("reads the header row it is told, and says so when that row is not the header", async () => {
    const file = await consultant();
    await expect(importRisks(ws.db, org.id, actor, file, { headerRow: 1 })).rejects.toThrow(
      /no likelihood column/,
    );
    await expect(importRisks(ws.db, org.id, actor, file, { headerRow: 2 })).rejects.toThrow(
      /row 2 .* is empty/,
    );
    const report = await importRisks(ws.db, org.id, actor, file, { headerRow: 3, dryRun: true });
    expect(report).toMatchObject({ imported: 20, errors: [], dryRun: true });
    expect(await listAssets(ws.db, org.id)).toEqual([]);
  });

  it("imports a tool's CSV export with a BOM, quoted control lists and month-first dates", async () => {
    const file = join(ws.dir, "export.csv");
    await copyFile(TOOL_CSV, file);
    const report = await importRisks(ws.db, org.id, actor, file);
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ imported: 8, headerRow: 1, skippedRows: [], createdAssets: [] });
    expect(report.notes).toEqual([expect.stringMatching(/month first/)]);
    expect(await getRisk(ws.db, org.id, "RSK-02")).toMatchObject({
      status: "treatment",
      controls: ["8.8", "8.9"],
      actions: [{ dueOn: "2027-06-15" }],
    });
    expect((await getRisk(ws.db, org.id, "RSK-01")).actions[0]?.dueOn).toBe("2027-04-30");
    expect(await getRisk(ws.db, org.id, "RSK-04")).toMatchObject({ treatment: "share", status: "treatment" });
    expect((await getRisk(ws.db, org.id, "RSK-06")).status).toBe("accepted");
    expect((await getRisk(ws.db, org.id, "RSK-05")).status).toBe("closed");
    const risks = await listRisks(ws.db, org.id);
    expect(risks.every((r) => (r.nextReviewOn ?? "") > today())).toBe(true);
  });
});
