/**
 * The guided start: the seven steps from an empty workspace to a system ready for audit, each
 * marked done from real data, with why it matters and a button to the page that does it.
 */
import { Button, Group, Paper, Progress, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowRight, IconCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { client, ok } from "../api";
import { PageHeader, QueryView } from "../components/common";
import { orgKey, useSlug } from "../session";
import { SoftBadge } from "./dashboard/SoftBadge";
import { type StartData, type Step, stepsOf } from "./dashboard/steps";

function StepCard({ slug, step, index, next }: { slug: string; step: Step; index: number; next: boolean }) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={`start-step-${step.id}`}
      data-done={step.done}
      style={next ? { borderColor: "var(--mantine-color-indigo-5)", borderWidth: 2 } : undefined}
    >
      <div className="start-step">
        <ThemeIcon
          size={36}
          radius="xl"
          color={step.done ? "teal" : next ? "indigo" : "gray"}
          variant={step.done || next ? "filled" : "light"}
          aria-hidden
        >
          {step.done ? <IconCheck size={20} /> : <Text fw={700}>{index + 1}</Text>}
        </ThemeIcon>
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="sm">
            <Title order={2} fz="md">
              {index + 1}. {step.title}
            </Title>
            <SoftBadge colour={step.done ? "teal" : next ? "indigo" : "gray"}>
              {step.done ? "Done" : next ? "Next step" : "To do"}
            </SoftBadge>
          </Group>
          <Text size="sm" fw={500}>
            {step.status}
          </Text>
          {step.progress !== undefined && !step.done && (
            <Progress
              value={step.progress * 100}
              size="sm"
              maw={360}
              aria-label={`${step.title}: ${step.status}`}
            />
          )}
          <Text size="sm" c="dimmed" maw={820}>
            {step.why}
          </Text>
        </Stack>
        <Button
          component={Link}
          to={`/o/${slug}/${step.path}`}
          variant={next ? "filled" : "default"}
          rightSection={<IconArrowRight size={16} />}
          className="start-step-action"
        >
          {step.action}
        </Button>
      </div>
    </Paper>
  );
}

export default function Start() {
  const slug = useSlug();
  const path = { slug };
  const queries = {
    context: useQuery({
      queryKey: orgKey(slug, "context"),
      queryFn: () => ok(client.GET("/orgs/{slug}/context", { params: { path } })),
    }),
    method: useQuery({
      queryKey: orgKey(slug, "risk-method"),
      queryFn: () => ok(client.GET("/orgs/{slug}/risk-method", { params: { path } })),
    }),
    risks: useQuery({
      queryKey: orgKey(slug, "risks", "all"),
      queryFn: () => ok(client.GET("/orgs/{slug}/risks", { params: { path, query: { limit: 1000 } } })),
    }),
    soa: useQuery({
      queryKey: orgKey(slug, "soa"),
      queryFn: () => ok(client.GET("/orgs/{slug}/soa", { params: { path } })),
    }),
    evidence: useQuery({
      queryKey: orgKey(slug, "evidence", {}),
      queryFn: () => ok(client.GET("/orgs/{slug}/evidence", { params: { path } })),
    }),
    audits: useQuery({
      queryKey: orgKey(slug, "audits"),
      queryFn: () => ok(client.GET("/orgs/{slug}/audits", { params: { path } })),
    }),
    reviews: useQuery({
      queryKey: orgKey(slug, "reviews"),
      queryFn: () => ok(client.GET("/orgs/{slug}/reviews", { params: { path } })),
    }),
  };
  const all = Object.values(queries);
  const ready = all.every((q) => q.data !== undefined);
  const combined = {
    data: ready
      ? ({
          context: queries.context.data,
          method: queries.method.data,
          risks: queries.risks.data,
          soa: queries.soa.data,
          evidence: queries.evidence.data,
          audits: queries.audits.data,
          reviews: queries.reviews.data,
        } as StartData)
      : undefined,
    error: all.find((q) => q.error)?.error ?? null,
    isPending: !ready,
  };

  return (
    <>
      <PageHeader
        title="Guided start"
        description="Seven steps take an organization from an empty workspace to an ISMS an auditor can certify. Work through them in order; each step is ticked off from what you have recorded."
      />
      <QueryView query={combined}>
        {(data) => {
          const steps = stepsOf(data);
          const done = steps.filter((s) => s.done).length;
          const nextIndex = steps.findIndex((s) => !s.done);
          const next = steps[nextIndex];
          return (
            <Stack gap="lg">
              <Paper withBorder p="md" radius="md" data-testid="start-progress">
                <Group justify="space-between" mb="xs">
                  <Title order={2} fz="lg">
                    {done} of {steps.length} done
                  </Title>
                  {next ? (
                    <Text size="sm">
                      Next: <strong>{next.title}</strong>
                    </Text>
                  ) : (
                    <Text size="sm">Every step is done: keep the ISMS running and the evidence fresh.</Text>
                  )}
                </Group>
                <Progress
                  value={(done / steps.length) * 100}
                  color={done === steps.length ? "teal" : "indigo"}
                  size="lg"
                  radius="xl"
                  aria-label={`${done} of ${steps.length} steps done`}
                />
              </Paper>
              {steps.map((step, i) => (
                <StepCard key={step.id} slug={slug} step={step} index={i} next={i === nextIndex} />
              ))}
            </Stack>
          );
        }}
      </QueryView>
    </>
  );
}
