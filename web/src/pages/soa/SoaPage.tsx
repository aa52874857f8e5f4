/**
 * The Statement of Applicability: where the 93 Annex A decisions stand, what the lint finds, the
 * grid to record decisions inline, approval into numbered versions and every export.
 */
import { Button, Paper, Stack } from "@mantine/core";
import { IconCertificate, IconHistory } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { client, ok } from "../../api";
import { EmptyState, ErrorAlert, Loading, PageHeader } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { PhoneFilters } from "../../components/PhoneFilters";
import { orgKey, useCan, useSlug } from "../../session";
import { ApproveModal } from "./ApproveModal";
import { matches, NO_FILTER, type SoaFilter, SoaFilters } from "./SoaFilters";
import { SoaGrid } from "./SoaGrid";
import { LintPanel, SoaCounts } from "./SoaSummary";
import { THEMES } from "./types";

export default function SoaPage() {
  const slug = useSlug();
  const canWrite = useCan("soa:write");
  const soa = useQuery({
    queryKey: orgKey(slug, "soa"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa", { params: { path: { slug } } })),
  });
  const lint = useQuery({
    queryKey: orgKey(slug, "soa", "lint"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa/lint", { params: { path: { slug } } })),
  });
  const [filter, setFilter] = useState<SoaFilter>(NO_FILTER);
  const [approving, setApproving] = useState(false);

  const entries = soa.data?.entries;
  const shown = useMemo(() => (entries ?? []).filter((e) => matches(e, filter)), [entries, filter]);
  const problems = lint.data?.problems ?? [];

  const actions = (
    <>
      <Button
        variant="default"
        component={Link}
        to={`/o/${slug}/soa/versions`}
        leftSection={<IconHistory size={16} />}
      >
        Versions
      </Button>
      <DownloadMenu slug={slug} items={["soa", "evidence-pack", "oscal"]} testId="export-menu" />
      {canWrite && soa.data && (
        <Button
          leftSection={<IconCertificate size={16} />}
          onClick={() => setApproving(true)}
          data-testid="approve-soa"
        >
          Approve version
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title="Statement of Applicability"
        description="Which Annex A controls apply to your ISMS, why, who owns them and how far each is implemented. Edits save as you go; approve a version when the decisions are settled."
        actions={actions}
      />
      {soa.error ? (
        <ErrorAlert error={soa.error} title="The SoA could not be loaded" />
      ) : !soa.data ? (
        <Loading label="Loading the SoA…" />
      ) : (
        <Stack gap="lg">
          <SoaCounts soa={soa.data} slug={slug} />
          {lint.error ? (
            <ErrorAlert error={lint.error} title="The SoA checks could not run" />
          ) : lint.data ? (
            <LintPanel problems={problems} slug={slug} />
          ) : null}
          <PhoneFilters
            active={
              (Object.keys(NO_FILTER) as (keyof SoaFilter)[]).filter((k) => filter[k] !== NO_FILTER[k]).length
            }
          >
            <Paper withBorder p="md" radius="md">
              <SoaFilters
                filter={filter}
                onChange={setFilter}
                shown={shown.length}
                total={soa.data.entries.length}
              />
            </Paper>
          </PhoneFilters>
          {shown.length === 0 && (
            <Paper withBorder p="md" radius="md">
              <EmptyState title="No control matches these filters">
                Clear the search or pick another theme, applicability or status.
              </EmptyState>
            </Paper>
          )}
          {THEMES.map((theme) => {
            const group = shown.filter((e) => e.theme === theme.value);
            return group.length ? (
              <SoaGrid
                key={theme.value}
                title={theme.label}
                entries={group}
                slug={slug}
                canWrite={canWrite}
              />
            ) : null;
          })}
          <ApproveModal
            opened={approving}
            onClose={() => setApproving(false)}
            slug={slug}
            soa={soa.data}
            problems={problems}
          />
        </Stack>
      )}
    </>
  );
}
