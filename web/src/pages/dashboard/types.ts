/** The shapes of the API responses the dashboard and the guided start read. */
import type { RiskMethodology } from "../../components/HeatMap";

export type ClauseStatus = "met" | "partial" | "missing";

export interface ClauseReadiness {
  id: string;
  title: string;
  status: ClauseStatus;
  reasons: string[];
}

export interface ThemeScore {
  theme: string;
  score: number;
}

export interface Blocker {
  stage: 1 | 2;
  ref: string;
  message: string;
  fix: string;
}

export interface Readiness {
  overall: number;
  clauses: ClauseReadiness[];
  themes: ThemeScore[];
  blockers: Blocker[];
}

export interface SoaReadiness {
  overall: number;
  themes: ThemeScore[];
}

export interface OverdueAction {
  riskKey: string;
  title: string;
  owner: string | null;
  dueOn: string;
  daysOverdue: number;
}

export interface RiskViews {
  heatMap: { inherent: number[][]; residual: number[][] };
  top: string[];
  overdueActions: OverdueAction[];
  gaps: { withoutOwner: string[]; withoutTreatment: string[]; reviewOverdue: string[] };
}

export interface RiskMethodResponse {
  method: RiskMethodology;
  version: number;
}

export interface RiskSummary {
  key: string;
  title: string;
  owner: string | null;
  status: string;
  nextReviewOn: string | null;
  lastReviewedOn: string | null;
}

export interface AuditSummary {
  key: string;
  title: string;
  auditor: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  completedOn: string | null;
  status: string;
}

export interface ReviewSummary {
  key: string;
  title: string;
  heldOn: string | null;
  status: string;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  subject?: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;
}
