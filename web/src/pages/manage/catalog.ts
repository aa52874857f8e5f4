/** Clause and control titles from the catalogue, for scope pickers and checklists. */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { client, ok } from "../../api";

export function useCatalog() {
  const clauses = useQuery({
    queryKey: ["catalog", "clauses"],
    queryFn: () => ok(client.GET("/catalog/clauses")),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const controls = useQuery({
    queryKey: ["catalog", "controls"],
    queryFn: () => ok(client.GET("/catalog/controls")),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return useMemo(() => {
    const titles = new Map<string, string>();
    for (const c of clauses.data ?? []) titles.set(`clause:${c.id}`, c.title);
    for (const c of controls.data ?? []) titles.set(c.id, c.title);
    const options = [
      {
        group: "Clauses",
        items: (clauses.data ?? [])
          .filter((c) => c.id.includes("."))
          .map((c) => ({ value: `clause:${c.id}`, label: `Clause ${c.id} ${c.title}` })),
      },
      {
        group: "Annex A controls",
        items: (controls.data ?? []).map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
      },
    ];
    return { titles, options, ready: !!clauses.data && !!controls.data };
  }, [clauses.data, controls.data]);
}

/** "clause:9.2" → "Clause 9.2"; "8.8" → "A.8.8". */
export const refLabel = (ref: string) =>
  ref.startsWith("clause:") ? `Clause ${ref.slice(7)}` : ref.startsWith("A.") ? ref : `A.${ref}`;
