/**
 * People's words for every enumerated value the product shows: documents, the CLI and the web app
 * print these labels, never the stored value ("not_started" is "Not started"). Pure data, no
 * imports, so the web app can use it as it is.
 *
 * The groups are keyed by what the value describes; `label(group, value)` reads one, and a value
 * missing from its group is still turned into words (underscores and dashes become spaces, the
 * first letter capitalised) so a new stored value never reaches a reader raw.
 */

export const LABELS = {
  /** Implementation status of an SoA entry (domain/soa.ts SOA_STATUSES). */
  soaStatus: {
    not_started: "Not started",
    planned: "Planned",
    partial: "Partially implemented",
    implemented: "Implemented",
    not_applicable: "Not applicable",
  },
  /** Why a control is included (domain/soa.ts: "risk" and MANUAL_REASONS). */
  reason: {
    risk: "Risk treatment",
    legal: "Legal or regulatory requirement",
    contractual: "Contractual obligation",
    business: "Business requirement",
  },
  /** Risk treatment options (domain/risk-rules.ts TREATMENTS). */
  treatment: {
    modify: "Modify (reduce)",
    retain: "Retain (accept)",
    avoid: "Avoid",
    share: "Share (transfer)",
  },
  /** Risk statuses (RISK_STATUSES). */
  riskStatus: {
    open: "Open",
    treatment: "In treatment",
    accepted: "Accepted",
    closed: "Closed",
  },
  /** Treatment and corrective action statuses (ACTION_STATUSES). */
  actionStatus: {
    open: "Open",
    in_progress: "In progress",
    done: "Done",
    cancelled: "Cancelled",
  },
  /** Whether evidence is still current (evidence freshness). */
  freshness: {
    current: "Current",
    due_soon: "Due for review soon",
    stale: "Out of date",
  },
  /** Roles of a member of an organization. */
  role: {
    owner: "Owner",
    admin: "Administrator",
    editor: "Editor",
    auditor: "Auditor",
    viewer: "Viewer",
  },
  /** Internal audit finding types. */
  findingType: {
    major_nc: "Major nonconformity",
    minor_nc: "Minor nonconformity",
    observation: "Observation",
    opportunity: "Opportunity for improvement",
  },
  /** Statuses of audit findings and nonconformities. */
  findingStatus: {
    open: "Open",
    in_progress: "In progress",
    closed: "Closed",
  },
  /** Where a nonconformity came from (NC_SOURCES). */
  ncSource: {
    internal_audit: "Internal audit",
    external_audit: "External audit",
    incident: "Incident",
    management_review: "Management review",
    other: "Other",
  },
  /** Statuses of audits in the programme and of management reviews. */
  auditStatus: {
    planned: "Planned",
    in_progress: "In progress",
    completed: "Completed",
    draft: "Draft",
  },
  /** Objective statuses. */
  objectiveStatus: {
    on_track: "On track",
    at_risk: "At risk",
    achieved: "Achieved",
    missed: "Missed",
  },
  /** Statuses of planned ISMS changes and improvements. */
  workStatus: {
    proposed: "Proposed",
    planned: "Planned",
    in_progress: "In progress",
    done: "Done",
  },
  /** Readiness of a clause. */
  readiness: {
    met: "Met",
    partial: "Partly met",
    missing: "Missing",
  },
  /** Asset types. */
  assetType: {
    information: "Information",
    software: "Software",
    hardware: "Hardware",
    service: "Service",
    people: "People",
    site: "Site",
  },
  /** Information classification levels. */
  classification: {
    public: "Public",
    internal: "Internal",
    confidential: "Confidential",
    restricted: "Restricted",
  },
  /** Security properties. */
  cia: {
    C: "Confidentiality",
    I: "Integrity",
    A: "Availability",
  },
  /** Risk assessment approaches. */
  approach: {
    "asset-based": "Asset-based",
    "scenario-based": "Scenario-based",
  },
  /** The inputs a management review considers (clause 9.3.2), by their stored keys. */
  reviewInput: {
    statusOfPreviousActions: "Status of actions from previous reviews",
    changesInIssues: "Changes in external and internal issues",
    changesInInterestedParties: "Changes in the needs and expectations of interested parties",
    nonconformitiesAndCorrectiveActions: "Nonconformities and corrective actions",
    monitoringResults: "Monitoring and measurement results",
    auditResults: "Audit results",
    objectivesFulfilment: "Fulfilment of information security objectives",
    interestedPartyFeedback: "Feedback from interested parties",
    riskAssessmentResults: "Risk assessment results and the treatment plan",
    opportunitiesForImprovement: "Opportunities for continual improvement",
  },
  /** Annex A themes. */
  theme: {
    organizational: "Organizational",
    people: "People",
    physical: "Physical",
    technological: "Technological",
  },
  /** Kinds of context issues (clause 4.1). */
  issueKind: {
    internal: "Internal",
    external: "External",
  },
  /** Where a policy version stands in its lifecycle (policy_versions.state). */
  policyState: {
    draft: "Draft",
    in_review: "In review",
    approved: "Approved",
    published: "Published",
    superseded: "Superseded",
  },
  /** How a person acknowledged a policy (policy_acks.via). */
  ackVia: {
    account: "In the app",
    link: "By link",
  },
  /** What a scheduled policy review concluded (policy_reviews.outcome). */
  reviewOutcome: {
    unchanged: "Unchanged",
    "new-version": "New version",
  },
  /** Supplier criticality and incident severity (domain/operations.ts). */
  level: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
  supplierStatus: { onboarding: "Onboarding", active: "Active", offboarded: "Offboarded" },
  assessmentMethod: {
    certificate: "Certificate",
    soc2: "SOC 2 report",
    questionnaire: "Questionnaire",
    audit: "Audit",
    other: "Other",
  },
  assessmentResult: {
    acceptable: "Acceptable",
    conditional: "Acceptable with conditions",
    unacceptable: "Not acceptable",
  },
  incidentKind: { event: "Event", incident: "Incident" },
  incidentStatus: { open: "Open", contained: "Contained", recovered: "Recovered", closed: "Closed" },
  incidentPhase: {
    detection: "Detection",
    triage: "Triage",
    containment: "Containment",
    eradication: "Eradication",
    recovery: "Recovery",
    communication: "Communication",
    note: "Note",
  },
  requirementKind: {
    legal: "Legal",
    statutory: "Statutory",
    regulatory: "Regulatory",
    contractual: "Contractual",
  },
} as const satisfies Record<string, Record<string, string>>;

export type LabelGroup = keyof typeof LABELS;

/** A stored value in words, used when a group does not list it: "due_soon" → "Due soon". */
export function humanize(value: string): string {
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`)
    .replace(/[_-]+/g, " ")
    .trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : value;
}

/** The label of one value of a group; a value the group does not list is put into words. */
export function label(group: LabelGroup, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const table = LABELS[group] as Record<string, string>;
  return table[value] ?? humanize(value);
}

/** The labels of a group, in its order: the choices a form or a spreadsheet drop-down offers. */
export function labelsOf(group: LabelGroup): string[] {
  return Object.values(LABELS[group]);
}

/** The stored value a label stands for (reading a filled-in spreadsheet back), or undefined. */
export function fromLabel(group: LabelGroup, text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  for (const [value, words] of Object.entries(LABELS[group] as Record<string, string>))
    if (words.toLowerCase() === wanted || value.toLowerCase() === wanted) return value;
  return undefined;
}

/** Whether a control applies, in words: Yes, No (excluded) or Undecided. */
export function applicability(applicable: boolean | null | undefined): string {
  if (applicable === null || applicable === undefined) return "Undecided";
  return applicable ? "Yes" : "No";
}

export const APPLICABILITY_CHOICES = ["Yes", "No", "Undecided"] as const;

export const yesNo = (value: boolean): string => (value ? "Yes" : "No");

/** The singular or plural form for a count, without the number: plural(1, "control") is "control". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count with its noun: count(1, "control") is "1 control", count(3, "control") "3 controls". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, one, many)}`;
}

/** The verb agreeing with a count: isAre(1) is "is", isAre(2) "are". */
export const isAre = (n: number): string => (n === 1 ? "is" : "are");

/** A list in words: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], and = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}
