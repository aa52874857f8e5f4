import { describe, expect, it } from "vitest";
import {
  assess,
  DEFAULT_METHODOLOGY,
  fitThresholdsToScales,
  isWithinAcceptance,
  levelOf,
  type RiskMethodology,
  scoreOf,
  validateMethodology,
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

const fourByFour: RiskMethodology = {
  ...DEFAULT_METHODOLOGY,
  likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 4),
  impact: DEFAULT_METHODOLOGY.impact.slice(0, 4),
  levels: [
    { name: "Low", maxScore: 3, colour: "#2f9e44" },
    { name: "Medium", maxScore: 6, colour: "#f2c94c" },
    { name: "High", maxScore: 9, colour: "#f08c00" },
    { name: "Critical", maxScore: 16, colour: "#e03131" },
  ],
  acceptanceMaxScore: 4,
};

describe("levels measured against the scales", () => {
  it("accepts the default and a 4×4 method whose levels end at 16", () => {
    expect(validateMethodology(DEFAULT_METHODOLOGY)).toEqual([]);
    expect(validateMethodology(fourByFour)).toEqual([]);
  });

  it("refuses a top level a 4×4 product cannot reach, naming the field", () => {
    const levels = fourByFour.levels.map((l, i) => (i === 3 ? { ...l, maxScore: 25 } : l));
    expect(validateMethodology({ ...fourByFour, levels })).toEqual([
      { path: "levels[3].maxScore", message: "must be 16: the scales cannot produce a score above 16" },
    ]);
  });

  it("refuses a level no score can fall in", () => {
    // 4×4 products are 1, 2, 3, 4, 6, 8, 9, 12, 16: nothing lies in 10 to 11.
    const levels = [
      { name: "Low", maxScore: 9, colour: "g" },
      { name: "Odd", maxScore: 11, colour: "y" },
      { name: "High", maxScore: 16, colour: "r" },
    ];
    const issues = validateMethodology({ ...fourByFour, levels });
    expect(issues.map((i) => i.path)).toEqual(["levels[1].maxScore"]);
    expect(issues[0]?.message).toMatch(/no score the scales produce falls in this level \(10 to 11/);
  });

  it("bounds each level with the sum and matrix rules too", () => {
    const sum = { ...DEFAULT_METHODOLOGY, scoring: { kind: "sum" as const }, acceptanceMaxScore: 4 };
    expect(validateMethodology(sum).map((i) => i.message)).toEqual([
      "must be 10: the scales cannot produce a score above 10",
    ]);
    expect(
      validateMethodology({ ...threeByThree, levels: [{ name: "All", maxScore: 8, colour: "r" }] }),
    ).toEqual([{ path: "levels[0].maxScore", message: "must reach the highest score, 9" }]);
  });

  it("carries thresholds over when the scales shrink, so the 4×4 method stays valid", () => {
    const next = {
      ...DEFAULT_METHODOLOGY,
      likelihood: fourByFour.likelihood,
      impact: fourByFour.impact,
    };
    const fitted = fitThresholdsToScales(DEFAULT_METHODOLOGY, next);
    expect(fitted.levels.map((l) => l.maxScore)).toEqual([3, 6, 9, 16]);
    expect(fitted.acceptanceMaxScore).toBe(4);
    expect(validateMethodology({ ...next, ...fitted })).toEqual([]);
  });
});
