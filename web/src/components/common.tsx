/** Small building blocks every page uses, so pages look and behave alike. */
import { Alert, Badge, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { humanize, type LabelGroup, label } from "../../../src/domain/labels";
import { messageOf } from "../api";

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  // On a phone the actions go under the title and wrap (app.css: .page-header).
  return (
    <div className="page-header" data-page-header>
      <Stack gap={4} className="page-header-text">
        <Title order={1} fz={{ base: 22, sm: 26 }} fw={650}>
          {title}
        </Title>
        {description && (
          <Text component="div" c="dimmed" size="sm" maw={760}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <div className="page-header-actions">{actions}</div>}
    </div>
  );
}

export function ErrorAlert({ error, title = "Something went wrong" }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {messageOf(error)}
    </Alert>
  );
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <Center py="xl" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Group>
    </Center>
  );
}

/** Renders loading and error states of a query, then its data. */
export function QueryView<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="xl">
      <Text fw={600}>{title}</Text>
      {children && (
        <Text c="dimmed" size="sm" ta="center" maw={520}>
          {children}
        </Text>
      )}
    </Stack>
  );
}

const STATUS_COLOURS: Record<string, string> = {
  implemented: "teal",
  met: "teal",
  done: "teal",
  closed: "teal",
  approved: "teal",
  completed: "teal",
  fresh: "teal",
  partial: "yellow",
  partially_implemented: "yellow",
  in_progress: "blue",
  planned: "blue",
  open: "orange",
  draft: "gray",
  not_implemented: "red",
  missing: "red",
  stale: "red",
  overdue: "red",
  "not met": "red",
  not_met: "red",
  excluded: "gray",
  accepted: "teal",
  treating: "blue",
  treatment: "blue",
  on_track: "teal",
  achieved: "teal",
  at_risk: "orange",
  missed: "red",
  identified: "gray",
};

/** A stored status as a coloured badge in people's words (the label table of `group`). */
export function StatusBadge({ status, group }: { status: string | null | undefined; group?: LabelGroup }) {
  if (!status) return <Text c="dimmed">—</Text>;
  return (
    <Badge color={STATUS_COLOURS[status] ?? "gray"} variant="light" radius="sm" tt="none">
      {group ? label(group, status) : humanize(status)}
    </Badge>
  );
}

/** A risk level in the organization's own colour. */
export function LevelBadge({ level, colour }: { level: string | null | undefined; colour?: string }) {
  if (!level) return <Text c="dimmed">—</Text>;
  return (
    <Badge
      radius="sm"
      tt="none"
      variant="filled"
      styles={colour ? { root: { background: colour, color: readableOn(colour) } } : undefined}
      color={colour ? undefined : "gray"}
    >
      {level}
    </Badge>
  );
}

/** Near-black or white text, whichever has the higher WCAG contrast on a background colour. */
export function readableOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return "#fff";
  const channel = (x: string | undefined) => {
    const c = Number.parseInt(x ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
  const dark = 0.0116; // luminance of #1a1b1e
  const withWhite = 1.05 / (lum + 0.05);
  const withDark = (lum + 0.05) / (dark + 0.05);
  return withDark >= withWhite ? "#1a1b1e" : "#fff";
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
