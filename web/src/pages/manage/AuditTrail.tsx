/**
 * The organization's hash-chained audit trail in plain language, newest first, with a filter by
 * kind of record, paging back in time, and a check that the chain has not been tampered with.
 */
import { Alert, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { IconShieldCheck, IconShieldX } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { client, ok } from "../../api";
import type { TrailVerdict } from "../../api/types";
import { EmptyState, ErrorAlert, formatDateTime, Loading, PageHeader } from "../../components/common";
import { orgKey, useSlug } from "../../session";
import { plural, Section, Tag } from "./shared";
import {
  actionWord,
  actorLabel,
  changeLines,
  ENTITY_LABELS,
  entityLabel,
  subjectOf,
  type TrailEvent,
} from "./trail-format";

const LIMIT = 50;

type Verdict = TrailVerdict;

const ACTION_COLOURS: Record<string, string> = { create: "teal", update: "blue", delete: "red" };

const entityOptions = Object.entries(ENTITY_LABELS)
  .map(([value, label]) => ({ value, label: label.charAt(0).toUpperCase() + label.slice(1) }))
  .sort((a, b) => a.label.localeCompare(b.label));

function VerifyResult({ verdict }: { verdict: Verdict }) {
  if (verdict.ok)
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconShieldCheck size={18} />}
        title="The audit trail is intact"
        styles={{ title: { color: "color-mix(in srgb, var(--mantine-color-teal-9) 70%, black)" } }}
        data-testid="trail-verdict"
        role="status"
      >
        All {verdict.events.toLocaleString("en-GB")} events are in sequence, each links to the one before it,
        and no event was changed after it was written.
      </Alert>
    );
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconShieldX size={18} />}
      title="The audit trail is broken"
      data-testid="trail-verdict"
      role="alert"
    >
      <Text size="sm">
        Checked {verdict.events.toLocaleString("en-GB")} events. The chain breaks at event {verdict.brokenAt}:{" "}
        {verdict.reason}.
      </Text>
    </Alert>
  );
}

function EventRow({ event }: { event: TrailEvent }) {
  const [open, setOpen] = useState(false);
  const lines = changeLines(event);
  const subject = subjectOf(event);
  const isUpdate = event.action === "update";
  const shown = isUpdate || open ? lines : [];
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: "nowrap", verticalAlign: "top" }}>
        <Text size="sm">{formatDateTime(event.at)}</Text>
        <Text size="xs" c="dimmed">
          #{event.seq}
        </Text>
      </Table.Td>
      <Table.Td style={{ verticalAlign: "top" }}>
        <Text size="sm" fw={500}>
          {actorLabel(event)}
        </Text>
      </Table.Td>
      <Table.Td style={{ verticalAlign: "top" }}>
        <Group gap={6} wrap="wrap">
          <Tag color={ACTION_COLOURS[event.action] ?? "gray"}>{actionWord(event.action)}</Tag>
          <Text size="sm">
            {entityLabel(event.entityType)}
            {subject && (
              <Text span fw={600} size="sm">
                {" "}
                {subject}
              </Text>
            )}
          </Text>
        </Group>
        {shown.length > 0 && (
          <Stack gap={2} mt={6}>
            {shown.map((line) => (
              <Text size="sm" key={line.field} style={{ overflowWrap: "anywhere" }}>
                <Text span fw={600} size="sm">
                  {line.field}:
                </Text>{" "}
                {line.before !== undefined ? (
                  <>
                    <Text span size="sm" c="dimmed" td="line-through">
                      {line.before}
                    </Text>{" "}
                    → {line.after}
                  </>
                ) : (
                  line.after
                )}
              </Text>
            ))}
          </Stack>
        )}
        {!isUpdate && lines.length > 0 && (
          <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setOpen((o) => !o)}>
            {open ? "Hide details" : `Show details (${plural(lines.length, "field")})`}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export default function AuditTrail() {
  const slug = useSlug();
  const [entityType, setEntityType] = useState<string | null>(null);
  const trail = useInfiniteQuery({
    queryKey: orgKey(slug, "audit-trail", entityType),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      ok(
        client.GET("/orgs/{slug}/audit-trail", {
          params: {
            path: { slug },
            query: { limit: LIMIT, before: pageParam, entityType: entityType ?? undefined },
          },
        }),
      ),
    getNextPageParam: (last) => (last.length < LIMIT ? undefined : last.at(-1)?.seq),
  });
  const verify = useMutation({
    mutationFn: () => ok(client.GET("/orgs/{slug}/audit-trail/verify", { params: { path: { slug } } })),
  });
  const events = trail.data?.pages.flat() ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Audit trail"
        description="Every change to the ISMS, who made it and when. Each event is chained to the one before it with a hash, so deleted or altered history is detected."
        actions={
          <Button
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => verify.mutate()}
            loading={verify.isPending}
            data-testid="verify-trail"
          >
            Verify the audit trail
          </Button>
        }
      />
      {verify.data && <VerifyResult verdict={verify.data} />}
      {verify.error && <ErrorAlert error={verify.error} title="The check could not run" />}
      <Section
        title="Events"
        description="Newest first."
        actions={
          <Select
            aria-label="Show changes to"
            placeholder="All kinds of records"
            data={entityOptions}
            value={entityType}
            onChange={setEntityType}
            clearable
            searchable
            w={260}
            data-testid="trail-filter"
          />
        }
      >
        {trail.error ? (
          <ErrorAlert error={trail.error} />
        ) : trail.isPending ? (
          <Loading />
        ) : events.length === 0 ? (
          <EmptyState title="No events">
            {entityType
              ? `Nothing has been recorded for ${entityLabel(entityType)} records yet.`
              : "Changes appear here as soon as anyone edits the ISMS."}
          </EmptyState>
        ) : (
          <Fragment>
            <Table.ScrollContainer minWidth={760}>
              <Table
                striped
                highlightOnHover
                verticalSpacing="sm"
                className="cards-on-phone"
                data-testid="trail-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={170}>When</Table.Th>
                    <Table.Th w={180}>Who</Table.Th>
                    <Table.Th>What changed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.map((event) => (
                    <EventRow key={event.seq} event={event} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="center" mt="md">
              {trail.hasNextPage ? (
                <Button
                  variant="default"
                  onClick={() => trail.fetchNextPage()}
                  loading={trail.isFetchingNextPage}
                  data-testid="trail-more"
                >
                  Load older events
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  That is the beginning of the trail.
                </Text>
              )}
            </Group>
          </Fragment>
        )}
      </Section>
    </Stack>
  );
}
