/** Every risk of the register, read in pages of 1,000 in parallel (for plans across all risks). */
import { useQuery } from "@tanstack/react-query";
import { call } from "../../api";
import { orgKey } from "../../session";
import type { Risk } from "./types";

const PAGE = 1000;

export function useAllRisks(slug: string) {
  return useQuery({
    queryKey: orgKey(slug, "risks", "all"),
    queryFn: async ({ signal }) => {
      const first = await call<Risk[]>("GET", `/orgs/${slug}/risks`, { query: { limit: PAGE }, signal });
      const total = Number(first.headers.get("x-total-count") ?? first.data.length);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, Math.ceil(total / PAGE) - 1) }, (_, n) =>
          call<Risk[]>("GET", `/orgs/${slug}/risks`, {
            query: { limit: PAGE, offset: (n + 1) * PAGE },
            signal,
          }).then((r) => r.data),
        ),
      );
      return [first.data, ...rest].flat();
    },
  });
}
