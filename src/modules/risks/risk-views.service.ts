/**
 * The register's views, assembled once for every interface: the heat maps (counted in SQL), the
 * top risks, overdue actions, gaps and risks per control.
 */
import { heatMap, overdueActions, riskGaps, risksPerControl, topRisks } from "../../domain/risk-views.js";
import type { OrgScope } from "../scope.js";
import { getMethodology } from "./methodology.service.js";
import { listRisks } from "./risk.service.js";
import { heatMapCounts } from "./risk-search.service.js";

/** Both heat maps under the organization's method, counted in SQL whatever the register's size. */
export async function riskHeatMaps(scope: OrgScope) {
  const { method } = await getMethodology(scope.read);
  const counts = await heatMapCounts(scope.db, scope.orgId, method);
  return { method, ...counts, total: counts.inherent.flat().reduce((a, b) => a + b, 0) };
}

/** Every view of the register the dashboard and the register page draw. */
export async function riskViews(scope: OrgScope) {
  const [risks, { method }] = await Promise.all([
    listRisks(scope.db, scope.orgId),
    getMethodology(scope.read),
  ]);
  return {
    heatMap: { inherent: heatMap(method, risks, "inherent"), residual: heatMap(method, risks, "residual") },
    top: topRisks(risks, 10).map((r) => r.key),
    overdueActions: overdueActions(risks, scope.today),
    gaps: riskGaps(risks, scope.today),
    risksPerControl: Object.fromEntries(risksPerControl(risks)),
  };
}
