/**
 * The shapes of the operational registers as the pages use them (aliases of the generated API
 * types) and the words and colours of their stored values.
 */
import type {
  Incident,
  IncidentEntry,
  Notification,
  Requirement,
  Supplier,
  SupplierAssessment,
} from "../../api/types";

export type {
  AssessmentInput,
  Incident,
  IncidentDetail,
  IncidentEntry,
  IncidentEntryInput,
  IncidentInput,
  IncidentPatch,
  IncidentStats,
  Notification,
  OperationsAttention,
  Requirement,
  RequirementInput,
  Supplier,
  SupplierAssessment,
  SupplierDetail,
  SupplierInput,
} from "../../api/types";

type Choice<T extends string> = readonly { value: T; label: string }[];

export const CRITICALITIES: Choice<Supplier["criticality"]> = [
  { value: "low", label: "Low" },
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
  { value: "critical", label: "Critical" },
];

export const SUPPLIER_STATUSES: Choice<Supplier["status"]> = [
  { value: "onboarding", label: "Onboarding" },
  { value: "active", label: "Active" },
  { value: "offboarded", label: "Offboarded" },
];

export type ContractTerm = keyof Supplier["contract"];

/** The security terms a supplier contract is checked for (5.20), in the order they are shown. */
export const CONTRACT_TERMS: Choice<ContractTerm> = [
  { value: "securityRequirements", label: "Information security requirements" },
  { value: "dataProcessingAgreement", label: "Data processing agreement" },
  { value: "breachNotification", label: "Breach notification duty" },
  { value: "rightToAudit", label: "Right to audit" },
  { value: "subprocessors", label: "Subprocessors named and approved" },
  { value: "exitAndDataReturn", label: "Exit and return of data" },
];

export const METHODS: Choice<SupplierAssessment["method"]> = [
  { value: "certificate", label: "Certificate" },
  { value: "soc2", label: "SOC 2 report" },
  { value: "questionnaire", label: "Questionnaire" },
  { value: "audit", label: "Audit" },
  { value: "other", label: "Other" },
];

export const RESULTS: Choice<SupplierAssessment["result"]> = [
  { value: "acceptable", label: "Acceptable" },
  { value: "conditional", label: "Acceptable with conditions" },
  { value: "unacceptable", label: "Unacceptable" },
];

export const RESIDUAL_RISKS: Choice<SupplierAssessment["residualRisk"]> = [
  { value: "low", label: "Low" },
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
];

export const SEVERITIES: Choice<Incident["severity"]> = [
  { value: "low", label: "Low" },
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
  { value: "critical", label: "Critical" },
];

export const INCIDENT_STATUSES: Choice<Incident["status"]> = [
  { value: "open", label: "Open" },
  { value: "contained", label: "Contained" },
  { value: "recovered", label: "Recovered" },
  { value: "closed", label: "Closed" },
];

export const KINDS: Choice<Incident["kind"]> = [
  { value: "event", label: "Event (not yet assessed)" },
  { value: "incident", label: "Incident" },
];

export const PHASES: Choice<IncidentEntry["phase"]> = [
  { value: "detection", label: "Detection" },
  { value: "triage", label: "Triage" },
  { value: "containment", label: "Containment" },
  { value: "eradication", label: "Eradication" },
  { value: "recovery", label: "Recovery" },
  { value: "communication", label: "Communication" },
  { value: "note", label: "Note" },
];

export const OBLIGATIONS: Choice<Notification["obligation"]> = [
  { value: "gdpr-breach", label: "GDPR personal data breach (72 hours)" },
  { value: "nis2-early-warning", label: "NIS2 early warning (24 hours)" },
  { value: "nis2-notification", label: "NIS2 incident notification (72 hours)" },
  { value: "nis2-final-report", label: "NIS2 final report (one month)" },
  { value: "other", label: "Other obligation (contract, regulator)" },
];

export const REQUIREMENT_KINDS: Choice<Requirement["kind"]> = [
  { value: "legal", label: "Legal" },
  { value: "statutory", label: "Statutory" },
  { value: "regulatory", label: "Regulatory" },
  { value: "contractual", label: "Contractual" },
];

/** The label of a stored value among its choices. */
export const wordOf = <T extends string>(choices: Choice<T>, value: T | null | undefined): string =>
  choices.find((c) => c.value === value)?.label ?? value ?? "—";

/** Colours for levels (criticality, severity, residual risk) and results. */
export const LEVEL_COLOURS: Record<string, string> = {
  low: "teal",
  medium: "yellow",
  high: "orange",
  critical: "red",
  acceptable: "teal",
  conditional: "yellow",
  unacceptable: "red",
  open: "orange",
  contained: "yellow",
  recovered: "blue",
  closed: "teal",
  onboarding: "blue",
  active: "teal",
  offboarded: "gray",
  legal: "indigo",
  statutory: "blue",
  regulatory: "violet",
  contractual: "cyan",
};
