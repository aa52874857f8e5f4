/**
 * The risk methodology: scales, scoring, levels and acceptance criteria, edited with a live heat
 * map. "Preview" shows what a change does to existing risks; "Apply" adopts it and rescales them.
 */
import {
  Alert,
  Button,
  Group,
  Menu,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDownload, IconEye, IconRestore } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { validateMethodology } from "../../../../src/domain/risk-method";
import { ApiError, client, downloadUrl, ifMatch, ok } from "../../api";
import { ErrorAlert, Loading, PageHeader } from "../../components/common";
import { HeatMap } from "../../components/HeatMap";
import { orgKey, useCan, useSlug } from "../../session";
import { LevelsEditor, MatrixEditor, ScaleEditor } from "./MethodParts";
import { type Preview, PreviewPanel } from "./MethodPreview";
import { type RiskMethodology, useMethod } from "./types";

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

const productMatrix = (m: RiskMethodology) => m.likelihood.map((l) => m.impact.map((i) => l.value * i.value));

export default function Methodology() {
  const slug = useSlug();
  const canWrite = useCan("risk:write");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const saved = useMethod(slug);
  const views = useQuery({
    queryKey: orgKey(slug, "risk-views"),
    queryFn: () => ok(client.GET("/orgs/{slug}/risk-views", { params: { path: { slug } } })),
  });
  const [draft, setDraft] = useState<RiskMethodology | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    if (saved.data && !draft) setDraft(structuredClone(saved.data.method));
  }, [saved.data, draft]);

  const issues = useMemo(() => {
    const map = new Map<string, string>();
    if (draft) for (const issue of validateMethodology(draft)) map.set(issue.path, issue.message);
    return map;
  }, [draft]);
  const dirty = !!draft && !!saved.data && JSON.stringify(draft) !== JSON.stringify(saved.data.method);

  const change = (patch: Partial<RiskMethodology>) =>
    setDraft((d) => {
      if (!d) return d;
      const next = { ...d, ...patch };
      if (next.scoring.kind === "matrix" && (patch.likelihood || patch.impact)) {
        const old = next.scoring.matrix;
        next.scoring = {
          kind: "matrix",
          matrix: next.likelihood.map((l, r) => next.impact.map((i, c) => old[r]?.[c] ?? l.value * i.value)),
        };
      }
      setPreview(null);
      return next;
    });

  const runPreview = useMutation({
    mutationFn: (method: RiskMethodology) =>
      ok(
        client.POST("/orgs/{slug}/risk-method/preview", { params: { path: { slug } }, body: { ...method } }),
      ),
    onSuccess: setPreview,
  });
  const apply = useMutation({
    mutationFn: (p: Preview) =>
      ok(
        client.PUT("/orgs/{slug}/risk-method", {
          params: { path: { slug } },
          body: { methodology: { ...(draft ?? p.method) }, expectedChanges: p.changes.length },
          headers: ifMatch(saved.data?.version ?? 0),
        }),
      ),
    onSuccess: (data) => {
      notifications.show({
        message: `Methodology adopted; ${data.changes.length} risk${data.changes.length === 1 ? "" : "s"} rescaled`,
        color: "teal",
      });
      setPreview(null);
      setDraft(null);
      queryClient.invalidateQueries({ queryKey: ["org", slug] });
    },
  });

  if (saved.error) return <ErrorAlert error={saved.error} />;
  if (!draft || !saved.data) return <Loading />;
  const readOnly = !canWrite;
  const sameShape =
    draft.likelihood.length === saved.data.method.likelihood.length &&
    draft.impact.length === saved.data.method.impact.length;
  const counts =
    sameShape && views.data
      ? views.data.heatMap.residual
      : draft.likelihood.map(() => draft.impact.map(() => 0));
  const serverError = runPreview.error ?? apply.error;
  const serverIssues = serverError instanceof ApiError ? (serverError.problem.errors ?? []) : [];
  for (const issue of serverIssues) if (!issues.has(issue.path)) issues.set(issue.path, issue.message);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Risk methodology"
        description="How risks are scored and judged: the likelihood and impact scales, the score, the levels and the criteria for accepting a risk. Changing it rescales existing risks after you have seen a preview."
        actions={
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />}>
                Methodology document
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(["docx", "pdf"] as const).map((format) => (
                <Menu.Item
                  key={format}
                  component="a"
                  href={downloadUrl(`/orgs/${slug}/exports/methodology`, { format })}
                >
                  Download ({format.toUpperCase()})
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        }
      />
      {saved.data.version === null && (
        <Alert color="blue" variant="light" title="Built-in default in use">
          The organization still uses the default five-by-five method. Adapt it to your context and apply it
          to make it your own.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg" style={{ alignItems: "start" }}>
        <Stack gap="lg">
          <Section
            title="Likelihood scale"
            description="How probable an event is, from lowest to highest (3 to 6 levels)."
          >
            <ScaleEditor
              name="likelihood"
              scale={draft.likelihood}
              onChange={(likelihood) => change({ likelihood })}
              readOnly={readOnly}
              issues={issues}
            />
          </Section>
          <Section
            title="Impact scale"
            description="How much harm an event does, from lowest to highest (3 to 6 levels)."
          >
            <ScaleEditor
              name="impact"
              scale={draft.impact}
              onChange={(impact) => change({ impact })}
              readOnly={readOnly}
              issues={issues}
            />
          </Section>
        </Stack>
        <Stack gap="lg">
          <Section
            title="Scoring and levels"
            description="How likelihood and impact make a score, and the level each score falls in."
          >
            <SegmentedControl
              aria-label="Scoring"
              value={draft.scoring.kind}
              readOnly={readOnly}
              onChange={(kind) =>
                change({
                  scoring:
                    kind === "matrix"
                      ? { kind: "matrix", matrix: productMatrix(draft) }
                      : { kind: kind as "product" | "sum" },
                })
              }
              data={[
                { value: "product", label: "Likelihood × impact" },
                { value: "sum", label: "Likelihood + impact" },
                { value: "matrix", label: "Own matrix" },
              ]}
            />
            <MatrixEditor
              method={draft}
              readOnly={readOnly}
              onChange={(matrix) => change({ scoring: { kind: "matrix", matrix } })}
            />
            {issues.get("scoring.matrix") && (
              <Text size="sm" c="red.8">
                {issues.get("scoring.matrix")}
              </Text>
            )}
            <LevelsEditor
              levels={draft.levels}
              onChange={(levels) => change({ levels })}
              readOnly={readOnly}
              issues={issues}
            />
          </Section>
          <Section
            title="Acceptance and review"
            description="Which risks may be accepted without an exception, and how often risks are reassessed."
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label="Acceptable up to score"
                value={draft.acceptanceMaxScore}
                onChange={(v) => change({ acceptanceMaxScore: Number(v) || 0 })}
                readOnly={readOnly}
                error={issues.get("acceptanceMaxScore")}
              />
              <Select
                label="Approach"
                data={[
                  { value: "scenario-based", label: "Scenario-based" },
                  { value: "asset-based", label: "Asset-based" },
                ]}
                value={draft.approach}
                onChange={(v) => v && change({ approach: v as RiskMethodology["approach"] })}
                readOnly={readOnly}
                allowDeselect={false}
              />
              <NumberInput
                label="Review every (months)"
                value={draft.reviewIntervalMonths}
                onChange={(v) => change({ reviewIntervalMonths: Number(v) || 0 })}
                min={1}
                max={36}
                readOnly={readOnly}
                error={issues.get("reviewIntervalMonths")}
              />
            </SimpleGrid>
          </Section>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="lg" mb="sm">
              Heat map under this method
            </Title>
            {issues.size === 0 ? (
              <HeatMap
                title={
                  sameShape ? "Residual risks, coloured by the edited levels" : "Cells of the edited method"
                }
                method={draft}
                counts={counts}
                testId="method-heatmap"
                {...(sameShape && {
                  onSelect: (cell: { likelihood: number; impact: number }) =>
                    navigate(`/o/${slug}/risks?which=residual&l=${cell.likelihood}&i=${cell.impact}`),
                })}
              />
            ) : (
              <Text size="sm" c="red.8">
                Fix the problems marked above to see the heat map.
              </Text>
            )}
          </Paper>
        </Stack>
      </SimpleGrid>

      {canWrite && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} fz="lg">
                Apply the change
              </Title>
              <Group gap="xs">
                <Button
                  variant="default"
                  leftSection={<IconRestore size={16} />}
                  disabled={!dirty}
                  onClick={() => {
                    setDraft(structuredClone(saved.data.method));
                    setPreview(null);
                  }}
                >
                  Discard edits
                </Button>
                <Button
                  leftSection={<IconEye size={16} />}
                  disabled={!dirty || issues.size > 0}
                  loading={runPreview.isPending}
                  onClick={() => runPreview.mutate(draft)}
                  data-testid="method-preview"
                >
                  Preview
                </Button>
              </Group>
            </Group>
            {!dirty && !preview && (
              <Text size="sm" c="dimmed">
                The method shown is the one in force. Edit it above, then preview what the change does to
                existing risks.
              </Text>
            )}
            <ErrorAlert error={serverError} title="The methodology was not changed" />
            {preview && (
              <PreviewPanel
                slug={slug}
                preview={preview}
                applying={apply.isPending}
                onApply={() => apply.mutate(preview)}
              />
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
