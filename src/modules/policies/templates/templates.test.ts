import { describe, expect, it } from "vitest";
import { CLAUSES, CONTROLS } from "../../../catalog/index.js";
import { getPolicyTemplate, POLICY_PLACEHOLDERS, POLICY_TEMPLATES } from "./index.js";

const controlIds = new Set(CONTROLS.map((c) => c.id));
const clauseIds = new Set(CLAUSES.map((c) => c.id));
const placeholders = new Set<string>(POLICY_PLACEHOLDERS);
const SECTIONS = ["Purpose", "Scope", "Roles and responsibilities", "Exceptions", "Compliance", "Review"];

const words = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const placeholdersIn = (text: string) => [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1] ?? "");

describe("policy templates", () => {
  it("has the twelve templates with unique keys, one of them top-level", () => {
    expect(POLICY_TEMPLATES).toHaveLength(12);
    expect(new Set(POLICY_TEMPLATES.map((t) => t.key)).size).toBe(12);
    expect(POLICY_TEMPLATES.filter((t) => t.kind === "top-level").map((t) => t.key)).toEqual([
      "information-security-policy",
    ]);
  });

  it("finds a template by key and nothing for an unknown key", () => {
    expect(getPolicyTemplate("access-control")?.title).toBe("Access control policy");
    expect(getPolicyTemplate("no-such-policy")).toBeUndefined();
  });

  it("has the top-level policy serve clause 5.2 and control 5.1", () => {
    const top = getPolicyTemplate("information-security-policy");
    expect(top?.clauses).toContain("5.2");
    expect(top?.controls).toContain("5.1");
  });

  for (const t of POLICY_TEMPLATES) {
    describe(t.key, () => {
      it("names existing, distinct Annex A controls and clauses", () => {
        expect(t.controls.length).toBeGreaterThan(0);
        expect(t.controls.filter((id) => !controlIds.has(id))).toEqual([]);
        expect(t.clauses.filter((id) => !clauseIds.has(id))).toEqual([]);
        expect(new Set(t.controls).size).toBe(t.controls.length);
        expect(new Set(t.clauses).size).toBe(t.clauses.length);
      });

      it("has a title, a one-sentence summary and a positive review interval", () => {
        expect(t.title.trim()).not.toBe("");
        expect(t.summary.trim().endsWith(".")).toBe(true);
        expect(t.summary.trim().slice(0, -1)).not.toMatch(/\.\s/);
        expect(placeholdersIn(t.summary + t.title)).toEqual([]);
        expect(t.reviewMonths).toBeGreaterThan(0);
      });

      it("has a body with the organization and scope placeholders and only known placeholders", () => {
        expect(t.body).toContain("{{organization}}");
        expect(t.body).toContain("{{scope}}");
        expect(placeholdersIn(t.body).filter((p) => !placeholders.has(p))).toEqual([]);
        // No half-written placeholder such as "{{owner" or "owner}}".
        expect(t.body.replace(/\{\{[a-zA-Z]+\}\}/g, "")).not.toMatch(/\{\{|\}\}/);
      });

      it("has the usual sections and a length of a sound starting draft", () => {
        const headings = t.body.split("\n").filter((line) => line.startsWith("## "));
        expect(headings.length).toBeGreaterThanOrEqual(4);
        for (const section of SECTIONS) expect(headings).toContain(`## ${section}`);
        expect(headings.some((h) => h.startsWith("## Related documents"))).toBe(true);
        const count = words(t.body);
        expect(count).toBeGreaterThanOrEqual(400);
        expect(count).toBeLessThanOrEqual(900);
      });
    });
  }
});
