/** Certification readiness: the overall figure, each clause heading 4–10 and each Annex A theme. */
import { Box, Grid, Group, Paper, RingProgress, Stack, Text, Title } from "@mantine/core";
import { Fragment } from "react";
import { percent } from "../../components/common";
import { SoftBadge } from "./SoftBadge";
import type { ClauseReadiness, Readiness } from "./types";

const HEADINGS: [id: string, name: string][] = [
  ["4", "4 Context"],
  ["5", "5 Leadership"],
  ["6", "6 Planning"],
  ["7", "7 Support"],
  ["8", "8 Operation"],
  ["9", "9 Evaluation"],
  ["10", "10 Improvement"],
];

const THEME_NAMES: Record<string, string> = {
  organizational: "Organizational (A.5)",
  people: "People (A.6)",
  physical: "Physical (A.7)",
  technological: "Technological (A.8)",
};

const POINTS = { met: 1, partial: 0.5, missing: 0 } as const;

/** The share of a heading's leaf clauses that are met (partial counts half), as the server scores. */
export function headingScore(clauses: ClauseReadiness[], heading: string): number {
  const under = clauses.filter((c) => c.id.startsWith(`${heading}.`));
  const leaves = under.filter((c) => !under.some((d) => d.id.startsWith(`${c.id}.`)));
  if (!leaves.length) return 0;
  return leaves.reduce((sum, c) => sum + (POINTS[c.status] ?? 0), 0) / leaves.length;
}

export const scoreColour = (value: number) => (value >= 90 ? "teal.6" : value >= 60 ? "yellow.6" : "red.6");

/**
 * Horizontal bars drawn with plain elements: the readiness of each heading at a glance, without a
 * charting library on the page people open first.
 */
function ReadinessBars({
  label,
  data,
  yWidth,
}: {
  label: string;
  data: { name: string; readiness: number }[];
  yWidth: number;
}) {
  const summary = data.map((d) => `${d.name}: ${d.readiness}%`).join(", ");
  return (
    <Box
      role="img"
      aria-label={`${label}. ${summary}`}
      style={{
        display: "grid",
        gridTemplateColumns: `${yWidth}px 1fr 44px`,
        rowGap: 10,
        alignItems: "center",
      }}
    >
      {data.map((d) => (
        <Fragment key={d.name}>
          <Text size="xs" ta="right" pr="sm" c="dark.4">
            {d.name}
          </Text>
          <Box h={20} bg="gray.1" style={{ borderRadius: 3, overflow: "hidden" }}>
            <Box
              h="100%"
              w={`${Math.max(d.readiness, 1)}%`}
              bg={scoreColour(d.readiness)}
              style={{ borderRadius: 3 }}
            />
          </Box>
          <Text size="xs" pl={6} fw={600}>
            {d.readiness}%
          </Text>
        </Fragment>
      ))}
    </Box>
  );
}

export function ReadinessPanel({ readiness }: { readiness: Readiness }) {
  const clauses = HEADINGS.map(([id, name]) => ({
    name,
    readiness: Math.round(headingScore(readiness.clauses, id) * 100),
  }));
  const themes = readiness.themes.map((t) => ({
    name: THEME_NAMES[t.theme] ?? t.theme,
    readiness: Math.round(t.score * 100),
  }));
  const leaves = readiness.clauses.filter(
    (c) => c.id.includes(".") && !readiness.clauses.some((d) => d.id.startsWith(`${c.id}.`)),
  );
  const met = leaves.filter((c) => c.status === "met").length;
  const stage1 = readiness.blockers.filter((b) => b.stage === 1).length;
  const stage2 = readiness.blockers.length - stage1;
  const overall = Math.round(readiness.overall * 100);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} fz="lg" mb="sm">
        Certification readiness
      </Title>
      <Grid gap="xl" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Stack align="center" gap="xs">
            <RingProgress
              size={150}
              thickness={14}
              roundCaps
              sections={[{ value: overall, color: scoreColour(overall) }]}
              label={
                <Text ta="center" fz={30} fw={700} data-testid="readiness-overall">
                  {percent(readiness.overall)}
                </Text>
              }
            />
            <Text size="sm" ta="center">
              {met} of {leaves.length} clause requirements met
            </Text>
            <Group gap={6} justify="center">
              <SoftBadge colour={stage1 ? "red" : "teal"}>
                Stage 1: {stage1 ? `${stage1} blocker${stage1 === 1 ? "" : "s"}` : "clear"}
              </SoftBadge>
              <SoftBadge colour={stage2 ? "orange" : "teal"}>
                Stage 2: {stage2 ? `${stage2} blocker${stage2 === 1 ? "" : "s"}` : "clear"}
              </SoftBadge>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 5 }}>
          <Title order={3} fz="sm" fw={600} mb={4}>
            Clauses 4–10
          </Title>
          <ReadinessBars label="Readiness by clause" data={clauses} yWidth={124} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Title order={3} fz="sm" fw={600} mb={4}>
            Annex A by theme
          </Title>
          <ReadinessBars label="Annex A readiness by theme" data={themes} yWidth={150} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
