/**
 * The organization's dashboard: readiness for certification, the risk picture, what blocks the
 * audit and what needs attention now. Every query starts at once (no waterfalls); each panel shows
 * its own loading and error state.
 */
import { Anchor, Button, Grid, Stack } from "@mantine/core";
import { IconRocket } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { PageHeader, QueryView } from "../components/common";
import { DownloadMenu } from "../components/downloads/DownloadMenu";
import { useOrg, useSlug } from "../session";
import { Blockers } from "./dashboard/Blockers";
import { HeatMaps } from "./dashboard/HeatMaps";
import { dashboardQueries } from "./dashboard/queries";
import { ReadinessPanel } from "./dashboard/ReadinessPanel";
import { RecentActivity } from "./dashboard/RecentActivity";
import { OverdueActions, StaleEvidence, UpcomingReviews } from "./dashboard/Worklists";
import { AttentionCard } from "./operations/AttentionCard";

export default function Dashboard() {
  const slug = useSlug();
  const org = useOrg();
  const q = dashboardQueries(slug);
  const readiness = useQuery(q.readiness);
  const views = useQuery(q.views);
  const method = useQuery(q.method);
  const evidence = useQuery(q.evidence);
  const risks = useQuery(q.risks);
  const audits = useQuery(q.audits);
  const reviews = useQuery(q.reviews);
  const activity = useQuery(q.activity);

  const heatMapQuery = {
    data: views.data && method.data ? { views: views.data, method: method.data } : undefined,
    error: views.error ?? method.error,
    isPending: views.isPending || method.isPending,
  };
  const upcomingQuery = {
    data:
      risks.data && audits.data && reviews.data && views.data
        ? { risks: risks.data, audits: audits.data, reviews: reviews.data, views: views.data }
        : undefined,
    error: risks.error ?? audits.error ?? reviews.error ?? views.error,
    isPending: risks.isPending || audits.isPending || reviews.isPending || views.isPending,
  };

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          <>
            Where {org.name} stands on the way to ISO/IEC 27001 certification, and what needs attention now.
            New here? The{" "}
            <Anchor component={Link} to={`/o/${slug}/start`} inherit underline="always">
              guided start
            </Anchor>{" "}
            walks through the steps in order.
          </>
        }
        actions={
          <>
            <Button
              component={Link}
              to={`/o/${slug}/start`}
              variant="light"
              leftSection={<IconRocket size={16} />}
            >
              Guided start
            </Button>
            <DownloadMenu
              slug={slug}
              items={["readiness", "soa", "evidence-pack"]}
              label="Downloads"
              testId="dashboard-download"
            />
          </>
        }
      />
      <Stack gap="lg">
        <QueryView query={readiness}>{(data) => <ReadinessPanel readiness={data} />}</QueryView>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <QueryView query={readiness}>{(data) => <Blockers slug={slug} readiness={data} />}</QueryView>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <QueryView query={views}>
              {(data) => <OverdueActions slug={slug} actions={data.overdueActions ?? []} />}
            </QueryView>
          </Grid.Col>
        </Grid>
        <QueryView query={readiness}>
          {(data) => <AttentionCard slug={slug} attention={data.attention} />}
        </QueryView>
        <QueryView query={heatMapQuery}>
          {(data) => <HeatMaps slug={slug} views={data.views} method={data.method} />}
        </QueryView>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6, xl: 4 }}>
            <QueryView query={evidence}>{(data) => <StaleEvidence slug={slug} evidence={data} />}</QueryView>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6, xl: 4 }}>
            <QueryView query={upcomingQuery}>
              {(data) => (
                <UpcomingReviews
                  slug={slug}
                  risks={data.risks}
                  reviewOverdue={data.views.gaps?.reviewOverdue ?? []}
                  audits={data.audits}
                  reviews={data.reviews}
                />
              )}
            </QueryView>
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <QueryView query={activity}>{(data) => <RecentActivity slug={slug} events={data} />}</QueryView>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
