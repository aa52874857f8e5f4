/** Row types of the operational registers (see schema.ts for the conventions). */
import type { Flag, Json, OrgRow } from "./schema.js";

export interface SupplierTable extends OrgRow {
  key: string;
  name: string;
  services: string | null;
  dataCategories: string | null;
  /** low | medium | high | critical */
  criticality: string;
  /** onboarding | active | offboarded */
  status: string;
  owner: string | null;
  contact: string | null;
  cloudService: Flag;
  /** For a cloud service: who does what (5.23). */
  sharedResponsibility: string | null;
  /** JSON: the contract's security terms, each true, false or null (not checked). */
  contract: Json;
  nextReviewOn: string | null;
  /** JSON: Annex A control ids. */
  controlRefs: Json;
  notes: string | null;
}

export interface SupplierAssessmentTable extends OrgRow {
  supplierId: string;
  assessedOn: string;
  /** certificate | soc2 | questionnaire | audit | other */
  method: string;
  /** What was received, e.g. "ISO/IEC 27001 certificate, scope: hosting". */
  document: string | null;
  documentExpiresOn: string | null;
  /** acceptable | conditional | unacceptable */
  result: string;
  /** low | medium | high */
  residualRisk: string;
  assessor: string | null;
  notes: string | null;
}

export interface IncidentTable extends OrgRow {
  key: string;
  title: string;
  description: string | null;
  /** event | incident */
  kind: string;
  severity: string;
  /** open | contained | recovered | closed */
  status: string;
  reportedBy: string | null;
  reportedAt: string;
  /** When it became known: the clocks of notification obligations start here. */
  detectedAt: string;
  personalData: Flag;
  closedAt: string | null;
  lessonsLearned: string | null;
  controlRefs: Json;
}

export interface IncidentEntryTable extends OrgRow {
  incidentId: string;
  at: string;
  phase: string;
  note: string;
  author: string | null;
  /** An evidence record's key holding what was collected. */
  evidenceKey: string | null;
}

export interface IncidentNotificationTable extends OrgRow {
  incidentId: string;
  obligation: string;
  recipient: string | null;
  dueAt: string | null;
  sentAt: string | null;
  reference: string | null;
}

export interface RequirementTable extends OrgRow {
  key: string;
  title: string;
  /** legal | statutory | regulatory | contractual */
  kind: string;
  source: string | null;
  jurisdiction: string | null;
  appliesTo: string | null;
  owner: string | null;
  howMet: string | null;
  controlRefs: Json;
  /** JSON: keys of documents (policies, procedures) that meet it. */
  documentRefs: Json;
  reviewOn: string | null;
}

/** A calendar feed's secret address: for one person (userId) or one organization (orgId). */
export interface CalendarFeedTable {
  id: string;
  userId: string | null;
  orgId: string | null;
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A person's reminders in one organization; user id "*" holds the organization's default. */
export interface MailPreferenceTable {
  orgId: string;
  userId: string;
  /** off, daily or weekly. */
  digest: string;
  /** Immediate messages for short clocks (notification deadlines, approvals waiting). */
  alerts: 0 | 1;
  updatedAt: string;
}

/** Every message sent or being sent: to whom, what, when; never its body or links. */
export interface SentMessageTable {
  id: string;
  orgId: string | null;
  userId: string | null;
  recipient: string;
  kind: string;
  subject: string;
  /** Set for scheduled messages: the same key is never sent twice. */
  dedupeKey: string | null;
  /** sending, sent or failed. */
  status: string;
  /** When it was last tried (a failed message is tried again later). */
  attemptedAt: string;
  sentAt: string | null;
  error: string | null;
}
