/**
 * When excluding a control from the SoA is credible, written in our own words: the condition that
 * makes an exclusion defensible (`credible`, a clause completing "credible when …", absent when an
 * exclusion is rarely defensible), what the justification must say or why exclusion fails (`note`),
 * and the controls that still apply either way (`stillApplies`). One note for each of the 93 Annex A
 * controls, kept in one file per theme and merged here.
 */
import { organizationalExclusions } from "./exclusions.organizational.js";
import { peopleExclusions } from "./exclusions.people.js";
import { physicalExclusions } from "./exclusions.physical.js";
import { technologicalExclusions } from "./exclusions.technological.js";
import type { ExclusionNote } from "./types.js";

export type { ExclusionNote } from "./types.js";

export const EXCLUSION_NOTES: Readonly<Record<string, ExclusionNote>> = {
  ...organizationalExclusions,
  ...peopleExclusions,
  ...physicalExclusions,
  ...technologicalExclusions,
};
