/** Inherent and residual risk side by side; a cell opens the register filtered on it. */
import { Anchor, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { HeatMap } from "../../components/HeatMap";
import type { RiskMethodResponse, RiskViews } from "./types";

export function HeatMaps({
  slug,
  views,
  method,
}: {
  slug: string;
  views: RiskViews;
  method: RiskMethodResponse;
}) {
  const navigate = useNavigate();
  const total = views.heatMap.inherent.flat().reduce((a, b) => a + b, 0);
  const open = (which: "inherent" | "residual") => (cell: { likelihood: number; impact: number }) =>
    navigate(`/o/${slug}/risks?which=${which}&l=${cell.likelihood}&i=${cell.impact}`);
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Risk heat maps
        </Title>
        <Anchor component={Link} to={`/o/${slug}/risks`} size="sm">
          Open the risk register ({total})
        </Anchor>
      </Group>
      {total === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          No risks yet. Identify risks in the register and they appear here by likelihood and impact.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <HeatMap
          title="Inherent risk (before treatment)"
          method={method.method}
          counts={views.heatMap.inherent}
          onSelect={open("inherent")}
          testId="heatmap-inherent"
        />
        <HeatMap
          title="Residual risk (after treatment)"
          method={method.method}
          counts={views.heatMap.residual}
          onSelect={open("residual")}
          testId="heatmap-residual"
        />
      </SimpleGrid>
    </Paper>
  );
}
