import { describe, expect, it } from "vitest";
import {
  type DerivedEntry,
  deriveEntry,
  diffSnapshots,
  evidenceFreshness,
  isSpecificJustification,
  lintSoa,
  readinessScore,
  type StoredEntry,
  snapshotOf,
} from "./soa.js";

function buildStored(overrides: Partial<StoredEntry> = {}): StoredEntry {
  return {
    controlId: "8.8",
    applicable: true,
    reasons: ["legal"],
    justification: null,
    status: "implemented",
    notes: null,
    owner: "CTO",
    nextReviewOn: "2027-06-01",
    ...overrides,
  };
}
const buildEntry = (
  overrides: Partial<StoredEntry> = {},
  risks: string[] = [],
  evidence = { total: 1, current: 1 },
): DerivedEntry => deriveEntry(buildStored(overrides), risks, evidence);

const today = "2026-11-22";
const codes = (entries: DerivedEntry[], modify = new Map<string, string[]>()) =>
  lintSoa(entries, modify, today).map((p) => p.code);

describe("deriving the SoA from risk treatment", () => {
  it("makes an undecided control planned by a risk applicable with reason risk", () => {
    const entry = buildEntry({ applicable: null, reasons: [] }, ["R-2", "R-10"]);
    expect(entry).toMatchObject({ applicable: true, reasons: ["risk"], risks: ["R-2", "R-10"] });
  });

  it("keeps a person's exclusion (the lint reports it) and adds risk to recorded reasons", () => {
    expect(buildEntry({ applicable: false }, ["R-1"]).applicable).toBe(false);
    expect(buildEntry({ reasons: ["legal"] }, ["R-1"]).reasons).toEqual(["risk", "legal"]);
  });
});

describe("SoA lint", () => {
  it("finds nothing in a complete entry", () => {
    expect(codes([buildEntry()])).toEqual([]);
  });

  it.each([
    ["UNDECIDED", buildEntry({ applicable: null, reasons: [] })],
    [
      "EXCLUSION_WITHOUT_JUSTIFICATION",
      buildEntry({ applicable: false, justification: "N/A", status: "not_applicable" }),
    ],
    ["INCLUDED_WITHOUT_REASON", buildEntry({ reasons: [] })],
    ["INCLUDED_WITHOUT_OWNER", buildEntry({ owner: " " })],
    ["INCLUDED_MARKED_NOT_APPLICABLE", buildEntry({ status: "not_applicable" })],
    ["IMPLEMENTED_WITHOUT_EVIDENCE", buildEntry({}, [], { total: 0, current: 0 })],
    ["IMPLEMENTED_WITHOUT_EVIDENCE", buildEntry({}, [], { total: 2, current: 0 })],
    ["REVIEW_OVERDUE", buildEntry({ nextReviewOn: "2026-01-01" })],
  ])("reports %s", (code, entry) => {
    expect(codes([entry])).toEqual([code]);
  });

  it("reports an excluded control that a modify risk plans, naming the risk", () => {
    const entry = buildEntry({
      applicable: false,
      justification: "No software is developed in house at all",
      status: "not_applicable",
    });
    const problems = lintSoa([entry], new Map([["8.8", ["R-004"]]]), today);
    expect(problems).toEqual([
      { controlId: "8.8", code: "PLANNED_CONTROL_EXCLUDED", message: expect.stringContaining("R-004") },
    ]);
  });

  it("tells specific justifications from empty ones", () => {
    expect(isSpecificJustification("n/a")).toBe(false);
    expect(isSpecificJustification("Not applicable")).toBe(false);
    expect(isSpecificJustification("All development is done in house by employees")).toBe(true);
  });
});

describe("versions and readiness", () => {
  it("diffs two snapshots control by control", () => {
    const before = snapshotOf([buildEntry(), buildEntry({ controlId: "5.1" })]);
    const after = snapshotOf([buildEntry({ status: "partial" }), buildEntry({ controlId: "5.1" })]);
    expect(diffSnapshots(before, after)).toEqual([
      { controlId: "8.8", changes: [{ field: "status", from: "implemented", to: "partial" }] },
    ]);
    expect(diffSnapshots(before, before)).toEqual([]);
  });

  it("grades evidence freshness and readiness", () => {
    expect(evidenceFreshness({ reviewDueOn: "2026-11-01", effectiveTo: null }, today)).toBe("stale");
    expect(evidenceFreshness({ reviewDueOn: "2026-12-10", effectiveTo: null }, today)).toBe("due_soon");
    expect(evidenceFreshness({ reviewDueOn: null, effectiveTo: "2027-12-31" }, today)).toBe("current");
    const entries = [
      buildEntry(),
      buildEntry({ controlId: "5.1" }, [], { total: 1, current: 0 }),
      buildEntry({ controlId: "5.2", applicable: false }),
    ];
    expect(readinessScore(entries)).toBe(0.5);
  });
});
