/**
 * Certification readiness of the management system (ISO/IEC 27001 clauses 4–10). Each clause gets
 * a status derived from the workspace's data, with the reasons, and what blocks a stage 1
 * (documentation) or stage 2 (implementation) audit is listed with where it is fixed.
 */
import { CLAUSES } from "../catalog/index.js";

export type ClauseStatus = "met" | "partial" | "missing";

export interface ManagementSystemFacts {
  today: string;
  contextIssues: { kind: string; climateRelated: boolean }[];
  interestedParties: { name: string; requirements: { text: string; addressed: boolean }[] }[];
  scope: { statement: string; boundaries: string | null; interfaces: string | null } | null;
  documents: {
    key: string;
    title: string;
    docType: string;
    clauseRefs: string[];
    approvedOn: string | null;
    owner: string | null;
    docVersion: string | null;
    classification: string | null;
    retention: string | null;
    reviewMonths: number | null;
    nextReviewOn: string | null;
  }[];
  roles: { role: string; holder: string | null }[];
  methodologyStored: boolean;
  acceptanceMaxScore: number;
  reviewIntervalMonths: number;
  risks: { key: string; owner: string | null; treatment: string | null; currentScore: number }[];
  soa: { approvedVersion: number | null; changedSinceLatest: boolean; lintProblems: number };
  objectives: {
    key: string;
    measure: string | null;
    target: string | null;
    owner: string | null;
    measurements: number;
  }[];
  changes: number;
  competenceRecords: number;
  awarenessDates: string[];
  communications: number;
  assessmentRuns: string[];
  treatmentActions: { dueOn: string | null; status: string }[];
  measurementDates: string[];
  audits: {
    key: string;
    status: string;
    completedOn: string | null;
    plannedStart: string | null;
    scopeRefs: string[];
    findings: number;
  }[];
  applicableControls: string[];
  reviews: { heldOn: string | null; status: string; inputs: Record<string, string>; decisions: string[] }[];
  nonconformities: {
    key: string;
    status: string;
    rootCause: string | null;
    actions: { status: string; dueOn: string | null; effective: boolean | null }[];
  }[];
  improvementDates: string[];
}

export interface Blocker {
  stage: 1 | 2;
  ref: string;
  message: string;
  /** The command (or screen) where it is fixed. */
  fix: string;
}

export interface ClauseReadiness {
  id: string;
  title: string;
  status: ClauseStatus;
  reasons: string[];
}

export interface ReadinessReport {
  clauses: ClauseReadiness[];
  blockers: Blocker[];
  /** Share of sub-clauses met (partial counts half), 0..1. */
  clauseScore: number;
}

/** The 9.3.2 inputs a management review must consider. */
export const REVIEW_INPUTS = [
  "statusOfPreviousActions",
  "changesInIssues",
  "changesInInterestedParties",
  "nonconformitiesAndCorrectiveActions",
  "monitoringResults",
  "auditResults",
  "objectivesFulfilment",
  "interestedPartyFeedback",
  "riskAssessmentResults",
  "opportunitiesForImprovement",
] as const;

export interface MandatoryDocumentCheck {
  clause: string;
  document: string;
  present: boolean;
  /** Register keys of approved documents that satisfy it. */
  documents: string[];
}

/** The documented information the standard makes mandatory, and which of it the register holds. */
export function mandatoryDocumentChecklist(
  documents: ManagementSystemFacts["documents"],
): MandatoryDocumentCheck[] {
  return CLAUSES.flatMap((clause) =>
    clause.mandatoryDocuments.map((document) => {
      const matching = documents.filter((d) => d.clauseRefs.includes(clause.id) && d.approvedOn);
      return {
        clause: clause.id,
        document,
        present: matching.length > 0,
        documents: matching.map((d) => d.key),
      };
    }),
  );
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const within = (date: string | null | undefined, today: string, days: number) =>
  !!date && date <= today && daysBetween(date, today) <= days;

type Verdict = { status: ClauseStatus; reasons: string[]; blockers?: Omit<Blocker, "ref">[] };
const met = (...reasons: string[]): Verdict => ({ status: "met", reasons });
const partial = (reasons: string[], blockers: Omit<Blocker, "ref">[] = []): Verdict => ({
  status: "partial",
  reasons,
  blockers,
});
const missing = (reasons: string[], blockers: Omit<Blocker, "ref">[] = []): Verdict => ({
  status: "missing",
  reasons,
  blockers,
});

function docsFor(f: ManagementSystemFacts, clause: string) {
  return f.documents.filter((d) => d.clauseRefs.includes(clause));
}

function documentRule(f: ManagementSystemFacts, clause: string, what: string, stage: 1 | 2 = 1): Verdict {
  const docs = docsFor(f, clause);
  const approved = docs.filter((d) => d.approvedOn);
  if (approved.length) return met(`${what}: ${approved.map((d) => d.key).join(", ")} approved`);
  const fix = `isms docs add --org SLUG --title "${what}" --clauses ${clause} --approved-by NAME`;
  if (docs.length)
    return partial(
      [`${what} exists but is not approved`],
      [{ stage, message: `${what} is not approved`, fix }],
    );
  return missing(
    [`no ${what.toLowerCase()} in the document register`],
    [{ stage, message: `${what} is missing`, fix }],
  );
}

/** Every clause's rule. Headings (4, 5, …) and groups (6.1, 7.5, 9.2, 9.3) take their children's worst status. */
const RULES: Record<string, (f: ManagementSystemFacts) => Verdict> = {
  "4.1": (f) => {
    const internal = f.contextIssues.filter((i) => i.kind === "internal").length;
    const external = f.contextIssues.filter((i) => i.kind === "external").length;
    const fix = "isms context add-issue --org SLUG --kind internal|external --title …";
    if (!internal || !external) {
      return missing(
        [`${internal} internal and ${external} external issues recorded`],
        [{ stage: 1, message: "internal and external issues are not determined", fix }],
      );
    }
    if (!f.contextIssues.some((i) => i.climateRelated)) {
      return partial(
        [
          `${internal} internal and ${external} external issues`,
          "whether climate change is a relevant issue is not recorded (Amd 1:2024)",
        ],
        [
          {
            stage: 1,
            message: "climate change has not been considered as an issue (ISO/IEC 27001:2022/Amd 1:2024)",
            fix: `${fix} --climate`,
          },
        ],
      );
    }
    return met(`${internal} internal and ${external} external issues, climate change considered`);
  },
  "4.2": (f) => {
    const fix = "isms context add-party --org SLUG --name … --requirement …";
    if (!f.interestedParties.length)
      return missing(
        ["no interested parties recorded"],
        [{ stage: 1, message: "interested parties are not determined", fix }],
      );
    const without = f.interestedParties.filter((p) => p.requirements.length === 0).map((p) => p.name);
    if (without.length) return partial([`requirements missing for ${without.join(", ")}`]);
    const addressed = f.interestedParties.flatMap((p) => p.requirements).filter((r) => r.addressed).length;
    return met(
      `${f.interestedParties.length} interested parties; ${addressed} requirements addressed by the ISMS`,
    );
  },
  "4.3": (f) => {
    const fix = "isms context set-scope --org SLUG --statement … --boundaries … --interfaces …";
    if (!f.scope?.statement.trim())
      return missing(["no scope statement"], [{ stage: 1, message: "the ISMS scope is not defined", fix }]);
    if (!f.scope.boundaries || !f.scope.interfaces)
      return partial(
        ["the scope lacks boundaries or interfaces"],
        [{ stage: 1, message: "the scope does not state boundaries and interfaces", fix }],
      );
    return met("scope statement with boundaries and interfaces");
  },
  "4.4": (f) =>
    f.scope && f.methodologyStored && f.soa.approvedVersion !== null
      ? met("scope, risk method and an approved SoA are in place")
      : partial(["the ISMS is not yet established end to end (scope, risk method, approved SoA)"]),
  "5.1": (f) => {
    const recent = f.reviews.some((r) => r.status === "completed" && within(r.heldOn, f.today, 400));
    const policy = docsFor(f, "5.2").some((d) => d.approvedOn);
    if (recent && policy) return met("policy approved and a management review held in the last year");
    return partial(
      [
        !policy ? "no approved information security policy" : "",
        !recent ? "no management review in the last year" : "",
      ].filter(Boolean),
    );
  },
  "5.2": (f) => documentRule(f, "5.2", "Information security policy"),
  "5.3": (f) => {
    const assigned = f.roles.filter((r) => r.holder?.trim());
    if (!f.roles.length)
      return missing(
        ["no ISMS roles recorded"],
        [
          {
            stage: 1,
            message: "ISMS roles and responsibilities are not assigned",
            fix: "isms roles add --org SLUG --role … --holder …",
          },
        ],
      );
    return assigned.length === f.roles.length
      ? met(`${assigned.length} ISMS roles assigned`)
      : partial([`${f.roles.length - assigned.length} role(s) without a holder`]);
  },
  "6.1.1": (f) =>
    f.risks.length
      ? met(`${f.risks.length} risks identified`)
      : missing(
          ["the risk register is empty"],
          [{ stage: 1, message: "no risks have been identified", fix: "isms risk import FILE --org SLUG" }],
        ),
  "6.1.2": (f) => {
    const documented = f.methodologyStored || docsFor(f, "6.1.2").some((d) => d.approvedOn);
    const unowned = f.risks.filter((r) => !r.owner).map((r) => r.key);
    if (!documented)
      return partial(
        ["the risk assessment method is the built-in default and not documented"],
        [
          {
            stage: 1,
            message: "the risk assessment process is not documented",
            fix: "isms risk method --org SLUG --document",
          },
        ],
      );
    if (unowned.length)
      return partial(
        [`risks without an owner: ${unowned.slice(0, 5).join(", ")}${unowned.length > 5 ? "…" : ""}`],
        [
          {
            stage: 2,
            message: `${unowned.length} risk(s) have no owner`,
            fix: "isms risk update KEY --org SLUG --owner …",
          },
        ],
      );
    return met("documented method; every risk has an owner");
  },
  "6.1.3": (f) => {
    const untreated = f.risks
      .filter((r) => r.currentScore > f.acceptanceMaxScore && !r.treatment)
      .map((r) => r.key);
    const reasons: string[] = [];
    const blockers: Omit<Blocker, "ref">[] = [];
    if (f.soa.approvedVersion === null) {
      reasons.push("the SoA has not been approved");
      blockers.push({
        stage: 1,
        message: "the Statement of Applicability is not approved",
        fix: "isms soa approve --org SLUG",
      });
    }
    if (f.soa.lintProblems) {
      reasons.push(`the SoA lint reports ${f.soa.lintProblems} problem(s)`);
      blockers.push({
        stage: 2,
        message: `the SoA has ${f.soa.lintProblems} lint problem(s)`,
        fix: "isms soa lint --org SLUG",
      });
    }
    if (untreated.length) {
      reasons.push(`risks above acceptance without treatment: ${untreated.join(", ")}`);
      blockers.push({
        stage: 1,
        message: `${untreated.length} risk(s) above the acceptance criteria have no treatment`,
        fix: "isms risk update KEY --org SLUG --treatment …",
      });
    }
    if (!reasons.length)
      return met(
        `SoA v${f.soa.approvedVersion} approved and lint-clean; every risk above acceptance is treated`,
      );
    return (f.soa.approvedVersion === null ? missing : partial)(reasons, blockers);
  },
  "6.2": (f) => {
    const fix = "isms objectives add --org SLUG --title … --measure … --target … --owner …";
    if (!f.objectives.length)
      return missing(
        ["no information security objectives"],
        [{ stage: 1, message: "information security objectives are not set", fix }],
      );
    const incomplete = f.objectives.filter((o) => !o.measure || !o.target || !o.owner).map((o) => o.key);
    const unmeasured = f.objectives.filter((o) => o.measurements === 0).map((o) => o.key);
    if (incomplete.length)
      return partial([`objectives without measure, target or owner: ${incomplete.join(", ")}`]);
    if (unmeasured.length)
      return partial(
        [`objectives never measured: ${unmeasured.join(", ")}`],
        [
          {
            stage: 2,
            message: "objectives are not monitored",
            fix: "isms objectives measure KEY --org SLUG --value …",
          },
        ],
      );
    return met(`${f.objectives.length} objectives with measures, targets, owners and results`);
  },
  "6.3": (f) =>
    f.changes > 0 || docsFor(f, "6.3").length
      ? met(`${f.changes} planned change(s) recorded`)
      : partial(["no planned changes to the ISMS are recorded"]),
  "7.1": (f) =>
    f.reviews.some((r) => Object.keys(r.inputs).length || r.decisions.length)
      ? met("resources considered at management review")
      : partial(["no record that resources were determined"]),
  "7.2": (f) =>
    f.competenceRecords
      ? met(`${f.competenceRecords} competence record(s)`)
      : missing(
          ["no evidence of competence"],
          [
            {
              stage: 2,
              message: "no evidence of competence is retained",
              fix: "isms competence add --org SLUG --person … --competence …",
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
              fix: "isms awareness add --org SLUG --title … --held-on YYYY-MM-DD",
            },
          ],
        );
  },
  "7.4": (f) =>
    f.communications
      ? met(`${f.communications} communication plan entries`)
      : partial(["no communication plan"]),
  "7.5.1": (f) => {
    const checklist = mandatoryDocumentChecklist(f.documents);
    const absent = checklist.filter((c) => !c.present);
    if (!absent.length) return met(`all ${checklist.length} mandatory documents are in the register`);
    return partial(
      absent.map((c) => `missing: ${c.document} (${c.clause})`),
      absent.map((c) => ({
        stage: 1 as const,
        message: `mandatory document missing: ${c.document} (clause ${c.clause})`,
        fix: `isms docs add --org SLUG --clauses ${c.clause} …`,
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
      ? partial([`${overdue} treatment action(s) overdue`])
      : met("no overdue treatment actions");
  },
  "8.2": (f) => {
    const last = [...f.assessmentRuns].sort().at(-1);
    const limit = f.reviewIntervalMonths * 31;
    if (!last)
      return missing(
        ["no risk assessment run recorded"],
        [
          {
            stage: 2,
            message: "no risk assessment has been performed",
            fix: "isms assessments add --org SLUG --summary …",
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
              fix: "isms assessments add --org SLUG --summary …",
            },
          ],
        );
  },
  "8.3": (f) => {
    const modify = f.risks.filter((r) => r.treatment === "modify").length;
    const done = f.treatmentActions.filter((a) => a.status === "done").length;
    return modify && done
      ? met(`${done} treatment action(s) completed`)
      : partial(["no completed risk treatment recorded"]);
  },
  "9.1": (f) => {
    const recent = f.measurementDates.filter((d) => within(d, f.today, 190)).length;
    return recent
      ? met(`${recent} measurement(s) in the last six months`)
      : partial(
          ["no monitoring or measurement results in the last six months"],
          [
            {
              stage: 2,
              message: "no recent monitoring and measurement results",
              fix: "isms objectives measure KEY --org SLUG --value …",
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
          fix: "isms audit-programme add --org SLUG …; isms audit-programme complete KEY",
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
            fix: "isms audit-programme add --org SLUG …",
          },
        ],
      );
    if (uncoveredClauses.length || uncoveredControls.length) {
      return partial(
        [
          `the programme does not yet cover ${uncoveredClauses.length} clause(s) and ${uncoveredControls.length} applicable control(s)`,
        ],
        [
          {
            stage: 1,
            message: "the audit programme does not cover every clause and applicable control",
            fix: "isms audit-programme add --org SLUG --scope …",
          },
        ],
      );
    }
    return met("the programme covers every clause and applicable control");
  },
  "9.3.1": (f) =>
    f.reviews.some((r) => r.status === "completed" && within(r.heldOn, f.today, 400))
      ? met("management review held in the last year")
      : missing(
          ["no management review in the last year"],
          [
            {
              stage: 2,
              message: "no management review has been held",
              fix: "isms review prefill --org SLUG; isms review record --org SLUG …",
            },
          ],
        ),
  "9.3.2": (f) => {
    const last = [...f.reviews]
      .filter((r) => r.status === "completed")
      .sort((a, b) => (a.heldOn ?? "").localeCompare(b.heldOn ?? ""))
      .at(-1);
    if (!last) return missing(["no management review recorded"]);
    const absent = REVIEW_INPUTS.filter((k) => !last.inputs[k]?.trim());
    return absent.length
      ? partial([`inputs not considered: ${absent.join(", ")}`])
      : met("every input of 9.3.2 was considered");
  },
  "9.3.3": (f) =>
    f.reviews.some((r) => r.decisions.length)
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
            fix: "isms nc list --org SLUG",
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

const RANK: Record<ClauseStatus, number> = { met: 2, partial: 1, missing: 0 };

/** The readiness of every clause from 4.1 to 10.2, and the blockers for stage 1 and stage 2. */
export function assessReadiness(f: ManagementSystemFacts): ReadinessReport {
  const verdicts = new Map<string, ClauseReadiness>();
  const blockers: Blocker[] = [];
  for (const clause of CLAUSES) {
    const rule = RULES[clause.id];
    if (!rule) continue;
    const v = rule(f);
    verdicts.set(clause.id, { id: clause.id, title: clause.title, status: v.status, reasons: v.reasons });
    for (const b of v.blockers ?? []) blockers.push({ ...b, ref: `clause:${clause.id}` });
  }
  // Groups and headings, deepest first, take the worst status of their children.
  for (const clause of [...CLAUSES].reverse()) {
    if (verdicts.has(clause.id)) continue;
    const children = CLAUSES.filter((c) => c.parent === clause.id)
      .map((c) => verdicts.get(c.id))
      .filter((c) => c !== undefined);
    const worst = children.reduce<ClauseStatus>((w, c) => (RANK[c.status] < RANK[w] ? c.status : w), "met");
    const notMet = children.filter((c) => c.status !== "met").map((c) => c.id);
    verdicts.set(clause.id, {
      id: clause.id,
      title: clause.title,
      status: worst,
      reasons: notMet.length ? [`not met: ${notMet.join(", ")}`] : ["every sub-clause is met"],
    });
  }
  const listed = CLAUSES.filter((c) => c.id !== "4")
    .map((c) => verdicts.get(c.id))
    .filter((c) => c !== undefined);
  const leaves = listed.filter((c) => RULES[c.id]);
  const clauseScore = leaves.reduce((sum, c) => sum + RANK[c.status] / 2, 0) / leaves.length;
  blockers.sort((a, b) => a.stage - b.stage);
  return { clauses: listed, blockers, clauseScore };
}
