import { describe, expect, it } from "vitest";
import {
  ATTRIBUTE_VOCABULARY,
  type AttributeName,
  CLAUSES,
  CONTROLS,
  CONTROLS_2013,
  filterControls,
  getClause,
  getControl,
  mapControl,
  parseAttributeFilter,
  parseTheme,
  resolveEntry,
  STANDARD_FACTS,
  THEMES,
} from "./index.js";

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const attributeNames = Object.keys(ATTRIBUTE_VOCABULARY) as AttributeName[];

describe("Annex A controls", () => {
  it("has 93 unique controls split 37 / 8 / 14 / 34 by theme", () => {
    expect(CONTROLS).toHaveLength(93);
    expect(new Set(CONTROLS.map((c) => c.id)).size).toBe(93);
    const byTheme = Object.fromEntries(THEMES.map((t) => [t, CONTROLS.filter((c) => c.theme === t).length]));
    expect(byTheme).toEqual({ organizational: 37, people: 8, physical: 14, technological: 34 });
  });

  it("numbers each theme's controls 1..n under its clause (5 organizational … 8 technological)", () => {
    const clauseOf = { organizational: "5", people: "6", physical: "7", technological: "8" } as const;
    for (const theme of THEMES) {
      const ids = CONTROLS.filter((c) => c.theme === theme).map((c) => c.id);
      expect(ids).toEqual(ids.map((_, i) => `${clauseOf[theme]}.${i + 1}`));
    }
  });

  it("marks exactly the 11 controls new in 2022, and only those lack a 2013 origin", () => {
    const fresh = CONTROLS.filter((c) => c.isNew).map((c) => c.id);
    expect(fresh).toEqual([
      "5.7",
      "5.23",
      "5.30",
      "7.4",
      "8.9",
      "8.10",
      "8.11",
      "8.12",
      "8.16",
      "8.23",
      "8.28",
    ]);
    for (const control of CONTROLS) expect(control.iso27001_2013.length === 0).toBe(control.isNew);
  });

  it("uses only values of each attribute vocabulary, without duplicates, in the standard's order", () => {
    for (const control of CONTROLS) {
      for (const name of attributeNames) {
        const values = control.attributes[name] as readonly string[];
        const vocabulary = ATTRIBUTE_VOCABULARY[name] as readonly string[];
        expect(values.length, `${control.id} ${name}`).toBeGreaterThan(0);
        for (const value of values) expect(vocabulary, `${control.id} ${name}`).toContain(value);
        const positions = values.map((v) => vocabulary.indexOf(v));
        expect(positions, `${control.id} ${name} order`).toEqual(
          [...new Set(positions)].sort((a, b) => a - b),
        );
      }
    }
  });

  it("matches the published tallies of attribute values across the 93 controls", () => {
    const tally = (name: AttributeName, value: string) =>
      CONTROLS.filter((c) => (c.attributes[name] as readonly string[]).includes(value)).length;
    expect(tally("controlType", "Preventive")).toBe(83);
    expect(tally("controlType", "Detective")).toBe(13);
    expect(tally("controlType", "Corrective")).toBe(14);
    expect(tally("cybersecurityConcepts", "Identify")).toBe(23);
    expect(tally("cybersecurityConcepts", "Protect")).toBe(71);
    expect(tally("cybersecurityConcepts", "Recover")).toBe(6);
    expect(tally("operationalCapabilities", "Threat_and_vulnerability_management")).toBe(3);
    expect(tally("securityDomains", "Governance_and_Ecosystem")).toBe(27);
    expect(tally("securityDomains", "Resilience")).toBe(8);
  });
});

describe("ISO/IEC 27001:2013 correspondence", () => {
  it("keeps the 114 controls of 2013 in 14 domains", () => {
    expect(CONTROLS_2013).toHaveLength(114);
    expect(new Set(CONTROLS_2013.map((c) => c.id.split(".")[1])).size).toBe(14);
  });

  it("maps every 2013 control to at least one 2022 control", () => {
    for (const old of CONTROLS_2013) expect(old.iso27001_2022.length, old.id).toBeGreaterThan(0);
  });

  it("names only existing 2013 controls as origins", () => {
    const known = new Set(CONTROLS_2013.map((c) => c.id));
    for (const control of CONTROLS)
      for (const id of control.iso27001_2013) expect(known.has(id), id).toBe(true);
  });

  it("splits A.18.2.3 over 5.36 and 8.8 and maps A.12.4.1 to 8.15", () => {
    expect(mapControl("A.18.2.3")).toMatchObject({
      direction: "2013->2022",
      to: [{ id: "5.36" }, { id: "8.8" }],
    });
    expect(mapControl("A.12.4.1")).toMatchObject({ to: [{ id: "8.15", title: "Logging" }] });
    const logging = mapControl("8.15");
    expect(logging?.direction).toBe("2022->2013");
    expect(logging?.to.map((c) => c.id)).toEqual(["A.12.4.1", "A.12.4.2", "A.12.4.3"]);
    expect(mapControl("8.11")?.to).toEqual([]);
    expect(mapControl("A.99.1.1")).toBeUndefined();
  });
});

describe("guidance", () => {
  it.each(CONTROLS.map((c) => [c.id, c] as const))("control %s meets every minimum", (_id, control) => {
    const g = control.guidance;
    expect(words(g.purpose)).toBeGreaterThanOrEqual(40);
    expect(g.implementation.length).toBeGreaterThanOrEqual(4);
    expect(g.evidence.length).toBeGreaterThanOrEqual(3);
    expect(g.pitfalls.length).toBeGreaterThanOrEqual(2);
    expect(g.related.length).toBeGreaterThanOrEqual(1);
    expect(g.keywords.length).toBeGreaterThanOrEqual(5);
    expect(words(g.scale.small)).toBeGreaterThanOrEqual(5);
    expect(words(g.scale.large)).toBeGreaterThanOrEqual(5);
    for (const item of [...g.implementation, ...g.evidence, ...g.pitfalls])
      expect(words(item)).toBeGreaterThanOrEqual(3);
  });

  it("relates only to controls and clauses that exist, never to itself", () => {
    for (const control of CONTROLS) {
      for (const ref of control.guidance.related) {
        const exists = ref.startsWith("clause:")
          ? getClause(ref) !== undefined
          : getControl(ref) !== undefined;
        expect(exists, `${control.id} -> ${ref}`).toBe(true);
        expect(ref, control.id).not.toBe(control.id);
      }
    }
  });

  it("writes a distinct purpose for every control", () => {
    expect(new Set(CONTROLS.map((c) => c.guidance.purpose)).size).toBe(93);
  });
});

describe("clauses 4–10", () => {
  it("has the 41 clauses and sub-clauses from 4 to 10.2, each parent existing", () => {
    expect(CLAUSES).toHaveLength(41);
    expect(CLAUSES[0]?.id).toBe("4");
    expect(CLAUSES.at(-1)?.id).toBe("10.2");
    expect(new Set(CLAUSES.map((c) => c.id)).size).toBe(41);
    for (const clause of CLAUSES)
      if (clause.parent) expect(getClause(clause.parent), clause.id).toBeDefined();
  });

  it("summarises every clause and marks the mandatory documented information", () => {
    for (const clause of CLAUSES) expect(words(clause.summary), clause.id).toBeGreaterThanOrEqual(15);
    expect(getClause("4.3")?.mandatoryDocuments.length).toBeGreaterThan(0);
    expect(getClause("6.1.3")?.mandatoryDocuments.join(" ")).toMatch(/Statement of Applicability/);
    expect(getClause("5.2")?.mandatoryDocuments.join(" ")).toMatch(/policy/i);
    expect(getClause("9.2.2")?.mandatoryDocuments.length).toBeGreaterThan(0);
    expect(getClause("10.1")?.mandatoryDocuments).toEqual([]);
  });

  it("includes the 2024 climate-change amendment in 4.1 and 4.2", () => {
    expect(getClause("4.1")?.summary).toMatch(/climate/i);
    expect(getClause("4.2")?.summary).toMatch(/climate/i);
  });
});

describe("lookups", () => {
  it("accepts 8.11, A.8.11 and a.8.11 for the same control", () => {
    expect(getControl("8.11")?.title).toBe("Data masking");
    expect(getControl("A.8.11")?.id).toBe("8.11");
    expect(getControl(" a.8.11 ")?.id).toBe("8.11");
  });

  it("resolves a bare overlapping number to the control and a prefixed one to the clause", () => {
    expect(resolveEntry("5.1")).toMatchObject({
      kind: "control",
      control: { title: "Policies for information security" },
    });
    expect(resolveEntry("clause:5.1")).toMatchObject({
      kind: "clause",
      clause: { title: "Leadership and commitment" },
    });
    expect(resolveEntry("clause 5.1")?.kind).toBe("clause");
    expect(resolveEntry("6.1.3")).toMatchObject({ kind: "clause", clause: { id: "6.1.3" } });
    expect(resolveEntry("A.12.4.1")).toMatchObject({ kind: "control2013", control: { id: "A.12.4.1" } });
    expect(resolveEntry("9.9")).toBeUndefined();
  });

  it("parses attribute filters by any common spelling and rejects unknown ones", () => {
    expect(parseAttributeFilter("concepts=detect")).toEqual({
      ok: true,
      name: "cybersecurityConcepts",
      value: "Detect",
    });
    expect(parseAttributeFilter("operational_capabilities=Asset management")).toEqual({
      ok: true,
      name: "operationalCapabilities",
      value: "Asset_management",
    });
    expect(parseAttributeFilter("colour=blue").ok).toBe(false);
    expect(parseAttributeFilter("concepts=Guess").ok).toBe(false);
    expect(parseAttributeFilter("Detect").ok).toBe(false);
  });

  it("filters by theme, attribute and novelty together", () => {
    expect(filterControls({ theme: "technological" })).toHaveLength(34);
    expect(filterControls({ isNew: true, theme: "technological" }).map((c) => c.id)).toEqual([
      "8.9",
      "8.10",
      "8.11",
      "8.12",
      "8.16",
      "8.23",
      "8.28",
    ]);
    const detect = filterControls({ attribute: { name: "cybersecurityConcepts", value: "Detect" } });
    expect(detect).toHaveLength(14);
  });

  it("reads themes by name, prefix, British spelling or clause number", () => {
    expect(parseTheme("Technological")).toBe("technological");
    expect(parseTheme("tech")).toBe("technological");
    expect(parseTheme("organisational")).toBe("organizational");
    expect(parseTheme("A.7")).toBe("physical");
    expect(parseTheme("x")).toBeUndefined();
  });
});

describe("standard facts", () => {
  it("says only ISO/IEC 27001 is certifiable and states the 2013 → 2022 numbers", () => {
    const text = STANDARD_FACTS.map((f) => f.text).join(" ");
    expect(STANDARD_FACTS.find((f) => f.id === "iso27002")?.text).toMatch(/not a certifiable standard/);
    expect(text).toMatch(/114 controls in 14 domains/);
    expect(text).toMatch(/93 controls in 4 themes/);
    expect(text).toMatch(/11 controls are new/);
  });
});

describe("exclusion notes", () => {
  it("name existing controls only and say something of substance", async () => {
    const { EXCLUSION_NOTES } = await import("./exclusions.data.js");
    for (const [id, note] of Object.entries(EXCLUSION_NOTES)) {
      expect(getControl(id), id).toBeDefined();
      for (const other of note.stillApplies ?? []) {
        expect(getControl(other), `${id} -> ${other}`).toBeDefined();
        expect(other, `${id} names itself as still applying`).not.toBe(id);
      }
      expect(note.note.split(" ").length, id).toBeGreaterThan(15);
      // At least one full sentence, and no abbreviation the answer's sentence splitter would cut at.
      expect(note.note, id).toMatch(/^[A-Z0-9].*[.!?]$/s);
      expect(note.note, id).not.toMatch(/\b(e\.g|i\.e|etc)\./);
      if (note.credible !== undefined) {
        // It completes "credible when …" and "The exclusion holds because …".
        expect(note.credible, id).toMatch(/^[a-z].{20,}\.$/s);
        expect(note.credible, id).not.toMatch(/^(when|if|because)\b/);
      }
    }
  });

  it("cover every one of the 93 Annex A controls", async () => {
    const { EXCLUSION_NOTES } = await import("./exclusions.data.js");
    expect(CONTROLS).toHaveLength(93);
    const missing = CONTROLS.filter((c) => !EXCLUSION_NOTES[c.id]).map((c) => c.id);
    expect(missing).toEqual([]);
    expect(Object.keys(EXCLUSION_NOTES)).toHaveLength(93);
  });

  it("keep the controls that can practically never be excluded without a credible condition", async () => {
    const { EXCLUSION_NOTES } = await import("./exclusions.data.js");
    for (const id of ["5.1", "5.15", "5.24", "5.31", "6.3", "8.7", "8.13", "8.15", "8.24", "8.32"])
      expect(EXCLUSION_NOTES[id]?.credible, id).toBeUndefined();
  });
});

describe("distinctions between confusable entries", () => {
  it("name existing entries and mention each of them in the sentence", async () => {
    const { DISTINCTIONS } = await import("./distinctions.data.js");
    for (const d of DISTINCTIONS) {
      for (const key of d.ids) {
        const [type, id = ""] = key.split(":");
        expect(type === "clause" ? getClause(id) : getControl(id), key).toBeDefined();
        expect(d.text, key).toContain(id);
      }
    }
  });
});
