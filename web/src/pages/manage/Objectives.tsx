/**
 * Objectives and metrics: each information security objective with its target, owner and due
 * date, and its results over time drawn against the target.
 */
import "@mantine/charts/styles.css";
import { LineChart } from "@mantine/charts";
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconChartLine, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client, ok } from "../../api";
import type { Objective } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { orgKey, useCan, useSlug } from "../../session";
import { MeasurementModal, ObjectiveModal } from "./ObjectiveForms";
import { isPast, OverdueBadge, StatusTag } from "./shared";

/** The first number in a target such as "At least 95%" or "5 business days or fewer". */
const targetNumber = (target: string | null) => {
  const m = target?.match(/-?\d+(?:\.\d+)?/);
  return m ? Number(m[0]) : undefined;
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function ObjectiveCard({ objective: o, onRecord }: { objective: Objective; onRecord: () => void }) {
  const canWrite = useCan("context:write");
  const target = targetNumber(o.target);
  const data = [...o.measurements]
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
    .map((m) => ({ date: formatDate(m.measuredOn), value: m.value }));
  const last = data.at(-1);
  const values = data.map((d) => d.value).concat(target !== undefined ? [target] : []);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(1, Math.round((hi - lo) * 0.15));
  const unit = o.target?.includes("%") ? "%" : "";
  const top = unit && hi <= 100 ? 100 : Math.ceil(hi + pad);
  return (
    <Paper withBorder p="md" radius="md" data-testid={`objective-${o.key}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {o.key}
          </Text>
          <Title order={2} fz="md">
            {o.title}
          </Title>
        </Stack>
        <StatusTag status={o.status} group="objectiveStatus" />
      </Group>
      {o.measure && (
        <Text size="sm" c="dimmed" mb="sm">
          {o.measure}
        </Text>
      )}
      <SimpleGrid cols={4} spacing="xs" mb="sm">
        <Fact label="Target">{o.target ?? "—"}</Fact>
        <Fact label="Latest">{last ? `${last.value}${unit} on ${last.date}` : "—"}</Fact>
        <Fact label="Owner">{o.owner ?? "—"}</Fact>
        <Fact label="Due">
          {formatDate(o.dueOn)}
          {o.status !== "achieved" && isPast(o.dueOn) && <OverdueBadge />}
        </Fact>
      </SimpleGrid>
      {data.length === 0 ? (
        <EmptyState title="No results yet">Record the first measurement to start the chart.</EmptyState>
      ) : (
        <figure aria-label={`Results of ${o.title}`} style={{ margin: 0 }}>
          <LineChart
            h={200}
            data={data}
            dataKey="date"
            series={[{ name: "value", label: "Result", color: "indigo.7" }]}
            curveType="monotone"
            withDots
            yAxisProps={{ domain: [Math.max(0, Math.floor(Math.min(lo - pad, top - 10))), top] }}
            unit={unit}
            referenceLines={
              target !== undefined
                ? [
                    {
                      y: target,
                      label: `Target ${target}${unit}`,
                      color: "teal.7",
                      labelPosition: "insideTopLeft",
                    },
                  ]
                : []
            }
          />
        </figure>
      )}
      {canWrite && (
        <Group justify="flex-end" mt="sm">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconChartLine size={14} />}
            onClick={onRecord}
            aria-label={`Record a result for ${o.key}`}
            data-testid={`record-${o.key}`}
          >
            Record a result
          </Button>
        </Group>
      )}
    </Paper>
  );
}

type Dialog = { kind: "objective"; n: number } | { kind: "measure"; objective: Objective; n: number };

export default function Objectives() {
  const slug = useSlug();
  const canWrite = useCan("context:write");
  const objectives = useQuery({
    queryKey: orgKey(slug, "objectives"),
    queryFn: () => ok(client.GET("/orgs/{slug}/objectives", { params: { path: { slug } } })),
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Objectives and metrics"
        description="Measurable information security objectives, who owns them, when they are due, and how the results move towards the target."
        actions={
          canWrite && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setDialog({ kind: "objective", n: Date.now() })}
              data-testid="add-objective"
            >
              Set an objective
            </Button>
          )
        }
      />
      <QueryView query={objectives}>
        {(list) =>
          list.length === 0 ? (
            <Paper withBorder p="md" radius="md">
              <EmptyState title="No objectives yet">
                Set a few measurable objectives that follow from the security policy and the risk assessment.
              </EmptyState>
            </Paper>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              {list.map((o) => (
                <ObjectiveCard
                  key={o.key}
                  objective={o}
                  onRecord={() => setDialog({ kind: "measure", objective: o, n: Date.now() })}
                />
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
      {dialog?.kind === "objective" && <ObjectiveModal key={dialog.n} onClose={() => setDialog(null)} />}
      {dialog?.kind === "measure" && (
        <MeasurementModal key={dialog.n} objective={dialog.objective} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
