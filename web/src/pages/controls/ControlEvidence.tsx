/** The evidence of one control: freshness, download or open links, upload and add-a-link actions (dialogs from the evidence pages). */
import { Anchor, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconDownload, IconExternalLink, IconLink, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { downloadUrl } from "../../api";
import { EmptyState, formatDate, QueryView } from "../../components/common";
import { useCan } from "../../session";
import { AddLinkModal } from "../evidence/AddLink";
import { FreshnessBadge } from "../evidence/FreshnessBadge";
import { isWebAddress } from "../evidence/types";
import { UploadEvidenceModal } from "../evidence/UploadEvidence";
import { type EvidenceItem, formatSize, useControlEvidence } from "./data";

export function EvidenceTable({ slug, items }: { slug: string; items: EvidenceItem[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Evidence</Table.Th>
            <Table.Th>Collected</Table.Th>
            <Table.Th>Review due</Table.Th>
            <Table.Th>Freshness</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.key}>
              <Table.Td>
                <Stack gap={2}>
                  {e.kind === "link" && isWebAddress(e.url) ? (
                    <Anchor href={e.url} target="_blank" rel="noreferrer" size="sm" fw={500}>
                      <Group gap={4} wrap="nowrap" component="span">
                        {e.title}
                        <IconExternalLink size={14} aria-hidden />
                      </Group>
                    </Anchor>
                  ) : e.kind === "link" ? (
                    <Text size="sm" fw={500}>
                      {e.title}
                    </Text>
                  ) : (
                    <Anchor href={downloadUrl(`/orgs/${slug}/evidence/${e.key}/file`)} size="sm" fw={500}>
                      <Group gap={4} wrap="nowrap" component="span">
                        {e.title}
                        <IconDownload size={14} aria-hidden />
                      </Group>
                    </Anchor>
                  )}
                  <Text size="xs" c="dimmed">
                    {e.key}
                    {e.kind === "file" && e.filename ? ` · ${e.filename} · ${formatSize(e.size)}` : " · link"}
                    {e.owner ? ` · ${e.owner}` : ""}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{formatDate(e.collectedOn)}</Table.Td>
              <Table.Td>{formatDate(e.reviewDueOn)}</Table.Td>
              <Table.Td>
                <FreshnessBadge freshness={e.freshness} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Upload and add-link buttons with their dialogs; `uploadOpen` lets the walkthrough's `u` key open the upload. */
export function EvidenceActions({
  controlId,
  uploadOpen,
  setUploadOpen,
}: {
  controlId: string;
  uploadOpen: boolean;
  setUploadOpen: (open: boolean) => void;
}) {
  const canWrite = useCan("evidence:write");
  const [linkOpen, setLinkOpen] = useState(false);
  if (!canWrite) return null;
  return (
    <>
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUpload size={14} />}
          onClick={() => setUploadOpen(true)}
        >
          Upload evidence
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconLink size={14} />}
          onClick={() => setLinkOpen(true)}
        >
          Add link
        </Button>
      </Group>
      <UploadEvidenceModal
        opened={uploadOpen}
        onClose={() => setUploadOpen(false)}
        controlIds={[controlId]}
      />
      <AddLinkModal opened={linkOpen} onClose={() => setLinkOpen(false)} controlIds={[controlId]} />
    </>
  );
}

export function ControlEvidenceList({ slug, controlId }: { slug: string; controlId: string }) {
  const query = useControlEvidence(slug, controlId);
  return (
    <QueryView query={query}>
      {(items) =>
        items.length ? (
          <EvidenceTable slug={slug} items={items} />
        ) : (
          <EmptyState title="No evidence yet">
            Upload a record or add a link that shows this control works, such as an approved policy, a
            configuration export or a review record.
          </EmptyState>
        )
      }
    </QueryView>
  );
}
