/**
 * When excluding a control from the SoA is credible, written in our own words: the condition that
 * makes an exclusion defensible (`credible`, a clause completing "credible when …", absent when an
 * exclusion is rarely defensible), what the justification must say or why exclusion fails (`note`),
 * and the controls that still apply either way (`stillApplies`).
 */
export interface ExclusionNote {
  credible?: string;
  note: string;
  stillApplies?: string[];
}

const NO_PREMISES =
  "the organization has no premises or equipment rooms of its own in the scope (staff work from home or from serviced offices, and all systems run at cloud or hosting providers whose certified controls cover the physical layer).";
const PREMISES_NOTE =
  "The justification names where the information is processed instead (for example the cloud provider's data centers, covered by its certification and by 5.23), and says what replaces the control at home or in shared offices. A landlord's reception or a co-working space's badge system is not yours to exclude: it is a supplier measure to check.";

const NO_DEVELOPMENT =
  "the organization develops no software and commissions none: it only configures and uses off-the-shelf products and SaaS, with no scripts, integrations or infrastructure-as-code of its own.";
const DEVELOPMENT_NOTE =
  "Configuration scripts, low-code workflows, integrations and infrastructure-as-code count as development, and outsourced development stays in scope through 8.30: check both before excluding. The justification says what is built, by whom, and that nothing is.";

export const EXCLUSION_NOTES: Readonly<Record<string, ExclusionNote>> = {
  "5.8": {
    note: "Every organization changes things, whatever it calls the work: sprints, a stream of tickets, a migration or a new supplier. The control asks that security is considered in whatever form that work takes (security criteria in the definition of done, a risk check for larger items), so a missing project office is not a reason to exclude it.",
    stillApplies: ["8.25", "8.26", "8.27", "8.32"],
  },
  "5.23": {
    credible:
      "the organization uses no cloud services at all, which is rare: e-mail, file sharing, collaboration and payroll tools are almost always cloud services.",
    note: "The justification lists the services checked and states that none is a cloud service; it must be revisited whenever a new tool is bought.",
    stillApplies: ["5.19", "5.20", "5.21", "5.22"],
  },
  "5.34": {
    note: "Names and e-mail addresses of customer contacts, employee records, payroll, applicants' CVs and access logs are personal data too, so almost every organization processes PII and is subject to data protection law such as the GDPR. Exclusion is very hard to defend; scale the control to the data held instead.",
    stillApplies: ["5.31", "5.33", "8.10", "8.11"],
  },
  "6.4": {
    note: "Even a small company needs a known, fair and proportionate way to respond when someone breaches the security rules; it can be a short paragraph in the employment contract or handbook rather than an HR procedure. Without it, sanctions depend on the mood of the day and may breach employment law.",
    stillApplies: ["6.2", "6.3", "5.10", "6.5"],
  },
  "6.7": {
    credible:
      "nobody ever works away from the organization's premises, including on phones and from home out of hours, which is rare.",
    note: "The justification states that remote access is technically impossible, not merely discouraged; e-mail on a phone is already remote working.",
    stillApplies: ["8.1", "6.2", "5.10"],
  },
  "7.1": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.7", "7.9", "8.1"] },
  "7.2": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.7", "7.9", "8.1"] },
  "7.3": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.7", "7.9", "8.1"] },
  "7.4": {
    credible: NO_PREMISES,
    note: `${PREMISES_NOTE} Where the organization has an office with information worth protecting, some monitoring (an alarm, the landlord's cameras) is usually expected.`,
    stillApplies: ["5.23", "7.1", "7.2"],
  },
  "7.5": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "5.30", "8.13"] },
  "7.6": {
    credible:
      "the organization has no designated secure area (no server or equipment room, archive or lab) because systems run at cloud or hosting providers and the office is an ordinary shared workspace.",
    note: "The justification says that no area is designated as secure and where the systems are hosted instead (the provider's data centers, covered through 5.23 and the provider's certification). If a comms cupboard or a room for paper files is treated as secure, the control applies to it.",
    stillApplies: ["7.1", "7.2", "7.3", "7.7", "5.23"],
  },
  "7.8": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.9", "8.1"] },
  "7.10": {
    note: "Disabling removable drives on endpoints is one way of implementing the control, not a reason to exclude it: storage media also include laptop disks, backup disks and tapes, SD cards in cameras, paper and media used for exceptions or transport, and their reuse and disposal still need rules.",
    stillApplies: ["8.1", "7.14", "8.10", "5.10"],
  },
  "7.11": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "5.30", "8.14"] },
  "7.12": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "8.20"] },
  "7.13": {
    credible:
      "the organization owns no equipment that needs maintenance: no servers, network devices or building equipment, and laptops are replaced rather than repaired.",
    note: "Laptops and network devices sent for repair carry data with them, so most organizations keep the control for that case at least.",
    stillApplies: ["7.14", "8.1", "5.23"],
  },
  "8.11": {
    credible:
      "the organization holds no data that some of its users or systems should see only in part, which is unusual once personal or payment data are processed.",
    note: "The justification shows that everyone with access to each data set is entitled to see all of it, and that no copies go to test, analytics or third parties.",
    stillApplies: ["5.12", "5.15", "5.34", "8.33"],
  },
  "8.19": {
    note: "Every organization installs software on its systems, even if only through an app store or managed updates; the control asks who may install what, which can be a short rule enforced by device management.",
    stillApplies: ["8.1", "8.8", "8.9"],
  },
  "8.22": {
    note: "A small size is not a reason: separating networks is cheap in the cloud (separate accounts or VPCs for production and staging, subnets and security groups), and the risk it treats, lateral movement from a compromised laptop or test system into production, does not depend on head count. Scale the segmentation to the risk instead.",
    stillApplies: ["8.20", "8.21", "8.31", "5.23"],
  },
  "8.25": { credible: NO_DEVELOPMENT, note: DEVELOPMENT_NOTE, stillApplies: ["8.26", "8.30", "8.32"] },
  "8.27": { credible: NO_DEVELOPMENT, note: DEVELOPMENT_NOTE, stillApplies: ["8.26", "8.30", "8.9"] },
  "8.28": { credible: NO_DEVELOPMENT, note: DEVELOPMENT_NOTE, stillApplies: ["8.26", "8.30", "8.8"] },
  "8.29": { credible: NO_DEVELOPMENT, note: DEVELOPMENT_NOTE, stillApplies: ["8.26", "8.30", "8.8"] },
  "8.30": {
    credible:
      "the organization commissions no software or system development from others, including agencies, freelancers and integrators.",
    note: "Buying a product off the shelf is supplier management (5.19 to 5.22), not outsourced development; paying someone to build or customize something is development and keeps the control.",
    stillApplies: ["5.19", "5.20", "8.26", "8.29"],
  },
  "8.31": {
    credible:
      "the organization runs no environment of its own to develop or test in: it only configures SaaS, and any test or sandbox tenant is the provider's.",
    note: "If configuration changes are tried in a sandbox tenant before going live, that sandbox is a test environment and the control applies to it, in a light form.",
    stillApplies: ["8.32", "8.33", "5.23"],
  },
  "8.33": {
    credible:
      "the organization runs no tests with data, because it develops nothing and tests no configuration with real information.",
    note: "Copies of production data used to try out a new tool or a migration are test information too.",
    stillApplies: ["8.31", "8.11", "5.34"],
  },
};
