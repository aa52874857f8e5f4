/**
 * Statement of Applicability rules (ISO/IEC 27001 6.1.3 d): deriving applicability from risk
 * treatment, the lint that finds what would hurt at audit, differences between versions, evidence
 * freshness and readiness. Pure functions over plain data.
 */
import { compareIds, sortIds } from "./ids.js";

export const SOA_STATUSES = ["not_started", "planned", "partial", "implemented", "not_applicable"] as const;
export type SoaStatus = (typeof SOA_STATUSES)[number];
export const MANUAL_REASONS = ["legal", "contractual", "business"] as const;
export type Reason = "risk" | (typeof MANUAL_REASONS)[number];

export interface StoredEntry {
  controlId: string;
  applicable: boolean | null;
  /** Reasons recorded by people (legal, contractual, business). */
  reasons: Reason[];
  justification: string | null;
  status: SoaStatus;
  notes: string | null;
  owner: string | null;
  nextReviewOn: string | null;
}

export interface DerivedEntry extends StoredEntry {
  /** Keys of the risks whose treatment plans this control. */
  risks: string[];
  /** Evidence linked to the control that is not stale. */
  currentEvidence: number;
  evidence: number;
}

/**
 * Applies risk treatment to the stored decisions: a control planned by a risk is applicable with
 * reason "risk" unless a person excluded it (then the lint reports the contradiction). The risks
 * come out in reading order (compareIds); `sorted` says they come in that order already (sorting
 * thousands of keys for every control of every SoA read was a large part of its cost).
 */
export function deriveEntry(
  stored: StoredEntry,
  plannedBy: readonly string[],
  evidence: { total: number; current: number },
  sorted = false,
): DerivedEntry {
  const planned = plannedBy.length > 0;
  const reasons: Reason[] = [
    ...(planned ? (["risk"] as Reason[]) : []),
    ...stored.reasons.filter((r) => r !== "risk"),
  ];
  return {
    ...stored,
    applicable: stored.applicable === null && planned ? true : stored.applicable,
    reasons,
    risks: sorted ? [...plannedBy] : sortIds([...plannedBy]),
    evidence: evidence.total,
    currentEvidence: evidence.current,
  };
}

export type Freshness = "current" | "due_soon" | "stale";

/** Evidence is stale once its review date (or the end of the period it proves) has passed. */
export function evidenceFreshness(
  item: { reviewDueOn: string | null; effectiveTo: string | null },
  today: string,
  dueSoonDays = 30,
): Freshness {
  const due = item.reviewDueOn ?? item.effectiveTo;
  if (!due) return "current";
  if (due < today) return "stale";
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + dueSoonDays);
  return due <= soon.toISOString().slice(0, 10) ? "due_soon" : "current";
}

/** Fields a person may change on one SoA entry; everything else is derived. */
export interface SoaEntryChange {
  applicable?: boolean | null;
  reasons?: readonly string[];
  justification?: string | null;
  status?: string;
  notes?: string | null;
  owner?: string | null;
  nextReviewOn?: string | null;
}

export type SoaDecision =
  | { ok: true; next: StoredEntry }
  | { ok: false; issues: { path: string; message: string }[] };

/** Why a justification would not satisfy an auditor, or null when it explains something. */
export function justificationProblem(text: string | null | undefined): string | null {
  if (!text?.trim()) return "required for an exclusion: say why the control does not apply";
  if (!isSpecificJustification(text))
    return 'say specifically why the control does not apply (at least 4 words; "N/A" is not a justification)';
  return null;
}

/**
 * Risks that plan a control contradict its exclusion. The SoA derives reason "risk" from every risk
 * whose treatment names the control (deriveEntry), so every such risk counts, whatever its option.
 */
export function exclusionBlockedBy(entry: { readonly risks: readonly string[] }): readonly string[] {
  return entry.risks;
}

/**
 * The one rule for a person's decision on an SoA entry (ISO/IEC 27001 6.1.3 d): validates the
 * change against the current entry and returns the next stored state, or field-level issues.
 * - reasons are the manual ones (legal, contractual, business); "risk" follows from risk treatment;
 * - excluding needs a specific justification and is refused while a risk's treatment plans the control;
 * - an excluded control's status is not_applicable; an included one cannot be not_applicable, and
 *   re-including a control that was not_applicable starts it again at not_started.
 * `current` is the entry as stored (a person's decision, not the derived one) with the keys of the
 * risks that plan it. Every interface (API, CLI, walkthrough, MCP, web through the API) records
 * decisions through it.
 */
export function decideSoaEntry(
  current: StoredEntry & { readonly risks: readonly string[] },
  change: SoaEntryChange,
): SoaDecision {
  const issues: { path: string; message: string }[] = [];
  if (change.reasons?.some((r) => !(MANUAL_REASONS as readonly string[]).includes(r)))
    issues.push({
      path: "reasons",
      message: `use ${MANUAL_REASONS.join(", ")}; "risk" follows from risk treatment`,
    });
  if (change.status !== undefined && !(SOA_STATUSES as readonly string[]).includes(change.status))
    issues.push({ path: "status", message: `use ${SOA_STATUSES.join(", ")}` });
  if (change.nextReviewOn && !/^\d{4}-\d{2}-\d{2}$/.test(change.nextReviewOn))
    issues.push({ path: "nextReviewOn", message: "a date as YYYY-MM-DD" });
  const applicable = change.applicable === undefined ? current.applicable : change.applicable;
  const justification = change.justification === undefined ? current.justification : change.justification;
  const asked = change.status as SoaStatus | undefined;
  if (applicable === false) {
    const problem = justificationProblem(justification);
    if (problem) issues.push({ path: "justification", message: problem });
    const planners = exclusionBlockedBy(current);
    if (planners.length)
      issues.push({
        path: "applicable",
        message: `cannot be excluded: the treatment of ${planners.join(", ")} plans it`,
      });
    if (asked !== undefined && asked !== "not_applicable")
      issues.push({ path: "status", message: "an excluded control's status is not_applicable" });
  } else if (asked === "not_applicable") {
    issues.push({
      path: "status",
      message: applicable
        ? "an included control cannot be not_applicable; exclude it instead"
        : "decide first whether the control applies",
    });
  }
  if (issues.length) return { ok: false, issues };
  const status: SoaStatus =
    applicable === false
      ? "not_applicable"
      : (asked ?? (current.status === "not_applicable" ? "not_started" : current.status));
  return {
    ok: true,
    next: {
      controlId: current.controlId,
      applicable,
      reasons:
        change.reasons === undefined
          ? current.reasons.filter((r) => r !== "risk")
          : ([...new Set(change.reasons)] as Reason[]),
      justification,
      status,
      notes: change.notes === undefined ? current.notes : change.notes,
      owner: change.owner === undefined ? current.owner : change.owner,
      nextReviewOn: change.nextReviewOn === undefined ? current.nextReviewOn : change.nextReviewOn,
    },
  };
}

export type LintCode =
  | "UNDECIDED"
  | "EXCLUSION_WITHOUT_JUSTIFICATION"
  | "INCLUDED_WITHOUT_REASON"
  | "INCLUDED_WITHOUT_OWNER"
  | "INCLUDED_MARKED_NOT_APPLICABLE"
  | "IMPLEMENTED_WITHOUT_EVIDENCE"
  | "PLANNED_CONTROL_EXCLUDED"
  | "REVIEW_OVERDUE";

export interface LintProblem {
  controlId?: string;
  code: LintCode;
  message: string;
}

/** Words that say nothing about why a control does not apply. */
const EMPTY_JUSTIFICATIONS = /^(n\/?a|na|none|not applicable|not relevant|no|-|tbd|todo|\.)?$/i;

/** True when an exclusion's justification explains something specific (not "N/A"). */
export function isSpecificJustification(text: string | null): boolean {
  const t = (text ?? "").trim();
  return !EMPTY_JUSTIFICATIONS.test(t) && t.split(/\s+/).length >= 4;
}

/**
 * Every gap in the SoA that would hurt at audit. It applies the same definitions as
 * decideSoaEntry (a specific justification, the risks that block an exclusion), so an entry saved
 * today never shows these problems; they appear for older or imported decisions and as time passes.
 */
export function lintSoa(entries: readonly DerivedEntry[], today: string): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const e of [...entries].sort((a, b) => compareIds(a.controlId, b.controlId))) {
    const add = (code: LintCode, message: string) => problems.push({ controlId: e.controlId, code, message });
    if (e.applicable === null) {
      add("UNDECIDED", `${e.controlId} has no decision: is it applicable?`);
      continue;
    }
    if (!e.applicable) {
      if (justificationProblem(e.justification)) {
        add("EXCLUSION_WITHOUT_JUSTIFICATION", `${e.controlId} is excluded without a specific justification`);
      }
      const planners = exclusionBlockedBy(e);
      if (planners.length) {
        add(
          "PLANNED_CONTROL_EXCLUDED",
          `${e.controlId} is excluded but the treatment of ${planners.join(", ")} plans it`,
        );
      }
    } else {
      if (e.reasons.length === 0)
        add(
          "INCLUDED_WITHOUT_REASON",
          `${e.controlId} is included without a reason (risk, legal, contractual or business)`,
        );
      if (!e.owner?.trim()) add("INCLUDED_WITHOUT_OWNER", `${e.controlId} is included but has no owner`);
      if (e.status === "not_applicable")
        add(
          "INCLUDED_MARKED_NOT_APPLICABLE",
          `${e.controlId} is included but its status says not applicable`,
        );
      if (e.status === "implemented" && e.currentEvidence === 0) {
        add(
          "IMPLEMENTED_WITHOUT_EVIDENCE",
          e.evidence
            ? `${e.controlId} is implemented but all its evidence is stale`
            : `${e.controlId} is implemented but has no evidence`,
        );
      }
    }
    if (e.nextReviewOn && e.nextReviewOn < today)
      add("REVIEW_OVERDUE", `${e.controlId} was due for review on ${e.nextReviewOn}`);
  }
  return problems;
}

/** Share of applicable controls that are implemented with current evidence (0..1). */
export function readinessScore(entries: readonly DerivedEntry[]): number {
  const applicable = entries.filter((e) => e.applicable === true);
  if (applicable.length === 0) return 0;
  const ready = applicable.filter((e) => e.status === "implemented" && e.currentEvidence > 0);
  return ready.length / applicable.length;
}
