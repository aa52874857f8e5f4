/**
 * The register's queries, declared once: the page reads them, and the route's loader starts them
 * while the page's code loads (the list's key follows the filters and page in the address).
 */
import type { QueryClient } from "@tanstack/react-query";
import { client, ok } from "../../api";
import type { ApiQuery } from "../../api/types";
import { orgKey } from "../../session";

/** The register's filters as the address holds them; the server checks their values. */
type RiskQuery = ApiQuery<"/orgs/{slug}/risks">;

export const PAGE_SIZE = 100;
export const FILTER_PARAMS = [
  "q",
  "level",
  "status",
  "treatment",
  "owner",
  "which",
  "l",
  "i",
  "sort",
  "dir",
] as const;

export const methodQuery = (slug: string) => ({
  queryKey: orgKey(slug, "risk-method"),
  queryFn: () => ok(client.GET("/orgs/{slug}/risk-method", { params: { path: { slug } } })),
  staleTime: 60_000,
});

/** Only the heat maps, counted on the server: the register stays fast at any size. */
export const heatMapQuery = (slug: string) => ({
  queryKey: orgKey(slug, "risk-views", "heatMap"),
  queryFn: () =>
    ok(client.GET("/orgs/{slug}/risk-views", { params: { path: { slug }, query: { only: "heatMap" } } })),
});

export const ownersQuery = (slug: string) => ({
  queryKey: orgKey(slug, "risk-owners"),
  queryFn: () => ok(client.GET("/orgs/{slug}/risk-owners", { params: { path: { slug } } })),
});

/** The filters and the page the address asks for. */
export function registerState(params: URLSearchParams) {
  const page = Math.max(1, Number(params.get("page") ?? 1) || 1);
  const query = Object.fromEntries(FILTER_PARAMS.map((name) => [name, params.get(name) ?? undefined]));
  return { page, query };
}

export const listQuery = (slug: string, query: Record<string, string | undefined>, page: number) => ({
  queryKey: orgKey(slug, "risks", "list", query, page),
  queryFn: async ({ signal }: { signal?: AbortSignal }) => {
    const { data, response } = await client.GET("/orgs/{slug}/risks", {
      params: {
        path: { slug },
        query: { ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } as RiskQuery,
      },
      ...(signal && { signal }),
    });
    const risks = data ?? [];
    return { risks, total: Number(response.headers.get("x-total-count") ?? risks.length) };
  },
});

/** Starts the register's queries for an address (the route loader calls this; it does not wait). */
export function prefetchRegister(queryClient: QueryClient, slug: string, params: URLSearchParams): void {
  const { page, query } = registerState(params);
  void queryClient.prefetchQuery(methodQuery(slug));
  void queryClient.prefetchQuery(heatMapQuery(slug));
  void queryClient.prefetchQuery(ownersQuery(slug));
  void queryClient.prefetchQuery(listQuery(slug, query, page));
}
