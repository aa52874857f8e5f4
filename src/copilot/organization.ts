/**
 * Questions about the organization's whole ISMS ("which of our controls have no owner?"): the
 * question is matched to one view over the SoA, evidence, risks, treatment actions or SoA versions,
 * and the answer names exactly the items in that view, by id or key, from the organization's data.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { OrgReader } from "../db/store.js";
import { lintSoa } from "../domain/soa.js";
import { diffSnapshots, type SnapshotEntry, snapshotOf } from "../domain/soa-versions.js";
import { listEvidence } from "../modules/evidence/evidence.service.js";
import { getMethodology } from "../modules/risks/methodology.service.js";
import { listRisks } from "../modules/risks/risk.service.js";
import { loadSoa, type SoaState } from "../modules/soa/soa.service.js";

export interface OrganizationView {
  soa: SoaState;
  problems: { controlId?: string; message: string }[];
  evidence: {
    key: string;
    title: string;
    freshness: string;
    reviewDueOn: string | null;
    controls: string[];
  }[];
  risks: {
    key: string;
    title: string;
    owner: string | null;
    residual: number | null;
    actions: { title: string; owner: string | null; dueOn: string | null; status: string }[];
  }[];
  acceptanceMaxScore: number;
  changes: { version: number | null; controls: string[] };
  today: string;
}

/** Reads what the organization-wide answers need, once per question. */
export async function loadOrganizationView(db: Kysely<Database>, orgId: string): Promise<OrganizationView> {
  const today = new Date().toISOString().slice(0, 10);
  const reader = new OrgReader(db, orgId);
  const [soa, evidence, risks, method, versions] = await Promise.all([
    loadSoa(reader, today),
    listEvidence(db, orgId, {}, today),
    listRisks(db, orgId, { limit: 100000 }),
    getMethodology(reader),
    reader.list("soaVersions", {}, "number"),
  ]);
  const latest = versions.at(-1);
  const changed = latest
    ? diffSnapshots(JSON.parse(latest.snapshot) as SnapshotEntry[], snapshotOf(soa.entries)).map(
        (d) => d.controlId,
      )
    : [];
  return {
    soa,
    problems: lintSoa(soa.entries, today),
    evidence: evidence.map((e) => ({
      key: e.key,
      title: e.title,
      freshness: e.freshness,
      reviewDueOn: e.reviewDueOn,
      controls: e.controls,
    })),
    risks: risks.map((r) => ({
      key: r.key,
      title: r.title,
      owner: r.owner,
      residual: r.residual?.score ?? null,
      actions: r.actions.map((a) => ({ title: a.title, owner: a.owner, dueOn: a.dueOn, status: a.status })),
    })),
    acceptanceMaxScore: method.method.acceptanceMaxScore,
    changes: { version: latest?.number ?? null, controls: changed },
    today,
  };
}

const has = (q: string, pattern: RegExp) => pattern.test(q);
const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : []);

/** One view per kind of organization-wide question; the first whose test matches answers. */
const VIEWS: { test: (q: string) => boolean; answer: (v: OrganizationView, q: string) => string[] }[] = [
  {
    test: (q) =>
      has(q, /\b(chang|differ|since)\w*/) && has(q, /\b(soa|statement of applicability|approv|version)/),
    answer: (v) => {
      if (v.changes.version === null)
        return [
          "The Statement of Applicability has never been approved, so there is no version to compare with.",
        ];
      const rows = v.changes.controls.map((id) => {
        const e = v.soa.entries.find((x) => x.controlId === id);
        return `A.${id} ${e?.title ?? ""}`;
      });
      return rows.length
        ? [
            `${rows.length} control(s) changed since the last approved SoA, version ${v.changes.version}:`,
            ...list(rows),
          ]
        : [
            `No changes: the current SoA is the same as the last approved version, version ${v.changes.version}.`,
          ];
    },
  },
  {
    test: (q) => has(q, /\b(overdue|late|past due|behind)\b/) || (has(q, /\baction/) && has(q, /\bdue\b/)),
    answer: (v) => {
      const rows = v.risks.flatMap((r) =>
        r.actions
          .filter((a) => a.status !== "done" && a.dueOn !== null && a.dueOn < v.today)
          .map((a) => `${r.key}: ${a.title}, due ${a.dueOn}, owner ${a.owner ?? "none"}`),
      );
      return rows.length
        ? [
            `${rows.length} treatment action(s) are overdue (not done and past their due date):`,
            ...list(rows),
          ]
        : ["No treatment action is overdue."];
    },
  },
  {
    test: (q) =>
      has(q, /\brisks?\b/) && has(q, /\b(above|exceed|over|beyond|outside|unacceptable|not accept)/),
    answer: (v) => {
      const rows = v.risks
        .filter((r) => r.residual !== null && r.residual > v.acceptanceMaxScore)
        .map((r) => `${r.key} ${r.title}: residual score ${r.residual}, owner ${r.owner ?? "none"}`);
      const rule = `the acceptance criteria accept a residual score up to ${v.acceptanceMaxScore}`;
      return rows.length
        ? [
            `${rows.length} risk(s) remain above the acceptance criteria after treatment (${rule}):`,
            ...list(rows),
          ]
        : [`No risk remains above the acceptance criteria after treatment (${rule}).`];
    },
  },
  {
    test: (q) =>
      has(
        q,
        /\b(no|without|missing|lack\w*|lacking) (any )?(current )?evidence|\bevidence (is )?missing|\bunevidenced/,
      ),
    answer: (v, q) => {
      const current = has(q, /\bcurrent\b/);
      const rows = v.soa.entries
        .filter((e) => e.applicable === true && (current ? e.currentEvidence === 0 : e.evidence === 0))
        .map((e) => `A.${e.controlId} ${e.title} (status ${e.status.replace(/_/g, " ")})`);
      const what = current ? "no current evidence" : "no evidence linked";
      return rows.length
        ? [`${rows.length} applicable control(s) have ${what}:`, ...list(rows)]
        : [`No applicable control has ${what}.`];
    },
  },
  {
    test: (q) =>
      has(q, /\bcontrols?\b/) &&
      has(
        q,
        /\b(not (yet )?(been )?implemented|not started|partially implemented|partial|planned|in progress|unimplemented)\b/,
      ),
    answer: (v, q) => {
      const wanted = has(q, /\bnot started\b/)
        ? ["not_started"]
        : has(q, /\bpartial/)
          ? ["partial"]
          : has(q, /\bplanned\b/)
            ? ["planned"]
            : ["not_started", "planned", "partial"];
      const rows = v.soa.entries
        .filter((e) => e.applicable === true && wanted.includes(e.status))
        .map(
          (e) => `A.${e.controlId} ${e.title}: ${e.status.replace(/_/g, " ")}, owner ${e.owner ?? "none"}`,
        );
      const names = wanted.map((w) => w.replace(/_/g, " "));
      const label =
        names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
      return rows.length
        ? [`${rows.length} applicable control(s) are ${label}:`, ...list(rows)]
        : [`No applicable control is ${label}.`];
    },
  },
  {
    test: (q) => has(q, /\bevidence\b/) && has(q, /\b(stale|expired|out of date|outdated|old|refresh|due)/),
    answer: (v, q) => {
      const wanted = has(q, /\bdue soon|soon\b/) ? ["due_soon"] : ["stale"];
      const rows = v.evidence
        .filter((e) => wanted.includes(e.freshness))
        .map(
          (e) =>
            `${e.key} ${e.title} (review was due ${e.reviewDueOn ?? "—"}; proves ${e.controls.map((c) => `A.${c}`).join(", ") || "no control"})`,
        );
      return rows.length
        ? [`${rows.length} evidence item(s) are ${wanted[0]?.replace("_", " ")}:`, ...list(rows)]
        : [`No evidence item is ${wanted[0]?.replace("_", " ")}.`];
    },
  },
  {
    test: (q) =>
      has(
        q,
        /\b(no|without|missing|lack)\w* (an? )?(owner|assigned owner)|\bunowned|owner(s)? (missing|assigned)/,
      ),
    answer: (v) => {
      const rows = v.soa.entries
        .filter((e) => e.applicable === true && !e.owner)
        .map((e) => `A.${e.controlId} ${e.title}`);
      return rows.length
        ? [`${rows.length} applicable control(s) have no owner:`, ...list(rows)]
        : ["No applicable control is without an owner."];
    },
  },
  {
    test: (q) => has(q, /\b(undecided|not (yet )?decided|no decision)/),
    answer: (v) => {
      const rows = v.soa.entries
        .filter((e) => e.applicable === null)
        .map((e) => `A.${e.controlId} ${e.title}`);
      return rows.length
        ? [`${rows.length} control(s) have no decision yet:`, ...list(rows)]
        : ["Every control has a decision."];
    },
  },
  {
    test: (q) => has(q, /\b(exclud|not applicable)/) && !has(q, /\b(can|may|could|should) we\b/),
    answer: (v) => {
      const rows = v.soa.entries
        .filter((e) => e.applicable === false)
        .map((e) => `A.${e.controlId} ${e.title}: ${e.justification ?? "no justification recorded"}`);
      return rows.length
        ? [`${rows.length} control(s) are excluded:`, ...list(rows)]
        : ["No control is excluded."];
    },
  },
  {
    test: (q) =>
      has(q, /\b(problem|gap|issue|wrong|lint|weak)/) && has(q, /\b(soa|statement of applicability)/),
    answer: (v) =>
      v.problems.length
        ? [`The SoA has ${v.problems.length} problem(s):`, ...list(v.problems.map((p) => p.message))]
        : ["The SoA has no problems."],
  },
];

/** The answer lines for an organization-wide question, or undefined when it is not one. */
export function answerOrganizationWide(question: string, view: OrganizationView): string[] | undefined {
  const q = question.toLowerCase();
  const match = VIEWS.find((v) => v.test(q));
  return match?.answer(view, q);
}
