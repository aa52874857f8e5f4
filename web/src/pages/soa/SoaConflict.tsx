/** The conflict dialog of one SoA entry: values shown in words, merged values saved with the newer version. */
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, api, messageOf } from "../../api";
import { ConflictModal } from "../../components/ConflictModal";
import {
  APPLICABILITY,
  applicabilityLabel,
  type SoaEdit,
  type SoaEntry,
  STATUSES,
  statusLabel,
} from "./types";

export interface SoaConflictState {
  controlId: string;
  mine: SoaEdit;
  theirs: SoaEntry;
  key: number;
}

const FIELDS = [
  { name: "applicable", label: "Applicability" },
  { name: "status", label: "Status" },
  { name: "owner", label: "Owner" },
  { name: "justification", label: "Justification" },
];

const toWords = (edit: SoaEdit) => ({
  applicable: applicabilityLabel(edit.applicable),
  status: statusLabel(edit.status),
  owner: edit.owner,
  justification: edit.justification,
});

function fromWords(merged: Record<string, unknown>): SoaEdit {
  const applicability = APPLICABILITY.find((a) => a.label === merged.applicable)?.value;
  return {
    applicable: applicability === undefined ? null : applicability === "included",
    status: STATUSES.find((s) => s.label === merged.status)?.value ?? String(merged.status),
    owner: (merged.owner as string | null) ?? null,
    justification: (merged.justification as string | null) ?? null,
  };
}

export function SoaConflict({
  slug,
  conflict,
  onClose,
  onConflictAgain,
}: {
  slug: string;
  conflict: SoaConflictState | null;
  onClose: () => void;
  onConflictAgain: (controlId: string, mine: SoaEdit) => void;
}) {
  const queryClient = useQueryClient();
  if (!conflict) return null;
  const resolve = async (merged: Record<string, unknown>) => {
    const values = fromWords(merged);
    onClose();
    try {
      await api.patch(`/orgs/${slug}/soa/${conflict.controlId}`, values, conflict.theirs.version);
      notifications.show({
        message: `Merged decision on ${conflict.controlId} saved`,
        color: "teal",
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) onConflictAgain(conflict.controlId, values);
      else
        notifications.show({
          title: `${conflict.controlId} was not saved`,
          message: messageOf(error),
          color: "red",
        });
    } finally {
      void queryClient.invalidateQueries({ queryKey: ["org", slug] });
    }
  };
  return (
    <ConflictModal
      key={conflict.key}
      opened
      fields={FIELDS}
      mine={toWords(conflict.mine)}
      theirs={toWords(conflict.theirs)}
      onCancel={() => {
        onClose();
        void queryClient.invalidateQueries({ queryKey: ["org", slug] });
      }}
      onResolve={(merged) => void resolve(merged)}
    />
  );
}
