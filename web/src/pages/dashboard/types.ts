/** The names the dashboard and the guided start use for the API's shapes (generated, see api/types.ts). */
export type {
  Audit as AuditSummary,
  AuditEvent,
  Blocker,
  ClauseReadiness,
  MethodResponse as RiskMethodResponse,
  OverdueAction,
  Readiness,
  Review as ReviewSummary,
  Risk as RiskSummary,
  RiskViews,
  SoaReadiness,
  ThemeScore,
} from "../../api/types";

export type ClauseStatus = "met" | "partial" | "missing";
