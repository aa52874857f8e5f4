/** The shapes of other frameworks' data and their mappings onto ISO/IEC 27001:2022. */

export interface FrameworkFacts {
  id: string;
  title: string;
  source: string;
  licence: string;
  scope?: string;
}

export interface MappingFacts {
  /** What the mapping points at: "ISO/IEC 27001:2022". */
  to: string;
  /** How a pair relates the two (for example "intersect": they overlap, neither covers the other). */
  relationship: string;
  source: string;
  licence: string;
}

/** [id, parent, depth, title, text, assessable (1/0)] */
export type FrameworkRow = [string, string | null, number, string | null, string | null, 0 | 1];
/** [framework requirement or control id, ISO reference ("5.1" or "clause:6.1.2")] */
export type MappingPair = [string, string];

export interface FrameworkData {
  framework: FrameworkFacts;
  mapping: MappingFacts;
  rows: FrameworkRow[];
  pairs: MappingPair[];
}

export interface MappingData {
  framework: FrameworkFacts;
  mapping: MappingFacts;
  /** [id, label, title] of the controls the mapping names. */
  controls: [string, string, string][];
  pairs: MappingPair[];
}
