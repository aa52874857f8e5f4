import { describe, expect, it } from "vitest";
import { DEFAULT_METHODOLOGY } from "./risk-method.js";
import {
  heatMap,
  overdueActions,
  type RiskSummary,
  riskGaps,
  risksPerControl,
  topRisks,
} from "./risk-views.js";

function buildRisk(overrides: Partial<RiskSummary> = {}): RiskSummary {
  return {
    key: "R-001",
    title: "Risk",
    owner: "CTO",
    treatment: "modify",
    inherent: { likelihood: 4, impact: 5, score: 20, level: "Critical" },
    residual: { likelihood: 2, impact: 2, score: 4, level: "Low" },
    controls: ["8.8"],
    nextReviewOn: "2027-01-01",
    actions: [],
    ...overrides,
  };
}

describe("risk views", () => {
  const risks = [
    buildRisk(),
    buildRisk({
      key: "R-002",
      owner: null,
      treatment: null,
      residual: null,
      controls: ["8.8", "5.7"],
      nextReviewOn: "2026-01-01",
    }),
    buildRisk({
      key: "R-003",
      inherent: { likelihood: 1, impact: 1, score: 1, level: "Low" },
      residual: null,
      actions: [
        { title: "late", owner: "Ops", dueOn: "2026-11-01", status: "open" },
        { title: "done late", owner: "Ops", dueOn: "2026-10-01", status: "done" },
        { title: "future", owner: "Ops", dueOn: "2027-01-01", status: "open" },
      ],
    }),
  ];

  it("counts risks per likelihood × impact cell", () => {
    const inherent = heatMap(DEFAULT_METHODOLOGY, risks, "inherent");
    expect(inherent[3]?.[4]).toBe(2);
    expect(inherent[0]?.[0]).toBe(1);
    expect(
      heatMap(DEFAULT_METHODOLOGY, risks, "residual")
        .flat()
        .reduce((a, b) => a + b, 0),
    ).toBe(1);
  });

  it("ranks by current score, lists overdue actions, gaps and the control cross-reference", () => {
    expect(topRisks(risks, 2).map((r) => r.key)).toEqual(["R-002", "R-001"]);
    expect(overdueActions(risks, "2026-11-22")).toEqual([
      { riskKey: "R-003", title: "late", owner: "Ops", dueOn: "2026-11-01", daysOverdue: 21 },
    ]);
    expect(riskGaps(risks, "2026-11-22")).toEqual({
      withoutOwner: ["R-002"],
      withoutTreatment: ["R-002"],
      reviewOverdue: ["R-002"],
    });
    expect(Object.fromEntries(risksPerControl(risks))).toEqual({
      "5.7": ["R-002"],
      "8.8": ["R-001", "R-002", "R-003"],
    });
  });
});
