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

// Session and organizations
export type OrgSummary = ApiResponse<"/orgs">[number];
export type OrgInfo = ApiResponse<"/orgs/{slug}">;

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
export type RiskOwner = ApiResponse<"/orgs/{slug}/risk-owners">[number];

// Clauses 4–10
export type Asset = ApiResponse<"/orgs/{slug}/assets/{key}">;
export type AssetInput = ApiBody<"/orgs/{slug}/assets", "post">;

export type ContextData = ApiResponse<"/orgs/{slug}/context">;
export type Scope = NonNullable<ContextData["scope"]>;
export type Issue = ContextData["issues"][number];
export type Party = ContextData["interestedParties"][number];
export type ScopeInput = ApiBody<"/orgs/{slug}/context/scope", "put">;
