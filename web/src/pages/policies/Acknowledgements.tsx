/**
 * Who has acknowledged the published version and who has not: the counts, a row per person with
 * how and when they acknowledged, a fresh one-time link to pass on to someone still pending, and
 * the list as CSV or PDF.
 */

import {
  Button,
  Group,
  Modal,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { IconFileTypePdf, IconLink, IconTable } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { label } from "../../../../src/domain/labels";
import { EmptyState, ErrorAlert, formatDate, formatDateTime, QueryView } from "../../components/common";
import { useCan } from "../../session";
import { Copy } from "../manage/security-shared";
import { Tag } from "../manage/shared";
import { Fact, ShortHash } from "./parts";
import { acksQuery, policyDownloads, policyWrites } from "./queries";
import type { PolicyAckPerson, PolicyDetail } from "./types";

/** The acknowledgements' downloads. */
const ACK_FILES = [
  { format: "csv", icon: <IconTable size={16} aria-hidden /> },
  { format: "pdf", icon: <IconFileTypePdf size={16} aria-hidden /> },
] as const;

function LinkButton({
  slug,
  policyKey,
  person,
}: {
  slug: string;
  policyKey: string;
  person: PolicyAckPerson;
}) {
  const link = useMutation({ mutationFn: () => policyWrites(slug).link(policyKey, person.id) });
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLink size={14} />}
        onClick={() => link.mutate()}
        loading={link.isPending}
        aria-label={`Copy link for ${person.person}`}
        data-testid={`ack-link-${person.email ?? person.id}`}
      >
        Copy link
      </Button>
      <Modal
        opened={!!link.data || !!link.error}
        onClose={() => link.reset()}
        title={`One-time link for ${person.person}`}
      >
        {link.error ? (
          <ErrorAlert error={link.error} title="No link was made" />
        ) : (
          <Stack gap="sm">
            <Text size="sm">
              Send this link to {person.person}
              {person.email ? ` (${person.email})` : ""}. It opens the policy without signing in and works
              once; making a new link replaces it.
            </Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label="Link"
                readOnly
                value={link.data?.url ?? ""}
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
                data-testid="ack-link-url"
              />
              <Copy value={link.data?.url ?? ""} label="Copy the link" />
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function People({ slug, policyKey, people }: { slug: string; policyKey: string; people: PolicyAckPerson[] }) {
  const canEdit = useCan("member:manage");
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="ack-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Asked on</Table.Th>
            <Table.Th>Acknowledged</Table.Th>
            {canEdit && <Table.Th>Link</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id} data-testid={`ack-${p.email ?? p.id}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.person}
                </Text>
                <Text size="xs" c="dimmed">
                  {[p.email, p.member ? "" : "no account"].filter(Boolean).join(" · ")}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.acknowledgedAt ? <Tag color="teal">acknowledged</Tag> : <Tag color="orange">pending</Tag>}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(p.requestedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {p.acknowledgedAt ? (
                  <>
                    <Text size="sm">{formatDateTime(p.acknowledgedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {label("ackVia", p.via)}
                    </Text>
                  </>
                ) : (
                  "—"
                )}
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  {!p.acknowledgedAt && <LinkButton slug={slug} policyKey={policyKey} person={p} />}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Acknowledgements({ slug, policy }: { slug: string; policy: PolicyDetail }) {
  const acks = useQuery(acksQuery(slug, policy.key));
  const urls = policyDownloads(slug, policy.key);
  return (
    <QueryView query={acks}>
      {(a) =>
        a.version === null ? (
          <Paper withBorder p="md" radius="md">
            <EmptyState title="Not published yet">
              Once a version is approved and published, the people it applies to are asked to acknowledge it
              and their answers appear here.
            </EmptyState>
          </Paper>
        ) : (
          <Paper withBorder p="md" radius="md" data-testid="acknowledgements">
            <Stack gap="md">
              <Group justify="space-between" align="flex-start" gap="sm">
                <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" style={{ flex: "1 1 320px" }}>
                  <Fact label="Version">{a.version}</Fact>
                  <Fact label="Acknowledged" testId="ack-count">
                    {a.acknowledged} of {a.total}
                  </Fact>
                  <Fact label="Pending" testId="pending-count">
                    {a.pending}
                  </Fact>
                  <Fact label="Content SHA-256">
                    <ShortHash hash={a.contentSha256} />
                  </Fact>
                </SimpleGrid>
                <Group gap={6}>
                  {ACK_FILES.map((f) => (
                    <Button
                      key={f.format}
                      component="a"
                      href={urls.acks(f.format)}
                      download
                      size="xs"
                      variant="default"
                      className="file-button"
                      leftSection={f.icon}
                      aria-label={`Acknowledgements as ${f.format.toUpperCase()}`}
                      data-testid={`acks-${f.format}`}
                    >
                      {f.format.toUpperCase()}
                    </Button>
                  ))}
                </Group>
              </Group>
              <Progress
                value={a.total === 0 ? 0 : (a.acknowledged / a.total) * 100}
                color="teal"
                aria-label={`${a.acknowledged} of ${a.total} acknowledged`}
              />
              {a.people.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nobody was asked to acknowledge this version.
                </Text>
              ) : (
                <People slug={slug} policyKey={policy.key} people={a.people} />
              )}
            </Stack>
          </Paper>
        )
      }
    </QueryView>
  );
}
