/**
 * The 93 Annex A controls by theme, with the organization's decision, status, owner, evidence and
 * SoA lint problems per control, filterable by the 27002 attributes (filters live in the URL).
 */

import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconAlertTriangle, IconPlayerPlay } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { LintProblem, SoaEntry } from "../../api/types";
import { EmptyState, ErrorAlert, Loading, PageHeader, StatusBadge } from "../../components/common";
import { PhoneFilters } from "../../components/PhoneFilters";
import { useSlug } from "../../session";
import { applyFilters, ControlFilters, readFilters } from "./ControlFilters";
import { type CatalogControl, compareIds, THEMES, useCatalogControls, useLint, useSoa } from "./data";
import { ApplicabilityBadge } from "./parts";

function EvidenceCount({ entry }: { entry: SoaEntry | undefined }) {
  if (!entry || entry.evidence === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  const stale = entry.evidence - (entry.currentEvidence ?? entry.evidence);
  return (
    <Text size="sm">
      {entry.evidence}
      {stale > 0 && (
        <Text span size="sm" c="red.9">
          {" "}
          ({stale} stale)
        </Text>
      )}
    </Text>
  );
}

function LintIcon({ problems }: { problems: LintProblem[] | undefined }) {
  if (!problems?.length) return null;
  const text = problems.map((p) => p.message).join("; ");
  return (
    <Tooltip label={text} multiline maw={320} withArrow>
      <Group gap={4} wrap="nowrap" role="img" aria-label={`Lint: ${text}`}>
        <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" aria-hidden />
        <Text size="xs" c="orange.9" fw={600} aria-hidden>
          {problems.length}
        </Text>
      </Group>
    </Tooltip>
  );
}

function ThemeTable({
  slug,
  controls,
  entries,
  problems,
}: {
  slug: string;
  controls: CatalogControl[];
  entries: Map<string, SoaEntry>;
  problems: Map<string, LintProblem[]>;
}) {
  const navigate = useNavigate();
  const open = (id: string) => navigate(`/o/${slug}/controls/${id}`);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="44%">Control</Table.Th>
            <Table.Th>Applicability</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Evidence</Table.Th>
            <Table.Th>Lint</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((c) => {
            const entry = entries.get(c.id);
            return (
              <Table.Tr
                key={c.id}
                data-testid={`control-row-${c.id}`}
                style={{ cursor: "pointer" }}
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest("a,button")) return;
                  open(c.id);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter" && !(event.target as HTMLElement).closest("a,button")) open(c.id);
                }}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/o/${slug}/controls/${c.id}`} size="sm" fw={500} c="dark.6">
                    <Text span fw={700} size="sm" c="indigo.8" display="inline-block" w={44}>
                      {c.id}
                    </Text>
                    {c.title}
                  </Anchor>
                  {c.isNew && (
                    <Badge ml={8} size="xs" variant="light" color="violet" c="violet.9" radius="sm" tt="none">
                      New in 2022
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <ApplicabilityBadge applicable={entry?.applicable} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={entry?.status} group="soaStatus" />
                </Table.Td>
                <Table.Td>
                  {entry?.owner ? (
                    <Text size="sm">{entry.owner}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not assigned
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <EvidenceCount entry={entry} />
                </Table.Td>
                <Table.Td>
                  <LintIcon problems={problems.get(c.id)} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function ControlList() {
  const slug = useSlug();
  const [params, setParams] = useSearchParams();
  const catalog = useCatalogControls();
  const soa = useSoa(slug);
  const lint = useLint(slug);

  const entries = useMemo(() => new Map((soa.data?.entries ?? []).map((e) => [e.controlId, e])), [soa.data]);
  const problems = useMemo(() => {
    const map = new Map<string, LintProblem[]>();
    for (const p of lint.data?.problems ?? [])
      if (p.controlId) map.set(p.controlId, [...(map.get(p.controlId) ?? []), p]);
    return map;
  }, [lint.data]);

  const header = (
    <PageHeader
      title="Annex A controls"
      description={
        <>
          The 93 controls of ISO/IEC 27001:2022 Annex A with your decisions, owners, evidence and the problems
          an auditor would spot. Open a control for guidance and to record your decision, or see them together
          in the{" "}
          <Anchor component={Link} to={`/o/${slug}/soa`} size="sm" underline="always">
            Statement of Applicability
          </Anchor>
          .
        </>
      }
      actions={
        <Button component={Link} to={`/o/${slug}/walk`} leftSection={<IconPlayerPlay size={16} />}>
          Walk through
        </Button>
      }
    />
  );
  const error = catalog.error ?? soa.error;
  if (error)
    return (
      <>
        {header}
        <ErrorAlert error={error} />
      </>
    );
  if (!catalog.data || !soa.data)
    return (
      <>
        {header}
        <Loading />
      </>
    );

  const filters = readFilters(params);
  const shown = applyFilters(catalog.data, entries, problems, filters).sort((a, b) => compareIds(a.id, b.id));
  const decided = soa.data.entries.filter((e) => e.applicable !== null).length;

  return (
    <>
      {header}
      <Stack gap="lg">
        <PhoneFilters active={[...new Set(params.keys())].length}>
          <ControlFilters
            controls={catalog.data}
            params={params}
            setParams={setParams}
            shown={shown.length}
          />
        </PhoneFilters>
        {lint.error && <ErrorAlert error={lint.error} title="The SoA lint could not run" />}
        {shown.length === 0 && (
          <Paper withBorder p="md" radius="md">
            <EmptyState title="No control matches these filters">
              Loosen or clear the filters to see more controls.
            </EmptyState>
          </Paper>
        )}
        {THEMES.map((theme) => {
          const controls = shown.filter((c) => c.theme === theme.id);
          if (!controls.length) return null;
          const total = catalog.data.filter((c) => c.theme === theme.id).length;
          return (
            <Paper key={theme.id} withBorder p="md" radius="md">
              <Group justify="space-between" mb="sm">
                <Title order={2} fz="lg">
                  {theme.number} {theme.label} controls
                </Title>
                <Text size="sm" c="dimmed">
                  {controls.length === total
                    ? `${total} controls`
                    : `${controls.length} of ${total} controls`}
                </Text>
              </Group>
              <ThemeTable slug={slug} controls={controls} entries={entries} problems={problems} />
            </Paper>
          );
        })}
        <Text size="xs" c="dimmed" ta="right">
          {decided} of {soa.data.entries.length} controls decided
          {soa.data.latestVersion ? ` · SoA version ${soa.data.latestVersion} approved` : ""}
          {soa.data.changedSinceLatest ? " · changed since the last approval" : ""}
        </Text>
      </Stack>
    </>
  );
}
