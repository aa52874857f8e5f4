/**
 * Pairs (or groups) of controls and clauses that practitioners confuse, each with the distinction
 * in our own words. Entries are typed: "control:5.1" and "clause:5.1" are different things.
 */
export interface Distinction {
  ids: string[];
  text: string;
}

export const DISTINCTIONS: readonly Distinction[] = [
  {
    ids: ["control:5.12", "control:5.13"],
    text: "5.12 decides how sensitive information is (the scheme and its levels, set by the owner from legal, value and criticality needs), whereas 5.13 puts that decision where people and tools can see it: visible marks, headers, stamps or metadata tags.",
  },
  {
    ids: ["control:5.15", "control:8.3"],
    text: "5.15 sets the access rules (a policy based on business and security requirements, need-to-know and least privilege), whereas 8.3 enforces them technically inside systems and applications through permissions such as read, write and execute.",
  },
  {
    ids: ["control:5.17", "control:8.5"],
    text: "5.17 looks after the secrets themselves (issuing, storing, resetting and keeping passwords, PINs and keys confidential), whereas 8.5 is the log-on mechanism that checks them: MFA, lockout after failed attempts and secure sign-in procedures.",
  },
  {
    ids: ["control:5.16", "control:5.18"],
    text: "5.16 manages identities through their life (one unique identity per person or system, created, changed and removed), whereas 5.18 manages the access rights attached to those identities: granting, reviewing and revoking them.",
  },
  {
    ids: ["control:8.20", "control:8.21", "control:8.22"],
    text: "8.20 secures the organization's own networks and devices (configuration, management, protection of traffic), whereas 8.21 covers network services received from providers, in-house or external, with their security features and service levels; by contrast 8.22 splits networks into separate domains or zones (VLANs, subnets, VPCs) so that trust does not flow across them.",
  },
  {
    ids: ["control:5.35", "clause:9.2"],
    text: "5.35 asks for an independent review of the organization's whole approach to information security, done by people outside the area reviewed and often by an external assessor, whereas the internal audit of clause 9.2 checks conformity of the ISMS with the organization's own requirements and the standard on a planned programme; they are not the same, but one well-planned independent audit can provide evidence for both.",
  },
  {
    ids: ["control:5.1", "clause:5.2"],
    text: "Control 5.1 governs the whole set of policies, the top-level policy and the topic-specific ones, their approval, publication, acknowledgement and review at planned intervals or after significant change, whereas clause 5.2 fixes what top management must put into the top-level information security policy: its commitments to meet requirements and to continual improvement, and a framework for setting objectives.",
  },
  {
    ids: ["control:8.13", "control:8.14"],
    text: "8.13 keeps copies from which data and systems can be restored after loss or corruption, whereas 8.14 duplicates components so that the service keeps running when one fails; redundancy does not protect against deletion or ransomware, which replicate instantly.",
  },
  {
    ids: ["control:8.15", "control:8.16"],
    text: "8.15 produces, protects and keeps the records of events, whereas 8.16 watches systems and networks for anomalous behavior and acts on it; logs are the raw material, monitoring is the use made of them.",
  },
  {
    ids: ["control:5.24", "control:5.26"],
    text: "5.24 prepares for incidents in advance (roles, procedures, contacts, reporting channels), whereas 5.26 is the response when one happens: containment, recovery, communication and escalation according to those procedures.",
  },
  {
    ids: ["control:5.29", "control:5.30"],
    text: "5.29 keeps information security at the right level while the organization is disrupted, whereas 5.30 makes sure ICT services can be restored within the recovery objectives set by the business impact analysis.",
  },
  {
    ids: ["control:7.10", "control:7.14"],
    text: "7.10 covers storage media through their whole life (use, transport, reuse and disposal of media such as USB drives, disks and paper), whereas 7.14 is the moment whole equipment containing storage leaves service or changes hands.",
  },
  {
    ids: ["control:8.10", "control:7.14"],
    text: "8.10 deletes information wherever it is held once it is no longer needed, including at cloud providers, whereas 7.14 makes sure equipment carries no data away when it is disposed of or reused.",
  },
  {
    ids: ["control:6.1", "control:6.2"],
    text: "6.1 checks candidates before they join (background verification proportionate to the role and the information they will access), whereas 6.2 puts the security responsibilities of staff and the organization into the terms of employment.",
  },
  {
    ids: ["control:8.25", "control:8.28"],
    text: "8.25 sets the rules of the whole development life cycle (environments, requirements, reviews, release), whereas 8.28 concerns the writing of the code itself: secure coding principles, libraries, reviews and tooling.",
  },
  {
    ids: ["control:8.32", "clause:6.3"],
    text: "8.32 controls changes to information processing facilities and systems in operation, whereas clause 6.3 concerns changes to the ISMS itself, such as its scope, structure or processes, which must be carried out in a planned manner.",
  },
  {
    ids: ["control:5.7", "control:8.8"],
    text: "5.7 gathers and analyses information about threats and attackers, whereas 8.8 finds and fixes weaknesses in the organization's own technology; intelligence about an exploited flaw feeds patch priorities.",
  },
  {
    ids: ["control:5.9", "control:5.12"],
    text: "5.9 lists what information and assets exist and who owns them, whereas 5.12 rates how sensitive each kind of information is; the inventory tells you what to classify.",
  },
  {
    ids: ["control:5.19", "control:5.20", "control:5.22"],
    text: "5.19 sets how the organization manages supplier risk overall, whereas 5.20 writes the security requirements into each supplier agreement; by contrast 5.22 monitors, reviews and manages changes to the services once they are delivered.",
  },
  {
    ids: ["control:5.36", "clause:9.2"],
    text: "5.36 has managers and specialists check regularly that their areas follow the policies and rules, whereas the internal audit of clause 9.2 is an independent, planned examination of the whole ISMS.",
  },
  {
    ids: ["control:7.1", "control:7.2"],
    text: "7.1 draws the physical perimeters around areas that hold information, whereas 7.2 controls who gets through the entry points in them and records it.",
  },
];
