/**
 * The risk methodology: scales, scoring, levels and acceptance criteria, edited with a live heat
 * map. "Preview" shows what a change does to existing risks; "Apply" adopts it and rescales them.
 */
import { Alert, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { fitThresholdsToScales, validateMethodology } from "../../../../src/domain/risk-method";
import { ApiError, client, ifMatch, ok } from "../../api";
import { ErrorAlert, Loading, PageHeader } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { HeatMap } from "../../components/HeatMap";
import { orgKey, useCan, useSlug } from "../../session";
import { LevelsEditor, MatrixEditor, ScaleEditor } from "./MethodParts";
import type { Preview } from "./MethodPreview";
import { AcceptanceSection, ApplyPanel, Section } from "./MethodSections";
import { type RiskMethodology, useMethod } from "./types";

/** The form's method and the server version it was read from (0 for the built-in default). */
interface Draft {
  base: number;
  method: RiskMethodology;
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
  const [form, setForm] = useState<Draft | null>(null);
  const [preview, setPreview] = useState<{ of: string; result: Preview } | null>(null);
  const [refitted, setRefitted] = useState(false);
  const draft = form?.method ?? null;
  const savedVersion = saved.data ? (saved.data.version ?? 0) : null;

  // The form follows the server: whenever the version in force changes (after an apply, or someone
  // else's), it shows that version again, never an older answer or the built-in default.
  useEffect(() => {
    if (!saved.data || savedVersion === null) return;
    if (form && form.base === savedVersion) return;
    setForm({ base: savedVersion, method: structuredClone(saved.data.method) });
    setPreview(null);
    setRefitted(false);
  }, [saved.data, savedVersion, form]);

  const issues = useMemo(() => {
    const map = new Map<string, string>();
    if (draft) for (const issue of validateMethodology(draft)) map.set(issue.path, issue.message);
    return map;
  }, [draft]);
  const draftJson = draft ? JSON.stringify(draft) : "";
  const dirty = !!draft && !!saved.data && draftJson !== JSON.stringify(saved.data.method);

  const runPreview = useMutation({
    mutationFn: (method: RiskMethodology) =>
      ok(
        client.POST("/orgs/{slug}/risk-method/preview", { params: { path: { slug } }, body: { ...method } }),
      ),
    onSuccess: (result, method) => setPreview({ of: JSON.stringify(method), result }),
  });
  const apply = useMutation({
    mutationFn: ({ of, result, base }: { of: string; result: Preview; base: number }) =>
      ok(
        client.PUT("/orgs/{slug}/risk-method", {
          params: { path: { slug } },
          body: { methodology: JSON.parse(of), expectedChanges: result.changes.length },
          headers: ifMatch(base),
        }),
      ),
    onSuccess: async (data) => {
      notifications.show({
        message: `Methodology adopted; ${data.changes.length} risk${data.changes.length === 1 ? "" : "s"} rescaled`,
        color: "teal",
      });
      setPreview(null);
      // The new version arrives with the refetch, and the form is set from it (see above).
      await queryClient.invalidateQueries({ queryKey: ["org", slug] });
    },
  });

  const change = (patch: Partial<RiskMethodology>) => {
    runPreview.reset();
    apply.reset();
    setForm((f) => {
      if (!f) return f;
      const d = f.method;
      let next = { ...d, ...patch };
      const reshaped =
        next.likelihood.length !== d.likelihood.length ||
        next.impact.length !== d.impact.length ||
        next.scoring.kind !== d.scoring.kind;
      if (next.scoring.kind === "matrix" && (patch.likelihood || patch.impact)) {
        const old = next.scoring.matrix;
        next.scoring = {
          kind: "matrix",
          matrix: next.likelihood.map((l, r) => next.impact.map((i, c) => old[r]?.[c] ?? l.value * i.value)),
        };
      }
      // Thresholds move with the scales, so no level is left asking for a score they cannot produce.
      if (reshaped) {
        next = { ...next, ...fitThresholdsToScales(d, next) };
        setRefitted(true);
      }
      setPreview(null);
      return { ...f, method: next };
    });
  };

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
  const shownIssues = new Map([...serverIssues.map((i) => [i.path, i.message] as const), ...issues]);
  const previewed = preview && preview.of === draftJson ? preview : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Risk methodology"
        description="How risks are scored and judged: the likelihood and impact scales, the score, the levels and the criteria for accepting a risk. Changing it rescales existing risks after you have seen a preview."
        actions={<DownloadMenu slug={slug} items={["methodology"]} testId="method-download" />}
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
              issues={shownIssues}
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
              issues={shownIssues}
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
            {shownIssues.get("scoring.matrix") && (
              <Text size="sm" c="red.8">
                {shownIssues.get("scoring.matrix")}
              </Text>
            )}
            <LevelsEditor
              levels={draft.levels}
              onChange={(levels) => change({ levels })}
              readOnly={readOnly}
              issues={shownIssues}
            />
            {refitted && (
              <Text size="sm" c="dimmed" data-testid="levels-refitted">
                The highest scores of the levels and the acceptance limit were moved to fit the changed
                scales. Check them before you preview.
              </Text>
            )}
          </Section>
          <AcceptanceSection draft={draft} change={change} readOnly={readOnly} issues={shownIssues} />
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="lg" mb="sm">
              Heat map under this method
            </Title>
            {shownIssues.size === 0 ? (
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

      {canWrite && form && (
        <ApplyPanel
          slug={slug}
          dirty={dirty}
          valid={shownIssues.size === 0}
          preview={previewed?.result ?? null}
          previewing={runPreview.isPending}
          applying={apply.isPending}
          error={serverError}
          onDiscard={() => {
            setForm({ base: form.base, method: structuredClone(saved.data.method) });
            setPreview(null);
            setRefitted(false);
          }}
          onPreview={() => runPreview.mutate(draft)}
          onApply={() => previewed && apply.mutate({ ...previewed, base: form.base })}
        />
      )}
    </Stack>
  );
}
