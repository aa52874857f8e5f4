/**
 * The evidence register: every file and link that shows a control at work, filtered by theme,
 * ISO/IEC 27002 attribute, control and freshness (kept in the address, so links can point at a
 * filtered view), with upload and link dialogs for those who may add evidence.
 */

import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconLink, IconUpload } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { client, ok } from "../../api";
import { EmptyState, PageHeader, QueryView } from "../../components/common";
import { PhoneFilters } from "../../components/PhoneFilters";
import { orgKey, useCan, useSlug } from "../../session";
import { SoftBadge } from "../dashboard/SoftBadge";
import { AddLinkModal } from "./AddLink";
import { EvidenceFilters } from "./EvidenceFilters";
import { EvidenceTable } from "./EvidenceTable";
import type { Evidence, EvidenceFilter } from "./types";
import { UploadEvidenceModal } from "./UploadEvidence";

const FILTER_NAMES = ["theme", "attribute", "control", "freshness"] as const;

function Summary({ items }: { items: Evidence[] }) {
  const count = (f: Evidence["freshness"]) => items.filter((e) => e.freshness === f).length;
  const stale = count("stale");
  const soon = count("due_soon");
  return (
    <Group gap="xs">
      <Text size="sm">
        {items.length} item{items.length === 1 ? "" : "s"}
      </Text>
      {stale > 0 && <SoftBadge colour="red">{stale} stale</SoftBadge>}
      {soon > 0 && <SoftBadge colour="yellow">{soon} due soon</SoftBadge>}
    </Group>
  );
}

export default function EvidencePage() {
  const slug = useSlug();
  const canWrite = useCan("evidence:write");
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState("");
  const [uploadOpened, upload] = useDisclosure(false);
  const [linkOpened, link] = useDisclosure(false);

  const filter: EvidenceFilter = Object.fromEntries(
    FILTER_NAMES.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value]] : [];
    }),
  );
  const setFilter = (next: EvidenceFilter) => {
    const p = new URLSearchParams();
    for (const name of FILTER_NAMES) if (next[name]) p.set(name, next[name] as string);
    setParams(p, { replace: true });
  };

  const evidence = useQuery({
    queryKey: orgKey(slug, "evidence", filter),
    queryFn: () =>
      ok(client.GET("/orgs/{slug}/evidence", { params: { path: { slug }, query: { ...filter } } })),
    placeholderData: keepPreviousData,
  });

  const needle = search.trim().toLowerCase();
  const visible = (items: Evidence[]) =>
    needle
      ? items.filter((e) =>
          [e.title, e.owner, e.filename, e.key, e.url].some((t) => t?.toLowerCase().includes(needle)),
        )
      : items;
  const filtered = Object.keys(filter).length > 0 || needle !== "";

  return (
    <>
      <PageHeader
        title="Evidence"
        description="Files and links that show controls working in practice. Auditors sample them, so keep each one current: stale evidence counts against the control it supports."
        actions={
          canWrite && (
            <>
              <Button variant="default" leftSection={<IconLink size={16} />} onClick={link.open}>
                Add link
              </Button>
              <Button leftSection={<IconUpload size={16} />} onClick={upload.open}>
                Upload file
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        <PhoneFilters active={Object.values(filter).filter(Boolean).length + (search ? 1 : 0)}>
          <Paper withBorder p="md" radius="md">
            <EvidenceFilters filter={filter} onChange={setFilter} search={search} onSearch={setSearch} />
          </Paper>
        </PhoneFilters>
        <Paper withBorder p="md" radius="md">
          <QueryView query={evidence}>
            {(items) => {
              const rows = visible(items);
              return (
                <Stack gap="sm">
                  <Group justify="space-between">
                    <Title order={2} fz="lg">
                      Evidence register
                    </Title>
                    <Group gap="sm">
                      <Summary items={rows} />
                      {filtered && (
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => {
                            setFilter({});
                            setSearch("");
                          }}
                        >
                          Clear filters
                        </Button>
                      )}
                    </Group>
                  </Group>
                  {rows.length ? (
                    <EvidenceTable slug={slug} items={rows} />
                  ) : filtered ? (
                    <EmptyState title="No evidence matches these filters">
                      Clear a filter or search for something else.
                    </EmptyState>
                  ) : (
                    <EmptyState title="No evidence yet">
                      {canWrite
                        ? "Upload a file or add a link, and tie it to the controls it supports: access reviews, restore tests, training records, policy approvals."
                        : "Nobody has recorded evidence for this organization yet."}
                    </EmptyState>
                  )}
                </Stack>
              );
            }}
          </QueryView>
        </Paper>
      </Stack>
      <UploadEvidenceModal opened={uploadOpened} onClose={upload.close} />
      <AddLinkModal opened={linkOpened} onClose={link.close} />
    </>
  );
}
