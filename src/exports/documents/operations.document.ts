/**
 * The operational registers as documents: the supplier register with each supplier's latest
 * assessment and contract terms, the incident log with notification obligations, and the register
 * of legal, statutory, regulatory and contractual requirements.
 */
import { label } from "../../domain/labels.js";
import { CONTRACT_TERMS } from "../../domain/operations.js";
import { listIncidents } from "../../modules/operations/incident.service.js";
import { listRequirements } from "../../modules/operations/requirement.service.js";
import { listSuppliers } from "../../modules/operations/supplier.service.js";
import { type Db, type OrgScope, orgScope } from "../../modules/scope.js";
import type { Section } from "../document.js";
import type { DocumentContext } from "./context.js";

const yesNo = (v: boolean | null) => (v === null ? "Not checked" : v ? "Yes" : "No");
const TERM_WORDS: Record<(typeof CONTRACT_TERMS)[number], string> = {
  securityRequirements: "Security requirements",
  dataProcessingAgreement: "Data processing agreement",
  breachNotification: "Breach notification",
  rightToAudit: "Right to audit",
  subprocessors: "Sub-processors",
  exitAndDataReturn: "Exit and data return",
};

export async function supplierSections(scope: OrgScope): Promise<Section[]> {
  const suppliers = await listSuppliers(scope);
  return [
    {
      heading: "Suppliers and cloud services",
      table: {
        columns: [
          { key: "key", header: "Supplier", width: 6 },
          { key: "name", header: "Name", width: 16 },
          { key: "services", header: "Services", width: 18 },
          { key: "criticality", header: "Criticality", width: 8 },
          { key: "status", header: "Status", width: 8 },
          { key: "owner", header: "Owner", width: 10 },
          { key: "cloud", header: "Cloud service", width: 6 },
          { key: "assessment", header: "Latest assessment", width: 18 },
          { key: "expires", header: "Document expires", width: 9 },
          { key: "nextReviewOn", header: "Next review", width: 9 },
        ],
        rows: suppliers.map((s) => ({
          key: s.key,
          name: s.name,
          services: s.services ?? "",
          criticality: label("level", s.criticality),
          status: label("supplierStatus", s.status),
          owner: s.owner ?? "",
          cloud: s.cloudService ? "Yes" : "No",
          assessment: s.latestAssessment
            ? `${s.latestAssessment.assessedOn}: ${label("assessmentMethod", s.latestAssessment.method)}, ${label("assessmentResult", s.latestAssessment.result)}`
            : "Not assessed",
          expires: s.certificateExpiresOn ?? "",
          nextReviewOn: s.nextReviewOn ?? "",
        })),
      },
    },
    {
      heading: "Contract security terms",
      table: {
        columns: [
          { key: "key", header: "Supplier", width: 6 },
          ...CONTRACT_TERMS.map((t) => ({ key: t, header: TERM_WORDS[t], width: 9 })),
        ],
        rows: suppliers.map((s) => ({
          key: s.key,
          ...Object.fromEntries(CONTRACT_TERMS.map((t) => [t, yesNo(s.contract[t])])),
        })),
      },
    },
  ];
}

export async function incidentSections(scope: OrgScope): Promise<Section[]> {
  const incidents = await listIncidents(scope);
  return [
    {
      heading: "Incident log",
      table: {
        columns: [
          { key: "key", header: "Incident", width: 6 },
          { key: "title", header: "Title", width: 20 },
          { key: "kind", header: "Kind", width: 7 },
          { key: "severity", header: "Severity", width: 7 },
          { key: "status", header: "Status", width: 8 },
          { key: "detectedAt", header: "Detected", width: 11 },
          { key: "closedAt", header: "Closed", width: 11 },
          { key: "notifications", header: "Notifications", width: 22 },
          { key: "lessonsLearned", header: "Lessons learned", width: 20 },
        ],
        rows: incidents.map((i) => ({
          key: i.key,
          title: i.title,
          kind: label("incidentKind", i.kind),
          severity: label("level", i.severity),
          status: label("incidentStatus", i.status),
          detectedAt: i.detectedAt.slice(0, 16).replace("T", " "),
          closedAt: i.closedAt?.slice(0, 16).replace("T", " ") ?? "",
          notifications: i.notifications
            .map(
              (n) =>
                `${n.label}: ${n.sentAt ? `sent ${n.sentAt.slice(0, 16).replace("T", " ")}` : `due ${n.dueAt?.slice(0, 16).replace("T", " ") ?? "–"}`}`,
            )
            .join("; "),
          lessonsLearned: i.lessonsLearned ?? "",
        })),
      },
    },
  ];
}

export async function requirementSections(scope: OrgScope): Promise<Section[]> {
  const requirements = await listRequirements(scope);
  return [
    {
      heading: "Legal, statutory, regulatory and contractual requirements",
      table: {
        columns: [
          { key: "key", header: "Requirement", width: 6 },
          { key: "title", header: "Requirement", width: 22 },
          { key: "kind", header: "Kind", width: 8 },
          { key: "source", header: "Source", width: 14 },
          { key: "jurisdiction", header: "Jurisdiction", width: 8 },
          { key: "owner", header: "Owner", width: 10 },
          { key: "controls", header: "Controls", width: 10 },
          { key: "howMet", header: "How it is met", width: 20 },
          { key: "reviewOn", header: "Review", width: 9 },
        ],
        rows: requirements.map((r) => ({
          key: r.key,
          title: r.title,
          kind: label("requirementKind", r.kind),
          source: r.source ?? "",
          jurisdiction: r.jurisdiction ?? "",
          owner: r.owner ?? "",
          controls: r.controlRefs.join(", "),
          howMet: r.howMet ?? "",
          reviewOn: r.reviewOn ?? "",
        })),
      },
    },
  ];
}

/** The sections of one of the three registers, read as the system for the organization. */
export function operationSections(
  db: Db,
  ctx: DocumentContext,
  report: "suppliers" | "incidents" | "requirements",
): Promise<Section[]> {
  const scope = orgScope(db, ctx.orgId, "system");
  if (report === "suppliers") return supplierSections(scope);
  if (report === "incidents") return incidentSections(scope);
  return requirementSections(scope);
}
