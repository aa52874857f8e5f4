/** The five coverage figures of a framework and what "covered" means. */
import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { STATES } from "./labels";
import type { StateCounts } from "./queries";

export function CoverageSummary({ summary, total }: { summary: StateCounts; total: number }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="coverage-summary">
        {STATES.map((s) => (
          <Paper
            key={s.value}
            withBorder
            p="sm"
            radius="md"
            className="cov-figure"
            style={{ borderTop: `4px solid var(--mantine-color-${s.colour}-6)` }}
            data-testid={`summary-${s.value}`}
          >
            <Text component="p" fz={28} fw={700} lh={1.1} m={0} data-testid={`summary-${s.value}-count`}>
              {summary[s.value]}
            </Text>
            <Text component="p" size="sm" fw={600} m={0}>
              {s.label}
            </Text>
            <Text component="p" size="xs" c="dimmed" m={0}>
              {s.hint}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" c="dimmed" maw={900}>
        {total} requirements. A mapping means the ISO clause or control overlaps the requirement, not that it
        fulfils it. "Covered" means every mapped clause is met and every applicable mapped control is
        implemented with current evidence. Unmapped requirements have no ISO counterpart: they need their own
        treatment, so record who owns them and what is done.
      </Text>
    </Stack>
  );
}
