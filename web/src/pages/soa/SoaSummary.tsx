/** The SoA at a glance (decisions, implementation, approval state) and the problems the lint finds. */
import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { Link } from "react-router";
import type { LintProblem, SoaState } from "../../api/types";

function Stat({
  label,
  value,
  hint,
  colour,
}: {
  label: string;
  value: number;
  hint: string;
  colour: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" style={{ borderLeft: `4px solid var(--mantine-color-${colour}-6)` }}>
      <Text size="sm" c="gray.7" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="gray.7">
        {hint}
      </Text>
    </Paper>
  );
}

export function SoaCounts({ soa, slug }: { soa: SoaState; slug: string }) {
  const total = soa.entries.length;
  const included = soa.entries.filter((e) => e.applicable === true);
  const excluded = soa.entries.filter((e) => e.applicable === false).length;
  const undecided = soa.entries.filter((e) => e.applicable === null).length;
  const implemented = included.filter((e) => e.status === "implemented").length;
  return (
    <Stack gap="sm" data-testid="soa-counts">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Stat
          label="Included"
          value={included.length}
          hint={`of ${total} Annex A controls`}
          colour="indigo"
        />
        <Stat label="Excluded" value={excluded} hint="each needs a justification" colour="gray" />
        <Stat label="Undecided" value={undecided} hint="no decision recorded yet" colour="orange" />
        <Stat
          label="Implemented"
          value={implemented}
          hint={`of ${included.length} included controls`}
          colour="teal"
        />
      </SimpleGrid>
      {soa.latestVersion === null ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          data-testid="soa-approval-state"
        >
          No version of this Statement of Applicability has been approved yet.
        </Alert>
      ) : soa.changedSinceLatest ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          data-testid="soa-approval-state"
        >
          Changed since the last approved version (version {soa.latestVersion}).{" "}
          <Anchor component={Link} to={`/o/${slug}/soa/versions`} size="sm" fw={700} c="indigo.9">
            See what changed
          </Anchor>
        </Alert>
      ) : (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          data-testid="soa-approval-state"
        >
          Matches approved version {soa.latestVersion}.
        </Alert>
      )}
    </Stack>
  );
}

export function LintPanel({ problems, slug }: { problems: LintProblem[]; slug: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="soa-lint">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg">
          Problems an auditor would raise
        </Title>
        <Badge color={problems.length ? "orange" : "teal"} variant="light" radius="sm" tt="none" c="dark.8">
          {problems.length === 0 ? "None" : `${problems.length} to fix`}
        </Badge>
      </Group>
      {problems.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
          <Text size="sm">
            The checks found nothing to fix: every decision is justified, owned and evidenced.
          </Text>
        </Group>
      ) : (
        <List
          size="sm"
          spacing={4}
          icon={<IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" />}
        >
          {problems.map((p) => (
            <List.Item key={`${p.code}-${p.controlId ?? ""}-${p.message}`}>
              {p.controlId ? (
                <>
                  <Anchor component={Link} to={`/o/${slug}/controls/${p.controlId}`} fw={600} size="sm">
                    {p.controlId}
                  </Anchor>
                  {p.message.startsWith(`${p.controlId} `)
                    ? p.message.slice(p.controlId.length)
                    : `: ${p.message}`}
                </>
              ) : (
                p.message
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
