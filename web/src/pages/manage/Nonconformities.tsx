/**
 * Nonconformities and corrective actions: where each came from, how serious it is, the correction
 * and root cause, the actions with owners and due dates, and closing after an effectiveness review.
 */
import { Accordion, Button, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconClipboardPlus, IconMicroscope, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { client, ok } from "../../api";
import type { CorrectiveAction as Action, Nonconformity as Nc } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { orgKey, useCan, useSlug } from "../../session";
import { FINDING_TYPES } from "./AuditForms";
import { ActionModal, AnalysisModal, CloseNcModal, NC_SOURCES, RaiseNcModal } from "./NcForms";
import { isPast, OverdueBadge, plural, Section, StatusTag, Tag } from "./shared";

type Dialog = { kind: "raise"; n: number } | { kind: "analysis" | "action" | "close"; nc: Nc; n: number };

const SEVERITY_COLOURS: Record<string, string> = { major_nc: "red", minor_nc: "orange" };

const overdueAction = (a: Action) => a.status !== "done" && isPast(a.dueOn);

function Severity({ type }: { type: string | undefined }) {
  if (!type) return <Tag>not graded</Tag>;
  const label = FINDING_TYPES.find((t) => t.value === type)?.label.replace(" nonconformity", "") ?? type;
  return <Tag color={SEVERITY_COLOURS[type] ?? "gray"}>{label}</Tag>;
}

function NcDetail({ nc, onDialog }: { nc: Nc; onDialog: (d: Dialog) => void }) {
  const canWrite = useCan("nc:write") && nc.status !== "closed";
  const open = (kind: "analysis" | "action" | "close") => onDialog({ kind, nc, n: Date.now() });
  return (
    <Stack gap="md">
      <Text size="sm">{nc.description}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <div>
          <Title order={3} fz="sm" mb={4}>
            Correction
          </Title>
          <Text size="sm">{nc.correction || "Not recorded yet."}</Text>
        </div>
        <div>
          <Title order={3} fz="sm" mb={4}>
            Root cause
          </Title>
          <Text size="sm">{nc.rootCause || "Not analysed yet."}</Text>
        </div>
      </SimpleGrid>
      <div>
        <Title order={3} fz="sm" mb={6}>
          Corrective actions ({nc.actions.length})
        </Title>
        {nc.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No corrective action yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped withTableBorder data-testid={`nc-actions-${nc.key}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Effectiveness</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nc.actions.map((a) => (
                  <Table.Tr key={a.description}>
                    <Table.Td>{a.description}</Table.Td>
                    <Table.Td>{a.owner ?? "—"}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {formatDate(a.dueOn)}
                      {overdueAction(a) && <OverdueBadge />}
                    </Table.Td>
                    <Table.Td>
                      <StatusTag status={a.status} group="actionStatus" />
                    </Table.Td>
                    <Table.Td>
                      {a.effectivenessReview ? (
                        <Stack gap={2}>
                          <Tag color={a.effective ? "teal" : "red"}>
                            {a.effective ? "effective" : "not effective"}
                          </Tag>
                          <Text size="xs">{a.effectivenessReview}</Text>
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Not reviewed
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
      {canWrite && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconMicroscope size={14} />}
            onClick={() => open("analysis")}
            data-testid={`nc-analysis-${nc.key}`}
          >
            Record correction and root cause
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconClipboardPlus size={14} />}
            onClick={() => open("action")}
            data-testid={`nc-action-${nc.key}`}
          >
            Add a corrective action
          </Button>
          <Button
            size="xs"
            leftSection={<IconCircleCheck size={14} />}
            onClick={() => open("close")}
            data-testid={`nc-close-${nc.key}`}
          >
            Review effectiveness and close
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export default function Nonconformities() {
  const slug = useSlug();
  const canWrite = useCan("nc:write");
  const ncs = useQuery({
    queryKey: orgKey(slug, "nonconformities"),
    queryFn: () => ok(client.GET("/orgs/{slug}/nonconformities", { params: { path: { slug } } })),
  });
  const audits = useQuery({
    queryKey: orgKey(slug, "audits"),
    queryFn: () => ok(client.GET("/orgs/{slug}/audits", { params: { path: { slug } } })),
  });
  const severity = useMemo(
    () => new Map((audits.data ?? []).flatMap((a) => a.findings.map((f) => [f.key, f.findingType] as const))),
    [audits.data],
  );
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Nonconformities"
        description="Every requirement not met, from audits, incidents or reviews: the immediate correction, the root cause, corrective actions with owners and due dates, and the check that they worked."
        actions={
          canWrite && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setDialog({ kind: "raise", n: Date.now() })}
              data-testid="raise-nc"
            >
              Raise a nonconformity
            </Button>
          )
        }
      />
      <QueryView query={ncs}>
        {(list) => {
          const openCount = list.filter((n) => n.status !== "closed").length;
          return (
            <Section
              title="Nonconformity log"
              description={`${list.length} recorded, ${openCount} not yet closed. Open one to see its analysis and actions.`}
              testId="nonconformities"
            >
              {list.length === 0 ? (
                <EmptyState title="No nonconformities">
                  Raise one when an audit, incident or review shows a requirement was not met.
                </EmptyState>
              ) : (
                <Accordion variant="separated" multiple>
                  {list.map((nc) => {
                    const late = nc.actions.filter(overdueAction).length;
                    const next = nc.actions
                      .filter((a) => a.status !== "done" && a.dueOn)
                      .map((a) => a.dueOn as string)
                      .sort()[0];
                    return (
                      <Accordion.Item key={nc.key} value={nc.key} data-testid={`nc-${nc.key}`}>
                        <Accordion.Control>
                          <Group justify="space-between" gap="xs">
                            <Stack gap={2} style={{ flex: "1 1 240px", minWidth: 0 }}>
                              <Group gap="xs" wrap="nowrap">
                                <Text ff="monospace" size="sm" style={{ whiteSpace: "nowrap" }}>
                                  {nc.key}
                                </Text>
                                <Text fw={600} size="sm" lineClamp={1}>
                                  {nc.description}
                                </Text>
                              </Group>
                              <Text size="xs" c="dimmed">
                                {NC_SOURCES.find((s) => s.value === nc.source)?.label ?? nc.source}
                                {nc.finding ? ` (finding ${nc.finding})` : ""} · raised{" "}
                                {formatDate(nc.raisedOn)} · {plural(nc.actions.length, "action")}
                                {next ? ` · next due ${formatDate(next)}` : ""}
                              </Text>
                            </Stack>
                            <Group gap="xs" wrap="nowrap">
                              {late > 0 && <OverdueBadge />}
                              <Severity type={nc.finding ? severity.get(nc.finding) : undefined} />
                              <StatusTag status={nc.status} group="findingStatus" />
                            </Group>
                          </Group>
                        </Accordion.Control>
                        <Accordion.Panel>
                          <NcDetail nc={nc} onDialog={setDialog} />
                        </Accordion.Panel>
                      </Accordion.Item>
                    );
                  })}
                </Accordion>
              )}
            </Section>
          );
        }}
      </QueryView>
      {dialog?.kind === "raise" && <RaiseNcModal key={dialog.n} onClose={close} />}
      {dialog?.kind === "analysis" && <AnalysisModal key={dialog.n} nc={dialog.nc} onClose={close} />}
      {dialog?.kind === "action" && <ActionModal key={dialog.n} ncKey={dialog.nc.key} onClose={close} />}
      {dialog?.kind === "close" && <CloseNcModal key={dialog.n} ncKey={dialog.nc.key} onClose={close} />}
    </Stack>
  );
}
