/**
 * The risk register: heat maps (a cell filters the table), filters kept in the URL, and a table
 * sorted, filtered and paged by the server (100 risks a page), with import and exports.
 */
import { Button, Group, Pagination, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconFileImport, IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert, Loading, PageHeader } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { HeatMap } from "../../components/HeatMap";
import { PhoneFilters } from "../../components/PhoneFilters";
import { useCan, useSlug } from "../../session";
import { FILTER_PARAMS, heatMapQuery, listQuery, PAGE_SIZE, registerState } from "./queries";
import { ActiveFilters, RegisterFilters } from "./RegisterFilters";
import { RiskTable } from "./RiskTable";
import { useMethod } from "./types";

const number = new Intl.NumberFormat("en-GB");

export default function RiskRegister() {
  const slug = useSlug();
  const canWrite = useCan("risk:write");
  const [params, setParams] = useSearchParams();
  const { page, query } = registerState(params);

  const method = useMethod(slug);
  const [showMaps, setShowMaps] = useLocalStorage({ key: "isms-register-heatmaps", defaultValue: true });
  const views = useQuery(heatMapQuery(slug));
  const list = useQuery({ ...listQuery(slug, query, page), placeholderData: keepPreviousData });

  /** Sets (or, with undefined/empty, removes) URL parameters and goes back to the first page. */
  const update = (changes: Record<string, string | undefined>, options: { keepPage?: boolean } = {}) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === "") next.delete(name);
      else next.set(name, value);
    }
    if (!options.keepPage) next.delete("page");
    setParams(next, { replace: true });
  };

  const cellFilter =
    query.which && query.l && query.i
      ? { which: query.which, likelihood: Number(query.l), impact: Number(query.i) }
      : null;
  const selectCell = (which: "inherent" | "residual") => (cell: { likelihood: number; impact: number }) => {
    const same =
      cellFilter?.which === which &&
      cellFilter.likelihood === cell.likelihood &&
      cellFilter.impact === cell.impact;
    update(
      same
        ? { which: undefined, l: undefined, i: undefined }
        : { which, l: String(cell.likelihood), i: String(cell.impact) },
    );
  };

  const total = list.data?.total ?? 0;
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack gap="lg">
      <PageHeader
        title="Risk register"
        description="Every identified information security risk with its owner, its score before and after treatment, and the decision taken. Click a heat-map cell to see the risks in it."
        actions={
          <>
            <DownloadMenu slug={slug} items={["risks", "rtp", "methodology"]} testId="risks-download" />
            {canWrite && (
              <Button
                component={Link}
                to={`/o/${slug}/risks/import`}
                variant="default"
                leftSection={<IconFileImport size={16} />}
              >
                Import
              </Button>
            )}
            {canWrite && (
              <Button
                component={Link}
                to={`/o/${slug}/risks/new`}
                leftSection={<IconPlus size={16} />}
                data-testid="add-risk"
              >
                Add risk
              </Button>
            )}
          </>
        }
      />

      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb={showMaps ? "sm" : 0}>
          <Title order={2} fz="lg">
            Heat maps
          </Title>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setShowMaps(!showMaps)}
            aria-expanded={showMaps}
            aria-controls="risk-heatmaps"
          >
            {showMaps ? "Hide" : "Show"}
          </Button>
        </Group>
        {!showMaps ? null : views.error || method.error ? (
          <ErrorAlert error={views.error ?? method.error} />
        ) : !views.data || !method.data ? (
          <Loading />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" id="risk-heatmaps">
            <HeatMap
              title="Inherent risk (before treatment)"
              method={method.data.method}
              counts={views.data.heatMap.inherent}
              selected={cellFilter?.which === "inherent" ? cellFilter : null}
              onSelect={selectCell("inherent")}
              testId="heatmap-inherent"
            />
            <HeatMap
              title="Residual risk (after treatment)"
              method={method.data.method}
              counts={views.data.heatMap.residual}
              selected={cellFilter?.which === "residual" ? cellFilter : null}
              onSelect={selectCell("residual")}
              testId="heatmap-residual"
            />
          </SimpleGrid>
        )}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="center">
            <Title order={2} fz="lg">
              Risks
            </Title>
            <Text size="sm" c="dimmed" data-testid="risk-total" aria-live="polite">
              {list.data
                ? `${number.format(from)}–${number.format(to)} of ${number.format(total)}`
                : "Loading…"}
            </Text>
          </Group>
          <PhoneFilters
            active={(["q", "level", "status", "treatment", "owner"] as const).filter((k) => query[k]).length}
          >
            <RegisterFilters slug={slug} method={method.data?.method} query={query} update={update} />
          </PhoneFilters>
          <ActiveFilters method={method.data?.method} query={query} update={update} />
          {list.error ? (
            <ErrorAlert error={list.error} />
          ) : !list.data ? (
            <Loading label="Loading risks…" />
          ) : (
            <RiskTable
              slug={slug}
              risks={list.data.risks}
              method={method.data?.method}
              sort={query.sort ?? "key"}
              dir={query.dir === "desc" ? "desc" : "asc"}
              onSort={(sort, dir) => update({ sort, dir }, { keepPage: false })}
              filtered={FILTER_PARAMS.some((p) => p !== "sort" && p !== "dir" && query[p])}
              canWrite={canWrite}
              stale={list.isPlaceholderData}
            />
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={(p) => update({ page: String(p) }, { keepPage: true })}
                getControlProps={(control) => ({
                  "aria-label":
                    control === "previous"
                      ? "Previous page"
                      : control === "next"
                        ? "Next page"
                        : control === "first"
                          ? "First page"
                          : "Last page",
                })}
                getItemProps={(p) => ({ "aria-label": `Page ${p}` })}
                withEdges
              />
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
