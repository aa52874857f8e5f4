/**
 * The asset inventory: what the organization protects, its owner, classification and how much its
 * confidentiality, integrity and availability matter, with the number of risks that involve it.
 */

import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconPencil, IconPlus, IconSearch, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { label } from "../../../../src/domain/labels";
import { client, ifMatch, ok } from "../../api";
import { EmptyState, ErrorAlert, PageHeader, QueryView } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { orgKey, useCan, useSlug } from "../../session";
import { ASSET_TYPES, type Asset, AssetModal } from "./AssetModal";
import { Section, Tag, useOrgWrite } from "./shared";

const LEVEL_NAMES = ["", "Low", "Medium", "High"];
const LEVEL_COLOURS = ["gray", "teal", "yellow", "red"];
const CLASS_COLOURS: Record<string, string> = {
  public: "gray",
  internal: "blue",
  confidential: "orange",
  restricted: "red",
};

function Level({ value, label }: { value: number | null | undefined; label: string }) {
  if (!value)
    return (
      <Text span size="sm" c="dimmed" aria-label={`${label} not rated`}>
        –
      </Text>
    );
  return (
    <Tooltip label={`${label}: ${LEVEL_NAMES[value]}`}>
      <Badge
        size="sm"
        circle
        variant="light"
        color={LEVEL_COLOURS[value]}
        aria-label={`${label} ${LEVEL_NAMES[value]}`}
        styles={{
          label: { color: `color-mix(in srgb, var(--mantine-color-${LEVEL_COLOURS[value]}-9) 70%, black)` },
        }}
      >
        {value}
      </Badge>
    </Tooltip>
  );
}

function DeleteModal({ asset, links, onClose }: { asset: Asset; links: number; onClose: () => void }) {
  const slug = useSlug();
  const remove = useOrgWrite(
    () =>
      ok(
        client.DELETE("/orgs/{slug}/assets/{key}", {
          params: { path: { slug, key: asset.key } },
          headers: ifMatch(asset.version),
        }),
      ),
    `Asset ${asset.key} deleted`,
    onClose,
  );
  return (
    <Modal opened onClose={onClose} title={`Delete asset ${asset.key}?`}>
      <Stack>
        <Text size="sm">
          “{asset.name}” will be removed from the inventory
          {links > 0 ? ` and unlinked from ${links} ${links === 1 ? "risk" : "risks"}` : ""}. The audit trail
          keeps a record of it.
        </Text>
        {remove.error ? <ErrorAlert error={remove.error} title="Not deleted" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(undefined)}>
            Delete asset
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export default function Assets() {
  const slug = useSlug();
  const canWrite = useCan("risk:write");
  const assets = useQuery({
    queryKey: orgKey(slug, "assets"),
    queryFn: () => ok(client.GET("/orgs/{slug}/assets", { params: { path: { slug } } })),
  });
  const risks = useQuery({
    queryKey: orgKey(slug, "assets", "risk-links"),
    queryFn: () =>
      ok(client.GET("/orgs/{slug}/risks", { params: { path: { slug }, query: { limit: 1000 } } })),
  });
  const linked = useMemo(() => {
    const counts = new Map<string, number>();
    for (const risk of risks.data ?? [])
      for (const key of risk.assets ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  }, [risks.data]);
  const [search, setSearch] = useState("");
  const [type, setType] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ asset: Asset | null; n: number } | null>(null);
  const [deleting, setDeleting] = useState<Asset | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Assets"
        description="The information, systems, services, people and sites the ISMS protects. Risks refer to these assets; confidentiality, integrity and availability are rated from 1 (low) to 3 (high)."
        actions={
          <>
            <DownloadMenu slug={slug} items={["assets"]} testId="assets-download" />
            {canWrite && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ asset: null, n: Date.now() })}
                data-testid="add-asset"
              >
                Add an asset
              </Button>
            )}
          </>
        }
      />
      <QueryView query={assets}>
        {(list) => {
          const q = search.trim().toLowerCase();
          const shown = list.filter(
            (a) =>
              (!type || a.type === type) &&
              (!q ||
                [a.key, a.name, a.owner, a.location, a.description].some((f) =>
                  f?.toLowerCase().includes(q),
                )),
          );
          return (
            <Section
              title="Inventory"
              description={`${shown.length} of ${list.length} assets`}
              actions={
                <>
                  <TextInput
                    aria-label="Search assets"
                    placeholder="Search name, owner, location"
                    leftSection={<IconSearch size={16} />}
                    value={search}
                    onChange={(e) => setSearch(e.currentTarget.value)}
                    w={260}
                    data-testid="asset-search"
                  />
                  <Select
                    aria-label="Asset type"
                    placeholder="All types"
                    data={ASSET_TYPES}
                    value={type}
                    onChange={setType}
                    clearable
                    w={160}
                    data-testid="asset-type-filter"
                  />
                </>
              }
            >
              {list.length === 0 ? (
                <EmptyState title="No assets yet">
                  Add the information, systems and services you need to protect, then link them to risks.
                </EmptyState>
              ) : shown.length === 0 ? (
                <EmptyState title="No asset matches">Try another search or type.</EmptyState>
              ) : (
                <Table.ScrollContainer minWidth={940}>
                  <Table striped highlightOnHover data-testid="asset-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Key</Table.Th>
                        <Table.Th miw={220}>Name</Table.Th>
                        <Table.Th>Type</Table.Th>
                        <Table.Th>Owner</Table.Th>
                        <Table.Th>Classification</Table.Th>
                        <Table.Th style={{ whiteSpace: "nowrap" }}>C / I / A</Table.Th>
                        <Table.Th>Criticality</Table.Th>
                        <Table.Th ta="right">Risks</Table.Th>
                        {canWrite && <Table.Th w={84} aria-label="Actions" />}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {shown.map((a) => {
                        const peak = Math.max(a.confidentiality ?? 0, a.integrity ?? 0, a.availability ?? 0);
                        const links = linked.get(a.key) ?? 0;
                        return (
                          <Table.Tr key={a.key} data-testid={`asset-${a.key}`}>
                            <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: "nowrap" }}>
                              {a.key}
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" fw={500}>
                                {a.name}
                              </Text>
                            </Table.Td>
                            <Table.Td style={{ whiteSpace: "nowrap" }}>
                              {ASSET_TYPES.find((t) => t.value === a.type)?.label ?? a.type}
                            </Table.Td>
                            <Table.Td>{a.owner ?? "—"}</Table.Td>
                            <Table.Td>
                              {a.classification ? (
                                <Tag color={CLASS_COLOURS[a.classification] ?? "gray"}>
                                  {label("classification", a.classification)}
                                </Tag>
                              ) : (
                                "—"
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Group gap={4} wrap="nowrap">
                                <Level value={a.confidentiality} label="Confidentiality" />
                                <Level value={a.integrity} label="Integrity" />
                                <Level value={a.availability} label="Availability" />
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              {peak ? <Tag color={LEVEL_COLOURS[peak]}>{LEVEL_NAMES[peak]}</Tag> : "—"}
                            </Table.Td>
                            <Table.Td ta="right">{risks.data ? links : "…"}</Table.Td>
                            {canWrite && (
                              <Table.Td>
                                <Group gap={4} wrap="nowrap" justify="flex-end">
                                  <ActionIcon
                                    variant="subtle"
                                    aria-label={`Edit asset ${a.key}`}
                                    disabled={!a.abilities.update}
                                    onClick={() => setEditing({ asset: a, n: Date.now() })}
                                  >
                                    <IconPencil size={16} />
                                  </ActionIcon>
                                  <ActionIcon
                                    variant="subtle"
                                    color="red"
                                    aria-label={`Delete asset ${a.key}`}
                                    disabled={!a.abilities.delete}
                                    onClick={() => setDeleting(a)}
                                  >
                                    <IconTrash size={16} />
                                  </ActionIcon>
                                </Group>
                              </Table.Td>
                            )}
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Section>
          );
        }}
      </QueryView>
      {editing && <AssetModal key={editing.n} asset={editing.asset} onClose={() => setEditing(null)} />}
      {deleting && (
        <DeleteModal
          asset={deleting}
          links={linked.get(deleting.key) ?? 0}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}
