/**
 * Management review (ISO/IEC 27001 9.3): inputs prefilled from the workspace and recorded reviews
 * with their decisions.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, writeOrg } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import type { REVIEW_INPUTS } from "../../domain/readiness.js";
import { getMethodology } from "../risks/methodology.service.js";
import { loadRiskViews } from "../risks/risk.repository.js";
import type { OrgScope } from "../scope.js";

const today = () => new Date().toISOString().slice(0, 10);

/** "1 party", "2 parties", "3 decisions". */
const count = (n: number, word: string) =>
  `${n} ${n === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/**
 * The inputs 9.3.2 requires, prefilled from the workspace since the previous review (or the last
 * year), for people to complete.
 */
export async function prefillReviewInputs(
  db: Kysely<Database>,
  orgId: string,
  on = today(),
): Promise<Record<(typeof REVIEW_INPUTS)[number], string>> {
  const reader = new OrgReader(db, orgId);
  const reviews = (await reader.list("managementReviews", {}, "heldOn")).filter(
    (r) => r.status === "completed" && !!r.heldOn && r.heldOn <= on,
  );
  const previous = reviews.at(-1);
  const since = previous?.heldOn ?? `${Number(on.slice(0, 4)) - 1}${on.slice(4)}`;
  const after = (date: string | null | undefined) => !!date && date.slice(0, 10) > since;
  const [
    issues,
    parties,
    ncs,
    actions,
    measurements,
    objectives,
    audits,
    findings,
    improvements,
    risks,
    { method },
  ] = await Promise.all([
    reader.list("contextIssues"),
    reader.list("interestedParties"),
    reader.list("nonconformities"),
    reader.list("correctiveActions"),
    reader.list("measurements"),
    reader.list("objectives"),
    reader.list("audits"),
    reader.list("auditFindings"),
    reader.list("improvements"),
    loadRiskViews(reader),
    getMethodology(reader),
  ]);
  const previousDecisions = previous ? (JSON.parse(previous.decisions) as string[]) : [];
  const openRequirements = parties.flatMap((p) =>
    (JSON.parse(p.requirements) as { text: string; addressed: boolean }[])
      .filter((r) => !r.addressed)
      .map((r) => `${p.name}: ${r.text}`),
  );
  const above = risks.filter(
    (r) =>
      (r.residual ?? r.inherent)?.score !== undefined &&
      ((r.residual ?? r.inherent)?.score ?? 0) > method.acceptanceMaxScore,
  );
  const recentAudits = audits.filter((a) => a.status === "completed" && after(a.completedOn));
  const recentFindings = findings.filter((f) => recentAudits.some((a) => a.id === f.auditId));
  const byType = (t: string) => recentFindings.filter((f) => f.findingType === t).length;
  const inputs: Record<(typeof REVIEW_INPUTS)[number], string> = {
    statusOfPreviousActions: previous
      ? `${count(previousDecisions.length, "decision")} at the review of ${previous.heldOn}: ${previousDecisions.join("; ")}`
      : "No previous management review.",
    changesInIssues: `${count(issues.filter((i) => after(i.updatedAt)).length, "internal or external issue")} added or changed since ${since}.`,
    changesInInterestedParties: `${count(parties.filter((p) => after(p.updatedAt)).length, "interested party")} added or changed; open requirements: ${openRequirements.join("; ") || "none"}.`,
    nonconformitiesAndCorrectiveActions: `${count(ncs.filter((n) => after(n.raisedOn)).length, "nonconformity")} raised since ${since}; ${count(ncs.filter((n) => n.status !== "closed").length, "open nonconformity")}; ${count(actions.filter((a) => a.status !== "done" && a.dueOn && a.dueOn < on).length, "overdue corrective action")}.`,
    monitoringResults: `${count(measurements.filter((m) => after(m.measuredOn)).length, "measurement")} recorded since ${since}.`,
    auditResults: recentAudits.length
      ? `${recentAudits.map((a) => a.key).join(", ")}: ${byType("major_nc")} major and ${byType("minor_nc")} minor nonconformities, ${byType("observation")} observations, ${byType("opportunity")} opportunities.`
      : `No internal audit completed since ${since}.`,
    objectivesFulfilment:
      objectives.map((o) => `${o.key} ${o.title}: ${o.status}`).join("; ") || "No objectives set.",
    interestedPartyFeedback: openRequirements.length
      ? `Requirements not yet addressed: ${openRequirements.join("; ")}.`
      : "No open requirements from interested parties.",
    riskAssessmentResults: `${count(risks.length, "risk")}; ${above.length} above the acceptance criteria (${
      above
        .map((r) => r.key)
        .slice(0, 10)
        .join(", ") || "none"
    }); ${risks.filter((r) => r.acceptance).length} residual risks accepted.`,
    opportunitiesForImprovement: `${count(improvements.filter((i) => after(i.raisedOn)).length, "improvement")} logged and ${count(byType("opportunity"), "audit opportunity")} for improvement since ${since}.`,
  };
  return inputs;
}

export interface ReviewInput {
  title?: string;
  heldOn?: string | null;
  attendees?: string[];
  inputs?: Record<string, string>;
  decisions?: string[];
  /** "draft" to prepare a review and complete it later; "completed" (the default) once held. */
  status?: "draft" | "completed";
}

/** A completed review was held (on or before today) and recorded at least one decision. */
function checkCompleted(heldOn: string | null, decisions: string[], on: string) {
  if (decisions.length === 0)
    throw invalid("a management review records at least one decision", [
      { path: "decisions", message: "required" },
    ]);
  if (heldOn && heldOn > on)
    throw invalid(`a review held on ${heldOn} is in the future: save it as a draft until then`, [
      { path: "heldOn", message: "not after today" },
    ]);
}

/**
 * Records a management review: held, with its inputs and decisions (9.3.3), or as a draft whose
 * inputs are prefilled now and which is completed later.
 */
export async function recordReview(db: Kysely<Database>, orgId: string, actor: Actor, input: ReviewInput) {
  const status = input.status ?? "completed";
  const decisions = input.decisions ?? [];
  const heldOn = input.heldOn ?? (status === "completed" ? today() : null);
  if (status === "completed") checkCompleted(heldOn, decisions, today());
  const inputs = {
    ...(await prefillReviewInputs(db, orgId, heldOn ?? today())),
    ...(input.inputs ?? {}),
  };
  return writeOrg(db, orgId, actor, async (w) =>
    w.insert("managementReviews", {
      key: await w.nextKey("managementReviews", "MR"),
      title: input.title ?? "Management review",
      heldOn,
      attendees: JSON.stringify(input.attendees ?? []),
      inputs: JSON.stringify(inputs),
      decisions: JSON.stringify(decisions),
      status,
    }),
  );
}

/**
 * Changes a draft review and, with `status: "completed"`, completes it (held on or before today,
 * with at least one decision). A completed review is a record and is not changed.
 */
export async function updateReview(scope: OrgScope, key: string, input: ReviewInput) {
  return scope.write(async (w) => {
    const [row] = await w.list("managementReviews", { key });
    if (!row) throw notFound(`management review ${key}`);
    if (row.status === "completed") throw conflict(`${key} is completed and is kept as it was held`);
    const decisions = input.decisions ?? (JSON.parse(row.decisions) as string[]);
    const status = input.status ?? "draft";
    const heldOn = input.heldOn !== undefined ? input.heldOn : row.heldOn;
    const held = status === "completed" ? (heldOn ?? scope.today) : heldOn;
    if (status === "completed") checkCompleted(held, decisions, scope.today);
    return w.update("managementReviews", row.id, row.version, {
      title: input.title ?? row.title,
      heldOn: held,
      attendees: input.attendees ? JSON.stringify(input.attendees) : row.attendees,
      inputs: input.inputs
        ? JSON.stringify({ ...(JSON.parse(row.inputs) as Record<string, string>), ...input.inputs })
        : row.inputs,
      decisions: JSON.stringify(decisions),
      status,
    });
  });
}

export async function listReviews(db: Kysely<Database>, orgId: string) {
  return (await new OrgReader(db, orgId).list("managementReviews", {}, "heldOn")).map((r) => ({
    key: r.key,
    title: r.title,
    heldOn: r.heldOn,
    status: r.status,
    attendees: JSON.parse(r.attendees) as string[],
    inputs: JSON.parse(r.inputs) as Record<string, string>,
    decisions: JSON.parse(r.decisions) as string[],
  }));
}
