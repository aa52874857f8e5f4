/**
 * Exclusion notes for the technological controls 8.1–8.34, in our own words (see exclusions.data.ts
 * for what each field means). Only the development controls and a few others can be excluded, and
 * then only for an organization that builds and commissions nothing.
 */
import type { ExclusionsByControl } from "./types.js";

const NO_DEVELOPMENT =
  "the organization develops no software and commissions none: it only configures and uses off-the-shelf products and SaaS, with no scripts, integrations or infrastructure-as-code of its own.";
const DEVELOPMENT_NOTE =
  "Configuration scripts, low-code workflows, integrations and infrastructure-as-code count as development, and outsourced development stays in scope through 8.30: check both before excluding. The justification says what is built, by whom, and that nothing is.";

export const technologicalExclusions: ExclusionsByControl = {
  "8.1": {
    note: "People reach the organization's information through laptops and phones, whether the organization owns them or they are personal devices, so this control applies in every scope. It asks for rules and settings for those devices (disk encryption, screen lock, updates, remote wipe, separation of work data on personal phones), usually enforced by device management; the justification names the devices and the tool.",
    stillApplies: ["6.7", "7.9", "8.7", "8.24"],
  },
  "8.2": {
    note: "Every system has administrators, including SaaS admin consoles and cloud accounts, and misuse of admin rights causes the worst incidents. The control asks that such rights are few, approved, kept apart from everyday accounts and reviewed; a company with two administrators implements it with named admin accounts, strong MFA and a list checked at regular intervals, so it cannot be excluded.",
    stillApplies: ["5.15", "5.18", "8.5", "8.15"],
  },
  "8.3": {
    note: "Wherever information sits in a system, access to it must follow the access control rules; this control is about the permissions inside applications, shares and databases (who may open which folder, record or field). Everyone seeing everything is a finding unless the justification shows that everyone really needs all of it, which is how the control is met there, not excluded.",
    stillApplies: ["5.15", "5.12", "5.18", "8.2"],
  },
  "8.4": {
    credible: NO_DEVELOPMENT,
    note: "Scripts, infrastructure-as-code, low-code definitions and configuration repositories are source code too, and so is code an agency writes for the organization, which stays in scope through 8.30. The justification states that no repository of the organization's exists, in its own hands or a supplier's; the auditor will ask where the automation scripts are kept.",
    stillApplies: ["5.15", "8.2", "8.9"],
  },
  "8.5": {
    note: "Every login is an authentication, so the control applies wherever there is a system to sign in to. What varies is its strength: MFA for remote access, administrators and systems holding sensitive data, sign-in through one identity provider, lockout and alerts on failed attempts; the justification describes the methods chosen for each kind of access.",
    stillApplies: ["5.17", "5.16", "8.2", "8.15"],
  },
  "8.6": {
    note: "An organization that runs everything on SaaS still runs out of things: storage quotas, licence counts, mailbox sizes, the office internet line, API limits, cloud spending caps. The provider plans the servers while the organization watches its own usage and plans for growth, so exclusion is hard to defend; the justification describes that light monitoring.",
    stillApplies: ["8.14", "8.16", "5.30"],
  },
  "8.7": {
    note: "Malware reaches every organization through e-mail, downloads and removable media, whatever its size or platform, and ransomware targets small companies as readily as large ones. The control cannot be excluded; the built-in protection of the operating system and the mail service, kept up to date and checked centrally, together with user awareness, can be how it is met.",
    stillApplies: ["8.1", "8.8", "8.23", "6.3"],
  },
  "8.8": {
    note: "Every product in use has vulnerabilities that get published, including laptops, phones, browsers, network devices and the settings of SaaS tenants. The control asks that the organization learns of them and acts within set times (automatic updates, a patching rule, scans of what is exposed to the internet), so it cannot be excluded; a SaaS provider patches its own service, but not the organization's devices or tenant settings.",
    stillApplies: ["5.7", "8.9", "8.19", "8.32"],
  },
  "8.9": {
    note: "New in 2022. Every system the organization runs or configures has security settings that drift unless a baseline is set and checked: SaaS tenants, cloud accounts, laptops, firewalls. For an organization on SaaS it means a recorded baseline of tenant settings (MFA enforced, sharing limits, audit logging on) and a periodic check against it, so exclusion is not defensible.",
    stillApplies: ["8.32", "8.8", "8.1", "5.37"],
  },
  "8.10": {
    note: "Data protection law forbids keeping personal data longer than needed, and contracts often require deleting customer data at their end, so every organization has information to delete on time. The control asks for retention periods, deletion in the systems and from backups where feasible, and proof from providers; the justification can scale it but not exclude it.",
    stillApplies: ["5.33", "5.34", "7.14", "8.13"],
  },
  "8.11": {
    credible: "the organization holds no data that some of its users or systems should see only in part.",
    note: "That is unusual once personal or payment data are processed. The justification shows that everyone with access to each data set is entitled to see all of it, and that no copies go to test, analytics or third parties.",
    stillApplies: ["5.12", "5.15", "5.34", "8.33"],
  },
  "8.12": {
    note: "New in 2022 and often misread as a requirement to buy a DLP product. The control asks for measures against information leaking in proportion to its classification: limits on external sharing in the mail and file-sharing tools, blocking uploads to personal storage where it matters, alerts on mass downloads, watching for leaked credentials or data. The justification describes the measures chosen; no particular tool is required, so exclusion is rarely defensible.",
    stillApplies: ["5.12", "5.14", "8.11", "8.16"],
  },
  "8.13": {
    note: "Every organization has information it cannot afford to lose, and a SaaS provider's redundancy does not cover deletion by a user, ransomware in a synchronized folder or the end of a subscription. Check each service's retention and restore options, add backups where they fall short, and test a restore; the auditor asks for the last restore test, so the control is never excluded.",
    stillApplies: ["5.30", "8.14", "8.10", "8.24"],
  },
  "8.14": {
    credible:
      "no system in scope has an availability need that a single instance cannot meet: the business impact analysis shows that waiting for a repair, a restore from backup or a provider's recovery causes no unacceptable harm and breaks no commitment to customers.",
    note: "Most organizations rely on providers whose services are redundant by design; choosing them is then how the control is met (checked through 5.23), rather than an exclusion. The auditor compares an exclusion with the recovery times promised to customers and with single points of failure such as one internet line or one administrator.",
    stillApplies: ["5.30", "8.13", "8.6"],
  },
  "8.15": {
    note: "Without logs, incidents cannot be detected, investigated or proven, and laws and customer contracts often require them. Every organization's systems produce logs (identity provider, SaaS audit logs, cloud accounts, endpoints); the control asks to switch on the right ones, protect them and keep them long enough, so it can never be excluded.",
    stillApplies: ["8.16", "8.17", "5.28", "8.2"],
  },
  "8.16": {
    note: "Logs that nobody looks at detect nothing, so the control asks that networks, systems and applications are watched for unusual behaviour and that alerts reach someone who acts. A small organization can meet it with the alerts built into its identity provider, endpoint protection and cloud console, or with a managed detection service; the justification says who reviews what and how often, and it is not excluded.",
    stillApplies: ["8.15", "5.25", "8.12", "8.20"],
  },
  "8.17": {
    note: "Investigating an incident depends on comparing timestamps across systems, and nearly every system already takes its time from a reference source automatically, so the control costs little and is not excluded. The justification names the time sources (the providers' own, the operating system or domain defaults) and confirms that any device of the organization's own points to them.",
    stillApplies: ["8.15", "8.16", "5.28"],
  },
  "8.18": {
    note: "Tools that can get round system and application controls exist on every system: command shells, cloud command-line tools, database consoles, remote management and recovery tools. The control restricts who may use them and records their use; removing local administrator rights from users and keeping these tools to named administrators implements it, so exclusion is rarely defensible.",
    stillApplies: ["8.2", "8.19", "8.15", "8.5"],
  },
  "8.19": {
    note: "Every organization installs software on its systems, even if only through an app store or managed updates; the control asks who may install what, which can be a short rule enforced by device management.",
    stillApplies: ["8.1", "8.8", "8.9"],
  },
  "8.20": {
    note: "Having no office network does not remove the control: cloud networks (virtual networks, security groups), the firewall settings of laptops on home and public networks and any office Wi-Fi all count. An organization that only uses SaaS from laptops applies it through the endpoint firewall, encrypted connections and conditional access rules, and the justification says so rather than excluding it.",
    stillApplies: ["8.21", "8.22", "8.1", "6.7"],
  },
  "8.21": {
    note: "Every organization uses network services: internet access, DNS, hosted e-mail, VPN, content delivery, cloud networking. The control asks that their security features and service levels are known and required from the providers; for a small organization this sits in the supplier review of the internet provider and the cloud platform, so it is not excluded.",
    stillApplies: ["8.20", "5.20", "5.22", "5.23"],
  },
  "8.22": {
    note: "A small size is not a reason: separating networks is cheap in the cloud (separate accounts or VPCs for production and staging, subnets and security groups), and the risk it treats, lateral movement from a compromised laptop or test system into production, does not depend on head count. Scale the segmentation to the risk instead.",
    stillApplies: ["8.20", "8.21", "8.31", "5.23"],
  },
  "8.23": {
    note: "New in 2022. Anyone who browses can land on a malicious or fraudulent site, so the risk exists in every scope; what varies is the means. The safe-browsing protection of browsers, a filtering DNS service or the web protection of the endpoint tool implement it in a small organization, and the justification names the means and the categories blocked.",
    stillApplies: ["8.7", "5.10", "6.3"],
  },
  "8.24": {
    note: "Encrypted web connections, disk encryption on laptops and encrypted backups mean every organization already relies on cryptography; the control asks for rules on where it is required and how keys are managed. Relying on the providers' encryption is a way of meeting it, recorded with the decision to leave key management to them, not an exclusion.",
    stillApplies: ["8.1", "5.14", "5.17", "8.13"],
  },
  "8.25": { credible: NO_DEVELOPMENT, note: DEVELOPMENT_NOTE, stillApplies: ["8.26", "8.30", "8.32"] },
  "8.26": {
    note: "The control applies when applications are bought as well as built: choosing a SaaS tool means stating what it must offer for security (single sign-on, MFA, audit logs, where data is kept, export on exit). An organization that develops nothing meets it through a security checklist in its purchasing, so exclusion is rarely defensible.",
    stillApplies: ["5.23", "5.19", "5.8"],
  },
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
  "8.32": {
    note: "Every organization changes its systems: SaaS settings, new tools, laptop updates, firewall rules, access structures. The control asks that changes are controlled in proportion (who may change what, testing and approval for significant changes, a record of what changed); a ticket or pull request with an approver implements it, so it is never excluded.",
    stillApplies: ["8.9", "8.19", "5.37", "5.8"],
  },
  "8.33": {
    credible:
      "the organization runs no tests with data, because it develops nothing and tests no configuration with real information.",
    note: "Copies of production data used to try out a new tool or a migration are test information too.",
    stillApplies: ["8.31", "8.11", "5.34"],
  },
  "8.34": {
    credible:
      "no audit or technical assessment ever touches the operational systems: no penetration tests, vulnerability scans or auditor access to live systems, with audits limited to documents and interviews.",
    note: "That is rare: vulnerability scans under 8.8, a customer's penetration test and giving an auditor read access to a production console all count as audit testing. The justification states how audits are run; where any such testing happens, a short agreement on scope, timing and read-only access implements the control instead.",
    stillApplies: ["5.35", "8.8", "8.2"],
  },
};
