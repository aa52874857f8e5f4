/**
 * All control guidance, merged from one file per theme (the two large themes are split in two
 * halves so each file stays reviewable).
 */
import type { GuidanceByControl } from "../types.js";
import { organizationalAGuidance } from "./organizational-a.js";
import { organizationalBGuidance } from "./organizational-b.js";
import { peopleGuidance } from "./people.js";
import { physicalGuidance } from "./physical.js";
import { technologicalAGuidance } from "./technological-a.js";
import { technologicalBGuidance } from "./technological-b.js";

export const GUIDANCE: GuidanceByControl = {
  ...organizationalAGuidance,
  ...organizationalBGuidance,
  ...peopleGuidance,
  ...physicalGuidance,
  ...technologicalAGuidance,
  ...technologicalBGuidance,
};
