import { describe, expect, it } from "vitest";
import { DEFAULT_METHODOLOGY, type RiskMethodology, validateMethodology } from "./risk-method.js";
import { planRescale } from "./risk-rescale.js";
import { checkRiskRules, type RiskFacts } from "./risk-rules.js";

const known = new Set(["8.8", "8.9", "5.17"]);
const exists = (id: string) => known.has(id);
function buildFacts(overrides: Partial<RiskFacts> = {}): RiskFacts {
  return {
    treatment: "modify",
    inherentScore: 12,
    residualScore: 4,
    residualJustification: null,
    controls: ["8.8"],
    ownControls: [],
    acceptedBy: null,
    acceptanceException: null,
    ...overrides,
  };
}
const paths = (facts: RiskFacts, method: RiskMethodology = DEFAULT_METHODOLOGY) =>
  checkRiskRules(method, facts, exists).map((i) => i.path);

describe("risk rules", () => {
  it("accepts a well-formed treated risk", () => {
    expect(paths(buildFacts())).toEqual([]);
  });

  it("needs a justification when residual is above inherent", () => {
    expect(paths(buildFacts({ residualScore: 15 }))).toEqual(["residual"]);
    expect(paths(buildFacts({ residualScore: 15, residualJustification: "new threat actor" }))).toEqual([]);
  });

  it("needs an exception to accept or retain above the acceptance criteria", () => {
    expect(paths(buildFacts({ residualScore: 8, acceptedBy: "CTO" }))).toEqual(["acceptance.exception"]);
    expect(
      paths(buildFacts({ residualScore: 8, acceptedBy: "CTO", acceptanceException: "budget next quarter" })),
    ).toEqual([]);
    expect(
      paths(buildFacts({ treatment: "retain", controls: [], residualScore: null, inherentScore: 9 })),
    ).toEqual(["acceptance.exception"]);
    expect(
      paths(buildFacts({ treatment: "retain", controls: [], residualScore: null, inherentScore: 6 })),
    ).toEqual([]);
  });

  it("follows the methodology's own acceptance threshold", () => {
    const strict = { ...DEFAULT_METHODOLOGY, acceptanceMaxScore: 3 };
    expect(paths(buildFacts({ residualScore: 4, acceptedBy: "CTO" }), strict)).toEqual([
      "acceptance.exception",
    ]);
  });

  it("refuses unknown Annex A ids and a modify risk without planned controls", () => {
    expect(paths(buildFacts({ controls: ["8.8", "9.9"] }))).toEqual(["controls[1]"]);
    expect(paths(buildFacts({ controls: [] }))).toEqual(["controls"]);
    expect(paths(buildFacts({ controls: [], ownControls: ["Quarterly phishing drill"] }))).toEqual([]);
  });
});

describe("methodology validation", () => {
  it("accepts the default", () => {
    expect(validateMethodology(DEFAULT_METHODOLOGY)).toEqual([]);
  });

  it("rejects scales outside 3–6 levels, unordered levels and levels that do not reach the top score", () => {
    const bad: RiskMethodology = {
      ...DEFAULT_METHODOLOGY,
      likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 2),
    };
    expect(validateMethodology(bad).map((i) => i.path)).toContain("likelihood");
    const unordered = { ...DEFAULT_METHODOLOGY, levels: [...DEFAULT_METHODOLOGY.levels].reverse() };
    expect(validateMethodology(unordered).some((i) => i.message.includes("ascending"))).toBe(true);
    const short = { ...DEFAULT_METHODOLOGY, levels: DEFAULT_METHODOLOGY.levels.slice(0, 2) };
    expect(validateMethodology(short).some((i) => i.message.includes("highest score, 25"))).toBe(true);
    const matrix = { ...DEFAULT_METHODOLOGY, scoring: { kind: "matrix" as const, matrix: [[1, 2]] } };
    expect(validateMethodology(matrix).map((i) => i.path)).toEqual(["scoring.matrix"]);
  });
});

const levels4x4: RiskMethodology = {
  ...DEFAULT_METHODOLOGY,
  likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 4),
  impact: DEFAULT_METHODOLOGY.impact.slice(0, 4),
  levels: [
    { name: "Low", maxScore: 3, colour: "green" },
    { name: "Medium", maxScore: 8, colour: "yellow" },
    { name: "High", maxScore: 16, colour: "red" },
  ],
};

describe("rescaling when the methodology changes", () => {
  const risks = [
    { key: "R-1", inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 1, impact: 1 } },
    { key: "R-2", inherent: { likelihood: 3, impact: 3 }, residual: null },
  ];

  it("maps a 5-level scale onto 4 levels keeping the ends, with product scoring", () => {
    const changes = planRescale(DEFAULT_METHODOLOGY, levels4x4, risks);
    expect(changes.find((c) => c.key === "R-1")?.inherent?.to).toEqual({
      likelihood: 4,
      impact: 4,
      score: 16,
      level: "High",
    });
    expect(changes.find((c) => c.key === "R-2")?.inherent?.to).toEqual({
      likelihood: 3,
      impact: 3,
      score: 9,
      level: "High",
    });
  });

  it("rescores under a sum rule without moving values", () => {
    const sum: RiskMethodology = {
      ...DEFAULT_METHODOLOGY,
      scoring: { kind: "sum" },
      levels: [
        { name: "Low", maxScore: 4, colour: "g" },
        { name: "High", maxScore: 10, colour: "r" },
      ],
      acceptanceMaxScore: 4,
    };
    const changes = planRescale(DEFAULT_METHODOLOGY, sum, risks);
    expect(changes.find((c) => c.key === "R-1")?.inherent).toEqual({
      from: { likelihood: 5, impact: 5, score: 25, level: "Critical" },
      to: { likelihood: 5, impact: 5, score: 10, level: "High" },
    });
  });

  it("rescores with a custom matrix and reports only what changes", () => {
    const matrix = DEFAULT_METHODOLOGY.likelihood.map((l) =>
      DEFAULT_METHODOLOGY.impact.map((i) => l.value * i.value),
    );
    matrix[2] = [3, 6, 10, 12, 15];
    const custom: RiskMethodology = { ...DEFAULT_METHODOLOGY, scoring: { kind: "matrix", matrix } };
    const changes = planRescale(DEFAULT_METHODOLOGY, custom, risks);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      key: "R-2",
      inherent: { to: { score: 10, level: "High" } },
      residual: null,
    });
    expect(planRescale(DEFAULT_METHODOLOGY, DEFAULT_METHODOLOGY, risks)).toEqual([]);
  });
});
