/**
 * One SoA entry as a grid row. Each inline edit saves the row at once with If-Match (its version),
 * shows saving/saved, and puts the server's words next to the field it refused; a 412 opens the
 * conflict dialog (useSoaSave).
 */
import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconSparkles } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { memo, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { ApiError, messageOf } from "../../api";
import type { SoaEntry, SoaPatch, SoaState } from "../../api/types";
import { isVersionConflict } from "../../components/useVersionedSave";
import { useCopilot } from "../../copilot-context";
import { orgKey } from "../../session";
import {
  APPLICABILITY,
  applicabilityLabel,
  applicabilityValue,
  REASON_LABELS,
  STATUSES,
  statusLabel,
} from "./types";
import { useSoaSave } from "./useSoaSave";

const STATUS_COLOURS: Record<string, string> = {
  implemented: "teal",
  partial: "yellow",
  planned: "blue",
  not_started: "orange",
  not_applicable: "gray",
};

type SaveState = "idle" | "saving" | "saved" | "error";

const emptyToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <Text size="xs" c={state === "saved" ? "teal.9" : "gray.7"} aria-live="polite">
      {state === "saving" && (
        <Group gap={4} component="span">
          <Loader size={10} /> Saving…
        </Group>
      )}
      {state === "saved" && (
        <Group gap={4} component="span">
          <IconCheck size={12} aria-hidden /> Saved
        </Group>
      )}
    </Text>
  );
}

function ControlCell({
  entry,
  slug,
  state,
  error,
}: {
  entry: SoaEntry;
  slug: string;
  state: SaveState;
  error: unknown;
}) {
  const meta = [
    entry.reasons.length ? entry.reasons.map((r) => REASON_LABELS[r] ?? r).join(", ") : null,
    entry.risks.length ? `Risks ${entry.risks.join(", ")}` : null,
    entry.evidence === 0
      ? "No evidence"
      : `${entry.evidence} evidence item${entry.evidence === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap" align="baseline">
        <Anchor component={Link} to={`/o/${slug}/controls/${entry.controlId}`} fw={700} size="sm">
          {entry.controlId}
        </Anchor>
        <Text size="sm" fw={500} lh={1.3}>
          {entry.title}
        </Text>
      </Group>
      <Text size="xs" c="gray.7">
        {meta.join(" · ")}
      </Text>
      {state === "error" ? (
        <Text size="xs" c="red.8" role="alert">
          {error instanceof ApiError ? error.problem.detail || error.problem.title : messageOf(error)}
        </Text>
      ) : state !== "idle" ? (
        <SaveIndicator state={state} />
      ) : null}
    </Stack>
  );
}

function ReadOnlyCells({ entry }: { entry: SoaEntry }) {
  return (
    <>
      <Table.Td>
        <Badge variant="light" radius="sm" tt="none" c="dark.8" color={entry.applicable ? "indigo" : "gray"}>
          {applicabilityLabel(entry.applicable)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Badge
          variant="light"
          radius="sm"
          tt="none"
          c="dark.8"
          color={STATUS_COLOURS[entry.status] ?? "gray"}
        >
          {statusLabel(entry.status)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.owner ?? "—"}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.justification ?? "—"}</Text>
      </Table.Td>
    </>
  );
}

export const SoaRow = memo(function SoaRow({
  entry,
  slug,
  canWrite,
}: {
  entry: SoaEntry;
  slug: string;
  canWrite: boolean;
}) {
  const queryClient = useQueryClient();
  const copilot = useCopilot();
  const [owner, setOwner] = useState(entry.owner ?? "");
  const [justification, setJustification] = useState(entry.justification ?? "");
  const [pending, setPending] = useState<SoaPatch>({});
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<unknown>(null);
  const version = useRef(entry.version);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const merging = useRef(false);
  const id = entry.controlId;
  const versioned = useSoaSave(slug, id, {
    // The conflict dialog compares the whole row as the user sees it, with the refused change.
    mine: (patch) => ({
      applicable: entry.applicable,
      status: entry.status,
      owner: emptyToNull(owner),
      justification: emptyToNull(justification),
      ...patch,
    }),
    onSaved: (saved) => {
      version.current = saved.version;
      queryClient.setQueryData<SoaState>(orgKey(slug, "soa"), (old) =>
        old
          ? { ...old, entries: old.entries.map((e) => (e.controlId === id ? { ...e, ...saved } : e)) }
          : old,
      );
      setState("saved");
      if (merging.current) notifications.show({ message: `Merged decision on ${id} saved`, color: "teal" });
      merging.current = false;
      void queryClient.invalidateQueries({ queryKey: ["org", slug] });
    },
    onFailed: (failure) => {
      merging.current = false;
      setError(failure);
      setState("error");
    },
    onResolve: () => {
      merging.current = true;
      setState("saving");
    },
    onDiscard: () => void queryClient.invalidateQueries({ queryKey: ["org", slug] }),
  });

  useEffect(() => {
    version.current = Math.max(version.current, entry.version);
  }, [entry.version]);
  useEffect(() => setOwner(entry.owner ?? ""), [entry.owner]);
  useEffect(() => {
    if (state !== "saved") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => setJustification(entry.justification ?? ""), [entry.justification]);

  const save = (patch: SoaPatch) => {
    setPending((p) => ({ ...p, ...patch }));
    setState("saving");
    setError(null);
    queue.current = queue.current.then(async () => {
      try {
        await versioned.saveAsync(patch, version.current);
      } catch (failure) {
        // Failures are reported by the hook; a conflict ends the saving state while the dialog is open.
        if (isVersionConflict(failure)) setState("idle");
      } finally {
        setPending((p) => {
          const next = { ...p };
          for (const key of Object.keys(patch)) delete next[key as keyof SoaPatch];
          return next;
        });
      }
    });
  };

  const fieldError = (name: string) => (error instanceof ApiError ? error.field(name) : undefined);
  const applicable = "applicable" in pending ? (pending.applicable ?? null) : entry.applicable;
  const status = pending.status ?? entry.status;

  const changeApplicability = (value: string | null) => {
    if (!value || value === applicabilityValue(entry.applicable)) return;
    const patch: SoaPatch = { applicable: value === "included" };
    const draft = emptyToNull(justification);
    if (draft !== (entry.justification ?? null)) patch.justification = draft;
    save(patch);
  };
  const saveOwner = () => {
    const value = emptyToNull(owner);
    if (value !== (entry.owner ?? null)) save({ owner: value });
  };
  const saveJustification = (text = justification) => {
    const value = emptyToNull(text);
    if (value !== (entry.justification ?? null)) save({ justification: value });
  };
  const draftWithCopilot = () =>
    copilot.open({
      draft: {
        kind: "justification",
        controlId: id,
        label: `Justification of ${id}`,
        onInsert: (text) => {
          setJustification(text);
          saveJustification(text);
        },
      },
    });

  const editable = canWrite && entry.abilities.update;
  return (
    <Table.Tr data-testid={`soa-row-${id}`} style={{ verticalAlign: "top" }}>
      <Table.Td>
        <ControlCell entry={entry} slug={slug} state={state} error={error} />
      </Table.Td>
      {editable ? (
        <>
          <Table.Td>
            <NativeSelect
              size="xs"
              aria-label={`Applicability of ${id}`}
              data={[{ value: "", label: "Undecided", disabled: true }, ...APPLICABILITY]}
              value={applicabilityValue(applicable) ?? ""}
              onChange={(e) => changeApplicability(e.currentTarget.value)}
              error={fieldError("applicable")}
            />
          </Table.Td>
          <Table.Td>
            <NativeSelect
              size="xs"
              aria-label={`Status of ${id}`}
              // An excluded control is not applicable; an included one cannot be (the server's rule).
              data={STATUSES.filter(
                (s) => (s.value === "not_applicable") === (entry.applicable === false) || s.value === status,
              )}
              disabled={entry.applicable === false}
              value={status}
              onChange={(e) => {
                const next = STATUSES.find((s) => s.value === e.currentTarget.value)?.value;
                if (next && next !== entry.status) save({ status: next });
              }}
              error={fieldError("status")}
            />
          </Table.Td>
          <Table.Td>
            <TextInput
              size="xs"
              aria-label={`Owner of ${id}`}
              placeholder="Role or person"
              value={owner}
              onChange={(e) => setOwner(e.currentTarget.value)}
              onBlur={saveOwner}
              onKeyDown={(e) => e.key === "Enter" && saveOwner()}
              error={fieldError("owner")}
              maxLength={200}
            />
          </Table.Td>
          <Table.Td>
            <Textarea
              size="xs"
              aria-label={`Justification of ${id}`}
              placeholder={
                applicable === false ? "Why this control does not apply" : "Why this control applies"
              }
              autosize
              minRows={1}
              maxRows={5}
              value={justification}
              onChange={(e) => setJustification(e.currentTarget.value)}
              onBlur={() => saveJustification()}
              error={fieldError("justification")}
              maxLength={4000}
              rightSectionPointerEvents="all"
              rightSection={
                <Tooltip label="Draft with the copilot">
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    onClick={draftWithCopilot}
                    aria-label={`Draft the justification of ${id} with the copilot`}
                  >
                    <IconSparkles size={14} />
                  </ActionIcon>
                </Tooltip>
              }
            />
          </Table.Td>
        </>
      ) : (
        <ReadOnlyCells entry={entry} />
      )}
      {versioned.dialog}
    </Table.Tr>
  );
});
