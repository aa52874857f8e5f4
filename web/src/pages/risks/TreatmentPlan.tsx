/**
 * The risk treatment plan: every open treatment action across the register by due date (overdue
 * first), and the risks whose residual level still waits for the owner's acceptance.
 */
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import {
  EmptyState,
  formatDate,
  LevelBadge,
  PageHeader,
  QueryView,
  StatusBadge,
} from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { useSlug } from "../../session";
import { levelColour, type Risk, type RiskMethodology, today, treatmentLabel, useMethod } from "./types";
import { useAllRisks } from "./useAllRisks";

interface PlannedAction {
  id?: string | undefined;
  riskKey: string;
  riskTitle: string;
  title: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
}

const DAY = 86_400_000;
/** Rows shown per table; very large registers are summarised, the export has everything. */
const LIMIT = 200;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function groupOf(action: PlannedAction, now: string): string {
  if (!action.dueOn) return "No due date";
  const days = daysBetween(now, action.dueOn);
  if (days < 0) return "Overdue";
  if (days <= 30) return "Due in the next 30 days";
  if (days <= 90) return "Due in 31–90 days";
  return "Due later";
}
const GROUPS = ["Overdue", "Due in the next 30 days", "Due in 31–90 days", "Due later", "No due date"];

function Stat({ label, value, colour }: { label: string; value: number; colour?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={colour}>
        {value.toLocaleString("en-GB")}
      </Text>
    </Paper>
  );
}

function ActionsTable({ slug, actions, now }: { slug: string; actions: PlannedAction[]; now: string }) {
  const groups = GROUPS.map((name) => ({
    name,
    rows: actions.filter((a) => groupOf(a, now) === name),
  })).filter((g) => g.rows.length);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="treatment-actions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Action</Table.Th>
            <Table.Th w={260}>Risk</Table.Th>
            <Table.Th w={160}>Owner</Table.Th>
            <Table.Th w={170}>Due</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => (
          <Table.Tbody key={group.name}>
            <Table.Tr>
              <Table.Th colSpan={5} scope="colgroup" bg="var(--mantine-color-gray-1)">
                {group.name} ({group.rows.length})
              </Table.Th>
            </Table.Tr>
            {group.rows.map((a) => {
              const late = a.dueOn ? daysBetween(a.dueOn, now) : 0;
              return (
                <Table.Tr key={a.id ?? `${a.riskKey}-${a.title}`}>
                  <Table.Td>
                    <Text size="sm">{a.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/o/${slug}/risks/${a.riskKey}`} size="sm">
                      <Text span fw={600} size="sm">
                        {a.riskKey}
                      </Text>{" "}
                      {a.riskTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.owner ?? "—"}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm">{formatDate(a.dueOn)}</Text>
                      {late > 0 && (
                        <Badge color="red" variant="light" radius="sm" tt="none">
                          {late} {late === 1 ? "day" : "days"} overdue
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={a.status} group="actionStatus" />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}

/** Retained or assessed after treatment, not yet accepted and not closed. */
const awaitingAcceptance = (r: Risk) =>
  !r.acceptance && r.status !== "closed" && (r.treatment === "retain" || r.residual !== null);

function AcceptanceTable({ slug, risks, method }: { slug: string; risks: Risk[]; method: RiskMethodology }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover data-testid="awaiting-acceptance">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Key</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th w={160}>Owner</Table.Th>
            <Table.Th w={150}>Residual</Table.Th>
            <Table.Th w={150}>Treatment</Table.Th>
            <Table.Th w={200}>Acceptance criteria</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((r) => {
            const point = r.residual ?? r.inherent;
            const within = point ? point.score <= method.acceptanceMaxScore : false;
            return (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Anchor component={Link} to={`/o/${slug}/risks/${r.key}`} fw={600} size="sm">
                    {r.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.title}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.owner ?? "—"}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <LevelBadge level={point?.level} colour={levelColour(method, point?.level)} />
                    <Text size="sm" fw={600}>
                      {point?.score ?? ""}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{treatmentLabel(r.treatment)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={within ? "teal.9" : "red.9"}>
                    {within ? "Within the criteria" : "Above: needs an exception"}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function TreatmentPlan() {
  const slug = useSlug();
  const risks = useAllRisks(slug);
  const method = useMethod(slug);
  const [show, setShow] = useState("open");
  const now = today();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Treatment plan"
        description="The actions that carry out the risk treatment decisions, by due date, and the residual risks still waiting for their owner's acceptance."
        actions={<DownloadMenu slug={slug} items={["rtp", "risks"]} testId="treatment-download" />}
      />
      <QueryView
        query={{
          data: risks.data && method.data ? { risks: risks.data, method: method.data.method } : undefined,
          error: risks.error ?? method.error,
          isPending: risks.isPending || method.isPending,
        }}
      >
        {({ risks: all, method: m }) => {
          const actions: PlannedAction[] = all
            .flatMap((r) => r.actions.map((a) => ({ ...a, riskKey: r.key, riskTitle: r.title })))
            .filter((a) => (show === "open" ? a.status === "open" || a.status === "in_progress" : true))
            .sort(
              (a, b) =>
                (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.riskKey.localeCompare(b.riskKey),
            );
          const open = all
            .flatMap((r) => r.actions)
            .filter((a) => a.status === "open" || a.status === "in_progress");
          const overdue = open.filter((a) => a.dueOn && a.dueOn < now).length;
          const soon = open.filter(
            (a) => a.dueOn && a.dueOn >= now && daysBetween(now, a.dueOn) <= 30,
          ).length;
          const current = (r: Risk) => (r.residual ?? r.inherent)?.score ?? 0;
          const waiting = all
            .filter(awaitingAcceptance)
            .sort((a, b) => current(b) - current(a) || a.key.localeCompare(b.key));
          return (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Stat label="Open actions" value={open.length} />
                <Stat label="Overdue" value={overdue} colour={overdue ? "red.9" : undefined} />
                <Stat label="Due in the next 30 days" value={soon} />
                <Stat label="Risks awaiting acceptance" value={waiting.length} />
              </SimpleGrid>
              <Paper withBorder p="md" radius="md">
                <Group justify="space-between" mb="md">
                  <Title order={2} fz="lg">
                    Treatment actions
                  </Title>
                  <SegmentedControl
                    size="xs"
                    aria-label="Which actions"
                    value={show}
                    onChange={setShow}
                    data={[
                      { value: "open", label: "Open and in progress" },
                      { value: "all", label: "All actions" },
                    ]}
                  />
                </Group>
                {actions.length === 0 ? (
                  <EmptyState title="No open treatment actions">
                    Actions are added on each risk, under Treatment. Risks treated by “modify” usually need a
                    few.
                  </EmptyState>
                ) : (
                  <>
                    <ActionsTable slug={slug} actions={actions.slice(0, LIMIT * 3)} now={now} />
                    {actions.length > LIMIT * 3 && (
                      <Text size="sm" c="dimmed" mt="sm">
                        The first {LIMIT * 3} of {actions.length} actions by due date are shown; the exported
                        plan has them all.
                      </Text>
                    )}
                  </>
                )}
              </Paper>
              <Paper withBorder p="md" radius="md">
                <Title order={2} fz="lg" mb={4}>
                  Awaiting acceptance
                </Title>
                <Text size="sm" c="dimmed" mb="md">
                  Risks that are retained or have a residual assessment, and that no owner has accepted yet;
                  highest first.
                </Text>
                {waiting.length === 0 ? (
                  <EmptyState title="Nothing waits for acceptance">
                    Every assessed residual risk has been accepted by its owner.
                  </EmptyState>
                ) : (
                  <>
                    <AcceptanceTable slug={slug} risks={waiting.slice(0, LIMIT)} method={m} />
                    {waiting.length > LIMIT && (
                      <Text size="sm" c="dimmed" mt="sm">
                        The {LIMIT} highest of {waiting.length} risks are shown.
                      </Text>
                    )}
                  </>
                )}
              </Paper>
            </>
          );
        }}
      </QueryView>
    </Stack>
  );
}
