/**
 * The mandatory documented information of clauses 4–10 and what satisfies each item: the
 * workspace's own record (the scope, the adopted risk method, an approved SoA, objectives, audits,
 * reviews, nonconformities…), a registered and approved document, or evidence linked to the
 * matching Annex A control. The checklist says which, so nothing has to be entered twice.
 */
import { CLAUSES } from "../catalog/index.js";
import type { Fix, ManagementSystemFacts } from "./readiness-facts.js";

/** One of the workspace's own records that serves as documented information. */
export interface RecordRef {
  label: string;
  /** The page of the web app that shows it, relative to the organization (e.g. "soa"). */
  page: string;
  version: string | null;
  approvedBy: string | null;
  /** The date it was made, approved or last changed (YYYY-MM-DD). */
  date: string | null;
}

export type SatisfiedBy = "record" | "document" | "evidence";

export interface MandatoryDocumentCheck {
  clause: string;
  document: string;
  present: boolean;
  /** What satisfies it, in order of preference; null when nothing does. */
  satisfiedBy: SatisfiedBy | null;
  records: RecordRef[];
  /** Register keys of approved documents that satisfy it. */
  documents: string[];
  /** Annex A controls whose linked evidence satisfies it. */
  evidenceControls: string[];
  /** Where to make it when it is missing. */
  fix: Fix;
}

type Facts = ManagementSystemFacts;
const notAfter = (date: string | null | undefined, today: string) => !!date && date.slice(0, 10) <= today;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** A record on `page`, with what is known of its version, approval and date. */
const rec = (label: string, page: string, more: Partial<RecordRef> = {}): RecordRef => ({
  label,
  page,
  version: null,
  approvedBy: null,
  date: null,
  ...more,
});

function methodRecord(f: Facts, label: string): RecordRef[] {
  return f.method.version !== null
    ? [rec(label, "method", { version: `v${f.method.version}`, date: f.method.adoptedOn })]
    : [];
}

/**
 * Per mandatory item (by the start of its name in the catalog, which may add a note after it):
 * the records that satisfy it, its fix and the Annex A controls whose evidence documents it.
 */
const SOURCES: Record<string, { records: (f: Facts) => RecordRef[]; fix: Fix; controls?: string[] }> = {
  "ISMS scope": {
    records: (f) =>
      f.scope?.statement.trim()
        ? [rec("Scope statement", "context", { version: `v${f.scope.version}`, date: f.scope.updatedOn })]
        : [],
    fix: { action: "set-scope" },
  },
  "Information security policy": {
    records: () => [],
    fix: {
      action: "add-document",
      args: { clause: "5.2", title: "Information security policy", type: "policy" },
    },
    controls: ["5.1"],
  },
  "Information security risk assessment process": {
    records: (f) => methodRecord(f, "Risk assessment method"),
    fix: { action: "define-risk-method" },
  },
  "Information security risk treatment process": {
    records: (f) => methodRecord(f, "Risk method: treatment options and acceptance criteria"),
    fix: { action: "define-risk-method" },
  },
  "Statement of Applicability": {
    records: (f) =>
      f.soa.approvedVersion !== null
        ? [
            rec("Approved Statement of Applicability", "soa/versions", {
              version: `v${f.soa.approvedVersion}`,
              approvedBy: f.soa.approvedBy,
              date: f.soa.approvedOn,
            }),
          ]
        : [],
    fix: { action: "approve-soa" },
  },
  "Information security risk treatment plan": {
    records: (f) => {
      const treated = f.risks.filter((r) => r.treatment).length;
      return treated ? [rec(`Treatment plan: ${plural(treated, "risk")} with a treatment`, "treatment")] : [];
    },
    fix: { action: "treat-risks" },
  },
  "Information security objectives": {
    records: (f) => f.objectives.map((o) => rec(`Objective ${o.key}`, "objectives")),
    fix: { action: "add-objective" },
  },
  "Evidence of competence": {
    records: (f) =>
      f.competenceRecords
        ? [
            {
              label: plural(f.competenceRecords, "competence record"),
              page: "clauses/7.2",
              version: null,
              approvedBy: null,
              date: null,
            },
          ]
        : [],
    fix: { action: "add-competence" },
    controls: ["6.3"],
  },
  "Evidence that processes have been carried out as planned": {
    records: (f) => [
      ...f.audits
        .filter((a) => a.status === "completed" && notAfter(a.completedOn, f.today))
        .map((a) => rec(`Internal audit ${a.key}`, "audits", { date: a.completedOn })),
      ...treatmentDone(f),
    ],
    fix: { action: "complete-audit" },
  },
  "Results of information security risk assessments": {
    records: (f) =>
      f.assessmentRuns
        .filter((d) => notAfter(d, f.today))
        .sort()
        .map((d) => rec(`Risk assessment of ${d}`, "risks", { date: d })),
    fix: { action: "add-assessment" },
  },
  "Results of information security risk treatment": {
    records: (f) => {
      const residual = f.risks.filter((r) => r.treatment && r.residualAssessed).length;
      return [
        ...treatmentDone(f),
        ...(residual
          ? [rec(`${plural(residual, "risk")} treated with residual risk assessed`, "treatment")]
          : []),
      ];
    },
    fix: { action: "treat-risks" },
  },
  "Evidence of monitoring and measurement results": {
    records: (f) => {
      const dates = f.measurementDates.filter((d) => notAfter(d, f.today)).sort();
      return dates.length
        ? [
            {
              label: plural(dates.length, "measurement"),
              page: "objectives",
              version: null,
              approvedBy: null,
              date: dates.at(-1) ?? null,
            },
          ]
        : [];
    },
    fix: { action: "measure-objective" },
  },
  "Internal audit programme(s) and audit results": {
    records: (f) =>
      f.audits
        .filter((a) => a.status === "completed" && notAfter(a.completedOn, f.today))
        .map((a) =>
          rec(`Internal audit ${a.key} (${plural(a.findings, "finding")})`, "audits", {
            date: a.completedOn,
          }),
        ),
    fix: { action: "complete-audit" },
    controls: ["5.35"],
  },
  "Results of management reviews": {
    records: (f) =>
      f.reviews
        .filter((r) => r.status === "completed" && notAfter(r.heldOn, f.today))
        .map((r) => rec(`Management review ${r.key}`, "reviews", { date: r.heldOn })),
    fix: { action: "record-review" },
  },
  "Nature of nonconformities and actions taken": {
    records: (f) =>
      f.nonconformities.map((n) =>
        rec(`Nonconformity ${n.key} (${plural(n.actions.length, "action")})`, "nonconformities"),
      ),
    fix: { action: "handle-nonconformities" },
  },
  "Results of corrective actions": {
    records: (f) =>
      f.nonconformities
        .filter((n) => n.status === "closed" || n.actions.some((a) => a.status === "done"))
        .map((n) => rec(`Nonconformity ${n.key}: ${n.status}`, "nonconformities")),
    fix: { action: "handle-nonconformities" },
  },
};

function treatmentDone(f: Facts): RecordRef[] {
  const done = f.treatmentActions.filter((a) => a.status === "done").length;
  return done
    ? [
        {
          label: plural(done, "completed treatment action"),
          page: "treatment",
          version: null,
          approvedBy: null,
          date: null,
        },
      ]
    : [];
}

/** The documented information the standard makes mandatory, and what in the workspace satisfies it. */
export function mandatoryDocumentChecklist(f: Facts): MandatoryDocumentCheck[] {
  return CLAUSES.flatMap((clause) =>
    clause.mandatoryDocuments.map((document): MandatoryDocumentCheck => {
      const source = Object.entries(SOURCES).find(([name]) => document.startsWith(name))?.[1];
      const records = source?.records(f) ?? [];
      const documents = f.documents.filter(
        (d) => d.clauseRefs.includes(clause.id) && notAfter(d.approvedOn, f.today),
      );
      const evidenceControls = (source?.controls ?? []).filter((c) => f.controlEvidence.includes(c));
      const satisfiedBy: SatisfiedBy | null = records.length
        ? "record"
        : documents.length
          ? "document"
          : evidenceControls.length
            ? "evidence"
            : null;
      return {
        clause: clause.id,
        document,
        present: satisfiedBy !== null,
        satisfiedBy,
        records,
        documents: documents.map((d) => d.key),
        evidenceControls,
        fix: source?.fix ?? { action: "add-document", args: { clause: clause.id, title: document } },
      };
    }),
  );
}
