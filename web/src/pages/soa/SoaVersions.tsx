/**
 * The approved versions of the SoA (who approved which, when and why, each downloadable) and a
 * comparison of any two of them, or of one with the current, not yet approved, decisions.
 */
import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowLeft, IconArrowRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { client, ok } from "../../api";
import type { SoaVersion } from "../../api/types";
import { EmptyState, formatDateTime, PageHeader, QueryView } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { orgKey, useSlug } from "../../session";
import { DiffSummary, SoaDiffTable } from "./SoaDiffTable";

function VersionList({ versions, slug }: { versions: SoaVersion[]; slug: string }) {
  const latest = versions.at(-1)?.number;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="soa-versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Version</Table.Th>
            <Table.Th w={180}>Approved by</Table.Th>
            <Table.Th w={190}>Approved on</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions].reverse().map((v) => (
            <Table.Tr key={v.number} data-testid={`soa-version-${v.number}`}>
              <Table.Td>
                <Stack gap={6} align="flex-start">
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      Version {v.number}
                    </Text>
                    {v.number === latest && (
                      <Badge variant="light" color="indigo" radius="sm" tt="none" c="dark.8" size="sm">
                        Latest
                      </Badge>
                    )}
                  </Group>
                  <DownloadMenu
                    slug={slug}
                    items={["soa"]}
                    soaVersion={v.number}
                    label={`Download v${v.number}`}
                    testId={`download-version-${v.number}`}
                    variant="light"
                  />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {v.approvedBy}
                  {v.approverRole ? ` (${v.approverRole})` : ""}
                  {v.recordedBy ? `, recorded by ${v.recordedBy}` : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(v.approvedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.note || "—"}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Comparison({ versions, slug }: { versions: SoaVersion[]; slug: string }) {
  const latest = versions.at(-1)?.number;
  const [from, setFrom] = useState<string>(String(latest));
  const [to, setTo] = useState<string>("current");
  const options = [
    ...[...versions].reverse().map((v) => ({
      value: String(v.number),
      label: `Version ${v.number} (${formatDateTime(v.approvedAt)})`,
    })),
    { value: "current", label: "Current (not approved)" },
  ];
  const same = from === to;
  const diff = useQuery({
    queryKey: orgKey(slug, "soa", "diff", from, to),
    queryFn: () =>
      ok(client.GET("/orgs/{slug}/soa/diff", { params: { path: { slug }, query: { from, to } } })),
    enabled: !same,
  });
  const soa = useQuery({
    queryKey: orgKey(slug, "soa"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa", { params: { path: { slug } } })),
  });
  const titles = useMemo(
    () => new Map((soa.data?.entries ?? []).map((e) => [e.controlId, e.title] as const)),
    [soa.data],
  );
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Compare"
          data={options}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={{ base: "100%", xs: 280 }}
          data-testid="compare-from"
        />
        <Box visibleFrom="xs" mb={10}>
          <IconArrowRight size={18} aria-hidden />
        </Box>
        <NativeSelect
          label="with"
          data={options}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={{ base: "100%", xs: 280 }}
          data-testid="compare-to"
        />
      </Group>
      {same ? (
        <Text size="sm" c="gray.7">
          Pick two different versions to see what changed between them.
        </Text>
      ) : (
        <QueryView query={diff}>
          {(data) => (
            <Stack gap="sm">
              {data.controls.length > 0 && <DiffSummary controls={data.controls} />}
              <SoaDiffTable controls={data.controls} slug={slug} titles={titles} />
            </Stack>
          )}
        </QueryView>
      )}
    </Stack>
  );
}

export default function SoaVersions() {
  const slug = useSlug();
  const versions = useQuery({
    queryKey: orgKey(slug, "soa", "versions"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa/versions", { params: { path: { slug } } })),
  });
  return (
    <>
      <PageHeader
        title="SoA versions"
        description="Each approval freezes the Statement of Applicability as a numbered version. Compare any two, or the latest with the decisions recorded since, to see exactly what an approver signs."
        actions={
          <Button
            variant="default"
            component={Link}
            to={`/o/${slug}/soa`}
            leftSection={<IconArrowLeft size={16} />}
          >
            Back to the SoA
          </Button>
        }
      />
      <QueryView query={versions}>
        {(list) =>
          list.length === 0 ? (
            <Paper withBorder p="md" radius="md">
              <EmptyState title="No version approved yet">
                Approve the Statement of Applicability from the{" "}
                <Anchor component={Link} to={`/o/${slug}/soa`} size="sm">
                  SoA page
                </Anchor>{" "}
                to create version 1; later versions can then be compared here.
              </EmptyState>
            </Paper>
          ) : (
            <Stack gap="lg">
              <Paper withBorder p="md" radius="md">
                <Title order={2} fz="lg" mb="sm">
                  Approved versions
                </Title>
                <VersionList versions={list} slug={slug} />
              </Paper>
              <Paper withBorder p="md" radius="md">
                <Title order={2} fz="lg" mb="sm">
                  Compare versions
                </Title>
                <Comparison key={list.length} versions={list} slug={slug} />
              </Paper>
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
