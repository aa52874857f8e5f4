import { describe, expect, it } from "vitest";
import {
  type DerivedEntry,
  decideSoaEntry,
  deriveEntry,
  evidenceFreshness,
  isSpecificJustification,
  lintSoa,
  readinessScore,
  type StoredEntry,
} from "./soa.js";
import { diffSnapshots, snapshotOf } from "./soa-versions.js";

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
const codes = (entries: DerivedEntry[]) => lintSoa(entries, today).map((p) => p.code);

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

  it("reports an excluded control that a risk's treatment plans, naming the risk", () => {
    const entry = buildEntry(
      {
        applicable: false,
        justification: "No software is developed in house at all",
        status: "not_applicable",
      },
      ["R-004"],
    );
    const problems = lintSoa([entry], today);
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

describe("deciding an SoA entry (the one rule every interface uses)", () => {
  const current = (overrides: Partial<StoredEntry> = {}, risks: string[] = []) => ({
    ...buildStored({ applicable: null, reasons: [], status: "not_started", ...overrides }),
    risks,
  });
  const issues = (decision: ReturnType<typeof decideSoaEntry>) =>
    decision.ok ? [] : decision.issues.map((i) => i.path);

  it("excludes with a specific justification and sets the status to not_applicable", () => {
    const decision = decideSoaEntry(current(), {
      applicable: false,
      justification: "All staff work remotely; there are no offices",
    });
    expect(decision).toMatchObject({ ok: true, next: { applicable: false, status: "not_applicable" } });
  });

  it("refuses what the lint would report: an empty or boilerplate justification, a planned control", () => {
    expect(issues(decideSoaEntry(current(), { applicable: false }))).toEqual(["justification"]);
    expect(issues(decideSoaEntry(current(), { applicable: false, justification: "N/A" }))).toEqual([
      "justification",
    ]);
    const planned = decideSoaEntry(current({}, ["R-7"]), {
      applicable: false,
      justification: "We think this control is not needed here",
    });
    expect(planned).toMatchObject({
      ok: false,
      issues: [{ path: "applicable", message: expect.stringContaining("R-7") }],
    });
    // What decideSoaEntry accepts, the lint does not flag.
    const accepted = decideSoaEntry(current(), {
      applicable: false,
      justification: "No premises: every employee works remotely",
    });
    if (!accepted.ok) throw new Error("expected an accepted decision");
    expect(codes([deriveEntry(accepted.next, [], { total: 0, current: 0 })])).toEqual([]);
  });

  it("keeps status and applicability consistent, and re-includes at not_started", () => {
    expect(issues(decideSoaEntry(current({ applicable: true }), { status: "not_applicable" }))).toEqual([
      "status",
    ]);
    expect(
      issues(
        decideSoaEntry(current(), {
          applicable: false,
          justification: "No offices exist at all",
          status: "implemented",
        }),
      ),
    ).toEqual(["status"]);
    const excluded = current({
      applicable: false,
      status: "not_applicable",
      justification: "No offices exist at all",
    });
    expect(decideSoaEntry(excluded, { applicable: true })).toMatchObject({
      ok: true,
      next: { status: "not_started" },
    });
    expect(decideSoaEntry(excluded, { applicable: true, status: "planned" })).toMatchObject({
      ok: true,
      next: { status: "planned" },
    });
  });

  it("names every bad field at once and keeps risk a derived reason", () => {
    const decision = decideSoaEntry(current(), {
      reasons: ["risk"],
      status: "done",
      nextReviewOn: "next week",
    });
    expect(issues(decision)).toEqual(["reasons", "status", "nextReviewOn"]);
    expect(decideSoaEntry(current({ reasons: ["legal"] }), { owner: "CISO" })).toMatchObject({
      ok: true,
      next: { reasons: ["legal"], owner: "CISO", applicable: null },
    });
  });
});
