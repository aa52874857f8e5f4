/** Writes the demo's suppliers, incidents and requirements (demo-operations.data.ts). */
import type { OrgWriter } from "../../db/store.js";
import { obligationDue } from "../../domain/operations.js";
import { INCIDENTS, REQUIREMENTS, SUPPLIERS } from "./demo-operations.data.js";

type Day = (n: number) => string;

export async function insertOperations(w: OrgWriter, day: Day): Promise<void> {
  for (const [i, s] of SUPPLIERS.entries()) {
    const supplier = await w.insert("suppliers", {
      key: `SUP-00${i + 1}`,
      name: s.name,
      services: s.services,
      dataCategories: s.dataCategories,
      criticality: s.criticality,
      status: "active",
      owner: s.owner,
      contact: null,
      cloudService: s.cloud ? 1 : 0,
      sharedResponsibility: s.shared,
      contract: JSON.stringify(s.contract),
      nextReviewOn: day(365 - s.assessment.daysAgo),
      controlRefs: JSON.stringify(s.controls),
      notes: null,
    });
    const a = s.assessment;
    await w.insert("supplierAssessments", {
      supplierId: supplier.id,
      assessedOn: day(-a.daysAgo),
      method: a.method,
      document: a.document,
      documentExpiresOn: a.expiresIn === null ? null : day(a.expiresIn),
      result: a.result,
      residualRisk: a.residual,
      assessor: "Priya Castellan",
      notes: null,
    });
  }
  for (const [i, inc] of INCIDENTS.entries()) {
    const detectedAt = `${day(-inc.daysAgo)}T08:30:00.000Z`;
    const at = (days: number) => `${day(days - inc.daysAgo)}T${String(9 + days).padStart(2, "0")}:00:00.000Z`;
    const row = await w.insert("incidents", {
      key: `INC-00${i + 1}`,
      title: inc.title,
      description: null,
      kind: inc.kind,
      severity: inc.severity,
      status: inc.closedAfterDays === null ? "contained" : "closed",
      reportedBy: "Jonas Marlowe",
      reportedAt: detectedAt,
      detectedAt,
      personalData: inc.personalData ? 1 : 0,
      closedAt: inc.closedAfterDays === null ? null : at(inc.closedAfterDays),
      lessonsLearned: inc.lessons,
      controlRefs: JSON.stringify(["5.24", "5.25", "5.26"]),
    });
    for (const [days, phase, note] of inc.entries)
      await w.insert("incidentEntries", {
        incidentId: row.id,
        at: at(days),
        phase,
        note,
        author: "Priya Castellan",
        evidenceKey: null,
      });
    for (const [obligation, recipient, sent] of inc.notifications)
      await w.insert("incidentNotifications", {
        incidentId: row.id,
        obligation,
        recipient,
        dueAt: obligationDue(obligation, detectedAt),
        sentAt: sent ? at(1) : null,
        reference: sent ? "Decision recorded in the incident file" : null,
      });
  }
  for (const [i, [title, kind, source, jurisdiction, controls, owner]] of REQUIREMENTS.entries())
    await w.insert("requirements", {
      key: `REQ-00${i + 1}`,
      title,
      kind,
      source,
      jurisdiction,
      appliesTo: null,
      owner,
      howMet: null,
      controlRefs: JSON.stringify(controls),
      documentRefs: JSON.stringify([]),
      reviewOn: day(180 + i * 30),
    });
}
