import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords, toTable } from "./table-file.js";

const NAMES = ["risk id", "ref", "title", "risk", "likelihood", "impact", "owner"];
const known = { known: (cell: string) => NAMES.includes(cell.trim().toLowerCase()) };

describe("the header row of a register that does not start with it", () => {
  it("skips a title, a blank line and a note above the table of a CSV", () => {
    const text =
      "Risk register – Acme Ltd\n\nConfidential; version 3\nRisk ID;Title;Likelihood;Impact;Owner\nR-1;Phishing;3;4;CFO\nR-2;Outage;2;5;CTO\n";
    const table = toTable(parseCsvRecords(text), known, "the file");
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual(["Risk ID", "Title", "Likelihood", "Impact", "Owner"]);
    expect(table.rows.map((r) => r.cells[1])).toEqual(["Phishing", "Outage"]);
  });

  it("does not take a title merged across every column for the header", () => {
    const title = "Information security risk register";
    const records = [
      { line: 1, cells: [title, title, title, title] },
      { line: 3, cells: ["Ref", "Risk", "Likelihood", "Impact"] },
      { line: 4, cells: ["R-1", "Phishing", "High", "Major"] },
    ];
    expect(toTable(records, known, "the worksheet").headerRow).toBe(3);
  });

  it("takes the row the user names, and refuses one that is not in the file", () => {
    const records = parseCsvRecords("Title,Likelihood,Impact\nPhishing,3,4\n");
    expect(toTable(records, { ...known, headerRow: 2 }, "the file").headers).toEqual(["Phishing", "3", "4"]);
    expect(() => toTable(records, { headerRow: 9 }, "the file")).toThrow(/row 9 of the file is empty/);
  });

  it("keeps the first row as the header when no field names are given", () => {
    expect(parseCsv("a,b\nTitle,Likelihood\n").headers).toEqual(["a", "b"]);
  });
});
