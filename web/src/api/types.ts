/**
 * The server's shapes as the web app uses them, all taken from the generated OpenAPI types
 * (schema.d.ts, `npm run gen:api`). Pages import these names instead of declaring their own copies.
 */
import type { paths } from "./schema";

/** The API's paths without their /api/v1 prefix, which is the client's base URL. */
export type ApiPaths = {
  [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P];
};
export type ApiPath = keyof ApiPaths;
type Method = "get" | "post" | "put" | "patch" | "delete";

type Operation<P extends ApiPath, M extends Method> = ApiPaths[P] extends { [K in M]: infer O } ? O : never;
type JsonOf<R> = R extends { content: { "application/json": infer J } } ? J : never;
type Success<O> = O extends { responses: infer R }
  ? R extends { 200: infer Ok }
    ? JsonOf<Ok>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;

/** The JSON body of a successful answer (200, or 201 for a creation). */
export type ApiResponse<P extends ApiPath, M extends Method = "get"> = Success<Operation<P, M>>;
/** The JSON body a request sends. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends {
    requestBody?: { content: { "application/json": infer B } };
  }
    ? B
    : never;
/** The query parameters of a request. */
export type ApiQuery<P extends ApiPath, M extends Method = "get"> =
  Operation<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/** A problem+json answer (every error of the API has this shape). */
export type Problem = JsonOf<paths["/api/v1/orgs"]["get"]["responses"][401]>;
export type FieldProblem = NonNullable<Problem["errors"]>[number];

// Session, organizations, members and tokens
export type Me = ApiResponse<"/auth/me">;
export type Membership = Me["organizations"][number];
export type OrgSummary = ApiResponse<"/orgs">[number];
export type OrgInfo = ApiResponse<"/orgs/{slug}">;
export type Member = ApiResponse<"/orgs/{slug}/members">[number];
export type Token = ApiResponse<"/tokens">[number];
export type CreatedToken = ApiResponse<"/tokens", "post">;
export type SignedInSession = ApiResponse<"/auth/sessions">[number];

// Catalog
export type CatalogControl = ApiResponse<"/catalog/controls">[number];
export type ControlAttributes = CatalogControl["attributes"];
export type ControlGuidance = CatalogControl["guidance"];
export type CatalogClause = ApiResponse<"/catalog/clauses">[number];

// Statement of Applicability
export type SoaState = ApiResponse<"/orgs/{slug}/soa">;
export type SoaEntry = ApiResponse<"/orgs/{slug}/soa/{controlId}">;
export type SoaPatch = ApiBody<"/orgs/{slug}/soa/{controlId}", "patch">;
export type SoaStatus = SoaEntry["status"];
export type SoaReason = SoaEntry["reasons"][number];
export type LintProblem = ApiResponse<"/orgs/{slug}/soa/lint">["problems"][number];
export type SoaVersion = ApiResponse<"/orgs/{slug}/soa/versions">[number];
export type SoaDiff = ApiResponse<"/orgs/{slug}/soa/diff">;
export type ControlDiff = SoaDiff["controls"][number];
export type SoaReadiness = ApiResponse<"/orgs/{slug}/soa/readiness">;

// Risks
export type Risk = ApiResponse<"/orgs/{slug}/risks/{key}">;
export type RiskInput = ApiBody<"/orgs/{slug}/risks", "post">;
export type RiskPatch = ApiBody<"/orgs/{slug}/risks/{key}", "patch">;
export type ScoredPoint = NonNullable<Risk["inherent"]>;
export type RiskAction = Risk["actions"][number];
export type Acceptance = NonNullable<Risk["acceptance"]>;
export type RiskOwner = ApiResponse<"/orgs/{slug}/risk-owners">[number];
export type RiskViews = ApiResponse<"/orgs/{slug}/risk-views">;
export type OverdueAction = NonNullable<RiskViews["overdueActions"]>[number];
export type MethodResponse = ApiResponse<"/orgs/{slug}/risk-method">;
export type MethodPreview = ApiResponse<"/orgs/{slug}/risk-method/preview", "post">;

/** The risk import answers with the column preview (columns=true) or with the import report. */
type RiskImportAnswer = ApiResponse<"/orgs/{slug}/risks/import", "post">;
export type ImportReport = Extract<RiskImportAnswer, { imported: number }>;
export type ColumnPreview = Extract<RiskImportAnswer, { rows: number }>;

// Evidence and notes
export type Evidence = ApiResponse<"/orgs/{slug}/evidence">[number];
export type UploadedEvidence = ApiResponse<"/orgs/{slug}/evidence/files", "post">;
export type ControlNote = ApiResponse<"/orgs/{slug}/notes">[number];

// Readiness and the audit trail
export type Readiness = ApiResponse<"/orgs/{slug}/readiness">;
export type ClauseReadiness = Readiness["clauses"][number];
export type Blocker = Readiness["blockers"][number];
export type ThemeScore = Readiness["themes"][number];
export type AuditEvent = ApiResponse<"/orgs/{slug}/audit-trail">[number];
export type TrailVerdict = ApiResponse<"/orgs/{slug}/audit-trail/verify">;

// Copilot
export type CopilotAnswer = ApiResponse<"/orgs/{slug}/copilot/ask", "post">;
export type Citation = CopilotAnswer["citations"][number];
export type CopilotDraft = ApiResponse<"/orgs/{slug}/copilot/draft", "post">;

// Clauses 4–10
export type Doc = ApiResponse<"/orgs/{slug}/documents">[number];
export type ChecklistItem = ApiResponse<"/orgs/{slug}/documents/checklist">[number];
export type Objective = ApiResponse<"/orgs/{slug}/objectives">[number];
export type Audit = ApiResponse<"/orgs/{slug}/audits">[number];
export type Finding = Audit["findings"][number];
export type Review = ApiResponse<"/orgs/{slug}/reviews">[number];
export type Nonconformity = ApiResponse<"/orgs/{slug}/nonconformities">[number];
export type CorrectiveAction = Nonconformity["actions"][number];
export type ReviewPrefill = ApiResponse<"/orgs/{slug}/reviews/prefill">;
export type Asset = ApiResponse<"/orgs/{slug}/assets/{key}">;
export type AssetInput = ApiBody<"/orgs/{slug}/assets", "post">;

export type ContextData = ApiResponse<"/orgs/{slug}/context">;
export type Scope = NonNullable<ContextData["scope"]>;
export type Issue = ContextData["issues"][number];
export type Party = ContextData["interestedParties"][number];
export type ScopeInput = ApiBody<"/orgs/{slug}/context/scope", "put">;

// Downloads
type ExportParams = ApiPaths["/orgs/{slug}/exports/{report}"]["get"]["parameters"];
export type ExportReport = ExportParams["path"]["report"];
export type ExportFormat = NonNullable<ApiQuery<"/orgs/{slug}/exports/{report}">["format"]>;
export type OscalDocument =
  ApiPaths["/orgs/{slug}/oscal/{document}"]["get"]["parameters"]["path"]["document"];

// Policies
export type PolicyTemplateInfo = ApiResponse<"/policy-templates">[number];
export type PolicySummary = ApiResponse<"/orgs/{slug}/policies">[number];
export type PolicyDetail = ApiResponse<"/orgs/{slug}/policies/{key}">;
export type PolicyVersion = PolicyDetail["versions"][number];
export type PolicyState = PolicyVersion["state"];
export type PolicyComment = PolicyVersion["comments"][number];
export type NewPolicy = ApiBody<"/orgs/{slug}/policies", "post">;
export type PolicyVersionPatch = ApiBody<"/orgs/{slug}/policies/{key}/versions/{n}", "patch">;
export type NewPolicyVersion = ApiBody<"/orgs/{slug}/policies/{key}/versions", "post">;
export type PolicyCommentInput = ApiBody<"/orgs/{slug}/policies/{key}/versions/{n}/comments", "post">;
export type PolicyApproval = ApiBody<"/orgs/{slug}/policies/{key}/versions/{n}/approve", "post">;
export type PolicyPublication = ApiBody<"/orgs/{slug}/policies/{key}/versions/{n}/publish", "post">;
export type PolicyComparison = ApiResponse<"/orgs/{slug}/policies/{key}/compare">;
export type PolicyAcknowledgements = ApiResponse<"/orgs/{slug}/policies/{key}/acknowledgements">;
export type PolicyAckPerson = PolicyAcknowledgements["people"][number];
export type PublicAck = ApiResponse<"/ack/{token}">;

// Operational registers: suppliers, incidents, legal and contractual requirements
export type Supplier = ApiResponse<"/orgs/{slug}/suppliers">[number];
export type SupplierDetail = ApiResponse<"/orgs/{slug}/suppliers/{key}">;
export type SupplierAssessment = SupplierDetail["assessments"][number];
export type SupplierInput = ApiBody<"/orgs/{slug}/suppliers", "post">;
export type SupplierPatch = ApiBody<"/orgs/{slug}/suppliers/{key}", "patch">;
export type AssessmentInput = ApiBody<"/orgs/{slug}/suppliers/{key}/assessments", "post">;
export type Incident = ApiResponse<"/orgs/{slug}/incidents">[number];
export type IncidentDetail = ApiResponse<"/orgs/{slug}/incidents/{key}">;
export type IncidentEntry = IncidentDetail["entries"][number];
export type Notification = Incident["notifications"][number];
export type IncidentInput = ApiBody<"/orgs/{slug}/incidents", "post">;
export type IncidentPatch = ApiBody<"/orgs/{slug}/incidents/{key}", "patch">;
export type IncidentEntryInput = ApiBody<"/orgs/{slug}/incidents/{key}/entries", "post">;
export type NotificationInput = ApiBody<"/orgs/{slug}/incidents/{key}/notifications", "post">;
export type IncidentStats = ApiResponse<"/orgs/{slug}/incidents/stats">;
export type Requirement = ApiResponse<"/orgs/{slug}/requirements">[number];
export type RequirementInput = ApiBody<"/orgs/{slug}/requirements", "post">;
export type RequirementPatch = ApiBody<"/orgs/{slug}/requirements/{key}", "patch">;
export type OperationsAttention = ApiResponse<"/orgs/{slug}/operations/attention">;
export type RegisterImportReport = ApiResponse<"/orgs/{slug}/suppliers/import", "post">;
