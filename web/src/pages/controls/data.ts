/** Types, queries and small helpers shared by the Annex A pages (list, control, walkthrough, clause). */
import { useQuery } from "@tanstack/react-query";
import { client, ok } from "../../api";
import type { ControlAttributes, SoaEntry } from "../../api/types";

export type {
  AuditEvent,
  CatalogClause,
  CatalogControl,
  ControlAttributes,
  ControlGuidance,
  CopilotAnswer,
  Evidence as EvidenceItem,
  Risk as RiskSummary,
} from "../../api/types";

import { orgKey } from "../../session";

export type Theme = "organizational" | "people" | "physical" | "technological";

export const THEMES: { id: Theme; number: string; label: string }[] = [
  { id: "organizational", number: "5", label: "Organizational" },
  { id: "people", number: "6", label: "People" },
  { id: "physical", number: "7", label: "Physical" },
  { id: "technological", number: "8", label: "Technological" },
];

export const themeLabel = (theme: string | undefined) => {
  const found = THEMES.find((t) => t.id === theme);
  return found ? `${found.number} ${found.label}` : (theme ?? "");
};

export const ATTRIBUTES: { key: keyof ControlAttributes; label: string; param: string }[] = [
  { key: "controlType", label: "Control type", param: "type" },
  { key: "securityProperties", label: "Information security properties", param: "property" },
  { key: "cybersecurityConcepts", label: "Cybersecurity concepts", param: "concept" },
  { key: "operationalCapabilities", label: "Operational capabilities", param: "capability" },
  { key: "securityDomains", label: "Security domains", param: "domain" },
];

/**
 * The SoA statuses the API answers, in the server's order. A record keyed by the generated type, so
 * a status added or removed on the server fails this file's compilation instead of drifting.
 */
const STATUS_ORDER: Record<SoaEntry["status"], number> = {
  not_started: 0,
  planned: 1,
  partial: 2,
  implemented: 3,
  not_applicable: 4,
};
export const STATUSES = (Object.keys(STATUS_ORDER) as SoaEntry["status"][]).sort(
  (a, b) => STATUS_ORDER[a] - STATUS_ORDER[b],
);

/** "Governance_and_Ecosystem" → "Governance and Ecosystem", "not_started" → "Not started". */
export const humanize = (value: string) => {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export const applicabilityOf = (entry: Pick<SoaEntry, "applicable"> | undefined) =>
  entry?.applicable === true ? "included" : entry?.applicable === false ? "excluded" : "undecided";

/** Natural order of control ids: 5.2 before 5.10. */
export const compareIds = (a: string, b: string) => {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

export function useCatalogControls() {
  return useQuery({
    queryKey: ["catalog", "controls"],
    queryFn: () => ok(client.GET("/catalog/controls")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCatalogClauses() {
  return useQuery({
    queryKey: ["catalog", "clauses"],
    queryFn: () => ok(client.GET("/catalog/clauses")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSoa(slug: string) {
  return useQuery({
    queryKey: orgKey(slug, "annex", "soa"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa", { params: { path: { slug } } })),
  });
}

export function useSoaEntry(slug: string, controlId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: orgKey(slug, "annex", "entry", controlId),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa/{controlId}", { params: { path: { slug, controlId } } })),
  });
}

export function useLint(slug: string) {
  return useQuery({
    queryKey: orgKey(slug, "annex", "lint"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa/lint", { params: { path: { slug } } })),
  });
}

export function useControlEvidence(slug: string, controlId: string) {
  return useQuery({
    queryKey: orgKey(slug, "annex", "evidence", controlId),
    queryFn: () =>
      ok(client.GET("/orgs/{slug}/evidence", { params: { path: { slug }, query: { control: controlId } } })),
  });
}

export function useAllRisks(slug: string) {
  return useQuery({
    queryKey: orgKey(slug, "annex", "risks"),
    queryFn: () =>
      ok(client.GET("/orgs/{slug}/risks", { params: { path: { slug }, query: { limit: 1000 } } })),
  });
}

export function useRiskLevels(slug: string) {
  return useQuery({
    queryKey: orgKey(slug, "annex", "risk-method"),
    queryFn: () => ok(client.GET("/orgs/{slug}/risk-method", { params: { path: { slug } } })),
  });
}

export function formatSize(bytes: number | null) {
  if (bytes === null || bytes === undefined) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
