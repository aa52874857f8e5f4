/** Columns added to existing tables, kept here so the table list in schema.ts stays readable. */
import type { Flag } from "./schema.js";

/** The organization's climate-change determination (4.1, Amd 1:2024), kept with its scope. */
export interface ClimateColumns {
  /** 1 relevant, 0 not relevant, null not yet recorded. */
  climateRelevant: Flag | null;
  climateReason: string | null;
}

/** Who approved an SoA version, apart from who recorded it. */
export interface ApprovalColumns {
  /** The approver's role (e.g. CEO); approvedBy names the person. */
  approverRole: string | null;
  /** Who recorded the approval in the tool, when not the approver. */
  recordedBy: string | null;
  /** Why the SoA was approved while some controls were undecided. */
  undecidedReason: string | null;
}
