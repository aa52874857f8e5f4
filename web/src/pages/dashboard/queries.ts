/**
 * The dashboard's queries, declared once: the page reads them, and the route's loader starts them
 * while the page's code is still loading, so data and code arrive together.
 */
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api";
import { orgKey } from "../../session";
import type { Evidence } from "../evidence/types";
import type {
  AuditEvent,
  AuditSummary,
  Readiness,
  ReviewSummary,
  RiskMethodResponse,
  RiskSummary,
  RiskViews,
} from "./types";

export function dashboardQueries(slug: string) {
  const base = `/orgs/${slug}`;
  return {
    readiness: {
      queryKey: orgKey(slug, "readiness"),
      queryFn: () => api.get<Readiness>(`${base}/readiness`),
    },
    views: { queryKey: orgKey(slug, "risk-views"), queryFn: () => api.get<RiskViews>(`${base}/risk-views`) },
    method: {
      queryKey: orgKey(slug, "risk-method"),
      queryFn: () => api.get<RiskMethodResponse>(`${base}/risk-method`),
    },
    evidence: {
      queryKey: orgKey(slug, "evidence", {}),
      queryFn: () => api.get<Evidence[]>(`${base}/evidence`),
    },
    // The 50 risks due for review first are enough for the "upcoming" list.
    risks: {
      queryKey: orgKey(slug, "risks", "next-reviews"),
      queryFn: () => api.get<RiskSummary[]>(`${base}/risks`, { sort: "nextReviewOn", dir: "asc", limit: 50 }),
    },
    audits: { queryKey: orgKey(slug, "audits"), queryFn: () => api.get<AuditSummary[]>(`${base}/audits`) },
    reviews: {
      queryKey: orgKey(slug, "reviews"),
      queryFn: () => api.get<ReviewSummary[]>(`${base}/reviews`),
    },
    activity: {
      queryKey: orgKey(slug, "audit-trail", { limit: 10 }),
      queryFn: () => api.get<AuditEvent[]>(`${base}/audit-trail`, { limit: 10 }),
    },
  };
}

/** Starts every dashboard query (the route loader calls this; it does not wait for them). */
export function prefetchDashboard(queryClient: QueryClient, slug: string): void {
  for (const query of Object.values(dashboardQueries(slug)))
    void queryClient.prefetchQuery(query as Parameters<QueryClient["prefetchQuery"]>[0]);
}
