/**
 * Row types of the clause 4–10 registers and of policies (see schema.ts for the conventions).
 * Kept apart from schema.ts so that each file stays readable.
 */
import type { Flag, Json, OrgRow } from "./schema.js";

export interface IsmsRoleTable extends OrgRow {
  role: string;
  holder: string | null;
  responsibilities: string | null;
}

export interface IsmsChangeTable extends OrgRow {
  title: string;
  description: string | null;
  owner: string | null;
  plannedOn: string | null;
  status: string;
}

export interface CompetenceRecordTable extends OrgRow {
  person: string;
  role: string | null;
  competence: string;
  evidence: string | null;
  recordedOn: string;
}

export interface AwarenessActivityTable extends OrgRow {
  title: string;
  audience: string | null;
  heldOn: string;
  participants: number | null;
}

export interface CommunicationTable extends OrgRow {
  topic: string;
  audience: string | null;
  channel: string | null;
  frequency: string | null;
  owner: string | null;
}

export interface RiskAssessmentRunTable extends OrgRow {
  performedOn: string;
  scope: string | null;
  performedBy: string | null;
  summary: string | null;
}

export interface ImprovementTable extends OrgRow {
  title: string;
  description: string | null;
  source: string | null;
  owner: string | null;
  raisedOn: string;
  status: string;
}
/**
 * One version of a policy or procedure (the document row in `documents` is the policy itself).
 * A draft may change; from the moment it is sent for review its content is fixed, and once
 * approved the row only gains its publication and supersession.
 */
export interface PolicyVersionTable extends OrgRow {
  documentId: string;
  number: number;
  /** draft | in_review | approved | published | superseded */
  state: string;
  title: string;
  /** Markdown; for an uploaded file, a note about it. */
  content: string;
  /** SHA-256 of the content (or of the uploaded file), fixed when sent for review. */
  contentSha256: string | null;
  /** An uploaded DOCX or PDF instead of written content: its blob and name. */
  fileSha256: string | null;
  filename: string | null;
  mime: string | null;
  changeSummary: string | null;
  /** 1: people must acknowledge this version again. */
  significant: Flag;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approverRole: string | null;
  approverUserId: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  effectiveFrom: string | null;
  supersededAt: string | null;
  /** Who is asked to acknowledge, JSON: { everyone, roles, people: [{ name, email }] }. */
  audience: Json | null;
  /** The version whose acknowledgements count for this one (itself when significant). */
  ackVersionId: string | null;
}

export interface PolicyCommentTable extends OrgRow {
  versionId: string;
  author: string;
  /** The section heading the comment is about, if any. */
  section: string | null;
  /** The words of the text the comment is about, if any. */
  quote: string | null;
  body: string;
  resolved: Flag;
}

/** One person asked to acknowledge one version, and their acknowledgement once given. */
export interface PolicyAckTable extends OrgRow {
  versionId: string;
  person: string;
  email: string | null;
  userId: string | null;
  /** SHA-256 of the one-time link's secret; cleared once used. */
  tokenHash: string | null;
  requestedAt: string;
  remindedAt: string | null;
  acknowledgedAt: string | null;
  /** The content hash of the version acknowledged. */
  ackedSha256: string | null;
  /** account | link */
  via: string | null;
  clientIp: string | null;
  userAgent: string | null;
}

/** A scheduled review of a policy, with or without a new version. */
export interface PolicyReviewTable extends OrgRow {
  documentId: string;
  versionId: string | null;
  reviewedBy: string;
  reviewedOn: string;
  /** unchanged | new-version */
  outcome: string;
  note: string | null;
}

export interface AuditTable extends OrgRow {
  key: string;
  title: string;
  scope: string | null;
  /** Clause ("clause:9.2") and Annex A ("8.8") ids in scope. */
  scopeRefs: Json;
  /** Why an auditor may audit controls they own, when that had to be allowed. */
  impartialityException: string | null;
  criteria: string | null;
  auditor: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  completedOn: string | null;
  status: string;
}

export interface AuditFindingTable extends OrgRow {
  auditId: string;
  key: string;
  findingType: string;
  /** The clause ("clause:9.2") or control ("8.8") concerned. */
  ref: string | null;
  description: string;
  evidence: string | null;
  status: string;
}

export interface ManagementReviewTable extends OrgRow {
  key: string;
  title: string;
  heldOn: string | null;
  attendees: Json;
  inputs: Json;
  decisions: Json;
  status: string;
}

export interface NonconformityTable extends OrgRow {
  key: string;
  source: string;
  findingId: string | null;
  description: string;
  correction: string | null;
  rootCause: string | null;
  status: string;
  raisedOn: string;
}

export interface CorrectiveActionTable extends OrgRow {
  nonconformityId: string;
  description: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
  effectivenessReview: string | null;
  effective: Flag | null;
  completedOn: string | null;
}
