/**
 * Every document the organization can download, as the CLI produces them: the reports of
 * GET /orgs/{slug}/exports/{report} in the formats offered for each, the auditor evidence pack and
 * the OSCAL documents. Titles and descriptions are what the download menus and the reports page show.
 */
import { downloadUrl } from "../../api";
import type { ExportFormat, ExportReport, OscalDocument } from "../../api/types";

export interface ReportInfo {
  title: string;
  description: string;
  formats: readonly ExportFormat[];
}

/** A policy's own reports (its text, its acknowledgements) download from the policy's page. */
export type OrganizationReport = Exclude<ExportReport, "policy" | "policy-acks">;

export const REPORT_INFO: Record<OrganizationReport, ReportInfo> = {
  soa: {
    title: "Statement of Applicability",
    description: "Every Annex A control: applicable or not, why, owner and implementation status.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  risks: {
    title: "Risk register",
    description: "Every risk with its owner, scores before and after treatment and the decision taken.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  rtp: {
    title: "Risk treatment plan",
    description: "The treatment actions with owners and target dates, and the residual risks to accept.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  methodology: {
    title: "Risk assessment methodology",
    description: "Scales, scoring, levels and the criteria for accepting a risk (clause 6.1.2).",
    formats: ["docx", "pdf"],
  },
  assets: {
    title: "Asset inventory",
    description: "Assets with owner, classification and confidentiality, integrity and availability needs.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  audit: {
    title: "Internal audit report",
    description: "Completed internal audits with scope, criteria, auditor and findings (clause 9.2).",
    formats: ["docx", "pdf", "xlsx"],
  },
  review: {
    title: "Management review minutes",
    description: "Each review's attendees, the inputs of clause 9.3.2 and the decisions taken.",
    formats: ["docx", "pdf"],
  },
  readiness: {
    title: "Certification readiness report",
    description: "Where each clause stands, the Annex A scores and the mandatory documents kept.",
    formats: ["pdf", "docx", "xlsx"],
  },
  suppliers: {
    title: "Supplier register",
    description: "Suppliers and cloud services: criticality, latest assessment, contract terms, next review.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  incidents: {
    title: "Incident log",
    description: "Events and incidents with severity, status, notifications and lessons learned.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  requirements: {
    title: "Legal and contractual requirements",
    description: "Each requirement with its source, owner, the controls that meet it and its review date.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
  coverage: {
    title: "NIS2 coverage",
    description:
      "Each NIS2 requirement with the ISO clauses and controls mapped to it, their state in this ISMS, and the sources' attributions.",
    formats: ["xlsx", "docx", "pdf", "csv"],
  },
};

export const FORMAT_NAMES: Record<ExportFormat, string> = {
  xlsx: "Excel workbook (XLSX)",
  docx: "Word document (DOCX)",
  pdf: "PDF",
  csv: "CSV",
};

export const OSCAL_INFO: Record<OscalDocument, string> = {
  ssp: "System security plan",
  profile: "Profile (the controls selected)",
  ar: "Assessment results",
  poam: "Plan of action and milestones",
};

/** A report in a format; for the SoA, an approved version (left out: the current state). */
export function reportUrl(
  slug: string,
  report: ExportReport,
  format: ExportFormat,
  version?: number,
): string {
  return downloadUrl(`/orgs/${slug}/exports/${report}`, { format, version });
}

/** The evidence pack; a period (either side may be left open) keeps evidence effective in it. */
export const evidencePackUrl = (slug: string, period?: { from: string; to: string }) =>
  downloadUrl(`/orgs/${slug}/evidence-pack`, {
    period: period && (period.from || period.to) ? `${period.from}..${period.to}` : undefined,
  });

export const oscalUrl = (slug: string, document: OscalDocument) =>
  downloadUrl(`/orgs/${slug}/oscal/${document}`);
