/**
 * Types of the catalog: ISO/IEC 27001:2022 clauses 4–10, Annex A controls with their
 * ISO/IEC 27002:2022 attributes, the 2013 controls, and the guidance we write ourselves.
 *
 * Everything here is facts (ids, titles, attribute values, mappings) or text written by this
 * project. No sentence of the standards is reproduced.
 */

/** The four themes of ISO/IEC 27002:2022 (clauses 5–8 of that standard, A.5–A.8 of 27001). */
export const THEMES = ["organizational", "people", "physical", "technological"] as const;
export type Theme = (typeof THEMES)[number];

/** The five attribute taxonomies of ISO/IEC 27002:2022, section 4.2, in the standard's order. */
export const ATTRIBUTE_VOCABULARY = {
  controlType: ["Preventive", "Detective", "Corrective"],
  securityProperties: ["Confidentiality", "Integrity", "Availability"],
  cybersecurityConcepts: ["Identify", "Protect", "Detect", "Respond", "Recover"],
  operationalCapabilities: [
    "Governance",
    "Asset_management",
    "Information_protection",
    "Human_resource_security",
    "Physical_security",
    "System_and_network_security",
    "Application_security",
    "Secure_configuration",
    "Identity_and_access_management",
    "Threat_and_vulnerability_management",
    "Continuity",
    "Supplier_relationships_security",
    "Legal_and_compliance",
    "Information_security_event_management",
    "Information_security_assurance",
  ],
  securityDomains: ["Governance_and_Ecosystem", "Protection", "Defence", "Resilience"],
} as const;

export type AttributeName = keyof typeof ATTRIBUTE_VOCABULARY;
export type AttributeValue<K extends AttributeName> = (typeof ATTRIBUTE_VOCABULARY)[K][number];

export type ControlAttributes = {
  [K in AttributeName]: AttributeValue<K>[];
};

/**
 * Our own guidance for one Annex A control: enough for a practitioner to resolve what a terse
 * title asks of them without opening the standard.
 *
 * `related` holds control ids such as "5.15" and clause ids written "clause:6.1.3", because
 * clause 5.1 and control 5.1 would otherwise collide.
 */
export interface ControlGuidance {
  /** The objective the control serves, in plain words (at least 40 words). */
  purpose: string;
  /** Concrete steps to implement it (at least 4). */
  implementation: string[];
  /** How the steps scale: what a small and what a large organization typically does. */
  scale: { small: string; large: string };
  /** What an auditor typically asks to see (at least 3). */
  evidence: string[];
  /** Common nonconformities and mistakes (at least 2). */
  pitfalls: string[];
  /** Related controls ("8.12") and clauses ("clause:6.1.3"). */
  related: string[];
  /** Words and acronyms practitioners use for this topic (EDR, MFA, DLP, ...). */
  keywords: string[];
}

/** A guidance file maps control ids to their guidance. */
export type GuidanceByControl = Record<string, ControlGuidance>;

export interface Control {
  /** "8.11": the ISO/IEC 27002:2022 clause number, which is also the Annex A number. */
  id: string;
  title: string;
  theme: Theme;
  attributes: ControlAttributes;
  /** True for the 11 controls that have no predecessor in ISO/IEC 27001:2013. */
  isNew: boolean;
  /** The ISO/IEC 27001:2013 Annex A controls this control derives from ("A.12.4.1"). */
  iso27001_2013: string[];
  guidance: ControlGuidance;
}

export interface Clause {
  /** "6.1.3" */
  id: string;
  title: string;
  /** The parent clause id, or null for the top-level clauses 4–10. */
  parent: string | null;
  /** What the clause requires, in our own words. */
  summary: string;
  /** The documented information the clause makes mandatory (empty when it makes none). */
  mandatoryDocuments: string[];
  /** Words practitioners use for this topic. */
  keywords: string[];
  /** True for the sub-clauses that ISO/IEC 27001:2022 added (6.3, and the splits of 9.2 and 9.3). */
  newIn2022?: boolean;
}

export interface Control2013 {
  /** "A.12.4.1" */
  id: string;
  title: string;
  /** The 2022 controls that took it over. */
  iso27001_2022: string[];
}

/**
 * When excluding a control from the SoA is credible (the notes live in exclusions.data.ts and the
 * per-theme files it merges).
 */
export interface ExclusionNote {
  /** The condition that makes an exclusion defensible, completing "credible when …"; absent when it rarely is. */
  credible?: string;
  /** What the justification must say, or why an exclusion fails. */
  note: string;
  /** Related controls that still apply either way. */
  stillApplies?: string[];
}

/** Exclusion notes by control id. */
export type ExclusionsByControl = Record<string, ExclusionNote>;
