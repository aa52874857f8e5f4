/**
 * One incident: its severity, status and kind; the timeline of what was done, phase by phase, with
 * "Add entry"; its notification obligations and their deadlines; editing and closing with the
 * lessons learned.
 */
import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline } from "@mantine/core";
import { IconArrowLeft, IconCircleCheck, IconPencil } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { EmptyState, ErrorAlert, formatDateTime, PageHeader, QueryView } from "../../components/common";
import { useSlug } from "../../session";
import { opt, Section, Tag, useFields, useOrgWrite } from "../manage/shared";
import { IncidentEdit, isoOf, nowLocal } from "./IncidentForms";
import { Notifications } from "./Notifications";
import { Fact, LevelTag, useCanEditOperations } from "./parts";
import { incidentQuery, operationWrites } from "./queries";
import {
  type IncidentDetail,
  type IncidentEntry,
  type IncidentEntryInput,
  KINDS,
  PHASES,
  SEVERITIES,
  wordOf,
} from "./types";

function AddEntry({ incident }: { incident: IncidentDetail }) {
  const slug = useSlug();
  const add = useOrgWrite(
    (body: IncidentEntryInput) => operationWrites(slug).addEntry(incident.key, body),
    "Entry added to the timeline",
    () => form.reset(),
  );
  const form = useFields({ phase: "triage", note: "", at: nowLocal(), evidenceKey: "" }, add.error);
  const v = form.values;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.require("note", "at")) return;
        const evidenceKey = opt(v.evidenceKey);
        add.mutate({
          phase: v.phase as IncidentEntry["phase"],
          note: v.note.trim(),
          at: isoOf(v.at),
          ...(evidenceKey && { evidenceKey }),
        });
      }}
      data-testid="add-entry-form"
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Phase"
            data={PHASES}
            allowDeselect={false}
            value={v.phase}
            onChange={(p) => p && form.set("phase", p)}
            data-testid="entry-phase"
          />
          <TextInput label="When" type="datetime-local" {...form.text("at")} />
          <TextInput label="Evidence key" placeholder="e.g. EV-012" {...form.text("evidenceKey")} />
        </SimpleGrid>
        <Textarea
          label="What was done or found"
          autosize
          minRows={2}
          {...form.text("note")}
          data-testid="entry-note"
        />
        <ErrorAlert error={add.error} title="Not added" />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending} data-testid="add-entry">
            Add entry
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EntryTimeline({ entries }: { entries: IncidentEntry[] }) {
  if (entries.length === 0)
    return <EmptyState title="No entries yet">Record each step as it happens.</EmptyState>;
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline active={sorted.length - 1} bulletSize={18} lineWidth={2} data-testid="timeline" mb="md">
      {sorted.map((e) => (
        <Timeline.Item
          key={e.id}
          title={
            <Group gap={8}>
              <Text size="sm" fw={600}>
                {wordOf(PHASES, e.phase)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)}
                {e.author ? ` · ${e.author}` : ""}
              </Text>
            </Group>
          }
          data-testid="timeline-entry"
        >
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {e.note}
          </Text>
          {e.evidenceKey && (
            <Text size="xs" c="dimmed">
              Evidence {e.evidenceKey}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function Incident({ incident, slug }: { incident: IncidentDetail; slug: string }) {
  const canEdit = useCanEditOperations();
  const [editing, setEditing] = useState<{ n: number; closing: boolean } | null>(null);
  const closed = incident.status === "closed";
  return (
    <Stack gap="md">
      <PageHeader
        title={incident.title}
        description={
          <Group gap={8}>
            <LevelTag value={incident.severity} words={`${wordOf(SEVERITIES, incident.severity)} severity`} />
            <LevelTag value={incident.status} />
            <Tag>{wordOf(KINDS, incident.kind)}</Tag>
            {incident.personalData && <Tag color="orange">personal data</Tag>}
            <Text size="sm" c="dimmed" span>
              {incident.key} · detected {formatDateTime(incident.detectedAt)}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={`/o/${slug}/incidents`}
              leftSection={<IconArrowLeft size={16} />}
            >
              All incidents
            </Button>
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing({ n: Date.now(), closing: false })}
                data-testid="edit-incident"
              >
                Edit
              </Button>
            )}
            {canEdit && !closed && (
              <Button
                leftSection={<IconCircleCheck size={16} />}
                onClick={() => setEditing({ n: Date.now(), closing: true })}
                data-testid="close-incident"
              >
                Close incident
              </Button>
            )}
          </>
        }
      />
      <Section title="Summary" testId="incident-summary">
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md">
          <Fact label="Reported">
            {formatDateTime(incident.reportedAt)}
            {incident.reportedBy ? ` by ${incident.reportedBy}` : ""}
          </Fact>
          <Fact label="Closed">{formatDateTime(incident.closedAt)}</Fact>
          <Fact label="Annex A controls">{incident.controlRefs.join(", ") || "—"}</Fact>
          <Fact label="Details">{incident.description ?? "—"}</Fact>
        </SimpleGrid>
        {incident.lessonsLearned && (
          <Stack gap={2} mt="md">
            <Fact label="Lessons learned" testId="lessons">
              <span style={{ whiteSpace: "pre-wrap" }}>{incident.lessonsLearned}</span>
            </Fact>
          </Stack>
        )}
      </Section>
      <Section
        title="Timeline"
        description="What was found and done, in order (5.25, 5.26, 5.28)"
        testId="incident-timeline"
      >
        <EntryTimeline entries={incident.entries} />
        {canEdit && !closed && <AddEntry incident={incident} />}
      </Section>
      <Notifications incident={incident} />
      {editing && (
        <IncidentEdit
          key={editing.n}
          incident={incident}
          closing={editing.closing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

export default function IncidentPage() {
  const slug = useSlug();
  const { key = "" } = useParams();
  const incident = useQuery(incidentQuery(slug, key));
  return <QueryView query={incident}>{(i) => <Incident incident={i} slug={slug} />}</QueryView>;
}
