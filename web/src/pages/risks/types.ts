/** The words and small hooks the risk pages share (the risk API's shapes are in api/types.ts). */

import { useQuery } from "@tanstack/react-query";
import type { RiskMethodology } from "../../../../src/domain/risk-method";
import { client, ok } from "../../api";
import type { Acceptance, MethodResponse, Risk, RiskAction, RiskViews, ScoredPoint } from "../../api/types";
import { methodQuery } from "./queries";

export type { Acceptance, MethodResponse, Risk, RiskAction, RiskMethodology, RiskViews, ScoredPoint };

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

export function useControls() {
  return useQuery({
    queryKey: ["catalog", "controls"],
    queryFn: () => ok(client.GET("/catalog/controls")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const today = () => new Date().toISOString().slice(0, 10);
