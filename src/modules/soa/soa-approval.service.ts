/**
 * Approving the SoA into immutable numbered versions. An approval names the person who approved
 * (and their role, e.g. the CEO) apart from who recorded it in the tool, and an SoA with controls
 * still undecided is approved only when the approver says why.
 */
import { conflict, invalid } from "../../domain/errors.js";
import { snapshotOf } from "../../domain/soa-versions.js";
import type { OrgScope } from "../scope.js";
import { loadSoa } from "./soa.service.js";

export interface SoaApprovalInput {
  /** The person who approved; the one recording it when not given. */
  approvedBy?: string | null;
  approverRole?: string | null;
  note?: string | null;
  /** Why the SoA is approved although some controls are undecided. */
  undecidedReason?: string | null;
  /** Who records the approval, by name; the scope's actor when not given. */
  recordedBy?: string | null;
}

const clean = (value: string | null | undefined) => value?.trim() || null;

/** Approves the current SoA as the next immutable numbered version. */
export async function approveSoa(
  scope: OrgScope,
  approval: SoaApprovalInput | string,
  note?: string,
): Promise<{ number: number; approvedAt: string; undecided: number }> {
  const input = typeof approval === "string" ? { approvedBy: approval, note } : approval;
  const recorder = (typeof approval === "string" ? null : clean(approval.recordedBy)) ?? scope.actor;
  const approvedBy = clean(input.approvedBy) ?? recorder;
  const undecidedReason = clean(input.undecidedReason);
  return scope.write(async (w) => {
    const state = await loadSoa(w, scope.today);
    if (state.latestVersion !== null && !state.changedSinceLatest) {
      throw conflict(`nothing changed since version ${state.latestVersion}`);
    }
    const undecided = state.entries.filter((e) => e.applicable === null).length;
    if (undecided && !undecidedReason)
      throw invalid(
        `${undecided} control(s) are undecided: decide them, or record why the SoA is approved as it is`,
        [{ path: "undecidedReason", message: "required while controls are undecided" }],
      );
    const number = (state.latestVersion ?? 0) + 1;
    const approvedAt = new Date().toISOString();
    await w.insert("soaVersions", {
      number,
      approvedBy,
      approverRole: clean(input.approverRole),
      recordedBy: recorder === approvedBy ? null : recorder,
      undecidedReason: undecided ? undecidedReason : null,
      approvedAt,
      note: clean(input.note),
      snapshot: JSON.stringify(snapshotOf(state.entries)),
    });
    return { number, approvedAt, undecided };
  });
}

export async function listVersions(scope: OrgScope) {
  const versions = await scope.read.list("soaVersions", {}, "number");
  return versions.map(
    ({ number, approvedBy, approverRole, recordedBy, undecidedReason, approvedAt, note }) => ({
      number,
      approvedBy,
      approverRole,
      recordedBy,
      undecidedReason,
      approvedAt,
      note,
    }),
  );
}
