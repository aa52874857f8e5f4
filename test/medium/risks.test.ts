import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeOrg } from "../../src/db/store.js";
import { DEFAULT_METHODOLOGY } from "../../src/domain/risk-method.js";
import { verifyAuditChain } from "../../src/modules/audit-trail/audit-trail.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import {
  applyMethodologyChange,
  methodologyDocument,
  previewMethodologyChange,
} from "../../src/modules/risks/methodology.service.js";
import { createRisk, getRisk, listRisks, updateRisk } from "../../src/modules/risks/risk.service.js";
import { importRisks } from "../../src/modules/risks/risk-import.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";

describe.each(DIALECTS)("risk register on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  const csv = async (name: string, text: string) => {
    const file = join(ws.dir, name);
    await writeFile(file, text);
    return file;
  };

  it("scores a new risk with the methodology and returns it in the public list shape", async () => {
    await writeOrg(ws.db, org.id, actor, (w) =>
      w.insert("assets", { key: "A-001", name: "CRM", type: "software" }),
    );
    const risk = await createRisk(ws.db, org.id, actor, {
      title: "Unpatched VPN appliance",
      owner: "CTO",
      assets: ["A-001"],
      inherent: { likelihood: 4, impact: 5 },
      treatment: "modify",
      controls: ["A.8.8", "8.9"],
      residual: { likelihood: 2, impact: 3 },
      actions: [{ title: "Patch within 72 hours", owner: "IT Ops", dueOn: "2026-12-01" }],
    });
    expect(risk).toMatchObject({
      key: "R-001",
      inherent: { likelihood: 4, impact: 5, score: 20, level: "Critical" },
      residual: { score: 6, level: "Medium" },
      controls: ["8.8", "8.9"],
      assets: ["A-001"],
      status: "treatment",
    });
    const [listed] = await listRisks(ws.db, org.id);
    expect(Object.keys(listed ?? {})).toEqual(
      expect.arrayContaining([
        "key",
        "title",
        "owner",
        "inherent",
        "residual",
        "treatment",
        "controls",
        "status",
      ]),
    );
  });

  it("reports every broken rule as a field-level validation error and writes nothing", async () => {
    const attempt = createRisk(ws.db, org.id, actor, {
      title: "Bad",
      inherent: { likelihood: 2, impact: 2 },
      treatment: "modify",
      controls: ["9.9"],
      residual: { likelihood: 4, impact: 4 },
      acceptance: { by: "CEO" },
    });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION" });
    const error = (await attempt.catch((e: unknown) => e)) as { issues: { path: string }[] };
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      "acceptance.exception",
      "controls[0]",
      "residual",
    ]);
    await expect(
      createRisk(ws.db, org.id, actor, { title: "Off scale", inherent: { likelihood: 6, impact: 1 } }),
    ).rejects.toThrow(/1 to 5/);
    expect(await listRisks(ws.db, org.id)).toEqual([]);
  });

  it("updates at the current version and refuses a stale one", async () => {
    const created = await createRisk(ws.db, org.id, actor, {
      title: "Laptop theft",
      inherent: { likelihood: 3, impact: 2 },
    });
    const updated = await updateRisk(ws.db, org.id, actor, created.key, 1, {
      treatment: "retain",
      acceptance: { by: "COO" },
    });
    expect(updated).toMatchObject({ version: 2, status: "accepted", acceptance: { by: "COO" } });
    await expect(updateRisk(ws.db, org.id, actor, created.key, 1, { owner: "x" })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
  });

  it("previews a methodology change, then rescales every risk when applied", async () => {
    await createRisk(ws.db, org.id, actor, { title: "A", inherent: { likelihood: 5, impact: 5 } });
    await createRisk(ws.db, org.id, actor, { title: "B", inherent: { likelihood: 2, impact: 4 } });
    const threeLevels = {
      ...DEFAULT_METHODOLOGY,
      likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 3),
      impact: DEFAULT_METHODOLOGY.impact.slice(0, 3),
      levels: [
        { name: "Low", maxScore: 2, colour: "#0a0" },
        { name: "Medium", maxScore: 4, colour: "#aa0" },
        { name: "High", maxScore: 9, colour: "#a00" },
      ],
      acceptanceMaxScore: 2,
    };
    const preview = await previewMethodologyChange(ws.db, org.id, threeLevels);
    expect(preview.changes.map((c) => c.key)).toEqual(["R-001", "R-002"]);
    expect((await getRisk(ws.db, org.id, "R-001")).inherent?.score).toBe(25);

    await applyMethodologyChange(ws.db, org.id, actor, threeLevels, preview.changes.length);
    expect((await getRisk(ws.db, org.id, "R-001")).inherent).toEqual({
      likelihood: 3,
      impact: 3,
      score: 9,
      level: "High",
    });
    expect(await methodologyDocument(ws.db, org.id)).toMatch(/score is 2 or less may be retained/);
    await expect(
      applyMethodologyChange(ws.db, org.id, actor, { ...threeLevels, levels: [] }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await verifyAuditChain(ws.db, org.id)).toMatchObject({ ok: true });
  });

  it("imports a CSV register with a BOM, semicolons, level names and mixed control lists", async () => {
    const file = await csv(
      "register.csv",
      "\uFEFFRisk ID;Risk;Probability;Impact;Risk Owner;Treatment;Annex A Controls;Residual Likelihood (1-5);Residual Impact;Notes\n" +
        'RK-1;Ransomware;Likely;5;CTO;Mitigate;"A.8.8, 8.9 ; A.12.3.1";2;3;x\n' +
        "RK-2;Lost laptop;2;2;COO;Accept;;;;\n",
    );
    const report = await importRisks(ws.db, org.id, actor, file);
    expect(report).toMatchObject({ imported: 2, updated: 0, errors: [], ignoredColumns: ["Notes"] });
    const ransomware = await getRisk(ws.db, org.id, "RK-1");
    expect(ransomware).toMatchObject({
      inherent: { likelihood: 4, impact: 5, score: 20 },
      residual: { likelihood: 2, impact: 3, score: 6 },
      treatment: "modify",
      controls: ["8.8", "8.9", "8.13"],
    });
    expect((await getRisk(ws.db, org.id, "RK-2")).treatment).toBe("retain");
  });

  it("re-importing updates by key instead of duplicating", async () => {
    const header = "Risk ID,Title,Likelihood,Impact,Treatment,Controls\n";
    await importRisks(
      ws.db,
      org.id,
      actor,
      await csv("a.csv", `${header}R-1,Phishing,3,3,modify,5.17\nR-2,Outage,2,4,modify,8.14\n`),
    );
    const again = await importRisks(
      ws.db,
      org.id,
      actor,
      await csv(
        "b.csv",
        `${header}R-1,Phishing,4,3,modify,5.17\nR-2,Outage,2,4,modify,8.14\nR-3,Fraud,2,2,retain,\n`,
      ),
    );
    expect(again).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
    expect((await listRisks(ws.db, org.id)).map((r) => r.key)).toEqual(["R-1", "R-2", "R-3"]);
    expect((await getRisk(ws.db, org.id, "R-1")).inherent?.likelihood).toBe(4);
  });

  it("reports every bad row with line, column and reason, and imports nothing", async () => {
    const file = await csv(
      "bad.csv",
      "Risk ID,Title,Likelihood,Impact,Treatment,Annex A Controls,Residual Likelihood,Residual Impact\n" +
        "R-1,Good,3,3,modify,8.8,2,2\n" +
        "R-2,Unknown level,Sometimes,3,modify,8.8,,\n" +
        "R-3,No controls,3,3,modify,,,\n" +
        "R-4,Bad control,3,3,modify,A.99.1,,\n" +
        '"R-5","Residual up, no reason",2,2,modify,8.8,4,4\n' +
        "R-1,Duplicate key,1,1,retain,,,\n",
    );
    const report = await importRisks(ws.db, org.id, actor, file, { dryRun: true });
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual([
      {
        line: 3,
        column: "Likelihood",
        message: expect.stringContaining('"Sometimes" is neither a number nor a level'),
      },
      {
        line: 4,
        column: "Annex A Controls",
        message: expect.stringContaining("at least one planned control"),
      },
      { line: 5, column: "Annex A Controls", message: '"A.99.1" is not an Annex A control' },
      { line: 6, column: "Residual Likelihood", message: expect.stringContaining("residualJustification") },
      { line: 7, column: "Risk ID", message: "risk R-1 also appears on line 2" },
    ]);
    const real = await importRisks(ws.db, org.id, actor, file);
    expect(real.errors).toHaveLength(5);
    expect(await listRisks(ws.db, org.id)).toEqual([]);
  });

  it("honours --map overrides and a dry run that writes nothing", async () => {
    const file = await csv("mapped.csv", "Ref,What could happen,L,I\nX-1,Data centre flood,2,5\n");
    const dry = await importRisks(ws.db, org.id, actor, file, {
      dryRun: true,
      map: { Ref: "key", "What could happen": "title" },
    });
    expect(dry).toMatchObject({ imported: 1, dryRun: true, errors: [] });
    expect(await listRisks(ws.db, org.id)).toEqual([]);
    await importRisks(ws.db, org.id, actor, file, { map: { Ref: "key", "What could happen": "title" } });
    expect((await getRisk(ws.db, org.id, "X-1")).title).toBe("Data centre flood");
    await expect(importRisks(ws.db, org.id, actor, file, { map: { Ref: "colour" } })).rejects.toThrow(
      /not a risk field/,
    );
  });

  it("imports an XLSX register", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Risks");
    sheet.addRow([
      "Risk ID",
      "Risk Title",
      "Likelihood",
      "Impact",
      "Risk Owner",
      "Treatment",
      "Annex A Controls",
      "Next review",
    ]);
    sheet.addRow([
      "R-010",
      "Supplier breach",
      3,
      "Major",
      "CPO",
      "share",
      "5.19; 5.20",
      new Date(Date.UTC(2027, 0, 15)),
    ]);
    sheet.addRow(["R-011", "Insider fraud", 2, 3, "CFO", "modify", "A.5.3", null]);
    const file = join(ws.dir, "register.xlsx");
    await workbook.xlsx.writeFile(file);
    const report = await importRisks(ws.db, org.id, actor, file);
    expect(report).toMatchObject({ imported: 2, errors: [] });
    expect(await getRisk(ws.db, org.id, "R-010")).toMatchObject({
      inherent: { impact: 4, score: 12 },
      controls: ["5.19", "5.20"],
      nextReviewOn: "2027-01-15",
      owner: "CPO",
    });
  });

  it("imports a few thousand rows in one bulk transaction with a verifiable trail", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `R-${i + 1},Risk ${i + 1},${(i % 5) + 1},${((i * 3) % 5) + 1},modify,8.${(i % 34) + 1}`,
    );
    const file = await csv(
      "big.csv",
      `Risk ID,Title,Likelihood,Impact,Treatment,Controls\n${rows.join("\n")}\n`,
    );
    const progress: number[] = [];
    const report = await importRisks(ws.db, org.id, actor, file, {
      onProgress: (done) => progress.push(done),
    });
    expect(report).toMatchObject({ imported: 3000, errors: [] });
    expect(progress.length).toBeGreaterThan(1);
    expect(await verifyAuditChain(ws.db, org.id)).toMatchObject({ ok: true });
  });
});
