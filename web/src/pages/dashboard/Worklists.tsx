/** The day-to-day lists of the dashboard: overdue treatment actions, stale evidence, upcoming reviews. */
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { formatDate } from "../../components/common";
import { FreshnessBadge } from "../evidence/FreshnessBadge";
import type { Evidence } from "../evidence/types";
import { SoftBadge } from "./SoftBadge";
import type { AuditSummary, OverdueAction, ReviewSummary, RiskSummary } from "./types";

const LIMIT = 6;

export function Panel({
  title,
  more,
  children,
  testId,
}: {
  title: string;
  more?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" h="100%" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} fz="lg">
          {title}
        </Title>
        {more}
      </Group>
      {children}
    </Paper>
  );
}

export function Row({ main, side }: { main: ReactNode; side?: ReactNode }) {
  return (
    <Group
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      py={8}
      style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        {main}
      </Stack>
      {side && <div style={{ flexShrink: 0 }}>{side}</div>}
    </Group>
  );
}

const None = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed" py="sm">
    {children}
  </Text>
);

export function OverdueActions({ slug, actions }: { slug: string; actions: OverdueAction[] }) {
  const shown = [...actions].sort((a, b) => b.daysOverdue - a.daysOverdue).slice(0, LIMIT);
  return (
    <Panel
      title="Overdue treatment actions"
      more={
        <Anchor component={Link} to={`/o/${slug}/treatment`} size="sm">
          Treatment plan
        </Anchor>
      }
    >
      {shown.length === 0 && <None>No treatment action is past its due date.</None>}
      {shown.map((a) => (
        <Row
          key={`${a.riskKey}-${a.title}`}
          main={
            <>
              <Text size="sm" lineClamp={2}>
                {a.title}
              </Text>
              <Text size="xs" c="dimmed">
                <Anchor component={Link} to={`/o/${slug}/risks/${a.riskKey}`} size="xs" underline="always">
                  {a.riskKey}
                </Anchor>
                {a.owner ? ` · ${a.owner}` : ""} · due {formatDate(a.dueOn)}
              </Text>
            </>
          }
          side={<SoftBadge colour="red">{a.daysOverdue} d late</SoftBadge>}
        />
      ))}
      {actions.length > LIMIT && (
        <Text size="xs" c="dimmed" pt={4}>
          and {actions.length - LIMIT} more in the treatment plan
        </Text>
      )}
    </Panel>
  );
}

export function StaleEvidence({ slug, evidence }: { slug: string; evidence: Evidence[] }) {
  const rank = { stale: 0, due_soon: 1, current: 2 } as const;
  const due = evidence
    .filter((e) => e.freshness !== "current")
    .sort(
      (a, b) =>
        rank[a.freshness] - rank[b.freshness] || (a.reviewDueOn ?? "").localeCompare(b.reviewDueOn ?? ""),
    );
  return (
    <Panel
      title="Evidence to renew"
      more={
        <Anchor component={Link} to={`/o/${slug}/evidence?freshness=stale`} size="sm">
          Evidence
        </Anchor>
      }
    >
      {due.length === 0 && <None>All evidence is current.</None>}
      {due.slice(0, LIMIT).map((e) => (
        <Row
          key={e.key}
          main={
            <>
              <Text size="sm" lineClamp={2}>
                {e.title}
              </Text>
              <Text size="xs" c="dimmed">
                {e.controls.length ? "Control " : "No control linked"}
                {e.controls.slice(0, 3).map((c, i) => (
                  <span key={c}>
                    {i > 0 && ", "}
                    <Anchor component={Link} to={`/o/${slug}/controls/${c}`} size="xs" underline="always">
                      {c}
                    </Anchor>
                  </span>
                ))}
                {e.controls.length > 3 && ` +${e.controls.length - 3}`}
                {e.reviewDueOn && ` · renew by ${formatDate(e.reviewDueOn)}`}
              </Text>
            </>
          }
          side={<FreshnessBadge freshness={e.freshness} />}
        />
      ))}
      {due.length > LIMIT && (
        <Text size="xs" c="dimmed" pt={4}>
          and {due.length - LIMIT} more
        </Text>
      )}
    </Panel>
  );
}

interface Upcoming {
  id: string;
  date: string;
  kind: string;
  text: ReactNode;
  late: boolean;
  /** Replaces the due date line (e.g. for a review never held). */
  note?: string;
}

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

export function UpcomingReviews({
  slug,
  risks,
  reviewOverdue,
  audits,
  reviews,
}: {
  slug: string;
  risks: RiskSummary[];
  reviewOverdue: string[];
  audits: AuditSummary[];
  reviews: ReviewSummary[];
}) {
  const today = new Date().toISOString().slice(0, 10);
  const soon = addMonths(today, 1);
  const items: Upcoming[] = [];
  for (const r of risks) {
    const late = reviewOverdue.includes(r.key) || (!!r.nextReviewOn && r.nextReviewOn < today);
    if (!late && !(r.nextReviewOn && r.nextReviewOn <= soon)) continue;
    items.push({
      id: `risk-${r.key}`,
      date: r.nextReviewOn ?? today,
      kind: "Risk review",
      late,
      text: (
        <Anchor component={Link} to={`/o/${slug}/risks/${r.key}`} size="sm">
          {r.key} {r.title}
        </Anchor>
      ),
    });
  }
  const planned = audits
    .filter((a) => a.status !== "completed" && a.plannedStart)
    .sort((a, b) => (a.plannedStart ?? "").localeCompare(b.plannedStart ?? ""))
    .slice(0, 2);
  for (const a of planned)
    items.push({
      id: `audit-${a.key}`,
      date: a.plannedStart ?? today,
      kind: "Internal audit",
      late: (a.plannedEnd ?? a.plannedStart ?? today) < today,
      text: (
        <Anchor component={Link} to={`/o/${slug}/audits`} size="sm">
          {a.key} {a.title}
        </Anchor>
      ),
    });
  const held = reviews
    .map((r) => r.heldOn)
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  const nextReview = held ? addMonths(held, 12) : today;
  items.push({
    id: "management-review",
    date: nextReview,
    kind: "Management review",
    late: nextReview < today,
    ...(!held && { note: "Management review · needed before certification" }),
    text: (
      <Anchor component={Link} to={`/o/${slug}/reviews`} size="sm">
        {held ? `Next review, a year after ${formatDate(held)}` : "Hold the first management review"}
      </Anchor>
    ),
  });
  items.sort((a, b) => Number(b.late) - Number(a.late) || a.date.localeCompare(b.date));
  return (
    <Panel title="Upcoming reviews and audits">
      {items.slice(0, LIMIT + 1).map((item) => (
        <Row
          key={item.id}
          main={
            <>
              <Text size="sm" lineClamp={2} component="div">
                {item.text}
              </Text>
              <Text size="xs" c="dimmed">
                {item.note ?? `${item.kind} · ${item.late ? "was due" : "due"} ${formatDate(item.date)}`}
              </Text>
            </>
          }
          side={item.late ? <SoftBadge colour="red">Overdue</SoftBadge> : undefined}
        />
      ))}
    </Panel>
  );
}
