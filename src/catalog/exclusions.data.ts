/**
 * When excluding a control from the SoA is credible, written in our own words: the condition that
 * makes an exclusion defensible (`credible`, absent when exclusion is rarely defensible), what the
 * justification must say (`note`), and the controls that still apply either way (`stillApplies`).
 */
export interface ExclusionNote {
  credible?: string;
  note: string;
  stillApplies?: string[];
}

export const EXCLUSION_NOTES: Readonly<Record<string, ExclusionNote>> = {};
