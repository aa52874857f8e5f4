import { describe, expect, it } from "vitest";
import {
  assess,
  DEFAULT_METHODOLOGY,
  isWithinAcceptance,
  levelOf,
  type RiskMethodology,
  scoreOf,
} from "./risk-method.js";

const threeByThree: RiskMethodology = {
  ...DEFAULT_METHODOLOGY,
  likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 3),
  impact: DEFAULT_METHODOLOGY.impact.slice(0, 3),
  scoring: {
    kind: "matrix",
    matrix: [
      [1, 2, 3],
      [2, 4, 6],
      [3, 6, 9],
    ],
  },
  levels: [
    { name: "Low", maxScore: 2, colour: "green" },
    { name: "High", maxScore: 9, colour: "red" },
  ],
  acceptanceMaxScore: 2,
};

describe("risk scoring", () => {
  it("scores the default 5×5 as likelihood × impact with four levels", () => {
    expect(assess(DEFAULT_METHODOLOGY, 4, 5)).toEqual({
      likelihood: 4,
      impact: 5,
      score: 20,
      level: "Critical",
    });
    expect(assess(DEFAULT_METHODOLOGY, 2, 2)).toMatchObject({ score: 4, level: "Low" });
    expect(assess(DEFAULT_METHODOLOGY, 3, 3)).toMatchObject({ score: 9, level: "Medium" });
  });

  it("supports sum and custom-matrix rules", () => {
    expect(scoreOf({ ...DEFAULT_METHODOLOGY, scoring: { kind: "sum" } }, 4, 5)).toBe(9);
    expect(scoreOf(threeByThree, 2, 3)).toBe(6);
    expect(levelOf(threeByThree, 6).name).toBe("High");
  });

  it("refuses values outside the scale with a field-level error", () => {
    expect(() => scoreOf(threeByThree, 4, 1)).toThrow(/likelihood must be a whole number from 1 to 3/);
    expect(() => scoreOf(DEFAULT_METHODOLOGY, 2.5, 1)).toThrow(/1 to 5/);
  });

  it("applies the acceptance criteria", () => {
    expect(isWithinAcceptance(DEFAULT_METHODOLOGY, 6)).toBe(true);
    expect(isWithinAcceptance(DEFAULT_METHODOLOGY, 8)).toBe(false);
  });
});
