/** Shapes of the risk API and the small hooks the risk pages share. */

import { useQuery } from "@tanstack/react-query";
import type { RiskMethodology } from "../../../../src/domain/risk-method";
import { api } from "../../api";
import { methodQuery } from "./queries";

export type { RiskMethodology };

export interface ScoredPoint {
  likelihood: number;
  impact: number;
  score: number;
  level: string;
}

export interface RiskAction {
  id?: string;
  title: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
  completedOn?: string | null;
}

export interface Acceptance {
  by: string;
  at: string | null;
  comment: string | null;
  exception: string | null;
}

export interface Risk {
  id: string;
  key: string;
  title: string;
  description: string | null;
  threat: string | null;
  vulnerability: string | null;
  consequence: string | null;
  cia: string[];
  owner: string | null;
  assets: string[];
  inherent: ScoredPoint | null;
  existingControls: string | null;
  treatment: string | null;
  controls: string[];
  ownControls: string[];
  actions: RiskAction[];
  residual: ScoredPoint | null;
  residualJustification: string | null;
  acceptance: Acceptance | null;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  status: string;
  version: number;
  abilities: { update: boolean; delete: boolean };
}

export interface MethodResponse {
  method: RiskMethodology;
  version: number | null;
}

export interface RiskViews {
  heatMap: { inherent: number[][]; residual: number[][] };
  overdueActions: {
    riskKey: string;
    title: string;
    owner: string | null;
    dueOn: string;
    daysOverdue: number;
  }[];
}

export const TREATMENTS = [
  { value: "modify", label: "Modify (reduce)" },
  { value: "retain", label: "Retain (accept)" },
  { value: "avoid", label: "Avoid" },
  { value: "share", label: "Share (transfer)" },
];
export const treatmentLabel = (value: string | null | undefined) =>
  TREATMENTS.find((t) => t.value === value)?.label ?? "—";

export const RISK_STATUSES = [
  { value: "open", label: "Open" },
  { value: "treatment", label: "In treatment" },
  { value: "accepted", label: "Accepted" },
  { value: "closed", label: "Closed" },
];

export const ACTION_STATUSES = [
  { value: "open", label: "Open" },
  { value: "in_progress", label: "In progress" },
  { value: "done", label: "Done" },
  { value: "cancelled", label: "Cancelled" },
];

export function useMethod(slug: string) {
  return useQuery(methodQuery(slug));
}

export function levelColour(method: RiskMethodology | undefined, level: string | null | undefined) {
  return method?.levels.find((l) => l.name === level)?.colour;
}

export interface CatalogControl {
  id: string;
  title: string;
  theme: string;
}

export function useControls() {
  return useQuery({
    queryKey: ["catalog", "controls"],
    queryFn: () => api.get<CatalogControl[]>("/catalog/controls"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const today = () => new Date().toISOString().slice(0, 10);
