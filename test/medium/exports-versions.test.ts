/**
 * What an auditor is handed: every report in every format speaks people's words (no stored enum
 * value), an approved SoA version carries its approval block in every format, a changed current
 * state is marked as a draft, and file names carry organization, report, version and date.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LABELS } from "../../src/domain/labels.js";
import { FORMATS, type Format } from "../../src/exports/document.js";
import { exportReport, ORGANIZATION_REPORTS } from "../../src/exports/export.service.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { getSoa, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { listVersions } from "../../src/modules/soa/soa-approval.service.js";
import { csvCells, docxCells, docxText, hasPdftotext, pdfText, xlsxCells } from "../support/document-text.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

/** Stored values that differ from their label: none may be a cell of a report on its own. */
const RAW = new Set(
  Object.entries(LABELS)
    .filter(([group]) => group !== "cia")
    .flatMap(([, table]) => Object.entries(table as Record<string, string>))
    .filter(([value, words]) => value !== words)
    .map(([value]) => value),
);
const SNAKE = /\b[a-z]+_[a-z_]+\b/g;

/** The text a reader sees, and the cells of its tables where the format has cells. */
async function read(format: Format, data: Buffer): Promise<{ text: string; cells: string[] }> {
  switch (format) {
    case "xlsx": {
      const cells = await xlsxCells(data);
      return { text: cells.join("\n"), cells };
    }
    case "docx":
      return { text: await docxText(data), cells: await docxCells(data) };
    case "pdf":
      return { text: hasPdftotext ? await pdfText(data) : "", cells: [] };
    case "csv": {
      const cells = csvCells(data);
      return { text: cells.join("\n"), cells };
    }
  }
}

const formats = FORMATS.filter((f) => f !== "pdf" || hasPdftotext);

describe("documents an auditor accepts as they are", () => {
  let ws: TestWorkspace;
  let orgId: string;
  const scope = () => orgScope(ws.db, orgId, "test");

  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createDemo(ws, "test")).organization.id;
  }, 60_000);
  afterAll(async () => {
    await ws.dispose();
  });

  it("prints no stored enum value in any report, in any format", async () => {
    const found: string[] = [];
    for (const report of ORGANIZATION_REPORTS)
      for (const format of formats) {
        const { data } = await exportReport(ws.db, orgId, "test", report, format);
        const { text, cells } = await read(format, data);
        for (const cell of cells) if (RAW.has(cell.trim())) found.push(`${report} ${format}: cell "${cell}"`);
        for (const word of text.match(SNAKE) ?? []) found.push(`${report} ${format}: "${word}"`);
      }
    expect([...new Set(found)]).toEqual([]);
  }, 180_000);

  it("gives the approved version, and the unchanged current state, the approval block in every format", async () => {
    const [approved] = await listVersions(scope());
    if (!approved) throw new Error("the demo has an approved SoA");
    const date = approved.approvedAt.slice(0, 10);
    for (const format of formats)
      for (const options of [{ soaVersion: approved.number }, {}]) {
        const { data, fileName, doc } = await exportReport(ws.db, orgId, "test", "soa", format, options);
        const label = `${format} ${JSON.stringify(options)}`;
        expect(fileName, label).toBe(
          `demo-soa-v${approved.number}-${doc.generatedAt.slice(0, 10)}.${format}`,
        );
        expect(doc.draft, label).toBeUndefined();
        const { text } = await read(format, data);
        if (format === "csv") {
          expect(text, label).toContain(
            `Version ${approved.number} approved by ${approved.approvedBy} (${approved.approverRole}) on ${date}`,
          );
          continue;
        }
        for (const expected of [
          "Approved by",
          approved.approvedBy,
          "Role",
          `${approved.approverRole}`,
          "Approved on",
          date,
          `Version ${approved.number}`,
          doc.documentId,
        ])
          expect(text, `${label}: ${expected}`).toContain(expected);
        expect(text, label).not.toMatch(/draft/i);
      }
  }, 120_000);

  it("marks a changed current state as a draft in every format, with what changed, and keeps the version", async () => {
    const entry = (await getSoa(scope())).entries.find((e) => e.controlId === "5.9");
    await updateSoaEntry(scope(), "5.9", entry?.version ?? 0, { notes: "Inventory moved to the new CMDB" });
    for (const format of formats) {
      const { data, fileName, doc } = await exportReport(ws.db, orgId, "test", "soa", format);
      expect(fileName).toBe(`demo-soa-draft-${doc.generatedAt.slice(0, 10)}.${format}`);
      const { text } = await read(format, data);
      expect(text, format).toContain(format === "csv" ? "Draft — not approved" : "DRAFT — NOT APPROVED");
      expect(text, format).not.toContain("Approved by");
      if (format !== "csv") {
        if (format !== "xlsx") expect(text, format).toContain("Changes since version 1 (not yet approved)");
        // A PDF's table wraps the text inside its column; the start of the change is on one line.
        if (format === "pdf") expect(text).toContain("Implementation notes: from");
        else
          expect(text, format).toMatch(/Implementation notes: from .* to "Inventory moved to the new CMDB"/);
      }
    }
    const v1 = await exportReport(ws.db, orgId, "test", "soa", "docx", { soaVersion: 1 });
    expect(v1.fileName).toMatch(/^demo-soa-v1-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = await docxText(v1.data);
    expect(text).toContain("Approved by");
    expect(text).not.toContain("Inventory moved to the new CMDB");
  }, 120_000);

  it("refuses a version that does not exist, and a version for a report that has none", async () => {
    await expect(exportReport(ws.db, orgId, "test", "soa", "pdf", { soaVersion: 99 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(exportReport(ws.db, orgId, "test", "risks", "pdf", { soaVersion: 1 })).rejects.toMatchObject(
      {
        code: "VALIDATION",
      },
    );
  });
});
