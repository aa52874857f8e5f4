/**
 * Exclusion notes for the people controls 6.1–6.8, in our own words (see exclusions.data.ts for what
 * each field means).
 */
import type { ExclusionsByControl } from "./types.js";

export const peopleExclusions: ExclusionsByControl = {
  "6.1": {
    credible:
      "nobody but the owners works in the scope: the organization employs no staff and engages no contractors or agency workers who get access to its information.",
    note: "This rarely lasts: the first hire or contractor brings the control back, so the justification says so and is revisited then. Local laws that limit background checks are not a reason to exclude: they limit how far the checks go, and identity, right to work and references can be checked almost everywhere.",
    stillApplies: ["6.6", "6.3", "5.20", "5.18"],
  },
  "6.2": {
    note: "Everyone who works for the organization does so under some agreement, and that agreement must state their information security duties (confidentiality, acceptable use, what continues after they leave). Contractors and freelancers are covered through their contracts, so a clause in the contract templates implements the control; it cannot be excluded.",
    stillApplies: ["6.1", "6.4", "6.5", "6.6"],
  },
  "6.3": {
    note: "Clause 7.3 already requires everyone working under the organization's control to be aware of the policy and their part in it, so this control cannot be excluded. It can be kept small: a short induction session, a yearly refresher and phishing reminders, with attendance recorded; the auditor asks staff what the policy expects of them.",
    stillApplies: ["6.2", "6.8", "5.10", "8.7"],
  },
  "6.4": {
    note: "Even a small company needs a known, fair and proportionate way to respond when someone breaches the security rules; it can be a short paragraph in the employment contract or handbook rather than an HR procedure. Without it, sanctions depend on the mood of the day and may breach employment law.",
    stillApplies: ["6.2", "6.3", "5.10", "6.5"],
  },
  "6.5": {
    note: "People who leave or change role keep knowing things, so their confidentiality duties must outlast the contract and be reminded at exit, and contractors finishing an assignment are covered too. A sentence in the contract templates and a point on the leaver checklist implement the control; an organization with no one ever leaving or changing role does not exist.",
    stillApplies: ["5.11", "5.18", "6.2", "6.6"],
  },
  "6.6": {
    note: "Staff, contractors and suppliers who see confidential information need a binding duty of confidentiality. It can sit in the employment contract or the supplier agreement instead of a separate NDA, and the control asks that the required terms are set and reviewed from time to time, so it applies wherever anyone but the owners sees the information.",
    stillApplies: ["6.2", "6.5", "5.20", "5.14"],
  },
  "6.7": {
    credible:
      "nobody ever works away from the organization's premises, including on phones and from home out of hours.",
    note: "That is rare. The justification states that remote access is technically impossible, not merely discouraged; e-mail on a phone is already remote working.",
    stillApplies: ["8.1", "6.2", "5.10"],
  },
  "6.8": {
    note: "Anyone can notice a suspicious e-mail, a lost laptop or a message sent to the wrong person, and a known, easy way to report it is where incident handling starts. A mailbox or chat channel, explained at induction and checked by someone, implements the control; it cannot be excluded in any scope.",
    stillApplies: ["5.24", "5.25", "6.3"],
  },
};
