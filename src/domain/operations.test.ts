import { describe, expect, it } from "vitest";
import { dueState, obligationDue, operationsBlockers } from "./operations.js";

describe("notification clocks", () => {
  it("counts each obligation from when the incident became known", () => {
    const known = "2026-03-30T22:15:00.000Z";
    expect(obligationDue("gdpr-breach", known)).toBe("2026-04-02T22:15:00.000Z");
    expect(obligationDue("nis2-early-warning", known)).toBe("2026-03-31T22:15:00.000Z");
    expect(obligationDue("nis2-notification", known)).toBe("2026-04-02T22:15:00.000Z");
    expect(obligationDue("nis2-final-report", known)).toBe("2026-04-30T22:15:00.000Z");
    expect(obligationDue("other", known, 48)).toBe("2026-04-01T22:15:00.000Z");
    expect(obligationDue("other", known)).toBeNull();
  });

  it("says whether a notification is sent, overdue, due within a day or later", () => {
    const now = "2026-04-01T12:00:00.000Z";
    expect(dueState("2026-04-01T11:00:00.000Z", null, now)).toBe("overdue");
    expect(dueState("2026-04-02T11:00:00.000Z", null, now)).toBe("due_soon");
    expect(dueState("2026-04-05T11:00:00.000Z", null, now)).toBe("later");
    expect(dueState("2026-04-01T11:00:00.000Z", "2026-04-01T10:00:00.000Z", now)).toBe("sent");
  });
});

describe("readiness gaps of the operational registers", () => {
  const base = {
    applicableControls: ["5.24"],
    documentedControls: [],
    incidents: 0,
    overdueNotifications: 0,
    supplierReviewsOverdue: 0,
  };
  it("flags an applicable 5.24 with neither a process nor a record, and nothing once either exists", () => {
    expect(operationsBlockers(base)).toEqual([expect.objectContaining({ stage: 2, ref: "control:5.24" })]);
    expect(operationsBlockers({ ...base, incidents: 1 })).toEqual([]);
    expect(operationsBlockers({ ...base, documentedControls: ["5.26"] })).toEqual([]);
    expect(operationsBlockers({ ...base, applicableControls: [] })).toEqual([]);
  });
  it("lists overdue notifications and supplier reviews", () => {
    const found = operationsBlockers({
      ...base,
      incidents: 2,
      overdueNotifications: 1,
      supplierReviewsOverdue: 3,
    });
    expect(found.map((b) => b.message)).toEqual([
      "1 incident notification is past the deadline and not recorded as sent",
      "3 supplier reviews are overdue",
    ]);
  });
});
