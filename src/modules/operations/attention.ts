/**
 * What the operational registers need done soon: certificates and reports from suppliers that
 * expire within two months, notification obligations not yet met, supplier and requirement reviews
 * that are due. Shown on the dashboard and in readiness.
 */
import type { OrgScope } from "../scope.js";
import { listIncidents } from "./incident.service.js";
import { listRequirements } from "./requirement.service.js";
import { listSuppliers } from "./supplier.service.js";

export async function operationsAttention(scope: OrgScope) {
  const suppliers = await listSuppliers(scope);
  const incidents = await listIncidents(scope);
  const requirements = await listRequirements(scope);
  return {
    expiringCertificates: suppliers
      .filter((s) => s.certificateExpiring && s.certificateExpiresOn)
      .map((s) => ({
        supplierKey: s.key,
        supplier: s.name,
        document: s.latestAssessment?.document ?? null,
        expiresOn: s.certificateExpiresOn as string,
      })),
    dueNotifications: incidents.flatMap((i) =>
      i.notifications
        .filter((n) => n.state === "overdue" || n.state === "due_soon" || n.state === "later")
        .map((n) => ({
          incidentKey: i.key,
          title: i.title,
          label: n.label,
          dueAt: n.dueAt as string,
          state: n.state as "overdue" | "due_soon" | "later",
        })),
    ),
    supplierReviewsDue: suppliers
      .filter((s) => s.reviewDue)
      .map((s) => ({ supplierKey: s.key, supplier: s.name, nextReviewOn: s.nextReviewOn as string })),
    requirementReviewsDue: requirements
      .filter((r) => r.reviewDue)
      .map((r) => ({ key: r.key, title: r.title, reviewOn: r.reviewOn as string })),
  };
}
