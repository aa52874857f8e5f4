/**
 * Exclusion notes for the organizational controls 5.1–5.37, in our own words (see exclusions.data.ts
 * for what each field means).
 */
import type { ExclusionsByControl } from "./types.js";

export const organizationalExclusions: ExclusionsByControl = {
  "5.1": {
    note: "Clause 5.2 already demands a top-level information security policy, and nearly every other control rests on a rule that is written down, approved and communicated, so an ISMS without policies cannot be certified. What can be scaled is the number of topic-specific policies: a small organization may gather them in one handbook, which still needs an approver, a review date and proof that staff have read it.",
    stillApplies: ["5.2", "5.4", "5.36", "5.37"],
  },
  "5.2": {
    note: "Clause 5.3 requires top management to assign ISMS responsibilities, and a control nobody owns is not operated. In a small company one person may hold several roles (the managing director as risk owner and approver, an outside consultant in support); the roles must still be named, accepted and known, with conflicting duties checked under the segregation of duties control 5.3.",
    stillApplies: ["5.3", "5.4", "6.2", "5.9"],
  },
  "5.3": {
    note: "A small team cannot always split duties, but that calls for compensating measures, not an exclusion: a second person approves payments and privileged changes, someone other than the administrator reviews the admin logs, the founder checks access changes. The justification lists the conflicting duties found, which are split and which are covered by review instead; the auditor looks for one person who can request, approve and carry out a change or a payment alone.",
    stillApplies: ["5.2", "5.15", "8.2", "8.15", "8.32"],
  },
  "5.4": {
    note: "Leadership commitment is a requirement of clause 5.1, and this control is how managers make their own people follow the policies, so it cannot be excluded even where there is a single manager. In a founder-led company it means the founder briefs people, sets the example and makes the rules part of how work is handed out; the auditor interviews managers to see whether they know their part.",
    stillApplies: ["5.1", "5.2", "6.2", "6.3"],
  },
  "5.5": {
    note: "Every organization may need to reach an authority quickly: the data protection supervisor when a personal data breach must be notified, the police after a theft or an extortion attempt, the national CSIRT under NIS2, the fire service or the utility for the premises. A short list of who is contacted, in which situation and by whom, kept with the incident plan, implements the control, so an exclusion is not defensible.",
    stillApplies: ["5.24", "5.26", "5.31", "5.34"],
  },
  "5.6": {
    note: "It is cheap to meet and hard to argue away: subscribing to the national CERT's advisories and the main vendors' security bulletins, joining a sector group or ISAC, or attending a local security meetup all count. An exclusion would claim the organization needs no outside source of security knowledge, which the auditor will test by asking how it heard of the last critical vulnerability in its tools; scale the control instead.",
    stillApplies: ["5.5", "5.7", "8.8", "6.3"],
  },
  "5.7": {
    note: "New in 2022 and often marked not applicable without a real reason. A small organization meets it by consuming intelligence rather than producing it: advisories from vendors and the national CERT, the threat feeds built into its mail filtering and endpoint protection, and a periodic look at attacks on its sector that feeds the risk assessment. The justification names those sources and how findings reach the people who act on them.",
    stillApplies: ["5.6", "5.25", "8.8", "8.16"],
  },
  "5.8": {
    note: "Every organization changes things, whatever it calls the work: sprints, a stream of tickets, a migration or a new supplier. The control asks that security is considered in whatever form that work takes (security criteria in the definition of done, a risk check for larger items), so a missing project office is not a reason to exclude it.",
    stillApplies: ["8.25", "8.26", "8.27", "8.32"],
  },
  "5.9": {
    note: "The risk assessment of clause 6.1.2 needs to know which information and assets exist, and most other controls (access, backup, disposal, cloud services) point back to the inventory. A spreadsheet of devices, SaaS accounts, data sets and their owners, or an export from the device management tool, is enough; an empty or missing inventory is a finding, never an exclusion.",
    stillApplies: ["5.10", "5.11", "5.12", "8.1"],
  },
  "5.10": {
    note: "Anyone who uses the organization's information or devices must know what they may and may not do with them, and remote working, endpoint and transfer rules all depend on it. A one-page acceptable use policy that staff and contractors acknowledge implements the control; there is no scope in which nobody uses anything.",
    stillApplies: ["5.9", "5.12", "6.2", "8.1"],
  },
  "5.11": {
    note: "Even where people use their own devices, keys, badges, accounts and company data held on personal phones must be handed back or deleted when someone leaves or a contract ends, and that is what the control covers. A leaver checklist with the items returned and a record that company data was removed from personal devices is the usual evidence.",
    stillApplies: ["5.9", "5.18", "6.5", "7.14"],
  },
  "5.12": {
    note: "Every organization holds information that needs different protection (payroll against the public website), and the rules for access, transfer and disposal depend on telling them apart. A scheme of three levels tied to the risk assessment is enough for a small company; the auditor asks staff what level a document has and what that means when they send it.",
    stillApplies: ["5.9", "5.13", "5.14", "8.3"],
  },
  "5.13": {
    note: "Once information is classified under 5.12, people need a way to see which level applies, so excluding labelling while keeping classification leaves the scheme invisible. Labelling can be light: unmarked documents count as internal by rule, only confidential ones carry a label, sensitivity labels come from the office suite or a folder's level stands for its contents, and the procedure says what to do where no label can be applied.",
    stillApplies: ["5.12", "5.14", "5.10", "7.10"],
  },
  "5.14": {
    note: "Every organization sends information out by e-mail, sharing links, calls, messaging, couriers and exchanges with suppliers. The control asks for rules and agreements for those transfers, in proportion to the classification (encrypted links for confidential files, a call-back before changing bank details); the rules plus the settings of the mail and sharing tools are the evidence, and no scope lacks transfers.",
    stillApplies: ["5.12", "5.13", "6.6", "8.24"],
  },
  "5.15": {
    note: "Any organization with a system that needs a login must decide who gets which access, on what basis (need to know, least privilege) and who approves it. The control is the foundation of 5.16 to 5.18 and 8.2 to 8.5, and excluding it is never defensible; a short access policy and a list of who approves access to each system implement it.",
    stillApplies: ["5.16", "5.17", "5.18", "8.2", "8.3"],
  },
  "5.16": {
    note: "Every account in every system is an identity that must be created, tied to one person and removed when no longer needed; the auditor samples leavers and looks for shared or generic accounts. Central sign-on through one identity provider makes the control easy to meet, not unnecessary, so it cannot credibly be excluded.",
    stillApplies: ["5.15", "5.17", "5.18", "8.5"],
  },
  "5.17": {
    note: "Passwords, MFA devices, API keys and recovery codes exist in every organization. The control covers how they are issued, kept secret, changed and revoked, including handing out first credentials securely and changing shared secrets when someone who knew them leaves, so it applies wherever there is a login and cannot be excluded.",
    stillApplies: ["5.16", "5.18", "8.5", "8.24"],
  },
  "5.18": {
    note: "Access is granted, changed and removed in every organization, and leavers who keep access are among the most common audit findings. A small company implements the control with a joiner, mover and leaver checklist and a periodic review of who can reach each system; the auditor samples leavers and role changes, so an exclusion would not survive the audit.",
    stillApplies: ["5.15", "5.16", "6.5", "8.2"],
  },
  "5.19": {
    note: "Every organization relies on suppliers that handle its information or systems: cloud and SaaS providers, IT support, the accountant, payroll, couriers. The control asks for a way to pick out the suppliers that matter for security and to set what is expected of them, which a supplier list with a risk rating can start; an organization with no such supplier does not exist in practice.",
    stillApplies: ["5.20", "5.21", "5.22", "5.23"],
  },
  "5.20": {
    note: "Buying from large providers on take-it-or-leave-it terms does not remove the control; it changes how it is met. The justification records that the standard terms, the data processing agreement and the security commitments were checked against the organization's requirements and accepted, or where gaps are covered otherwise; smaller suppliers with access to data still need security and confidentiality clauses of their own.",
    stillApplies: ["5.19", "5.22", "5.23", "6.6"],
  },
  "5.21": {
    note: "Every ICT product or service bought brings its supplier's own suppliers with it: a SaaS provider's hosting and subprocessors, the components inside an appliance or a product. For a small buyer the control is light (prefer vendors that disclose their subprocessors and ship security updates, require that security terms pass down the chain), and an organization that builds ICT products applies it to the components it ships, so exclusion is rarely defensible.",
    stillApplies: ["5.19", "5.20", "5.22", "8.8"],
  },
  "5.22": {
    note: "Suppliers that matter for security change their services, subprocessors and terms, and have incidents of their own, so someone must keep an eye on them. A yearly review of the key suppliers (current certificates or assurance reports, incidents, changes of service or ownership) implements the control in a small organization; if suppliers are in scope at all, so is their review.",
    stillApplies: ["5.19", "5.20", "5.21", "5.23"],
  },
  "5.23": {
    credible: "the organization uses no cloud services at all.",
    note: "That is rare: e-mail, file sharing, collaboration and payroll tools are almost always cloud services. The justification lists the services checked and states that none is a cloud service; it must be revisited whenever a new tool is bought.",
    stillApplies: ["5.19", "5.20", "5.21", "5.22"],
  },
  "5.24": {
    note: "Every organization will have incidents, and laws such as the GDPR and NIS2 set deadlines for notifying some of them. A short plan saying who decides, who is called and how to reach them, rehearsed once a year, implements the control; being too small to have had an incident yet is not a reason to exclude it.",
    stillApplies: ["5.25", "5.26", "5.27", "6.8"],
  },
  "5.25": {
    note: "Someone must decide whether a reported event (a phishing mail, a lost phone, a security alert) is an incident and how urgent it is; otherwise every report is treated alike or ignored. A few criteria in the incident plan and a log of the decisions taken are enough for a small organization, and there is no scope in which no event is ever reported.",
    stillApplies: ["5.24", "5.26", "6.8", "8.16"],
  },
  "5.26": {
    note: "A plan that is never carried out is not a control: incidents must be contained, recovered from and communicated as the procedure says. The auditor samples incident records; where none occurred in the period, they look at exercises and at how small events were handled, so the control stays applicable in every scope.",
    stillApplies: ["5.24", "5.25", "5.27", "5.28"],
  },
  "5.27": {
    note: "Learning from what went wrong is also expected for nonconformities under clause 10.2, and the control asks that incidents feed the risk assessment and lead to improvements. With few incidents, a short review after each one and a yearly look at near misses and exercises implement it; a lack of incidents is not a reason to exclude it.",
    stillApplies: ["5.24", "5.26", "6.3"],
  },
  "5.28": {
    note: "Any incident may end in a disciplinary case, an insurance claim, a dispute with a supplier or a complaint to the police, and evidence not kept properly cannot be relied on later. A small organization needs a few rules (do not wipe the affected laptop, export and protect the logs, record who handled what and when) and the name of a forensic firm to call; that implements the control, so exclusion is hard to defend.",
    stillApplies: ["5.26", "6.4", "8.15", "8.17"],
  },
  "5.29": {
    note: "Any organization can be disrupted (an outage at a key provider, ransomware, loss of the office), and the control asks that security stays at an agreed level while it copes, for example that emergency access or a fallback to personal accounts does not bypass the rules. Without a formal continuity programme the incident and recovery plans still say how security is kept, so the control is not excluded.",
    stillApplies: ["5.30", "5.24", "8.13", "8.14"],
  },
  "5.30": {
    note: "An organization that depends on ICT needs to know how long it can be without each system and how it would recover, planned from a business impact analysis and tested. On SaaS this means knowing the providers' commitments, keeping exports or backups of critical data and trying a restore or switch-over; relying on a provider is a way to implement the control, not a reason to exclude it.",
    stillApplies: ["5.29", "8.13", "8.14", "5.23"],
  },
  "5.31": {
    note: "Every organization is bound by laws and contracts that touch information security (data protection, employment, commercial and sector rules, customer contracts), and clause 4.2 requires the interested parties' requirements to be determined anyway. A register of the applicable requirements with an owner and a review date implements the control; it is never excluded.",
    stillApplies: ["5.32", "5.33", "5.34"],
  },
  "5.32": {
    note: "Every organization uses software, fonts, images or data under licence and creates material of its own worth protecting. The control covers staying within licence terms (seat counts of SaaS subscriptions, the conditions of open-source components) and protecting the organization's own work, so even an organization that only uses SaaS keeps it.",
    stillApplies: ["5.31", "5.9", "8.19"],
  },
  "5.33": {
    note: "Law and contracts require records such as accounts, payroll, contracts and logs to be kept for set periods and protected from loss, tampering and unauthorised access, and the ISMS itself keeps documented information under clause 7.5. Every organization has such records; a retention schedule and the settings of the systems that hold them are the evidence.",
    stillApplies: ["5.31", "5.34", "8.10", "8.13"],
  },
  "5.34": {
    note: "Names and e-mail addresses of customer contacts, employee records, payroll, applicants' CVs and access logs are personal data too, so almost every organization processes PII and is subject to data protection law such as the GDPR. Exclusion is very hard to defend; scale the control to the data held instead.",
    stillApplies: ["5.31", "5.33", "8.10", "8.11"],
  },
  "5.35": {
    note: "The internal audit of clause 9.2 does not make this control redundant; carried out by someone independent of the area audited (an outside consultant in a small company), it is usually how the control is met. Independent reviews at planned intervals and after significant changes are expected of every ISMS, so exclusion is not defensible; the justification names who reviews and how their independence is ensured.",
    stillApplies: ["5.36", "5.1", "8.34"],
  },
  "5.36": {
    note: "Having policies is only half of the work: managers and owners must check that they are followed and that technical settings match them, and act on deviations. This sits close to the monitoring of clause 9.1 and is met by periodic compliance checks, configuration reviews and records of corrective action, so it applies in every scope.",
    stillApplies: ["5.35", "5.1", "8.8", "8.9"],
  },
  "5.37": {
    note: "Every organization runs repeatable tasks that must be done right whoever does them: creating accounts, restoring a backup, setting up a laptop, handling an incident. Short runbooks in a wiki, or a reference to the provider's documented procedure, scaled to how critical and how rare each task is, implement the control; no documentation at all is a gap, not an exclusion.",
    stillApplies: ["5.30", "8.9", "8.13", "8.32"],
  },
};
