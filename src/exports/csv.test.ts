import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.js";

describe("csvCell", () => {
  it("quotes cells with commas, quotes or line breaks and doubles inner quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe("-3");
  });

  it("quotes cells holding a semicolon or a tab, which other readers take as separators", () => {
    expect(csvCell("Legacy server;=1+2")).toBe('"Legacy server;=1+2"');
    expect(csvCell("a\tb")).toBe('"a\tb"');
    expect(csvCell("a;b")).toBe('"a;b"');
  });

  it("renders empty cells for null and undefined", () => {
    expect(toCsv(["a", "b"], [{ a: null, b: undefined }])).toBe("a,b\r\n,\r\n");
  });
});
