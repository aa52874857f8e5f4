/**
 * Goes through the Annex A controls one by one (all 93, or only the undecided ones): our guidance on
 * the left, the decision form on the right, evidence upload for the current control, and keyboard
 * shortcuts so a consultant can record a whole SoA in one sitting.
 */
import { Anchor, Box, Grid, Group, List, Paper, Progress, Stack, Switch, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { SoaEntry } from "../../api/types";
import { EmptyState, ErrorAlert, Loading, PageHeader } from "../../components/common";
import { useCopilot } from "../../copilot-context";
import { useSlug } from "../../session";
import { ControlEvidenceList, EvidenceActions } from "./ControlEvidence";
import { DecisionForm } from "./DecisionForm";
import { type CatalogControl, compareIds, useCatalogControls, useSoa, useSoaEntry } from "./data";
import { RelatedLinks } from "./Guidance";
import { isTyping, PAGE_GRID, Section, useWindowKeys } from "./parts";
import { WalkControlHeader } from "./WalkControlHeader";
import { JumpToControl, Shortcuts } from "./WalkthroughParts";

function GuidanceSummary({ slug, control }: { slug: string; control: CatalogControl }) {
  const g = control.guidance;
  return (
    <Stack gap="md">
      <Text size="sm">{g.purpose}</Text>
      <Stack gap={6}>
        <Title order={3} fz="md">
          What it takes
        </Title>
        <List type="ordered" size="sm" spacing={4}>
          {g.implementation.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={6}>
        <Title order={3} fz="md">
          Typical evidence
        </Title>
        <List size="sm" spacing={2}>
          {g.evidence.map((e) => (
            <List.Item key={e}>{e}</List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={6}>
        <Title order={3} fz="md">
          Related
        </Title>
        <RelatedLinks slug={slug} related={g.related} />
      </Stack>
    </Stack>
  );
}

function DecisionPanel({
  slug,
  controlId,
  onSaved,
}: {
  slug: string;
  controlId: string;
  onSaved: () => void;
}) {
  const entry = useSoaEntry(slug, controlId);
  if (entry.error) return <ErrorAlert error={entry.error} />;
  if (!entry.data || entry.data.controlId !== controlId) return <Loading />;
  return (
    <DecisionForm
      key={controlId}
      slug={slug}
      entry={entry.data}
      shortcuts
      onSaved={onSaved}
      saveLabel="Save and next"
    />
  );
}

export default function Walkthrough() {
  const slug = useSlug();
  const [params, setParams] = useSearchParams();
  const catalog = useCatalogControls();
  const soa = useSoa(slug);
  const [uploadOpen, setUploadOpen] = useState(false);
  const onlyUndecided = params.get("undecided") === "1";

  const sorted = useMemo(
    () => [...(catalog.data ?? [])].sort((a, b) => compareIds(a.id, b.id)),
    [catalog.data],
  );
  const entries = useMemo(() => new Map((soa.data?.entries ?? []).map((e) => [e.controlId, e])), [soa.data]);
  const wanted = (c: CatalogControl) => !onlyUndecided || entries.get(c.id)?.applicable === null;
  const firstUndecided = sorted.find((c) => entries.get(c.id)?.applicable === null);
  const requested = params.get("control");
  const current =
    sorted.find((c) => c.id === requested) ??
    (onlyUndecided ? firstUndecided : (firstUndecided ?? sorted[0]));
  const index = current ? sorted.indexOf(current) : -1;
  const next = sorted.slice(index + 1).find(wanted);
  const prev = [...sorted.slice(0, Math.max(index, 0))].reverse().find(wanted);
  const decided = (soa.data?.entries ?? []).filter((e) => e.applicable !== null).length;
  const total = sorted.length || 93;

  const go = (control: CatalogControl | undefined) => {
    if (!control) return;
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set("control", control.id);
        return n;
      },
      { replace: false },
    );
  };
  /** Saving moves on; in "only undecided" mode the last save ends on the all-decided message. */
  const afterSave = () => {
    if (next) go(next);
    else if (onlyUndecided)
      setParams((p) => {
        const n = new URLSearchParams(p);
        n.delete("control");
        return n;
      });
  };

  const { setFocus } = useCopilot();
  useEffect(() => {
    setFocus(current?.id ?? null);
    return () => setFocus(null);
  }, [current?.id, setFocus]);

  useWindowKeys(true, (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    // Arrow keys move between the options of a focused radio group; leave them to it.
    const arrowsTaken = event.target instanceof HTMLInputElement && event.target.type === "radio";
    if (event.key === "j" || (event.key === "ArrowRight" && !arrowsTaken)) go(next);
    else if (event.key === "k" || (event.key === "ArrowLeft" && !arrowsTaken)) go(prev);
    else if (event.key === "u") setUploadOpen(true);
  });

  const header = (
    <PageHeader
      title="Walkthrough"
      description="Decide on each Annex A control in turn: read the guidance, record whether it applies and why, and attach evidence as you go."
      actions={
        <Group gap="md">
          <JumpToControl controls={sorted} onJump={go} />
          <Switch
            label="Only undecided controls"
            checked={onlyUndecided}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setParams((p) => {
                const n = new URLSearchParams(p);
                if (checked) n.set("undecided", "1");
                else n.delete("undecided");
                return n;
              });
            }}
          />
        </Group>
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

  const entry: SoaEntry | undefined = current ? entries.get(current.id) : undefined;
  const position = current ? sorted.filter(wanted).findIndex((c) => c.id === current.id) + 1 : 0;
  const count = sorted.filter(wanted).length;

  return (
    <>
      {header}
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                Decided {decided} of {total}
              </Text>
              <Text size="sm">
                {total - decided === 0 ? "Every control has a decision" : `${total - decided} to go`}
              </Text>
            </Group>
            <Progress
              value={(decided / total) * 100}
              color="teal"
              aria-label={`Decided ${decided} of ${total}`}
            />
            <Box visibleFrom="sm">
              <Shortcuts />
            </Box>
          </Stack>
        </Paper>

        {!current ? (
          <Paper withBorder p="md" radius="md">
            <EmptyState title="No undecided controls left">
              Every Annex A control has a decision. Turn off “Only undecided controls” to review them again,
              or{" "}
              <Anchor component={Link} to={`/o/${slug}/soa`} size="sm" underline="always">
                open the Statement of Applicability
              </Anchor>
              .
            </EmptyState>
          </Paper>
        ) : (
          <>
            <WalkControlHeader
              slug={slug}
              current={current}
              entry={entry}
              where={
                !onlyUndecided
                  ? `${position} of ${count}`
                  : position
                    ? `undecided ${position} of ${count}`
                    : `${count} undecided left`
              }
              prev={prev}
              next={next}
              go={go}
            />
            <Grid gap="lg" {...PAGE_GRID}>
              <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 2, md: 1 }}>
                <Section title="Guidance">
                  <GuidanceSummary slug={slug} control={current} />
                </Section>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 1, md: 2 }}>
                <Stack gap="lg">
                  <Section title="Your decision">
                    <DecisionPanel slug={slug} controlId={current.id} onSaved={afterSave} />
                  </Section>
                  <Section
                    title="Evidence"
                    testId="control-evidence"
                    actions={
                      <EvidenceActions
                        controlId={current.id}
                        uploadOpen={uploadOpen}
                        setUploadOpen={setUploadOpen}
                      />
                    }
                  >
                    <ControlEvidenceList slug={slug} controlId={current.id} />
                  </Section>
                </Stack>
              </Grid.Col>
            </Grid>
          </>
        )}
      </Stack>
    </>
  );
}
