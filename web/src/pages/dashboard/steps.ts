/** The seven steps of the guided start, each judged done from the organization's own data. */

import type { ContextData, Evidence, SoaState } from "../../api/types";
import { formatDate } from "../../components/common";
import type { AuditSummary, ReviewSummary, RiskMethodResponse, RiskSummary } from "./types";

/** What the guided start reads: one answer of the API per step. */
export interface StartData {
  context: ContextData;
  method: RiskMethodResponse;
  risks: RiskSummary[];
  soa: SoaState;
  evidence: Evidence[];
  audits: AuditSummary[];
  reviews: ReviewSummary[];
}

export interface Step {
  id: string;
  title: string;
  done: boolean;
  /** What the data says now. */
  status: string;
  /** Why the step matters for ISO/IEC 27001, in our own words. */
  why: string;
  path: string;
  action: string;
  /** 0–1 for steps that are partly done (SoA decisions). */
  progress?: number;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export function stepsOf(d: StartData): Step[] {
  const scope = d.context.scope?.statement?.trim();
  const decided = d.soa.entries.filter((e) => e.applicable !== null).length;
  const total = d.soa.entries.length || 93;
  const stale = d.evidence.filter((e) => e.freshness === "stale").length;
  const completedAudits = d.audits.filter((a) => a.status === "completed");
  const plannedAudits = d.audits.filter((a) => a.status !== "completed");
  // A review dated after today has not been held yet, whatever its status says.
  const today = new Date().toISOString().slice(0, 10);
  const held = d.reviews.filter(
    (r) => r.status === "completed" && r.heldOn && r.heldOn.slice(0, 10) <= today,
  );
  const lastReview = held
    .map((r) => r.heldOn ?? "")
    .sort()
    .pop();
  return [
    {
      id: "scope",
      title: "Define the scope",
      done: !!scope,
      status: scope ? "Scope statement recorded" : "No scope statement yet",
      why: "Everything else is measured against the scope: it says which parts of the organization, its locations and systems the ISMS covers, and the certificate will name it.",
      path: "context",
      action: "Context and scope",
    },
    {
      id: "method",
      title: "Adopt a risk method",
      done: d.method.version !== null,
      status:
        d.method.version !== null
          ? `Method adopted (version ${d.method.version})`
          : "Using the built-in default, not yet adopted",
      why: "Auditors expect risks to be assessed the same way every time, with scales and an acceptance threshold agreed in advance, so results can be compared and repeated.",
      path: "method",
      action: "Risk method",
    },
    {
      id: "risks",
      title: "Identify and assess risks",
      done: d.risks.length > 0,
      status: d.risks.length ? `${plural(d.risks.length, "risk")} in the register` : "The register is empty",
      why: "The risk assessment is the engine of the standard: it decides which controls you need and why, and every later decision should trace back to it.",
      path: "risks",
      action: "Risk register",
    },
    {
      id: "soa",
      title: "Decide every Annex A control",
      done: decided >= total,
      status: `${decided} of ${total} controls decided`,
      progress: decided / total,
      why: "The Statement of Applicability records, for each of the 93 controls, whether it applies, why, and how far it is implemented; it is the first document an auditor asks for.",
      path: "soa",
      action: "Statement of Applicability",
    },
    {
      id: "evidence",
      title: "Collect evidence",
      done: d.evidence.length > 0,
      status: d.evidence.length
        ? `${plural(d.evidence.length, "item")} of evidence${stale ? `, ${stale} stale` : ""}`
        : "No evidence yet",
      why: "A control only counts at audit if you can show it working: records, exports, screenshots and reports that are recent enough to be believed.",
      path: "evidence",
      action: "Evidence",
    },
    {
      id: "audit",
      title: "Run an internal audit",
      done: completedAudits.length > 0,
      status: completedAudits.length
        ? `${plural(completedAudits.length, "audit")} completed`
        : plannedAudits.length
          ? `${plural(plannedAudits.length, "audit")} planned, none completed`
          : "No audit planned",
      why: "Before certification the ISMS must have checked itself: an impartial internal audit that finds gaps before the certification body does.",
      path: "audits",
      action: "Internal audits",
    },
    {
      id: "review",
      title: "Hold a management review",
      done: held.length > 0,
      status: lastReview ? `Last review held on ${formatDate(lastReview)}` : "No management review held",
      why: "Top management has to look at how the ISMS performs and decide what changes; without a recorded review a stage 2 audit cannot pass.",
      path: "reviews",
      action: "Management reviews",
    },
  ];
}
