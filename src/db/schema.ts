/**
 * Row types of every table, in camelCase (the CamelCasePlugin maps them to snake_case columns).
 * Column types are chosen to be identical on SQLite and PostgreSQL (ADR 0004): ids, dates and
 * timestamps are text (UUIDv7, ISO 8601 in UTC), booleans are integers 0/1, structured values
 * are JSON text. A backup therefore carries the same values whichever engine wrote it.
 */

import type * as Audit from "./schema-audit.js";
import type * as Auth from "./schema-auth.js";
import type { ApprovalColumns, ClimateColumns } from "./schema-columns.js";
import type * as Fw from "./schema-frameworks.js";
import type * as Ops from "./schema-operations.js";
import type {
  AuditFindingTable,
  AuditTable,
  AwarenessActivityTable,
  CommunicationTable,
  CompetenceRecordTable,
  CorrectiveActionTable,
  ImprovementTable,
  IsmsChangeTable,
  IsmsRoleTable,
  ManagementReviewTable,
  NonconformityTable,
  PolicyAckTable,
  PolicyCommentTable,
  PolicyReviewTable,
  PolicyVersionTable,
  RiskAssessmentRunTable,
} from "./schema-registers.js";

/** Columns shared by every organization-owned row. */
export interface OrgRow {
  id: string;
  orgId: string;
  /** Optimistic-concurrency counter, incremented by every update. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type Flag = 0 | 1;
export type Json = string; // JSON text

export interface OrganizationTable {
  id: string;
  slug: string;
  name: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  isInstallationOwner: Flag;
  disabled: Flag;
  /** Base32 TOTP secret (RFC 6238) once set up. */
  totpSecret: string | null;
  totpEnabled: Flag;
  /** The last TOTP time step accepted (a code is accepted once). */
  totpLastStep: number | null;
  /** A TOTP secret being enrolled, in force only once a code from it is confirmed. */
  totpPendingSecret: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MembershipTable extends OrgRow {
  userId: string;
  role: string;
  title: string | null; // job title here: records naming an owner by title reach this person
}

export interface BlobTable {
  sha256: string;
  size: number;
  mime: string;
  data: Uint8Array;
  createdAt: string;
}

export interface ContextIssueTable extends OrgRow {
  kind: string;
  title: string;
  description: string | null;
  category: string | null;
  climateRelated: Flag;
}

export interface InterestedPartyTable extends OrgRow {
  name: string;
  description: string | null;
  /** [{ text, addressed }] */
  requirements: Json;
}

export interface ScopeTable extends OrgRow, ClimateColumns {
  statement: string;
  boundaries: string | null;
  interfaces: string | null;
  dependencies: string | null;
  exclusions: string | null;
}

export interface AssetTable extends OrgRow {
  key: string;
  name: string;
  type: string;
  description: string | null;
  owner: string | null;
  location: string | null;
  classification: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
}

export interface RiskMethodologyTable extends OrgRow {
  definition: Json;
}

export interface RiskTable extends OrgRow {
  key: string;
  title: string;
  description: string | null;
  threat: string | null;
  vulnerability: string | null;
  consequence: string | null;
  /** ["C","I","A"] */
  cia: Json;
  owner: string | null;
  inherentLikelihood: number | null;
  inherentImpact: number | null;
  inherentScore: number | null;
  inherentLevel: string | null;
  existingControls: string | null;
  treatment: string | null;
  /** The organization's own controls planned beside Annex A ones. */
  ownControls: Json;
  residualLikelihood: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  residualLevel: string | null;
  residualJustification: string | null;
  acceptedBy: string | null;
  acceptedAt: string | null;
  acceptanceComment: string | null;
  acceptanceException: string | null;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  status: string;
}

export interface RiskAssetTable extends OrgRow {
  riskId: string;
  assetId: string;
}

export interface RiskControlTable extends OrgRow {
  riskId: string;
  /** Annex A control id, e.g. "8.8". */
  controlId: string;
}

export interface TreatmentActionTable extends OrgRow {
  riskId: string;
  title: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
  completedOn: string | null;
}

export interface SoaEntryTable extends OrgRow {
  controlId: string;
  /** null while undecided. */
  applicable: Flag | null;
  /** ["risk","legal","contractual","business"] */
  reasons: Json;
  justification: string | null;
  status: string;
  notes: string | null;
  owner: string | null;
  nextReviewOn: string | null;
}

export interface SoaVersionTable extends OrgRow, ApprovalColumns {
  number: number;
  approvedBy: string;
  approvedAt: string;
  note: string | null;
  snapshot: Json;
}

export interface EvidenceTable extends OrgRow {
  key: string;
  title: string;
  description: string | null;
  kind: string;
  url: string | null;
  sha256: string | null;
  size: number | null;
  mime: string | null;
  filename: string | null;
  collectedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  reviewDueOn: string | null;
  owner: string | null;
}

export interface EvidenceLinkTable extends OrgRow {
  evidenceId: string;
  /** "control" | "risk" | "audit" */
  targetType: string;
  targetId: string;
}

export interface ImplementationNoteTable extends OrgRow {
  controlId: string;
  body: string;
  author: string | null;
}

export interface TaskTable extends OrgRow {
  key: string;
  title: string;
  description: string | null;
  owner: string | null;
  dueOn: string | null;
  status: string;
  relatedType: string | null;
  relatedId: string | null;
}

export interface ObjectiveTable extends OrgRow {
  key: string;
  title: string;
  description: string | null;
  measure: string | null;
  target: string | null;
  owner: string | null;
  dueOn: string | null;
  status: string;
}

export interface MeasurementTable extends OrgRow {
  objectiveId: string | null;
  metric: string;
  measuredOn: string;
  value: number;
  note: string | null;
}

export interface DocumentTable extends OrgRow {
  key: string;
  title: string;
  docType: string;
  docVersion: string | null;
  owner: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  classification: string | null;
  reviewMonths: number | null;
  retention: string | null;
  location: string | null;
  /** Clause ids this document satisfies, e.g. ["4.3"]. */
  clauseRefs: Json;
  nextReviewOn: string | null;
  /** Annex A control ids the document serves (a policy is evidence for them), JSON. */
  controlRefs: Json | null;
  /** The policy template it was drafted from, if any. */
  templateKey: string | null;
}

export interface Database extends Audit.AuditTables {
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: Auth.SessionTable;
  apiTokens: Auth.ApiTokenTable;
  oidcStates: Auth.OidcStateTable;
  userIdentities: Auth.UserIdentityTable;
  signInChallenges: Auth.SignInChallengeTable;
  blobs: BlobTable;
  contextIssues: ContextIssueTable;
  interestedParties: InterestedPartyTable;
  scopes: ScopeTable;
  assets: AssetTable;
  riskMethodologies: RiskMethodologyTable;
  risks: RiskTable;
  riskAssets: RiskAssetTable;
  riskControls: RiskControlTable;
  treatmentActions: TreatmentActionTable;
  soaEntries: SoaEntryTable;
  soaVersions: SoaVersionTable;
  evidence: EvidenceTable;
  evidenceLinks: EvidenceLinkTable;
  implementationNotes: ImplementationNoteTable;
  tasks: TaskTable;
  objectives: ObjectiveTable;
  measurements: MeasurementTable;
  documents: DocumentTable;
  audits: AuditTable;
  auditFindings: AuditFindingTable;
  managementReviews: ManagementReviewTable;
  nonconformities: NonconformityTable;
  correctiveActions: CorrectiveActionTable;
  ismsRoles: IsmsRoleTable;
  ismsChanges: IsmsChangeTable;
  competenceRecords: CompetenceRecordTable;
  awarenessActivities: AwarenessActivityTable;
  communications: CommunicationTable;
  riskAssessmentRuns: RiskAssessmentRunTable;
  improvements: ImprovementTable;
  policyVersions: PolicyVersionTable;
  policyComments: PolicyCommentTable;
  policyAcks: PolicyAckTable;
  policyReviews: PolicyReviewTable;
  suppliers: Ops.SupplierTable;
  supplierAssessments: Ops.SupplierAssessmentTable;
  incidents: Ops.IncidentTable;
  incidentEntries: Ops.IncidentEntryTable;
  incidentNotifications: Ops.IncidentNotificationTable;
  requirements: Ops.RequirementTable;
  calendarFeeds: Ops.CalendarFeedTable;
  mailPreferences: Ops.MailPreferenceTable;
  sentMessages: Ops.SentMessageTable;
  frameworks: Fw.FrameworkTable;
  frameworkItems: Fw.FrameworkItemTable;
  mappingSets: Fw.MappingSetTable;
  frameworkMappings: Fw.FrameworkMappingTable;
  coverageNotes: Fw.CoverageNoteTable;
}

/** Tables whose rows belong to one organization (they carry orgId, version and timestamps). */
export type OrgTableName = {
  [K in keyof Database]: Database[K] extends OrgRow ? K : never;
}[keyof Database];

/**
 * Organization-owned tables in dependency order: a table comes after every table it references,
 * so inserting in this order and deleting in reverse never violates a foreign key.
 */
export const ORG_TABLES = [
  "memberships",
  "contextIssues",
  "interestedParties",
  "scopes",
  "assets",
  "riskMethodologies",
  "risks",
  "riskAssets",
  "riskControls",
  "treatmentActions",
  "soaEntries",
  "soaVersions",
  "evidence",
  "evidenceLinks",
  "implementationNotes",
  "tasks",
  "objectives",
  "measurements",
  "documents",
  "audits",
  "auditFindings",
  "managementReviews",
  "nonconformities",
  "correctiveActions",
  "ismsRoles",
  "ismsChanges",
  "competenceRecords",
  "awarenessActivities",
  "communications",
  "riskAssessmentRuns",
  "improvements",
  "policyVersions",
  "policyComments",
  "policyAcks",
  "policyReviews",
  "suppliers",
  "supplierAssessments",
  "incidents",
  "incidentEntries",
  "incidentNotifications",
  "requirements",
  "coverageNotes",
] as const satisfies readonly OrgTableName[];
