/** The evidence register as a table: what it is, what it proves, who owns it and whether it is fresh. */
import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconDownload, IconExternalLink } from "@tabler/icons-react";
import { Link } from "react-router";
import { downloadUrl } from "../../api";
import { formatDate } from "../../components/common";
import { SoftBadge } from "../dashboard/SoftBadge";
import { FreshnessBadge } from "./FreshnessBadge";
import { type Evidence, fileSize, isWebAddress } from "./types";

const MAX_CONTROLS = 4;

/** "wiki.example/security/…" from a full address, short enough for one line. */
function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const text = `${u.hostname}${u.pathname === "/" ? "" : u.pathname}`;
    return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  } catch {
    return url;
  }
}

function Controls({ slug, ids }: { slug: string; ids: string[] }) {
  if (!ids.length)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Group gap={4} maw={140}>
      {ids.slice(0, MAX_CONTROLS).map((id) => (
        <Anchor key={id} component={Link} to={`/o/${slug}/controls/${id}`} size="sm">
          {id}
        </Anchor>
      ))}
      {ids.length > MAX_CONTROLS && (
        <Text size="sm" c="dimmed" title={ids.slice(MAX_CONTROLS).join(", ")}>
          +{ids.length - MAX_CONTROLS}
        </Text>
      )}
    </Group>
  );
}

function OpenLink({ slug, item }: { slug: string; item: Evidence }) {
  if (item.kind === "file")
    return (
      <Anchor
        href={downloadUrl(`/orgs/${slug}/evidence/${item.key}/file`)}
        size="sm"
        aria-label={`Download ${item.title}`}
        download
      >
        <Group gap={4} wrap="nowrap">
          <IconDownload size={16} aria-hidden />
          Download
        </Group>
      </Anchor>
    );
  if (!isWebAddress(item.url)) return null;
  return (
    <Anchor
      href={item.url}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      aria-label={`Open ${item.title} (new tab)`}
    >
      <Group gap={4} wrap="nowrap">
        <IconExternalLink size={16} aria-hidden />
        Open
      </Group>
    </Anchor>
  );
}

export function EvidenceTable({ slug, items }: { slug: string; items: Evidence[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" layout="fixed" data-testid="evidence-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Evidence</Table.Th>
            <Table.Th w={76}>Kind</Table.Th>
            <Table.Th w={130}>Controls</Table.Th>
            <Table.Th w={120}>Owner</Table.Th>
            <Table.Th w={130}>Collected / valid until</Table.Th>
            <Table.Th w={100}>Freshness</Table.Th>
            <Table.Th w={112}>
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.key} data-testid={`evidence-row-${e.key}`}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {e.title}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {e.key}
                    {e.kind === "file" && e.filename ? ` · ${e.filename} · ${fileSize(e.size)}` : ""}
                    {e.kind === "link" && e.url ? ` · ${shortUrl(e.url)}` : ""}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <SoftBadge colour={e.kind === "file" ? "indigo" : "cyan"}>
                  {e.kind === "file" ? "File" : "Link"}
                </SoftBadge>
              </Table.Td>
              <Table.Td>
                <Controls slug={slug} ids={e.controls} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.owner ?? "—"}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">{formatDate(e.collectedOn)}</Text>
                {(e.reviewDueOn ?? e.effectiveTo) && (
                  <Text size="xs" c="dimmed">
                    until {formatDate(e.reviewDueOn ?? e.effectiveTo)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <FreshnessBadge freshness={e.freshness} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <OpenLink slug={slug} item={e} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
