/**
 * Reads the risk register as complete views: each risk with its assets, planned controls and
 * treatment actions, in a fixed number of queries whatever the register's size.
 */

import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { compareIds } from "../../domain/ids.js";
import type { ScoredPoint } from "../../domain/risk-rescale.js";

export interface RiskActionView {
  id: string;
  title: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
  completedOn: string | null;
}

export interface RiskView {
  id: string;
  key: string;
  title: string;
  description: string | null;
  threat: string | null;
  vulnerability: string | null;
  consequence: string | null;
  cia: string[];
  owner: string | null;
  /** Asset keys. */
  assets: string[];
  inherent: ScoredPoint | null;
  existingControls: string | null;
  treatment: string | null;
  /** Planned Annex A controls. */
  controls: string[];
  ownControls: string[];
  actions: RiskActionView[];
  residual: ScoredPoint | null;
  residualJustification: string | null;
  acceptance: { by: string; at: string | null; comment: string | null; exception: string | null } | null;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  status: string;
  version: number;
}

function point(
  l: number | null,
  i: number | null,
  score: number | null,
  level: string | null,
): ScoredPoint | null {
  return l === null || i === null || score === null
    ? null
    : { likelihood: l, impact: i, score, level: level ?? "" };
}

export function toRiskView(
  r: OrgRowOf<"risks">,
  links: { controls: string[]; assets: string[]; actions: RiskActionView[] },
): RiskView {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    description: r.description,
    threat: r.threat,
    vulnerability: r.vulnerability,
    consequence: r.consequence,
    cia: JSON.parse(r.cia) as string[],
    owner: r.owner,
    assets: links.assets,
    inherent: point(r.inherentLikelihood, r.inherentImpact, r.inherentScore, r.inherentLevel),
    existingControls: r.existingControls,
    treatment: r.treatment,
    controls: [...links.controls].sort(compareIds),
    ownControls: JSON.parse(r.ownControls) as string[],
    actions: links.actions,
    residual: point(r.residualLikelihood, r.residualImpact, r.residualScore, r.residualLevel),
    residualJustification: r.residualJustification,
    acceptance: r.acceptedBy
      ? { by: r.acceptedBy, at: r.acceptedAt, comment: r.acceptanceComment, exception: r.acceptanceException }
      : null,
    lastReviewedOn: r.lastReviewedOn,
    nextReviewOn: r.nextReviewOn,
    status: r.status,
    version: r.version,
  };
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Risks of the organization ordered by key: all of them, those with `keys`, or one page. Links are
 * read only for the risks returned, so a page of 100 stays fast in a register of 10,000.
 */
export async function loadRiskViews(
  reader: OrgReader,
  keys?: readonly string[],
  page: { limit?: number; offset?: number } = {},
): Promise<RiskView[]> {
  const risks = keys
    ? (await reader.listIn("risks", "key", keys)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    : await reader.list("risks", {}, "key", page);
  if (risks.length === 0) return [];
  const ids = risks.map((r) => r.id);
  const whole = !keys && page.limit === undefined;
  const [controls, riskAssets, actions] = await Promise.all([
    whole ? reader.list("riskControls") : reader.listIn("riskControls", "riskId", ids),
    whole ? reader.list("riskAssets") : reader.listIn("riskAssets", "riskId", ids),
    whole ? reader.list("treatmentActions", {}, "dueOn") : reader.listIn("treatmentActions", "riskId", ids),
  ]);
  const assetIds = [...new Set(riskAssets.map((a) => a.assetId))];
  const assets = whole ? await reader.list("assets") : await reader.listIn("assets", "id", assetIds);
  const assetKey = new Map(assets.map((a) => [a.id, a.key]));
  const controlsOf = group(controls, (c) => c.riskId);
  const assetsOf = group(riskAssets, (a) => a.riskId);
  const actionsOf = group(
    [...actions].sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? "")),
    (a) => a.riskId,
  );
  return risks.map((r) =>
    toRiskView(r, {
      controls: (controlsOf.get(r.id) ?? []).map((c) => c.controlId),
      assets: (assetsOf.get(r.id) ?? []).map((a) => assetKey.get(a.assetId) ?? a.assetId).sort(),
      actions: (actionsOf.get(r.id) ?? []).map(({ id, title, owner, dueOn, status, completedOn }) => ({
        id,
        title,
        owner,
        dueOn,
        status,
        completedOn,
      })),
    }),
  );
}
