/**
 * A supplier's residual risk, or an incident's lesson, raised into the risk register (6.1.2) or,
 * for an incident, the nonconformity register (10.2). A risk is
 * named after it, scored on the organization's own scales from the level recorded, linked to
 * the controls it concerns, for its owner to assess and treat there.
 */
import { invalid } from "../../domain/errors.js";
import { addNonconformity } from "../management/nonconformity.service.js";
import { getMethodology } from "../risks/methodology.service.js";
import { createRisk } from "../risks/risk.service.js";
import type { OrgScope } from "../scope.js";
import { getIncident } from "./incident.service.js";
import { getSupplier } from "./supplier.service.js";

const SHARE = { low: 1 / 3, medium: 2 / 3, high: 1, critical: 1 } as const;

/** The point of a 1..size scale that stands for a low, medium or high level. */
const on = (size: number, level: keyof typeof SHARE) => Math.max(1, Math.round(size * SHARE[level]));

export async function raiseSupplierRisk(scope: OrgScope, key: string) {
  const supplier = await getSupplier(scope, key);
  const { method } = await getMethodology(scope.read);
  const level = supplier.latestAssessment?.residualRisk ?? "medium";
  const impact =
    supplier.criticality === "low" ? "low" : supplier.criticality === "medium" ? "medium" : "high";
  const risk = await createRisk(scope.db, scope.orgId, scope.actor, {
    title: `Supplier ${supplier.name}: security of the service it provides`,
    description: `Raised from supplier ${supplier.key}${supplier.latestAssessment ? `, assessed ${supplier.latestAssessment.assessedOn} (${supplier.latestAssessment.method}, result ${supplier.latestAssessment.result})` : ""}.`,
    owner: supplier.owner,
    inherent: { likelihood: on(method.likelihood.length, level), impact: on(method.impact.length, impact) },
    controls: supplier.controlRefs,
  });
  return { riskKey: risk.key };
}

export async function raiseIncidentRisk(scope: OrgScope, key: string) {
  const incident = await getIncident(scope, key);
  const { method } = await getMethodology(scope.read);
  const level = incident.severity === "low" ? "low" : incident.severity === "medium" ? "medium" : "high";
  const risk = await createRisk(scope.db, scope.orgId, scope.actor, {
    title: `Recurrence of incident ${incident.key}: ${incident.title}`,
    description: incident.lessonsLearned ? `Lessons learned: ${incident.lessonsLearned}` : null,
    inherent: { likelihood: on(method.likelihood.length, "medium"), impact: on(method.impact.length, level) },
    controls: incident.controlRefs,
  });
  return { riskKey: risk.key };
}

/**
 * An incident's lessons learned as a nonconformity to correct (10.2), when they show that a control
 * failed: its corrective actions are then followed in the nonconformity register.
 */
export async function raiseIncidentNonconformity(scope: OrgScope, key: string) {
  const incident = await getIncident(scope, key);
  if (!incident.lessonsLearned?.trim())
    throw invalid(`record the lessons learned of incident ${incident.key} first`, [
      { path: "lessonsLearned", message: "needed to raise a nonconformity" },
    ]);
  const nc = await addNonconformity(scope.db, scope.orgId, scope.actor, {
    source: "incident",
    description: `Incident ${incident.key} (${incident.title}): ${incident.lessonsLearned}`,
    raisedOn: scope.today,
  });
  return { nonconformityKey: nc.key };
}
