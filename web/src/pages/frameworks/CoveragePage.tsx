/**
 * Frameworks: how far the organization's ISMS covers NIS2 and imported frameworks (NIST SP 800-53…)
 * through the ISO clauses and Annex A controls mapped to their requirements. The framework is in
 * the path and the state filter in the search params, so a link keeps both.
 */
import { Button, Select, Stack } from "@mantine/core";
import { IconFileDownload } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader, QueryView } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { useCan, useSlug } from "../../session";
import { Section } from "../manage/shared";
import { FrameworkPicker } from "./FrameworkPicker";
import { isState, STATES } from "./labels";
import { coverageQuery, frameworksQuery, NIS2_ID } from "./queries";
import { SectionList } from "./SectionList";
import { Sources } from "./Sources";
import { CoverageSummary } from "./Summary";

const ALL = "all";

export default function CoveragePage() {
  const slug = useSlug();
  const canEdit = useCan("context:write");
  const navigate = useNavigate();
  const param = useParams().framework;
  const framework = !param || param === "nis2" ? NIS2_ID : param;
  const [params, setParams] = useSearchParams();
  const raw = params.get("state");
  const state = isState(raw) ? raw : null;
  const frameworks = useQuery(frameworksQuery());
  const coverage = useQuery(coverageQuery(slug, framework));

  const choose = (id: string) => {
    const search = params.toString();
    navigate(`/o/${slug}/coverage/${encodeURIComponent(id)}${search ? `?${search}` : ""}`);
  };
  const filter = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || value === ALL) next.delete("state");
    else next.set("state", value);
    setParams(next, { replace: true });
  };

  const downloads =
    framework === NIS2_ID ? (
      <DownloadMenu slug={slug} items={["coverage"]} testId="coverage-download" />
    ) : (
      <Button
        component={Link}
        to={`/o/${slug}/reports`}
        variant="default"
        leftSection={<IconFileDownload size={16} aria-hidden />}
      >
        Download on Reports
      </Button>
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Frameworks"
        description="How far the ISMS covers NIS2 and other frameworks through the ISO/IEC 27001 clauses and Annex A controls mapped to their requirements, and who owns what ISO does not cover."
        actions={downloads}
      />
      <Section title="Framework" testId="coverage-framework">
        <Stack gap="md">
          <FrameworkPicker frameworks={frameworks} value={framework} onChange={choose} />
          <QueryView query={coverage}>
            {(data) => <CoverageSummary summary={data.summary} total={data.requirements.length} />}
          </QueryView>
        </Stack>
      </Section>
      <Section
        title="Requirements by section"
        description="Open a section to see its requirements, the ISO references mapped to each and how they stand."
        testId="coverage-requirements"
        actions={
          <Select
            label="State"
            data={[
              { value: ALL, label: "All states" },
              ...STATES.map((s) => ({
                value: s.value,
                label: coverage.data ? `${s.label} (${coverage.data.summary[s.value]})` : s.label,
              })),
            ]}
            value={state ?? ALL}
            onChange={filter}
            allowDeselect={false}
            w={{ base: "100%", sm: 220 }}
            data-testid="coverage-state"
          />
        }
      >
        <QueryView query={coverage}>
          {(data) => <SectionList slug={slug} coverage={data} state={state} canEdit={canEdit} />}
        </QueryView>
      </Section>
      {coverage.data && <Sources framework={coverage.data.framework} />}
    </Stack>
  );
}
