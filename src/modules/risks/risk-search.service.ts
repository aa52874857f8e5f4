/**
 * Reading the register as people browse it: sorted, filtered and paged in SQL (with the total),
 * the owners named in it, and both heat maps counted without loading the risks.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import type { RiskMethodology } from "../../domain/risk-method.js";
import { memoPart, updatedRowsOf } from "../read-memo.js";
import { orgScope } from "../scope.js";
import { loadRiskViews, type RiskView, toRiskView } from "./risk.repository.js";

/** Columns the register can be sorted by (GET /risks?sort=). */
export const RISK_SORTS = [
  "key",
  "title",
  "owner",
  "inherentScore",
  "residualScore",
  "status",
  "treatment",
  "nextReviewOn",
] as const;
export type RiskSort = (typeof RISK_SORTS)[number];

export interface RiskListQuery {
  sort?: RiskSort;
  dir?: "asc" | "desc";
  /** Text in the key, title or owner (case-insensitive). */
  q?: string;
  /** The current level: residual when assessed, inherent otherwise. */
  level?: string;
  status?: string;
  treatment?: string;
  owner?: string;
  /** One heat-map cell: `which` point with likelihood `l` and impact `i`. */
  which?: "inherent" | "residual";
  l?: number;
  i?: number;
  limit?: number;
  offset?: number;
}

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The organization's risks that match the query's filters. */
function matching(db: Kysely<Database>, orgId: string, query: RiskListQuery) {
  let base = db.selectFrom("risks").where("risks.orgId", "=", orgId);
  if (query.q?.trim()) {
    const pattern = likePattern(query.q.trim());
    base = base.where((eb) =>
      eb.or(
        (["key", "title", "owner"] as const).map(
          (column) => sql<boolean>`lower(coalesce(${eb.ref(column)}, '')) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  if (query.level)
    base = base.where((eb) => eb(eb.fn.coalesce("residualLevel", "inherentLevel"), "=", query.level ?? ""));
  if (query.status) base = base.where("status", "=", query.status);
  if (query.treatment) base = base.where("treatment", "=", query.treatment);
  if (query.owner) base = base.where("owner", "=", query.owner);
  if (query.which && query.l !== undefined) {
    base = base.where(query.which === "residual" ? "residualLikelihood" : "inherentLikelihood", "=", query.l);
  }
  if (query.which && query.i !== undefined) {
    base = base.where(query.which === "residual" ? "residualImpact" : "inherentImpact", "=", query.i);
  }
  return base;
}

/**
 * One page of the register, filtered and sorted by the database, with the number of matching
 * risks. Links (controls, assets, actions) are read only for the risks of the page.
 */
export async function searchRisks(
  db: Kysely<Database>,
  orgId: string,
  query: RiskListQuery = {},
): Promise<{ risks: RiskView[]; total: number }> {
  const sort = query.sort ?? "key";
  const dir = query.dir ?? "asc";
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  // The number of matching risks changes only when risks come or go or a filtered column changes:
  // kept between requests (read-memo.ts; a description edit leaves it as it is).
  const filters = JSON.stringify([
    query.q?.trim(),
    query.level,
    query.status,
    query.treatment,
    query.owner,
    query.which,
    query.l,
    query.i,
  ]);
  const scope = orgScope(db, orgId, "system");
  const [total, risks] = await Promise.all([
    memoPart(scope, `risks:count:${filters}`, async (s) =>
      Number(
        (
          await matching(s.db, orgId, query)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirst()
        )?.n ?? 0,
      ),
    ),
    // The page, kept while exact; edits of its risks that do not move them (a description, a
    // review date when sorted by key) read those risks again and keep the rest.
    memoPart(
      scope,
      `risks:page:${filters}:${sort}:${dir}:${limit}:${offset}`,
      async (s) => {
        const base = matching(s.db, orgId, query);
        const page = await (sort === "key"
          ? // Keys are never empty and unique: the (organization, key) index gives the order as it is.
            base.select("key").orderBy("key", dir)
          : // Empty values last in both directions, then the column, then the key for a stable order.
            base
              .select("key")
              .orderBy(sql`case when ${sql.ref(sort)} is null then 1 else 0 end`)
              .orderBy(sort, dir)
              .orderBy("key", "asc")
        )
          .limit(limit)
          .offset(offset)
          .execute();
        const keys = page.map((r) => r.key);
        const views = new Map((await loadRiskViews(s.read, keys)).map((v) => [v.key, v]));
        return keys.flatMap((key) => views.get(key) ?? []);
      },
      async (previous, events, s, reads) => {
        const ids = updatedRowsOf(events, "risks", reads);
        if (!ids) return undefined;
        const rows = new Map((await s.read.listIn("risks", "id", ids)).map((row) => [row.id, row]));
        if (rows.size !== ids.length) return undefined;
        return previous.map((view) => {
          const row = rows.get(view.id);
          return row ? toRiskView(row, view) : view;
        });
      },
    ),
  ]);
  return { risks, total };
}

/** The distinct owners named in the register, with how many risks each owns (for filters). */
export async function riskOwners(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ owner: string; risks: number }[]> {
  const rows = await db
    .selectFrom("risks")
    .where("orgId", "=", orgId)
    .where("owner", "is not", null)
    .select((eb) => ["owner", eb.fn.countAll().as("n")])
    .groupBy("owner")
    .orderBy("owner")
    .execute();
  return rows.map((r) => ({ owner: r.owner ?? "", risks: Number(r.n) }));
}

/**
 * Both heat maps counted in SQL (counts[likelihood - 1][impact - 1]), without loading the register:
 * what the register and the dashboard draw, fast at any size.
 */
export async function heatMapCounts(
  db: Kysely<Database>,
  orgId: string,
  method: RiskMethodology,
): Promise<{ inherent: number[][]; residual: number[][] }> {
  const empty = () => method.likelihood.map(() => method.impact.map(() => 0));
  const result = { inherent: empty(), residual: empty() };
  for (const which of ["inherent", "residual"] as const) {
    const l = which === "inherent" ? "inherentLikelihood" : "residualLikelihood";
    const i = which === "inherent" ? "inherentImpact" : "residualImpact";
    const rows = await db
      .selectFrom("risks")
      .where("orgId", "=", orgId)
      .where(l, "is not", null)
      .where(i, "is not", null)
      .select((eb) => [
        `${l} as l` as "inherentLikelihood",
        `${i} as i` as "inherentImpact",
        eb.fn.countAll().as("n"),
      ])
      .groupBy([l, i])
      .execute();
    for (const row of rows as unknown as { l: number; i: number; n: number | string }[]) {
      const cells = result[which][Number(row.l) - 1];
      if (cells && Number(row.i) - 1 < cells.length) cells[Number(row.i) - 1] = Number(row.n);
    }
  }
  return result;
}
