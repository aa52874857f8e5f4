import { assetRoutes } from "./assets.routes.js";
import { authRoutes } from "./auth.routes.js";
import { calendarRoutes } from "./calendar.routes.js";
import { catalogRoutes } from "./catalog.routes.js";
import { copilotRoutes } from "./copilot.routes.js";
import { evaluationRoutes } from "./evaluation.routes.js";
import { evidenceRoutes } from "./evidence.routes.js";
import { exportRoutes } from "./exports.routes.js";
import { frameworkRoutes } from "./frameworks.routes.js";
import { importRoutes } from "./imports.routes.js";
import { incidentRoutes } from "./incidents.routes.js";
import { managementRoutes } from "./management.routes.js";
import { notifyRoutes } from "./notify.routes.js";
import { operationsIoRoutes } from "./operations-io.routes.js";
import { orgRoutes } from "./orgs.routes.js";
import { policyRoutes } from "./policies.routes.js";
import { policyAckRoutes } from "./policy-acks.routes.js";
import { requirementRoutes } from "./requirements.routes.js";
import { riskRoutes } from "./risks.routes.js";
import { soaRoutes } from "./soa.routes.js";
import { supplierRoutes } from "./suppliers.routes.js";
import { systemRoutes } from "./system.routes.js";
import type { ApiApp, RouteDeps } from "./types.js";
import { userRoutes } from "./users.routes.js";

/** Every route of the API, one module per area. */
export async function registerRoutes(app: ApiApp, deps: RouteDeps): Promise<void> {
  for (const routes of [
    systemRoutes,
    authRoutes,
    orgRoutes,
    userRoutes,
    catalogRoutes,
    assetRoutes,
    riskRoutes,
    soaRoutes,
    evidenceRoutes,
    importRoutes,
    managementRoutes,
    policyRoutes,
    policyAckRoutes,
    supplierRoutes,
    incidentRoutes,
    requirementRoutes,
    operationsIoRoutes,
    calendarRoutes,
    notifyRoutes,
    frameworkRoutes,
    evaluationRoutes,
    copilotRoutes,
    exportRoutes,
  ]) {
    await routes(app, deps);
  }
}
