/**
 * Building blocks shared by the clause 4–10 pages: a write hook that refreshes the organization's
 * data and confirms success, a small form-state hook that merges local checks with the server's
 * field messages, and a modal form with the usual Cancel / Save buttons.
 */
import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, type ReactNode, useState } from "react";
import { humanize, type LabelGroup, label } from "../../../../src/domain/labels";
import { ApiError } from "../../api";
import { ErrorAlert } from "../../components/common";
import { useSlug } from "../../session";

/** Refreshes everything of the organization after a write, and says what was done. */
export function useOrgRefresh() {
  const slug = useSlug();
  const client = useQueryClient();
  return async (message: string) => {
    await client.invalidateQueries({ queryKey: ["org", slug] });
    notifications.show({ message, color: "teal" });
  };
}

/** A write that, when it succeeds, refreshes everything of the organization and says so. */
export function useOrgWrite<V, R = unknown>(
  fn: (vars: V) => Promise<R>,
  success: string | ((result: R, vars: V) => string),
  onDone?: (result: R, vars: V) => void,
) {
  const refresh = useOrgRefresh();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result, vars) => {
      await refresh(typeof success === "string" ? success : success(result, vars));
      onDone?.(result, vars);
    },
  });
}

/** The server's message for one field of a failed write. */
export const serverField = (error: unknown, name: string): string | undefined =>
  error instanceof ApiError ? error.field(name) : undefined;

type Values = Record<string, string | boolean | number | string[] | null>;

/** Form values, local validation messages and the server's field messages in one place. */
export function useFields<T extends Values>(initial: T, serverError?: unknown) {
  const [values, setValues] = useState<T>(initial);
  const [local, setLocal] = useState<Partial<Record<keyof T, string>>>({});
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setLocal((l) => ({ ...l, [key]: undefined }));
  };
  return {
    values,
    set,
    setValues,
    reset: () => {
      setValues(initial);
      setLocal({});
    },
    /** Props for a text input or textarea bound to a string field. */
    text: (key: keyof T & string) => ({
      value: String(values[key] ?? ""),
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(key, e.currentTarget.value as T[typeof key]),
      error: local[key] ?? serverField(serverError, key),
    }),
    error: (key: keyof T & string) => local[key] ?? serverField(serverError, key),
    /** Marks the listed fields as required; true when all of them are filled. */
    require: (...keys: (keyof T & string)[]) => {
      const missing = keys.filter((k) => {
        const v = values[k];
        return v === null || v === undefined || (typeof v === "string" && !v.trim());
      });
      setLocal(Object.fromEntries(missing.map((k) => [k, "Required"])) as Partial<Record<keyof T, string>>);
      return missing.length === 0;
    },
  };
}

/** Optional text: empty strings are left out of request bodies. */
export const opt = (value: string | null | undefined): string | undefined => {
  const t = value?.trim();
  return t ? t : undefined;
};

export function FormModal({
  opened,
  onClose,
  title,
  submitLabel,
  pending,
  error,
  onSubmit,
  children,
  size = "lg",
  testId,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  children: ReactNode;
  size?: string;
  testId?: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} data-testid={testId}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          {error ? <ErrorAlert error={error} title="Not saved" /> : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A titled section of a page. */
export function Section({
  title,
  description,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <div className="section-head">
        <Stack gap={2} className="page-header-text">
          <Title order={2} fz="lg">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <div className="section-actions">{actions}</div>}
      </div>
      {children}
    </Paper>
  );
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Whether a date (YYYY-MM-DD) is in the past. */
export const isPast = (date: string | null | undefined) => !!date && date < today();

export function OverdueBadge() {
  return (
    <span style={{ display: "inline-flex", marginLeft: 6, verticalAlign: "middle" }}>
      <Tag color="red">overdue</Tag>
    </span>
  );
}

/** Words for a snake_case or camelCase value. */
export const words = (value: string) =>
  value
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();

/** A light badge whose text is dark enough to read on its tint (at least 4.5:1). */
export function Tag({
  color = "gray",
  children,
  variant = "light",
}: {
  color?: string;
  children: ReactNode;
  variant?: "light" | "outline";
}) {
  return (
    <Badge
      color={color}
      variant={variant}
      radius="sm"
      tt="none"
      style={{ flexShrink: 0, overflow: "visible" }}
      styles={{
        label: {
          color: `color-mix(in srgb, var(--mantine-color-${color}-9) 70%, black)`,
          overflow: "visible",
        },
      }}
    >
      {children}
    </Badge>
  );
}

const STATUS: Record<string, string> = {
  completed: "teal",
  closed: "teal",
  achieved: "teal",
  done: "teal",
  approved: "teal",
  on_track: "blue",
  planned: "blue",
  in_progress: "blue",
  open: "orange",
  at_risk: "orange",
  overdue: "red",
  missed: "red",
  not_met: "red",
  draft: "gray",
};

/** A status word as a readable coloured tag (underscores read as spaces). */
/** A stored status as a coloured tag in people's words (the label table of `group`). */
export function StatusTag({ status, group }: { status: string | null | undefined; group?: LabelGroup }) {
  if (!status) return <>—</>;
  return <Tag color={STATUS[status] ?? "gray"}>{group ? label(group, status) : humanize(status)}</Tag>;
}

/** "1 item", "3 items". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
