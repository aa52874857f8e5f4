/** Readiness rules of clauses 7 to 10: support, operation, performance evaluation and improvement. */
import { CLAUSES } from "../catalog/index.js";
import { count } from "./labels.js";
import { met, missing, partial, type Rule, within } from "./readiness-common.js";
import type { ManagementSystemFacts } from "./readiness-facts.js";
import { REVIEW_INPUTS } from "./readiness-facts.js";
import { mandatoryDocumentChecklist } from "./readiness-records.js";

/** Completed reviews held on or before today: a review dated in the future is not yet done. */
const heldReviews = (f: ManagementSystemFacts) =>
  f.reviews.filter((r) => r.status === "completed" && !!r.heldOn && r.heldOn <= f.today);

export const OPERATION_RULES: Record<string, Rule> = {
  "7.1": (f) =>
    heldReviews(f).some((r) => Object.keys(r.inputs).length || r.decisions.length)
      ? met("resources considered at management review")
      : partial(["no record that resources were determined"]),
  "7.2": (f) =>
    f.competenceRecords
      ? met(`${count(f.competenceRecords, "competence record")}`)
      : missing(
          ["no evidence of competence"],
          [
            {
              stage: 2,
              message: "no evidence of competence is retained",
              fix: { action: "add-competence" },
            },
          ],
        ),
  "7.3": (f) => {
    const recent = f.awarenessDates.filter((d) => within(d, f.today, 366)).length;
    return recent
      ? met(`${recent} awareness activit${recent === 1 ? "y" : "ies"} in the last year`)
      : partial(
          ["no awareness activity in the last year"],
          [
            {
              stage: 2,
              message: "no awareness activity in the last 12 months",
              fix: { action: "add-awareness" },
            },
          ],
        );
  },
  "7.4": (f) =>
    f.communications
      ? met(`${f.communications} communication plan entries`)
      : partial(["no communication plan"]),
  "7.5.1": (f) => {
    const checklist = mandatoryDocumentChecklist(f);
    const absent = checklist.filter((c) => !c.present);
    const byRecord = checklist.filter((c) => c.satisfiedBy === "record").length;
    if (!absent.length)
      return met(`all ${checklist.length} mandatory items are kept (${byRecord} by the ISMS's own records)`);
    return partial(
      absent.map((c) => `missing: ${c.document} (${c.clause})`),
      absent.map((c) => ({
        stage: 1 as const,
        message: `mandatory documented information missing: ${c.document} (clause ${c.clause})`,
        fix: c.fix,
      })),
    );
  },
  "7.5.2": (f) => {
    const incomplete = f.documents
      .filter((d) => !d.owner || !d.approvedOn || !d.docVersion)
      .map((d) => d.key);
    if (!f.documents.length) return missing(["the document register is empty"]);
    return incomplete.length
      ? partial([`documents without owner, version or approval: ${incomplete.join(", ")}`])
      : met("every document has an owner, a version and an approval");
  },
  "7.5.3": (f) => {
    const uncontrolled = f.documents
      .filter((d) => !d.classification || !d.retention || !d.reviewMonths)
      .map((d) => d.key);
    const overdue = f.documents.filter((d) => d.nextReviewOn && d.nextReviewOn < f.today).map((d) => d.key);
    if (!f.documents.length) return missing(["the document register is empty"]);
    const reasons = [
      ...(uncontrolled.length
        ? [`without classification, retention or review cycle: ${uncontrolled.join(", ")}`]
        : []),
      ...(overdue.length ? [`review overdue: ${overdue.join(", ")}`] : []),
    ];
    return reasons.length
      ? partial(reasons)
      : met("documents are classified, retained and reviewed on schedule");
  },
  "8.1": (f) => {
    const overdue = f.treatmentActions.filter(
      (a) => a.status !== "done" && a.status !== "cancelled" && a.dueOn && a.dueOn < f.today,
    ).length;
    return overdue
      ? partial([`${count(overdue, "treatment action")} overdue`])
      : met("no overdue treatment actions");
  },
  "8.2": (f) => {
    const last = f.assessmentRuns
      .filter((d) => d <= f.today)
      .sort()
      .at(-1);
    const limit = f.reviewIntervalMonths * 31;
    if (!last)
      return missing(
        ["no risk assessment run recorded"],
        [
          {
            stage: 2,
            message: "no risk assessment has been performed",
            fix: { action: "add-assessment" },
          },
        ],
      );
    return within(last, f.today, limit)
      ? met(`last risk assessment on ${last}`)
      : partial(
          [`last risk assessment on ${last}, beyond the ${f.reviewIntervalMonths}-month interval`],
          [
            {
              stage: 2,
              message: "the risk assessment is out of date",
              fix: { action: "add-assessment" },
            },
          ],
        );
  },
  "8.3": (f) => {
    const modify = f.risks.filter((r) => r.treatment === "modify").length;
    const done = f.treatmentActions.filter((a) => a.status === "done").length;
    return modify && done
      ? met(`${count(done, "treatment action")} completed`)
      : partial(["no completed risk treatment recorded"]);
  },
  "9.1": (f) => {
    const recent = f.measurementDates.filter((d) => within(d, f.today, 190)).length;
    return recent
      ? met(`${count(recent, "measurement")} in the last six months`)
      : partial(
          ["no monitoring or measurement results in the last six months"],
          [
            {
              stage: 2,
              message: "no recent monitoring and measurement results",
              fix: { action: "measure-objective" },
            },
          ],
        );
  },
  "9.2.1": (f) => {
    const done = f.audits.filter((a) => a.status === "completed" && within(a.completedOn, f.today, 400));
    if (done.length)
      return met(`internal audit ${done.map((a) => a.key).join(", ")} completed within the last year`);
    return missing(
      ["no internal audit completed in the last year"],
      [
        {
          stage: 2,
          message: "no internal audit has been completed within the cycle",
          fix: { action: "complete-audit" },
        },
      ],
    );
  },
  "9.2.2": (f) => {
    const covered = new Set(f.audits.flatMap((a) => a.scopeRefs));
    const clauses = CLAUSES.filter((c) => !CLAUSES.some((d) => d.parent === c.id)).map(
      (c) => `clause:${c.id}`,
    );
    const uncoveredClauses = clauses.filter((c) => !covered.has(c));
    const uncoveredControls = f.applicableControls.filter((c) => !covered.has(c));
    if (!f.audits.length)
      return missing(
        ["no internal audit programme"],
        [
          {
            stage: 1,
            message: "there is no internal audit programme",
            fix: { action: "plan-audit" },
          },
        ],
      );
    if (uncoveredClauses.length || uncoveredControls.length) {
      return partial(
        [
          `the programme does not yet cover ${count(uncoveredClauses.length, "clause")} and ${count(uncoveredControls.length, "applicable control")}`,
        ],
        [
          {
            stage: 1,
            message: "the audit programme does not cover every clause and applicable control",
            fix: { action: "plan-audit" },
          },
        ],
      );
    }
    return met("the programme covers every clause and applicable control");
  },
  "9.3.1": (f) =>
    heldReviews(f).some((r) => within(r.heldOn, f.today, 400))
      ? met("management review held in the last year")
      : missing(
          ["no management review in the last year"],
          [
            {
              stage: 2,
              message: "no management review has been held",
              fix: { action: "record-review" },
            },
          ],
        ),
  "9.3.2": (f) => {
    const last = heldReviews(f)
      .sort((a, b) => (a.heldOn ?? "").localeCompare(b.heldOn ?? ""))
      .at(-1);
    if (!last) return missing(["no management review recorded"]);
    const absent = REVIEW_INPUTS.filter((k) => !last.inputs[k]?.trim());
    return absent.length
      ? partial([`inputs not considered: ${absent.join(", ")}`])
      : met("every input of 9.3.2 was considered");
  },
  "9.3.3": (f) =>
    heldReviews(f).some((r) => r.decisions.length)
      ? met("review decisions recorded")
      : missing(["no management review decisions recorded"]),
  "10.1": (f) =>
    f.improvementDates.some((d) => within(d, f.today, 366))
      ? met("improvements logged in the last year")
      : partial(["the continual-improvement log is empty for the last year"]),
  "10.2": (f) => {
    const open = f.nonconformities.filter((n) => n.status !== "closed");
    const noRootCause = open.filter((n) => !n.rootCause).map((n) => n.key);
    const overdue = f.nonconformities
      .filter((n) => n.actions.some((a) => a.status !== "done" && a.dueOn && a.dueOn < f.today))
      .map((n) => n.key);
    const unverified = f.nonconformities
      .filter((n) => n.status === "closed" && n.actions.some((a) => a.effective === null))
      .map((n) => n.key);
    const reasons = [
      ...(noRootCause.length ? [`no root cause: ${noRootCause.join(", ")}`] : []),
      ...(overdue.length ? [`overdue corrective actions: ${overdue.join(", ")}`] : []),
      ...(unverified.length ? [`closed without an effectiveness review: ${unverified.join(", ")}`] : []),
    ];
    const blockers = overdue.length
      ? [
          {
            stage: 2 as const,
            message: `corrective actions overdue on ${overdue.join(", ")}`,
            fix: { action: "handle-nonconformities" as const },
          },
        ]
      : [];
    return reasons.length
      ? partial(reasons, blockers)
      : met(
          `${f.nonconformities.length} nonconformit${f.nonconformities.length === 1 ? "y" : "ies"} handled`,
        );
  },
};
