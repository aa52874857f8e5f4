/**
 * The incident register (5.24–5.28, 6.8): events and incidents with their severity, status and the
 * next notification deadline; how many per severity and how long they took to close; reporting a
 * new event, import and download.
 */
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { EmptyState, formatDateTime, PageHeader, QueryView } from "../../components/common";
import { PhoneFilters } from "../../components/PhoneFilters";
import { useCan, useSlug } from "../../session";
import { Section, Tag } from "../manage/shared";
import { ReportForm } from "./IncidentForms";
import { DueTime } from "./Notifications";
import { LevelTag, RegisterDownloads, useCanEditOperations, useRegisterImport } from "./parts";
import { incidentStatsQuery, incidentsQuery } from "./queries";
import { INCIDENT_STATUSES, type Incident, type IncidentStats, KINDS, SEVERITIES, wordOf } from "./types";

const hours = (h: number | null) =>
  h === null ? "—" : h < 48 ? `${Math.round(h)} h` : `${Math.round((h / 24) * 10) / 10} days`;

function Stats({ stats }: { stats: IncidentStats }) {
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        Incidents by severity, with the median time from detection to closing (events not assessed as
        incidents are not counted).
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="incident-stats">
        {SEVERITIES.map(({ value, label }) => {
          const s = stats.find((x) => x.severity === value);
          return (
            <Paper key={value} withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {label}
              </Text>
              <Text fw={650} fz="xl">
                {s?.count ?? 0}
              </Text>
              <Text size="xs" c="dimmed">
                {s?.closed ?? 0} closed · median to close {hours(s?.medianHoursToClose ?? null)}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function IncidentTable({ incidents, slug }: { incidents: Incident[]; slug: string }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="incident-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={240}>Incident</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Detected</Table.Th>
            <Table.Th>Next notification</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {incidents.map((i) => {
            const next = i.notifications
              .filter((n) => !n.sentAt && n.dueAt)
              .sort((a, b) => (a.dueAt ?? "").localeCompare(b.dueAt ?? ""))[0];
            return (
              <Table.Tr key={i.key} data-testid={`incident-${i.key}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/o/${slug}/incidents/${i.key}`} fw={500} size="sm">
                    {i.title}
                  </Anchor>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {i.key} · {wordOf(KINDS, i.kind)}
                    </Text>
                    {i.personalData && <Tag color="orange">personal data</Tag>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <LevelTag value={i.severity} />
                </Table.Td>
                <Table.Td>
                  <LevelTag value={i.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(i.detectedAt)}</Table.Td>
                <Table.Td>
                  {next ? (
                    <Stack gap={2}>
                      <DueTime dueAt={next.dueAt} state={next.state} />
                      <Text size="xs" c="dimmed">
                        {next.label}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None pending
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function IncidentList() {
  const slug = useSlug();
  const canEdit = useCanEditOperations();
  // Anyone in the organization may report an event; editing the register is for editors.
  const canReport = useCan("incident:report");
  const [status, setStatus] = useState<Incident["status"] | null>(null);
  const [severity, setSeverity] = useState<Incident["severity"] | null>(null);
  const query = { ...(status && { status }), ...(severity && { severity }) };
  const incidents = useQuery({ ...incidentsQuery(slug, query), placeholderData: keepPreviousData });
  const stats = useQuery(incidentStatsQuery(slug));
  const [reporting, setReporting] = useState(false);
  const upload = useRegisterImport("incidents", "incidents");
  const active = [status, severity].filter(Boolean).length;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Incidents"
        description="Information security events and incidents (5.24–5.28): reported early, assessed, contained and closed with the lessons learned, with the deadlines to notify authorities and customers."
        actions={
          <>
            <RegisterDownloads register="incidents" label="Incident register" />
            {canEdit && upload.button}
            {canReport && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setReporting(true)}
                data-testid="report-event"
              >
                Report an event
              </Button>
            )}
          </>
        }
      />
      {upload.outcome}
      <Section
        title="Incident register"
        description={incidents.data ? `${incidents.data.length} shown` : undefined}
        testId="incidents"
      >
        <Stack gap="sm">
          <PhoneFilters active={active}>
            <Group gap="sm">
              <Select
                aria-label="Status"
                placeholder="Any status"
                data={INCIDENT_STATUSES}
                value={status}
                onChange={(s) => setStatus(s as Incident["status"] | null)}
                clearable
                w={{ base: "100%", sm: 180 }}
              />
              <Select
                aria-label="Severity"
                placeholder="Any severity"
                data={SEVERITIES}
                value={severity}
                onChange={(s) => setSeverity(s as Incident["severity"] | null)}
                clearable
                w={{ base: "100%", sm: 180 }}
              />
            </Group>
          </PhoneFilters>
          <QueryView query={incidents}>
            {(list) =>
              list.length === 0 ? (
                <EmptyState title={active ? "No incident matches" : "No incidents reported"}>
                  {active
                    ? "Try another filter."
                    : "When something looks wrong, report it as an event straight away; it can be assessed afterwards."}
                </EmptyState>
              ) : (
                <IncidentTable incidents={list} slug={slug} />
              )
            }
          </QueryView>
        </Stack>
      </Section>
      <QueryView query={stats}>{(data) => <Stats stats={data} />}</QueryView>
      {reporting && <ReportForm onClose={() => setReporting(false)} />}
    </Stack>
  );
}
