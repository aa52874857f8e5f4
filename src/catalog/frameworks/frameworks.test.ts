import { describe, expect, it } from "vitest";
import { getClause, getControl } from "../index.js";
import { NIS2 } from "./nis2.data.js";
import { NIST_800_53 } from "./nist-800-53.data.js";

const resolves = (ref: string) => (ref.startsWith("clause:") ? getClause(ref.slice(7)) : getControl(ref));

describe("shipped framework data", () => {
  it("maps NIS2 requirements only onto ISO clauses and Annex A controls that exist", () => {
    const ids = new Set(NIS2.rows.map((r) => r[0]));
    const assessable = new Set(NIS2.rows.filter((r) => r[5] === 1).map((r) => r[0]));
    for (const [from, to] of NIS2.pairs) {
      expect(assessable.has(from), from).toBe(true);
      expect(resolves(to), to).toBeDefined();
    }
    // Every requirement's parent is a row of the Annex.
    for (const [id, parent] of NIS2.rows) if (parent) expect(ids.has(parent), id).toBe(true);
    expect(assessable.size).toBe(351);
  });
  it("maps NIST SP 800-53 controls only onto ISO clauses and Annex A controls that exist", () => {
    const controls = new Set(NIST_800_53.controls.map((c) => c[0]));
    for (const [from, to] of NIST_800_53.pairs) {
      expect(controls.has(from), from).toBe(true);
      expect(resolves(to), to).toBeDefined();
    }
  });
  it("keeps each mapping's source and licence", () => {
    expect(NIS2.mapping.licence).toMatch(/CC BY 4\.0/);
    expect(NIS2.mapping.source).toMatch(/ENISA/);
    expect(NIST_800_53.mapping.source).toMatch(/NIST/);
  });
});
