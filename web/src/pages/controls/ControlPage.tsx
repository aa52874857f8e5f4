/**
 * One Annex A control: what it is about, our guidance, the organization's decision (editable),
 * its evidence, the risks that plan it, the copilot's advice and the history of the decision.
 */
import { Alert, Anchor, Button, Grid, Group, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconChevronLeft, IconChevronRight, IconPlayerPlay } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { EmptyState, ErrorAlert, Loading, PageHeader, StatusBadge } from "../../components/common";
import { useCopilot } from "../../copilot-context";
import { useSlug } from "../../session";
import { ControlEvidenceList, EvidenceActions } from "./ControlEvidence";
import { ControlHistory } from "./ControlHistory";
import { CopilotCard, LinkedRisks } from "./ControlSide";
import { DecisionForm } from "./DecisionForm";
import {
  type CatalogControl,
  compareIds,
  themeLabel,
  useCatalogClauses,
  useCatalogControls,
  useLint,
  useSoaEntry,
} from "./data";
import { AttributeBadges, GuidanceDetails } from "./Guidance";
import { ApplicabilityBadge, PAGE_GRID, Section } from "./parts";

function Neighbours({ slug, controls, id }: { slug: string; controls: CatalogControl[]; id: string }) {
  const sorted = [...controls].sort((a, b) => compareIds(a.id, b.id));
  const index = sorted.findIndex((c) => c.id === id);
  const prev = sorted[index - 1];
  const next = sorted[index + 1];
  return (
    <>
      <Button
        component={Link}
        to={prev ? `/o/${slug}/controls/${prev.id}` : "#"}
        variant="default"
        leftSection={<IconChevronLeft size={16} />}
        disabled={!prev}
        aria-label={prev ? `Previous control ${prev.id}` : "No previous control"}
      >
        {prev?.id ?? "Previous"}
      </Button>
      <Button
        component={Link}
        to={next ? `/o/${slug}/controls/${next.id}` : "#"}
        variant="default"
        rightSection={<IconChevronRight size={16} />}
        disabled={!next}
        aria-label={next ? `Next control ${next.id}` : "No next control"}
      >
        {next?.id ?? "Next"}
      </Button>
    </>
  );
}

export default function ControlPage() {
  const slug = useSlug();
  const { controlId = "" } = useParams();
  const id = controlId.replace(/^A\./i, "");
  const catalog = useCatalogControls();
  const clauses = useCatalogClauses();
  const entry = useSoaEntry(slug, id, !!catalog.data?.some((c) => c.id === id));
  const lint = useLint(slug);
  const problems = (lint.data?.problems ?? []).filter((p) => p.controlId === id);
  const copilot = useCopilot();
  const [uploadOpen, setUploadOpen] = useState(false);

  const { setFocus } = copilot;
  useEffect(() => {
    setFocus(id);
    return () => setFocus(null);
  }, [id, setFocus]);

  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of catalog.data ?? []) map.set(c.id, c.title);
    for (const c of clauses.data ?? []) map.set(c.id, c.title);
    return map;
  }, [catalog.data, clauses.data]);

  if (catalog.error) return <ErrorAlert error={catalog.error} />;
  if (!catalog.data) return <Loading />;
  const control = catalog.data.find((c) => c.id === id);
  if (!control)
    return (
      <>
        <PageHeader title={`Control ${id} not found`} />
        <EmptyState title="There is no Annex A control with this number">
          <Anchor component={Link} to={`/o/${slug}/controls`}>
            Back to the list of Annex A controls
          </Anchor>
        </EmptyState>
      </>
    );

  const data = entry.data;
  return (
    <>
      <PageHeader
        title={`${control.id} ${control.title}`}
        description={
          <>
            Annex A control in theme {themeLabel(control.theme)}
            {control.isNew ? " · new in the 2022 edition" : ""}
            {control.iso27001_2013.length ? ` · was ${control.iso27001_2013.join(", ")} in 2013` : ""}
            {" · "}
            <Anchor
              component={Link}
              to={`/o/${slug}/walk?control=${control.id}`}
              size="sm"
              underline="always"
            >
              <IconPlayerPlay size={12} aria-hidden /> Walk through from here
            </Anchor>
          </>
        }
        actions={<Neighbours slug={slug} controls={catalog.data} id={control.id} />}
      />
      <Stack gap="lg">
        <Grid gap="lg" {...PAGE_GRID}>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <Section title="What this control is about">
                <Text size="sm">{control.guidance.purpose}</Text>
                <AttributeBadges control={control} />
              </Section>
              <Section title="How to implement it">
                <GuidanceDetails slug={slug} control={control} titles={titles} />
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <Section
                title="Our decision"
                actions={
                  data && (
                    <Group gap={6}>
                      <ApplicabilityBadge applicable={data.applicable} />
                      <StatusBadge status={data.status} group="soaStatus" />
                    </Group>
                  )
                }
              >
                {problems.length > 0 && (
                  <Alert
                    color="orange"
                    variant="light"
                    icon={<IconAlertTriangle size={18} />}
                    title={
                      <Text span fw={700} size="sm" c="dark.8">
                        SoA check
                      </Text>
                    }
                  >
                    <List size="sm" spacing={2}>
                      {problems.map((p) => (
                        <List.Item key={p.message}>{p.message}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
                {entry.error ? (
                  <ErrorAlert error={entry.error} />
                ) : data ? (
                  <DecisionForm key={data.controlId} slug={slug} entry={data} />
                ) : (
                  <Loading />
                )}
              </Section>
              <Section title="Linked risks">
                {data ? <LinkedRisks slug={slug} keys={data.risks} /> : <Loading />}
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
        <Section
          title="Evidence"
          testId="control-evidence"
          actions={
            <EvidenceActions controlId={control.id} uploadOpen={uploadOpen} setUploadOpen={setUploadOpen} />
          }
        >
          <ControlEvidenceList slug={slug} controlId={control.id} />
        </Section>
        <Grid gap="lg" {...PAGE_GRID}>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Section title="Copilot on this control">
              <CopilotCard slug={slug} controlId={control.id} title={control.title} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Section title="History">
              <ControlHistory slug={slug} controlId={control.id} />
            </Section>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
