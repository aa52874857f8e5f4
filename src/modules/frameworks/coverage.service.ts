/**
 * Coverage of another framework by an organization's ISMS: for each requirement, the ISO clauses and
 * Annex A controls mapped to it with the SoA's applicability, status and evidence, or the clause's
 * readiness; a state (covered, partial, not covered, not applicable, unmapped) with its reasons; and
 * the team's owner and note where ISO does not cover it. Derived each time from the records.
 */
import { getClause, getControl } from "../../catalog/index.js";
import { type CoverageState, coverageOf, type IsoStanding } from "../../domain/coverage.js";
import { DomainError } from "../../domain/errors.js";
import { assessReadiness } from "../../domain/readiness.js";
import { gatherFacts } from "../management/readiness.service.js";
import type { OrgScope } from "../scope.js";
import { loadSoa } from "../soa/soa.service.js";
import { type FrameworkItem, loadFramework } from "./framework.registry.js";

export interface IsoCoverage extends IsoStanding {
  kind: "control" | "clause";
  title: string;
}

export interface RequirementCoverage {
  id: string;
  label: string | null;
  title: string;
  /** The top-level section or group the requirement sits in. */
  section: string;
  state: CoverageState;
  score: number | null;
  reasons: string[];
  iso: IsoCoverage[];
  owner: string | null;
  note: string | null;
}

type Counts = Record<CoverageState, number>;
const zero = (): Counts => ({ covered: 0, partial: 0, not_covered: 0, not_applicable: 0, unmapped: 0 });

function topOf(items: Map<string, FrameworkItem>, item: FrameworkItem): FrameworkItem {
  let at = item;
  for (let guard = 0; at.parent && guard < 20; guard++) {
    const up = items.get(at.parent);
    if (!up) break;
    at = up;
  }
  return at;
}

const display = (item: FrameworkItem) =>
  item.title ??
  (item.text && item.text.length > 160 ? `${item.text.slice(0, 157)}…` : (item.text ?? item.id));

/** How one mapped reference stands: a control in the SoA, a clause in readiness. */
function standingOf(
  ref: string,
  entries: ReadonlyMap<
    string,
    { applicable: boolean | null; status: string; evidence: number; currentEvidence: number }
  >,
  clauses: ReadonlyMap<string, string>,
): IsoCoverage {
  if (ref.startsWith("clause:")) {
    const id = ref.slice("clause:".length);
    return {
      ref,
      kind: "clause",
      title: getClause(id)?.title ?? "",
      applicable: true,
      status: clauses.get(id) ?? "missing",
      evidence: null,
    };
  }
  const entry = entries.get(ref);
  return {
    ref,
    kind: "control",
    title: getControl(ref)?.title ?? "",
    applicable: entry?.applicable ?? null,
    status: entry?.status ?? "not_started",
    evidence: !entry || entry.evidence === 0 ? "none" : entry.currentEvidence > 0 ? "current" : "stale",
  };
}

/** The coverage of framework `wanted` ("nis2", an imported catalog's id…) in the scope's organization. */
export async function frameworkCoverage(scope: OrgScope, wanted: string) {
  const framework = await loadFramework(scope.db, wanted);
  const [soa, facts, notes] = await Promise.all([
    loadSoa(scope.read, scope.today),
    gatherFacts(scope.db, scope.orgId, scope.today),
    scope.read.list("coverageNotes", { frameworkId: framework.id }),
  ]);
  const entries = new Map(soa.entries.map((e) => [e.controlId, e]));
  const clauses = new Map(assessReadiness(facts).clauses.map((c) => [c.id, c.status]));
  const noteOf = new Map(notes.map((n) => [n.requirementId, n]));
  const refsOf = new Map<string, Set<string>>();
  for (const p of framework.pairs) {
    const set = refsOf.get(p.itemId) ?? new Set<string>();
    set.add(p.isoRef);
    refsOf.set(p.itemId, set);
  }
  const byId = new Map(framework.items.map((i) => [i.id, i]));
  const standing = (ref: string) => standingOf(ref, entries, clauses);
  const requirements: RequirementCoverage[] = framework.items
    .filter((i) => i.assessable)
    .map((item) => {
      const iso = [...(refsOf.get(item.id) ?? [])].map(standing);
      const { state, score, reasons } = coverageOf(iso);
      // An enhancement the mapping leaves out points at its base control's references.
      const base = item.kind === "control" && item.parent ? byId.get(item.parent) : undefined;
      const baseRefs = base && base.kind === "control" ? [...(refsOf.get(base.id) ?? [])] : [];
      if (state === "unmapped" && base && baseRefs.length > 0)
        reasons.push(
          `its base control ${base.label ?? base.id} is mapped to ${baseRefs.join(", ")}: treat it there or record its own treatment`,
        );
      const note = noteOf.get(item.id);
      return {
        id: item.id,
        label: item.label,
        title: display(item),
        section: topOf(byId, item).id,
        state,
        score,
        reasons,
        iso,
        owner: note?.owner ?? null,
        note: note?.note ?? null,
      };
    });
  const summary = zero();
  const sectionCounts = new Map<string, Counts>();
  for (const r of requirements) {
    summary[r.state]++;
    const counts = sectionCounts.get(r.section) ?? zero();
    counts[r.state]++;
    sectionCounts.set(r.section, counts);
  }
  const sections = framework.items
    .filter((i) => sectionCounts.has(i.id))
    .map((i) => ({ id: i.id, title: display(i), counts: sectionCounts.get(i.id) as Counts }));
  const { items: _items, pairs: _pairs, ...about } = framework;
  return { framework: about, summary, sections, requirements };
}

/** Records who owns a requirement beyond ISO and what the team does about it (clause 6.1.3 style). */
export async function setCoverageNote(
  scope: OrgScope,
  wanted: string,
  requirementId: string,
  input: { owner?: string | null | undefined; note?: string | null | undefined },
) {
  const framework = await loadFramework(scope.db, wanted);
  const item = framework.items.find((i) => i.id === requirementId && i.assessable);
  if (!item) throw new DomainError("NOT_FOUND", `no requirement ${requirementId} in ${framework.id}`);
  const patch = {
    ...(input.owner !== undefined && { owner: input.owner?.trim() || null }),
    ...(input.note !== undefined && { note: input.note?.trim() || null }),
  };
  const row = await scope.write(async (w) => {
    const [existing] = await w.list("coverageNotes", { frameworkId: framework.id, requirementId });
    if (existing) return w.update("coverageNotes", existing.id, existing.version, patch);
    return w.insert("coverageNotes", {
      frameworkId: framework.id,
      requirementId,
      owner: patch.owner ?? null,
      note: patch.note ?? null,
    });
  });
  return { framework: framework.id, requirement: requirementId, owner: row.owner, note: row.note };
}
