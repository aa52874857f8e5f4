/**
 * Carrying an ISO/IEC 27001:2013 SoA onto the 2022 controls: decisions merged through the mapping,
 * conflicts and new controls reported, 2022 decisions kept unless forced, a header found under title
 * rows, and values read as the user maps them.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoa, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { importSoa2013 } from "../../src/modules/soa/soa-import-2013.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";

describe.each(DIALECTS)("2013 SoA import on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  const entry = async (controlId: string) => {
    const found = (await getSoa(orgScope(ws.db, org.id, "test"))).entries.find(
      (e) => e.controlId === controlId,
    );
    if (!found) throw new Error(`no entry ${controlId}`);
    return found;
  };

  describe("importing an ISO/IEC 27001:2013 SoA", () => {
    const write2013 = async (rows: string[]) => {
      const file = join(ws.dir, "soa-2013.csv");
      await writeFile(
        file,
        `Control,Applicable,Justification,Implementation status,Notes\n${rows.join("\n")}\n`,
      );
      return file;
    };

    it("carries decisions, reports conflicting merged controls and the new controls", async () => {
      const file = await write2013([
        "A.11.1.2 Physical entry controls,Yes,Office access,Implemented,Badge readers",
        "A.11.1.6 Delivery and loading areas,No,No loading bay,,",
        "A.12.4.1,Yes,Logging required by customers,Implemented,SIEM",
        "A.12.4.2,Yes,,Partial,",
        "A.12.4.3,Yes,,Implemented,",
        "A.5 Information security policies,,,,",
      ]);
      const report = await importSoa2013(orgScope(ws.db, org.id, actor), file);
      expect(report.errors).toEqual([]);
      expect(report.conflicts).toEqual([
        { controlId: "7.2", from: ["A.11.1.2", "A.11.1.6"], detail: expect.stringContaining("disagree") },
        {
          controlId: "8.15",
          from: ["A.12.4.1", "A.12.4.2", "A.12.4.3"],
          detail: expect.stringContaining("least advanced, partial"),
        },
      ]);
      expect(report.carried).toBe(1);
      for (const id of [
        "5.7",
        "5.23",
        "5.30",
        "7.4",
        "8.9",
        "8.10",
        "8.11",
        "8.12",
        "8.16",
        "8.23",
        "8.28",
      ]) {
        expect(report.undecided).toContain(id);
      }
      expect(report.undecided).toContain("7.2");
      expect(await entry("8.15")).toMatchObject({
        applicable: true,
        status: "partial",
        notes: expect.stringContaining("A.12.4.1: SIEM"),
      });
      expect((await entry("7.2")).applicable).toBeNull();
    });

    it("never overwrites a 2022 decision without force, and reports bad rows", async () => {
      const e = await entry("8.15");
      await updateSoaEntry(orgScope(ws.db, org.id, actor), "8.15", e.version, {
        applicable: true,
        reasons: ["legal"],
        status: "implemented",
      });
      const file = await write2013(["A.12.4.1,No,Logs not needed for our small setup at all,,"]);
      const kept = await importSoa2013(orgScope(ws.db, org.id, actor), file);
      expect(kept).toMatchObject({ carried: 0, keptExisting: ["8.15"] });
      expect((await entry("8.15")).applicable).toBe(true);
      const forced = await importSoa2013(orgScope(ws.db, org.id, actor), file, { force: true });
      expect(forced.carried).toBe(1);
      expect((await entry("8.15")).applicable).toBe(false);

      const bad = await write2013(["A.99.9.9,Yes,,,", "A.12.4.1,Maybe,,,"]);
      const report = await importSoa2013(orgScope(ws.db, org.id, actor), bad);
      expect(report.errors).toEqual([
        { line: 2, column: "Control", message: expect.stringContaining("not an ISO/IEC 27001:2013 control") },
        {
          line: 3,
          column: "Applicable",
          message: expect.stringContaining('"Maybe" is not yes or no; allowed: yes, no'),
        },
      ]);
      expect(report.unknownValues).toEqual([
        expect.objectContaining({ column: "Applicable", value: "Maybe", lines: [3], allowed: ["yes", "no"] }),
      ]);
    });

    it("finds the header under a title, skips notes below, and reads values as the user maps them", async () => {
      const file = join(ws.dir, "soa-2013-titled.csv");
      await writeFile(
        file,
        [
          "Statement of Applicability - ISO/IEC 27001:2013,,,,",
          "Version 4 approved by the CEO,,,,",
          ",,,,",
          "Annex A ref,Selected,Rationale,Implementation status,Comments",
          "A.12.4.1,TBC,Central logging,Partly,SIEM in pilot",
          "A.11.1.1,Y,Office perimeter,Done,",
          ",,,,",
          "* Reviewed yearly by the ISMS manager,,,,",
        ].join("\n"),
      );
      const refused = await importSoa2013(orgScope(ws.db, org.id, actor), file);
      expect(refused.headerRow).toBe(4);
      expect(refused.skippedRows).toEqual([{ line: 8, reason: "a note below the table" }]);
      expect(refused.unknownValues.map((u) => [u.column, u.value])).toEqual([["Selected", "TBC"]]);
      const report = await importSoa2013(orgScope(ws.db, org.id, actor), file, {
        valueMap: { Selected: { TBC: "yes" }, "Implementation status": { Partly: "partial" } },
      });
      expect(report.errors).toEqual([]);
      expect(await entry("8.15")).toMatchObject({ applicable: true, status: "partial" });
      expect(await entry("7.1")).toMatchObject({ applicable: true, status: "implemented" });
    });
  });
});
