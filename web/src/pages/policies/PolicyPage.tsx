/**
 * One policy: the chosen version (the latest by default) with its approval block, the editor while
 * it is a draft and the reviewers' comments; the next step of its lifecycle; and tabs for the
 * acknowledgements of the published version, a comparison of two versions and the history.
 */

import { Anchor, Button, Group, Menu, NativeSelect, Stack, Tabs, Text } from "@mantine/core";
import { IconArrowLeft, IconChevronDown, IconDownload } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { label } from "../../../../src/domain/labels";
import { formatDate, PageHeader, QueryView } from "../../components/common";
import { useSlug } from "../../session";
import { Tag } from "../manage/shared";
import { AckBanner } from "./AckBanner";
import { Acknowledgements } from "./Acknowledgements";
import { Compare } from "./Compare";
import { History } from "./History";
import { StateBadge } from "./parts";
import { policyDownloads, policyQuery } from "./queries";
import type { PolicyDetail } from "./types";
import { VersionPanel } from "./VersionPanel";

function Downloads({ slug, policy, version }: { slug: string; policy: PolicyDetail; version: number }) {
  const urls = policyDownloads(slug, policy.key);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid="policy-download"
        >
          Download
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Version {version}</Menu.Label>
        <Menu.Item component="a" href={urls.document("pdf", version)} download>
          Policy as PDF
        </Menu.Item>
        <Menu.Item component="a" href={urls.document("docx", version)} download>
          Policy as Word document (DOCX)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function Policy({ policy, slug }: { policy: PolicyDetail; slug: string }) {
  const [params, setParams] = useSearchParams();
  const latest = policy.versions.at(-1);
  const published = policy.versions.findLast((v) => v.state === "published");
  const chosen = Number(params.get("version")) || latest?.number || 1;
  const version = policy.versions.find((v) => v.number === chosen) ?? latest;
  const [tab, setTab] = useState<string | null>(params.get("tab") ?? "policy");
  const choose = (n: string) =>
    setParams(
      (p) => {
        if (Number(n) === latest?.number) p.delete("version");
        else p.set("version", n);
        return p;
      },
      { replace: true },
    );
  const refs = [
    policy.clauseRefs.length > 0 ? `Clause ${policy.clauseRefs.join(", ")}` : "",
    policy.controlRefs.length > 0 ? `Annex A ${policy.controlRefs.join(", ")}` : "",
  ].filter(Boolean);
  return (
    <Stack gap="md">
      <PageHeader
        title={policy.title}
        description={
          <Stack gap={4}>
            <Group gap={8}>
              <StateBadge state={latest?.state} />
              <Text size="sm" c="dimmed" component="span">
                {policy.key} · owner {policy.owner ?? "not set"} ·{" "}
                {policy.reviewMonths ? `reviewed every ${policy.reviewMonths} months · ` : ""}
                next review {formatDate(policy.nextReviewOn)}
              </Text>
              {policy.needsReview && <Tag color="red">needs review</Tag>}
            </Group>
            {refs.length > 0 && (
              <Text size="xs" c="dimmed" component="span">
                Serves {refs.join(" · ")}
              </Text>
            )}
          </Stack>
        }
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={`/o/${slug}/policies`}
              leftSection={<IconArrowLeft size={16} />}
            >
              All policies
            </Button>
            {version && <Downloads slug={slug} policy={policy} version={version.number} />}
          </>
        }
      />
      {published && <AckBanner policyKey={policy.key} title={policy.title} version={published.number} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="policy">Policy</Tabs.Tab>
          <Tabs.Tab value="acks" data-testid="tab-acks">
            Acknowledgements
          </Tabs.Tab>
          <Tabs.Tab value="compare" data-testid="tab-compare">
            Compare
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            History
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="policy" pt="md">
          {version ? (
            <Stack gap="md">
              <NativeSelect
                label="Version"
                w={{ base: "100%", xs: 340 }}
                value={String(version.number)}
                onChange={(e) => choose(e.currentTarget.value)}
                data={[...policy.versions].reverse().map((v) => ({
                  value: String(v.number),
                  label: `Version ${v.number} · ${label("policyState", v.state)}${v.number === latest?.number ? " (latest)" : ""}`,
                }))}
                data-testid="version-select"
              />
              <VersionPanel
                key={`${version.number}-${version.state}`}
                slug={slug}
                policy={policy}
                version={version}
                latest={version.number === latest?.number}
              />
            </Stack>
          ) : (
            <Text c="dimmed">This policy has no version yet.</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="acks" pt="md">
          <Acknowledgements slug={slug} policy={policy} />
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <Compare slug={slug} policy={policy} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <History
            policy={policy}
            onOpen={(n) => {
              choose(String(n));
              setTab("policy");
            }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export default function PolicyPage() {
  const slug = useSlug();
  const { key = "" } = useParams();
  const policy = useQuery(policyQuery(slug, key));
  return (
    <QueryView query={policy}>
      {(p) => (
        <>
          <Policy policy={p} slug={slug} />
          <Text size="xs" c="dimmed" mt="lg">
            <Anchor component={Link} to={`/o/${slug}/documents`} size="xs" underline="always">
              The document register
            </Anchor>{" "}
            lists this policy with the organization's other documented information.
          </Text>
        </>
      )}
    </QueryView>
  );
}
