/**
 * Saving a versioned record, the one way every form does it: the write carries If-Match with the
 * version the edit started from; when the server answers 412 (someone saved first) the hook reads
 * the record as saved now and renders ConflictModal, and the merge the user picks is saved against
 * that newer version (which may conflict again, and opens the dialog again).
 */
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useRef, useState } from "react";
import { ApiError, ifMatch } from "../api";
import { type ConflictField, ConflictModal } from "./ConflictModal";

/** The header a versioned write sends; empty for a write that creates a record. */
export type VersionHeaders = Partial<ReturnType<typeof ifMatch>>;

export interface VersionConflict<V, T> {
  /** A new key per conflict resets the dialog's choices. */
  key: number;
  mine: V;
  theirs: T;
}

export interface VersionedSaveOptions<V, T extends { version: number }, R> {
  /** Sends the values with the headers given (If-Match). */
  send: (values: V, headers: VersionHeaders) => Promise<R>;
  /** The record as saved now, read after a 412. */
  latest: () => Promise<T>;
  /** The fields the conflict dialog compares. */
  fields: ConflictField[];
  /** The user's edit, field by field as the dialog shows it (the saved record fills what it lacks). */
  show: (mine: V, theirs: T) => Record<string, unknown>;
  /** The saved record, field by field as the dialog shows it. */
  showSaved: (theirs: T) => Record<string, unknown>;
  /** The values to save from the fields the user picked. */
  merge: (picked: Record<string, unknown>, conflict: VersionConflict<V, T>) => V;
  /** The edit to compare, from the values that were refused (default: those values). */
  mine?: (sent: V, theirs: T) => V;
  onSaved?: (result: R, values: V) => unknown;
  /** Any failure other than a conflict. */
  onFailed?: (error: unknown, values: V) => void;
  /** "Discard my edit": the dialog closes; the form may reload the saved record. */
  onDiscard?: (theirs: T) => void;
  /** The merge is about to be saved. */
  onResolve?: (values: V, theirs: T) => void;
}

/** Whether a write was refused because the record changed since it was read (412 to If-Match). */
export const isVersionConflict = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 412;

export function useVersionedSave<V, T extends { version: number }, R>(
  options: VersionedSaveOptions<V, T, R>,
) {
  // Callbacks are read when they run, so they see the form's state of that moment.
  const current = useRef(options);
  current.current = options;
  const [conflict, setConflict] = useState<VersionConflict<V, T> | null>(null);
  const [readError, setReadError] = useState<unknown>(null);

  const mutation = useMutation({
    mutationFn: ({ values, version }: { values: V; version: number | undefined }) =>
      current.current.send(values, version === undefined ? {} : ifMatch(version)),
    onMutate: () => setReadError(null),
    onSuccess: async (result, { values }) => {
      setConflict(null);
      await current.current.onSaved?.(result, values);
    },
    onError: async (error, { values }) => {
      const o = current.current;
      if (!isVersionConflict(error)) return o.onFailed?.(error, values);
      try {
        const theirs = await o.latest();
        setConflict({ key: Date.now(), mine: o.mine ? o.mine(values, theirs) : values, theirs });
      } catch (failure) {
        setReadError(failure);
        o.onFailed?.(failure, values);
      }
    },
  });

  const save = (values: V, version: number | undefined) => mutation.mutate({ values, version });
  /** Like save, for callers that chain their writes; rejects on any failure (a 412 opens the dialog too). */
  const saveAsync = (values: V, version: number | undefined) => mutation.mutateAsync({ values, version });

  let dialog: ReactNode = null;
  if (conflict) {
    const o = current.current;
    dialog = (
      <ConflictModal
        key={conflict.key}
        opened
        fields={o.fields}
        mine={o.show(conflict.mine, conflict.theirs)}
        theirs={o.showSaved(conflict.theirs)}
        onCancel={() => {
          setConflict(null);
          mutation.reset();
          current.current.onDiscard?.(conflict.theirs);
        }}
        onResolve={(picked) => {
          const values = current.current.merge(picked, conflict);
          setConflict(null);
          current.current.onResolve?.(values, conflict.theirs);
          save(values, conflict.theirs.version);
        }}
      />
    );
  }

  return {
    save,
    saveAsync,
    isPending: mutation.isPending,
    /** The last failure that is not a conflict (conflicts show in the dialog instead). */
    error: readError ?? (isVersionConflict(mutation.error) ? null : mutation.error),
    conflict,
    /** The conflict dialog, when there is a conflict; render it anywhere in the form. */
    dialog,
    reset: () => {
      mutation.reset();
      setConflict(null);
      setReadError(null);
    },
  };
}
