/**
 * Standard-level facts about ISO/IEC 27001 and ISO/IEC 27002, written in our own words. The
 * copilot answers questions such as "is ISO 27002 certifiable?" or "what changed in 2022?" from
 * these entries; each has an id, a title, the text, and the words people use to ask about it.
 */
export interface StandardFact {
  id: string;
  title: string;
  text: string;
  keywords: string[];
}

export const STANDARD_FACTS: readonly StandardFact[] = [
  {
    id: "iso27001",
    title: "What ISO/IEC 27001:2022 is",
    text:
      "ISO/IEC 27001:2022 specifies the requirements for an information security management system (ISMS). " +
      "Clauses 4 to 10 are mandatory management-system requirements: context and scope, leadership, planning " +
      "with risk assessment and treatment, support, operation, performance evaluation and improvement. Annex A " +
      "lists 93 reference controls; an organization compares its risk treatment with Annex A and records the " +
      "outcome in a Statement of Applicability. ISO/IEC 27001 is the standard an organization is certified " +
      "against by an accredited certification body, through a stage 1 and stage 2 audit, yearly surveillance " +
      "audits and recertification every three years.",
    keywords: [
      "ISO 27001",
      "certification",
      "certifiable",
      "ISMS",
      "requirements",
      "Annex A",
      "stage 1",
      "stage 2",
    ],
  },
  {
    id: "iso27002",
    title: "What ISO/IEC 27002:2022 is",
    text:
      "ISO/IEC 27002:2022 is a code of practice: it gives guidance for each of the 93 controls listed in " +
      "Annex A of ISO/IEC 27001, namely a purpose, implementation guidance and other information, plus five " +
      "attribute taxonomies for filtering and mapping. It contains no requirements, so an organization cannot " +
      "be certified against ISO/IEC 27002; it is not a certifiable standard. Certification is only against " +
      "ISO/IEC 27001, and 27002 is the reference used to interpret and implement the Annex A controls.",
    keywords: ["ISO 27002", "code of practice", "guidance", "not certifiable", "certification", "attributes"],
  },
  {
    id: "changes-2013-2022",
    title: "What changed between the 2013 and 2022 editions",
    text:
      "The 2013 edition of Annex A had 114 controls in 14 domains (A.5 to A.18). The 2022 edition has 93 " +
      "controls in 4 themes: organizational (37 controls, clause 5), people (8, clause 6), physical (14, " +
      "clause 7) and technological (34, clause 8). Of the 93, 11 controls are new (5.7 Threat intelligence, " +
      "5.23 Information security for use of cloud services, 5.30 ICT readiness for business continuity, " +
      "7.4 Physical security monitoring, 8.9 Configuration management, 8.10 Information deletion, 8.11 Data " +
      "masking, 8.12 Data leakage prevention, 8.16 Monitoring activities, 8.23 Web filtering and 8.28 Secure " +
      "coding); 24 merge several 2013 controls and 58 carry one 2013 control over, often renamed. No 2013 " +
      "control was dropped in substance. ISO/IEC 27002:2022 introduced five attributes: control type, " +
      "information security properties, cybersecurity concepts, operational capabilities and security " +
      "domains. In the clauses, 6.3 Planning of changes is new; 4.2 asks which requirements of interested parties " +
      "the ISMS will address; 4.4 asks for the processes the ISMS needs and their interactions; 6.2 adds that " +
      "objectives are monitored; 8.1 adds criteria for processes and control of externally provided processes; " +
      "9.2 and 9.3 were split into sub-clauses, with changes in interested parties' needs added as a review " +
      "input; and the order of 10.1 and 10.2 was swapped.",
    keywords: [
      "2013",
      "2022",
      "changes",
      "new controls",
      "114",
      "93",
      "11 new",
      "themes",
      "domains",
      "merged",
    ],
  },
  {
    id: "transition",
    title: "Transition from ISO/IEC 27001:2013 to 2022",
    text:
      "ISO/IEC 27001:2022 was published in October 2022. Accreditation bodies set a three-year transition: " +
      "certificates to the 2013 edition ceased to be valid at the end of October 2025. Moving over means " +
      "updating the risk treatment to compare against the new Annex A, re-mapping the Statement of " +
      "Applicability from the 114 old controls to the 93 new ones, implementing the 11 new controls where " +
      "applicable, addressing the clause changes (notably planning of changes in 6.3 and process " +
      "interactions in 4.4), and having the change verified in a surveillance, recertification or special " +
      "transition audit.",
    keywords: [
      "transition",
      "published",
      "publication date",
      "migration",
      "deadline",
      "October 2025",
      "2013 certificate",
      "mapping",
      "old SoA",
    ],
  },
  {
    id: "amendment-2024",
    title: "ISO/IEC 27001:2022/Amd 1:2024 (climate action changes)",
    text:
      "Amendment 1 of February 2024 added climate change to the management-system standards, ISO/IEC 27001 " +
      "among them. In clause 4.1 the organization must determine whether climate change is a relevant issue " +
      "for its ISMS, and a note to 4.2 says that relevant interested parties can have requirements related " +
      "to climate change. No clause number, title or Annex A control changed. Certified organizations show " +
      "that they considered the question; concluding that climate change is not relevant is acceptable when " +
      "the reasoning is recorded.",
    keywords: ["amendment", "Amd 1:2024", "climate change", "climate action", "2024", "4.1", "4.2"],
  },
  {
    id: "themes-attributes",
    title: "Themes and attributes of ISO/IEC 27002:2022",
    text:
      "Controls are grouped in four themes: organizational (37), people (8), physical (14) and technological " +
      "(34). Each control carries five attributes: control type (Preventive, Detective, Corrective), " +
      "information security properties (Confidentiality, Integrity, Availability), cybersecurity concepts " +
      "(Identify, Protect, Detect, Respond, Recover, as in the NIST Cybersecurity Framework), operational " +
      "capabilities (15 values such as Asset_management or Threat_and_vulnerability_management) and security " +
      "domains (Governance_and_Ecosystem, Protection, Defence, Resilience). Attributes help an organization " +
      "build its own views of the controls; they are not requirements.",
    keywords: ["themes", "attributes", "control type", "cybersecurity concepts", "operational capabilities"],
  },
  {
    id: "soa",
    title: "The Statement of Applicability",
    text:
      "The Statement of Applicability (SoA), required by clause 6.1.3 d), lists the controls needed to treat " +
      "risks, why each is included, whether it is implemented, and why any Annex A control is excluded. " +
      "Annex A is a checklist against which the organization verifies that no necessary control was " +
      "overlooked; controls from other sources may be added. The SoA must be kept as documented information " +
      "and is the central document a certification auditor samples.",
    keywords: ["Statement of Applicability", "SoA", "exclusion", "justification", "applicable", "6.1.3"],
  },
  {
    id: "approvals",
    title: "Who approves the risk treatment plan, residual risks and the SoA",
    text:
      "Not necessarily one person: each risk owner signs off the treatment planned for their risks and " +
      "accepts the residual risk left after it (6.1.3 f), and a risk owner is whoever has the accountability and authority to manage that risk " +
      "(6.1.2 c), so a single person such as the CISO can sign off everything only if they truly hold that " +
      "authority for every risk. The standard " +
      "names no approver for the Statement of Applicability: in practice top management or the ISMS owner " +
      "approves each version, and the approval is recorded because auditors ask which version is in force.",
    keywords: [
      "approve",
      "approval",
      "sign off",
      "risk owner",
      "accept residual risk",
      "risk acceptance",
      "SoA approval",
      "treatment plan approval",
    ],
  },
  {
    id: "certification-cycle",
    title: "The ISO/IEC 27001 certification cycle",
    text:
      "An ISO/IEC 27001 certificate is valid for three years. Certification starts with a stage 1 audit " +
      "(documentation and readiness) and a stage 2 audit (whether the ISMS works in practice); a surveillance " +
      "audit follows in each of the next two years, and a recertification audit before the three years run " +
      "out starts a new cycle. Nonconformities found must be corrected, and major ones closed before a " +
      "certificate is issued or renewed.",
    keywords: [
      "certificate valid",
      "certificate validity",
      "how long certificate",
      "certification cycle",
      "surveillance audit",
      "recertification",
      "stage 1",
      "stage 2",
      "three years",
    ],
  },
  {
    id: "counts",
    title: "How many controls and clauses ISO/IEC 27001:2022 has",
    text:
      "Annex A of ISO/IEC 27001:2022 lists 93 controls in four themes: 37 organizational (5.1 to 5.37), 8 " +
      "people (6.1 to 6.8), 14 physical (7.1 to 7.14) and 34 technological (8.1 to 8.34). The requirements " +
      "are clauses 4 to 10; clauses 0 to 3 (introduction, scope, normative references, terms) contain no " +
      "requirements. The 2013 edition had 114 controls in 14 domains.",
    keywords: [
      "how many controls",
      "number of controls",
      "how many clauses",
      "93 controls",
      "Annex A controls",
      "clauses 4 to 10",
      "count",
    ],
  },
];
