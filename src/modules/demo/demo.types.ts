/**
 * Shapes of the demo organization's content. Dates are given relative to the day the demo is
 * created (days ago / days ahead), so the demo always looks current.
 */
export type Cia = "C" | "I" | "A";
export type Role = "owner" | "admin" | "editor" | "auditor" | "viewer";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Job title, used as the owner label elsewhere ("CTO"). */
  title: string;
  /** The e-mail digest this person has opted in to. */
  digest?: "daily" | "weekly";
}

export interface DemoAsset {
  /** Reference used by risks in this file ("crm-db"). */
  ref: string;
  name: string;
  type: "information" | "software" | "hardware" | "service" | "people" | "site";
  description: string;
  owner: string;
  location: string;
  classification: "public" | "internal" | "confidential" | "restricted";
  /** 1 (low) to 3 (high) */
  confidentiality: 1 | 2 | 3;
  integrity: 1 | 2 | 3;
  availability: 1 | 2 | 3;
}

export interface DemoRisk {
  title: string;
  description: string;
  threat: string;
  vulnerability: string;
  consequence: string;
  cia: Cia[];
  owner: string;
  /** DemoAsset refs */
  assets: string[];
  /** 1..5 on the default 5×5 scales */
  inherent: { likelihood: 1 | 2 | 3 | 4 | 5; impact: 1 | 2 | 3 | 4 | 5 };
  existingControls: string;
  treatment: "modify" | "retain" | "avoid" | "share";
  /** Annex A control ids planned by the treatment ("8.8"). */
  controls: string[];
  /** The organization's own controls beside Annex A. */
  ownControls: string[];
  actions: { title: string; owner: string; dueInDays: number; status: "open" | "in_progress" | "done" }[];
  residual: { likelihood: 1 | 2 | 3 | 4 | 5; impact: 1 | 2 | 3 | 4 | 5 };
  /** Who accepted the residual risk, when it is accepted. */
  acceptance?: {
    by: string;
    daysAgo: number;
    comment: string;
    /** Required when the residual score is above the acceptance criteria. */
    exception?: string;
  };
  reviewInDays: number;
}

export interface DemoSoaDecision {
  applicable: boolean;
  /** "risk" is added by the loader when a risk plans the control. */
  reasons: ("legal" | "contractual" | "business")[];
  justification: string;
  status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
  owner: string;
  notes: string;
}

export interface DemoEvidence {
  title: string;
  kind: "file" | "link";
  /** For files: a name, a MIME type and the text content. */
  filename?: string;
  mime?: string;
  content?: string;
  url?: string;
  collectedDaysAgo: number;
  effectiveFromDaysAgo: number;
  effectiveToDaysAgo?: number;
  /** Negative when the review is already overdue. */
  reviewDueInDays: number;
  owner: string;
  /** Annex A control ids it proves. */
  controls: string[];
}

export interface DemoObjective {
  title: string;
  description: string;
  measure: string;
  target: string;
  owner: string;
  dueInDays: number;
  status: "on_track" | "at_risk" | "achieved" | "missed";
  measurements: { daysAgo: number; value: number; note: string }[];
}

export interface DemoDocument {
  title: string;
  docType: "policy" | "procedure" | "record" | "plan" | "register" | "report" | "standard";
  docVersion: string;
  owner: string;
  approvedBy: string;
  approvedDaysAgo: number;
  classification: "public" | "internal" | "confidential";
  reviewMonths: number;
  retention: string;
  location: string;
  /** ISO 27001 clause ids the document satisfies ("6.1.3"). */
  clauseRefs: string[];
}

export interface DemoFinding {
  findingType: "major_nc" | "minor_nc" | "observation" | "opportunity";
  /** "clause:9.1" or an Annex A id "8.13" */
  ref: string;
  description: string;
  evidence: string;
  status: "open" | "closed";
}

export interface DemoAudit {
  title: string;
  scope: string;
  criteria: string;
  auditor: string;
  startDaysAgo: number;
  endDaysAgo: number;
  findings: DemoFinding[];
}

export interface DemoReview {
  title: string;
  heldDaysAgo: number;
  attendees: string[];
  /** Keyed by the 9.3.2 input, e.g. "statusOfPreviousActions", "changesInIssues", ... */
  inputs: Record<string, string>;
  decisions: string[];
}

export interface DemoNonconformity {
  source: "internal_audit" | "incident" | "management_review" | "external_audit" | "other";
  /** Index into DEMO_AUDIT.findings when it comes from a finding. */
  findingIndex?: number;
  description: string;
  correction: string;
  rootCause: string;
  status: "open" | "in_progress" | "closed";
  raisedDaysAgo: number;
  actions: {
    description: string;
    owner: string;
    dueInDays: number;
    status: "open" | "in_progress" | "done";
    effectivenessReview: string | null;
    effective: boolean | null;
  }[];
}

export interface DemoContextIssue {
  kind: "internal" | "external";
  title: string;
  description: string;
  category: string;
  climateRelated: boolean;
}

export interface DemoInterestedParty {
  name: string;
  description: string;
  requirements: { text: string; addressed: boolean }[];
}

export interface DemoScope {
  statement: string;
  boundaries: string;
  interfaces: string;
  dependencies: string;
  exclusions: string;
}

/** Who does what in the ISMS (clause 5.3). */
export interface DemoRole {
  role: string;
  holder: string;
  responsibilities: string;
}

/** A planned change to the ISMS (clause 6.3). */
export interface DemoChange {
  title: string;
  description: string;
  owner: string;
  plannedInDays: number;
  status: "planned" | "in_progress" | "done";
}

/** Evidence of competence of a person in an ISMS role (clause 7.2). */
export interface DemoCompetence {
  person: string;
  role: string;
  competence: string;
  evidence: string;
  daysAgo: number;
}

/** An awareness activity (clause 7.3). */
export interface DemoAwareness {
  title: string;
  audience: string;
  daysAgo: number;
  participants: number;
}

/** A line of the communication plan (clause 7.4). */
export interface DemoCommunication {
  topic: string;
  audience: string;
  channel: string;
  frequency: string;
  owner: string;
}

/** A run of the risk assessment (clause 8.2). */
export interface DemoAssessmentRun {
  daysAgo: number;
  scope: string;
  performedBy: string;
  summary: string;
}

/** An entry of the continual-improvement log (clause 10.1). */
export interface DemoImprovement {
  title: string;
  description: string;
  source: string;
  owner: string;
  daysAgo: number;
  status: "proposed" | "in_progress" | "done";
}

/** A planned audit of the multi-year internal audit programme (clause 9.2.2). */
export interface DemoPlannedAudit {
  title: string;
  /** Clause ids ("clause:9.2") and Annex A ids ("8.8") in scope. */
  scopeRefs: string[];
  auditor: string;
  startInDays: number;
  endInDays: number;
}
