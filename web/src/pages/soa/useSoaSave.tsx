/**
 * Saving one SoA decision, from the grid or from the decision form alike: a PATCH with If-Match;
 * a 412 opens the conflict dialog with both versions in words, and the merge is saved against the
 * newer version.
 */
import { client, ok } from "../../api";
import type { SoaEntry, SoaPatch } from "../../api/types";
import { useVersionedSave, type VersionedSaveOptions } from "../../components/useVersionedSave";
import { APPLICABILITY, applicabilityLabel, REASON_LABELS, STATUSES, statusLabel } from "./types";

const FIELDS = [
  { name: "applicable", label: "Applicability" },
  { name: "reasons", label: "Reasons" },
  { name: "justification", label: "Justification" },
  { name: "status", label: "Implementation status" },
  { name: "owner", label: "Owner" },
  { name: "notes", label: "Implementation notes" },
];

type ManualReason = NonNullable<SoaPatch["reasons"]>[number];

/** The reasons a person chooses (risk treatment is set by the risk register). */
export const manualReasons = (reasons: readonly string[]): ManualReason[] =>
  reasons.filter((r): r is ManualReason => r === "legal" || r === "contractual" || r === "business");

/** A saved entry as the decision a PATCH would send. */
const decisionOf = (entry: SoaEntry): SoaPatch => ({
  applicable: entry.applicable,
  reasons: manualReasons(entry.reasons),
  justification: entry.justification,
  status: entry.status,
  owner: entry.owner,
  notes: entry.notes,
});

const inWords = (d: SoaPatch): Record<string, unknown> => ({
  applicable: d.applicable === undefined ? undefined : applicabilityLabel(d.applicable),
  reasons: d.reasons?.map((r) => REASON_LABELS[r] ?? r),
  justification: d.justification,
  status: d.status && statusLabel(d.status),
  owner: d.owner,
  notes: d.notes,
});

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

function fromWords(picked: Record<string, unknown>): SoaPatch {
  const applicability = APPLICABILITY.find((a) => a.label === picked.applicable)?.value;
  const reasons = Array.isArray(picked.reasons) ? picked.reasons.map(String) : [];
  return {
    applicable: applicability === undefined ? null : applicability === "included",
    reasons: manualReasons(
      reasons.map((r) => Object.keys(REASON_LABELS).find((k) => REASON_LABELS[k] === r) ?? r),
    ),
    justification: text(picked.justification),
    status: STATUSES.find((s) => s.label === picked.status)?.value,
    owner: text(picked.owner),
    notes: text(picked.notes),
  };
}

type Callbacks = Pick<
  VersionedSaveOptions<SoaPatch, SoaEntry, SoaEntry>,
  "mine" | "onSaved" | "onFailed" | "onDiscard" | "onResolve"
>;

export function useSoaSave(slug: string, controlId: string, callbacks: Callbacks = {}) {
  const path = { slug, controlId };
  return useVersionedSave<SoaPatch, SoaEntry, SoaEntry>({
    ...callbacks,
    send: (body, headers) =>
      ok(client.PATCH("/orgs/{slug}/soa/{controlId}", { params: { path }, body, headers })),
    latest: () => ok(client.GET("/orgs/{slug}/soa/{controlId}", { params: { path } })),
    fields: FIELDS,
    // What the edit does not touch is as saved, so only the fields it changed can differ.
    show: (mine, theirs) => inWords({ ...decisionOf(theirs), ...mine }),
    showSaved: (theirs) => inWords(decisionOf(theirs)),
    // The merge sends the fields the edit sent, each with the value the user picked.
    merge: (picked, { mine }) => {
      const chosen = fromWords(picked);
      return {
        ...mine,
        ...Object.fromEntries(
          Object.keys(mine).flatMap((k) => (k in chosen ? [[k, chosen[k as keyof SoaPatch]]] : [])),
        ),
      };
    },
  });
}
