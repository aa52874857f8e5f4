/**
 * Exclusion notes for the physical controls 7.1–7.14, in our own words (see exclusions.data.ts for
 * what each field means). Most physical controls can be excluded by an organization without premises
 * of its own; the ones about devices and media follow the people wherever they work.
 */
import type { ExclusionsByControl } from "./types.js";

const NO_PREMISES =
  "the organization has no premises or equipment rooms of its own in the scope (staff work from home or from serviced offices, and all systems run at cloud or hosting providers whose certified controls cover the physical layer).";
const PREMISES_NOTE =
  "The justification names where the information is processed instead (for example the cloud provider's data centers, covered by its certification and by 5.23), and says what replaces the control at home or in shared offices. A landlord's reception or a co-working space's badge system is not yours to exclude: it is a supplier measure to check.";

export const physicalExclusions: ExclusionsByControl = {
  "7.1": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.7", "7.9", "8.1"] },
  "7.2": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.7", "7.9", "8.1"] },
  "7.3": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.7", "7.9", "8.1"] },
  "7.4": {
    credible: NO_PREMISES,
    note: `${PREMISES_NOTE} Where the organization has an office with information worth protecting, some monitoring (an alarm, the landlord's cameras) is usually expected.`,
    stillApplies: ["5.23", "7.7", "7.9", "8.1"],
  },
  "7.5": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "5.30", "8.13"] },
  "7.6": {
    credible:
      "the organization has no designated secure area (no server or equipment room, archive or lab) because systems run at cloud or hosting providers and the office is an ordinary shared workspace.",
    note: "The justification says that no area is designated as secure and where the systems are hosted instead (the provider's data centers, covered through 5.23 and the provider's certification). If a comms cupboard or a room for paper files is treated as secure, the control applies to it.",
    stillApplies: ["7.1", "7.2", "7.3", "7.7", "5.23"],
  },
  "7.7": {
    note: "Screens left unlocked and papers left lying about happen at home, in trains, cafés and co-working spaces as much as in an office, so having no premises of one's own moves the control into the remote working rules rather than removing it. An automatic screen lock enforced by device management and a short rule on papers, printouts and whiteboards implement it; the auditor may walk past desks or ask to see the lock settings.",
    stillApplies: ["6.7", "8.1", "5.10", "7.9"],
  },
  "7.8": { credible: NO_PREMISES, note: PREMISES_NOTE, stillApplies: ["5.23", "7.9", "8.1"] },
  "7.9": {
    credible:
      "no device or medium holding the organization's information ever leaves its premises: people use fixed workstations on site, have no laptops or company phones, and no equipment sits at homes, suppliers or other sites.",
    note: "That is rare. An organization without premises is the opposite case: every laptop and phone is off the premises all the time, so the control covers all of them (encryption, not leaving devices in cars, what to do on loss). Equipment kept at a colocation site or sent for repair counts as well.",
    stillApplies: ["8.1", "7.10", "7.14", "5.11"],
  },
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
  "7.14": {
    note: "Every laptop, phone, printer and disk is eventually sold, given to someone else, returned to a leasing company or thrown away, and must be wiped first or its storage destroyed. Leasing or a device-as-a-service contract makes the provider part of how the control is met (with certificates of erasure), not a reason to exclude it; without premises the control still covers the staff's devices, and at the end of an office lease anything the organization fitted there that stores information.",
    stillApplies: ["7.10", "8.10", "5.11", "5.9"],
  },
};
