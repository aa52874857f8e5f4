/**
 * What readiness is computed from (the workspace's facts) and what it reports.
 */
export type ClauseStatus = "met" | "partial" | "missing";

export interface ManagementSystemFacts {
  today: string;
  contextIssues: { kind: string; climateRelated: boolean }[];
  interestedParties: { name: string; requirements: { text: string; addressed: boolean }[] }[];
  scope: {
    statement: string;
    boundaries: string | null;
    interfaces: string | null;
    version: number;
    updatedOn: string;
  } | null;
  /** The organization's climate-change determination (4.1, Amd 1:2024), once recorded. */
  climate: { relevant: boolean; reason: string | null } | null;
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
  /** The adopted risk method's version and the day it was last changed. */
  method: { version: number | null; adoptedOn: string | null };
  acceptanceMaxScore: number;
  reviewIntervalMonths: number;
  risks: {
    key: string;
    owner: string | null;
    treatment: string | null;
    currentScore: number;
    residualAssessed: boolean;
  }[];
  soa: {
    approvedVersion: number | null;
    approvedOn: string | null;
    approvedBy: string | null;
    changedSinceLatest: boolean;
    lintProblems: number;
  };
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
  /** Annex A controls with linked evidence. */
  controlEvidence: string[];
  reviews: {
    key: string;
    heldOn: string | null;
    status: string;
    inputs: Record<string, string>;
    decisions: string[];
  }[];
  nonconformities: {
    key: string;
    status: string;
    rootCause: string | null;
    actions: { status: string; dueOn: string | null; effective: boolean | null }[];
  }[];
  improvementDates: string[];
}

/**
 * What fixes a blocker, as data: each interface says it in its own words (the CLI names a command,
 * the web app links a page, the API returns the action for clients to choose).
 */
export const FIX_ACTIONS = [
  "add-document",
  "add-context-issue",
  "record-climate",
  "add-interested-party",
  "set-scope",
  "add-role",
  "add-competence",
  "add-awareness",
  "add-risks",
  "define-risk-method",
  "assign-risk-owners",
  "treat-risks",
  "approve-soa",
  "resolve-soa-problems",
  "add-objective",
  "measure-objective",
  "add-assessment",
  "plan-audit",
  "complete-audit",
  "record-review",
  "handle-nonconformities",
  "record-incident-process",
  "send-notifications",
  "review-suppliers",
] as const;
export type FixAction = (typeof FIX_ACTIONS)[number];

export interface Fix {
  action: FixAction;
  /** Details of the action, such as the clause and title of a missing document. */
  args?: Record<string, string>;
}

export interface Blocker {
  stage: 1 | 2;
  ref: string;
  message: string;
  fix: Fix;
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
