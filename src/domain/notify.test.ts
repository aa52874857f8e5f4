import { describe, expect, it } from "vitest";
import { recurrenceRule } from "./calendar.js";
import { digestPeriod } from "./notify.js";

const at = (iso: string) => new Date(iso);
const schedule = { hour: 7, weekday: 1 };

describe("digestPeriod", () => {
  it("sends the daily digest from the hour on, for that day", () => {
    expect(digestPeriod("daily", at("2026-12-07T06:59:00Z"), schedule)).toBeNull();
    expect(digestPeriod("daily", at("2026-12-07T07:00:00Z"), schedule)).toBe("2026-12-07");
    expect(digestPeriod("daily", at("2026-12-07T23:59:00Z"), schedule)).toBe("2026-12-07");
  });
  it("sends the weekly digest only on its weekday", () => {
    // 2026-12-07 is a Monday.
    expect(digestPeriod("weekly", at("2026-12-07T08:00:00Z"), schedule)).toBe("2026-12-07");
    expect(digestPeriod("weekly", at("2026-12-08T08:00:00Z"), schedule)).toBeNull();
    expect(digestPeriod("weekly", at("2026-12-13T08:00:00Z"), { hour: 7, weekday: 7 })).toBe("2026-12-13");
  });
  it("sends nothing to a person who has not opted in", () => {
    expect(digestPeriod("off", at("2026-12-07T12:00:00Z"), schedule)).toBeNull();
  });
});

describe("recurrenceRule", () => {
  it("writes an interval in months as an RFC 5545 rule", () => {
    expect(recurrenceRule(12)).toBe("FREQ=YEARLY");
    expect(recurrenceRule(24)).toBe("FREQ=YEARLY;INTERVAL=2");
    expect(recurrenceRule(3)).toBe("FREQ=MONTHLY;INTERVAL=3");
    expect(recurrenceRule(1)).toBe("FREQ=MONTHLY");
    expect(recurrenceRule(null)).toBeNull();
    expect(recurrenceRule(0)).toBeNull();
  });
});
