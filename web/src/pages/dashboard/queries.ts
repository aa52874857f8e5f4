/**
 * The dashboard's queries, declared once: the page reads them, and the route's loader starts them
 * while the page's code is still loading, so data and code arrive together.
 */
import type { QueryClient } from "@tanstack/react-query";
import { client, ok } from "../../api";
import { orgKey } from "../../session";

export function dashboardQueries(slug: string) {
  const path = { slug };
  return {
    readiness: {
      queryKey: orgKey(slug, "readiness"),
      queryFn: () => ok(client.GET("/orgs/{slug}/readiness", { params: { path } })),
    },
    views: {
      queryKey: orgKey(slug, "risk-views"),
      queryFn: () => ok(client.GET("/orgs/{slug}/risk-views", { params: { path } })),
    },
    method: {
      queryKey: orgKey(slug, "risk-method"),
      queryFn: () => ok(client.GET("/orgs/{slug}/risk-method", { params: { path } })),
    },
    evidence: {
      queryKey: orgKey(slug, "evidence", {}),
      queryFn: () => ok(client.GET("/orgs/{slug}/evidence", { params: { path } })),
    },
    // The 50 risks due for review first are enough for the "upcoming" list.
    risks: {
      queryKey: orgKey(slug, "risks", "next-reviews"),
      queryFn: () =>
        ok(
          client.GET("/orgs/{slug}/risks", {
            params: { path, query: { sort: "nextReviewOn", dir: "asc", limit: 50 } },
          }),
        ),
    },
    audits: {
      queryKey: orgKey(slug, "audits"),
      queryFn: () => ok(client.GET("/orgs/{slug}/audits", { params: { path } })),
    },
    reviews: {
      queryKey: orgKey(slug, "reviews"),
      queryFn: () => ok(client.GET("/orgs/{slug}/reviews", { params: { path } })),
    },
    activity: {
      queryKey: orgKey(slug, "audit-trail", { limit: 10 }),
      queryFn: () => ok(client.GET("/orgs/{slug}/audit-trail", { params: { path, query: { limit: 10 } } })),
    },
  };
}

/** Starts every dashboard query (the route loader calls this; it does not wait for them). */
export function prefetchDashboard(queryClient: QueryClient, slug: string): void {
  for (const query of Object.values(dashboardQueries(slug)))
    void queryClient.prefetchQuery(query as Parameters<QueryClient["prefetchQuery"]>[0]);
}
