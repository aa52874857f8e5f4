/** Every risk of the register, read in pages of 1,000 in parallel (for plans across all risks). */
import { useQuery } from "@tanstack/react-query";
import { client, ok } from "../../api";
import { orgKey } from "../../session";

const PAGE = 1000;

export function useAllRisks(slug: string) {
  return useQuery({
    queryKey: orgKey(slug, "risks", "all"),
    queryFn: async ({ signal }) => {
      const path = { slug };
      const first = await client.GET("/orgs/{slug}/risks", {
        params: { path, query: { limit: PAGE } },
        signal,
      });
      const risks = first.data ?? [];
      const total = Number(first.response.headers.get("x-total-count") ?? risks.length);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, Math.ceil(total / PAGE) - 1) }, (_, n) =>
          ok(
            client.GET("/orgs/{slug}/risks", {
              params: { path, query: { limit: PAGE, offset: (n + 1) * PAGE } },
              signal,
            }),
          ),
        ),
      );
      return [risks, ...rest].flat();
    },
  });
}
