import { describe, expect, it } from "vitest";
import { DEFAULT_METHODOLOGY } from "../../domain/risk-method.js";
import { ValueReader } from "./risk-import.values.js";

const THREE = [1, 2, 3].map((value) => ({
  value,
  name: ["Low", "Medium", "High"][value - 1] ?? "",
  description: "",
}));

describe("values of enumerated columns", () => {
  it("reads the usual words for statuses and treatments", () => {
    const read = new ValueReader({});
    const status = (text: string) => read.status("Status", text, 2);
    expect(status("In progress")).toEqual({ ok: true, value: "treatment" });
    expect(status("Under review")).toEqual({ ok: true, value: "open" });
    expect(status("Closed – accepted")).toEqual({ ok: true, value: "accepted" });
    expect(status("Monitor")).toEqual({ ok: true, value: "accepted" });
    expect(status("CLOSED")).toEqual({ ok: true, value: "closed" });
    expect(read.treatment("Treatment", "Mitigating", 2)).toEqual({ ok: true, value: "modify" });
    expect(read.treatment("Treatment", "Transfer (insurance)", 2)).toEqual({ ok: true, value: "share" });
    expect(read.unknown.size).toBe(0);
  });

  it("places level words on scales of any length", () => {
    const read = new ValueReader({});
    const five = DEFAULT_METHODOLOGY.likelihood;
    const level = (text: string, scale = five) => read.level("L", "likelihood", text, 2, scale);
    expect([level("VL"), level("L"), level("M"), level("H"), level("Very high")]).toEqual(
      [1, 2, 3, 4, 5].map((value) => ({ ok: true, value })),
    );
    expect([level("L", THREE), level("M", THREE), level("H", THREE)]).toEqual(
      [1, 2, 3].map((value) => ({ ok: true, value })),
    );
    expect(level("Likely")).toEqual({ ok: true, value: 4 });
  });

  it("collects an unknown value once per column with its lines, the allowed values and the closest", () => {
    const read = new ValueReader({});
    const first = read.status("Status", "Opened", 3);
    read.status("Status", "opened", 7);
    expect(first).toEqual({
      ok: false,
      message: '"Opened" is not a status; allowed: open, treatment, accepted, closed (closest: open)',
    });
    expect([...read.unknown.values()]).toEqual([
      {
        column: "Status",
        field: "status",
        value: "Opened",
        lines: [3, 7],
        allowed: ["open", "treatment", "accepted", "closed"],
        suggestion: "open",
      },
    ]);
  });

  it("applies the user's choices by column header or field, whatever the case", () => {
    const read = new ValueReader({
      "RISK STATUS": { "awaiting sign-off": "open" },
      owner: { IT: "Head of IT" },
    });
    expect(read.status("Risk status", "Awaiting Sign-off", 2)).toEqual({ ok: true, value: "open" });
    expect(read.text("Owner", "owner", "IT")).toBe("Head of IT");
  });
});
