import { describe, expect, it } from "vitest";
import { addMonths, detectDateOrder, parseDate } from "./dates.js";

describe("dates as registers write them", () => {
  it("reads the usual forms", () => {
    expect(parseDate("31/01/2026")).toBe("2026-01-31");
    expect(parseDate("2026-01-31")).toBe("2026-01-31");
    expect(parseDate("Jan 31 2026")).toBe("2026-01-31");
    expect(parseDate("January 31, 2026")).toBe("2026-01-31");
    expect(parseDate("31 Jan 2026")).toBe("2026-01-31");
    expect(parseDate("31.01.26")).toBe("2026-01-31");
    expect(parseDate("46053")).toBe("2026-01-31");
    expect(parseDate("01/31/2026", "month-first")).toBe("2026-01-31");
    expect(parseDate("31/31/2026")).toBeNull();
    expect(parseDate("soon")).toBeNull();
    expect(parseDate("30/02/2026")).toBeNull();
  });

  it("decides day and month order per file, day first when the file never says", () => {
    expect(detectDateOrder(["03/04/2026", "25/12/2026"])).toEqual({ order: "day-first", ambiguous: false });
    expect(detectDateOrder(["03/04/2026", "12/25/2026"])).toEqual({ order: "month-first", ambiguous: false });
    expect(detectDateOrder(["03/04/2026", "2026-01-31"])).toEqual({ order: "day-first", ambiguous: true });
    expect(detectDateOrder(["2026-01-31"])).toEqual({ order: "day-first", ambiguous: false });
  });

  it("adds months within the shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-12-05", 12)).toBe("2027-12-05");
  });
});
