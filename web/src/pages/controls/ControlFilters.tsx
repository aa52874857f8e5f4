/** The filters of the Annex A list; they live in the URL query string so a filtered view can be shared. */
import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { IconFilterOff, IconSearch } from "@tabler/icons-react";
import { useMemo } from "react";
import type { SetURLSearchParams } from "react-router";
import type { LintProblem, SoaEntry } from "../../api/types";
import { ATTRIBUTES, applicabilityOf, type CatalogControl, humanize, STATUSES } from "./data";

export interface Filters {
  q: string;
  applicability: string | null;
  status: string | null;
  lint: boolean;
  attributes: Record<string, string[]>;
}

const FILTER_PARAMS = ["q", "applicability", "status", "lint", ...ATTRIBUTES.map((a) => a.param)];

export function readFilters(params: URLSearchParams): Filters {
  return {
    q: params.get("q") ?? "",
    applicability: params.get("applicability"),
    status: params.get("status"),
    lint: params.get("lint") === "1",
    attributes: Object.fromEntries(ATTRIBUTES.map((a) => [a.key, params.getAll(a.param)])),
  };
}

export function applyFilters(
  controls: CatalogControl[],
  entries: Map<string, SoaEntry>,
  problems: Map<string, LintProblem[]>,
  f: Filters,
): CatalogControl[] {
  const words = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return controls.filter((c) => {
    const entry = entries.get(c.id);
    if (f.applicability && applicabilityOf(entry) !== f.applicability) return false;
    if (f.status && entry?.status !== f.status) return false;
    if (f.lint && !problems.get(c.id)?.length) return false;
    for (const a of ATTRIBUTES) {
      const wanted = f.attributes[a.key] ?? [];
      if (wanted.length && !wanted.some((v) => (c.attributes[a.key] as readonly string[]).includes(v)))
        return false;
    }
    if (words.length) {
      const hay = [c.id, c.title, entry?.owner ?? "", ...(c.guidance.keywords ?? [])].join(" ").toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export function ControlFilters({
  controls,
  params,
  setParams,
  shown,
}: {
  controls: CatalogControl[];
  params: URLSearchParams;
  setParams: SetURLSearchParams;
  shown: number;
}) {
  const f = readFilters(params);
  const values = useMemo(
    () =>
      Object.fromEntries(
        ATTRIBUTES.map((a) => [
          a.key,
          [...new Set(controls.flatMap((c) => c.attributes[a.key]))]
            .sort()
            .map((v) => ({ value: v, label: humanize(v) })),
        ]),
      ),
    [controls],
  );
  const update = (name: string, value: string | string[] | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(name);
        if (Array.isArray(value)) for (const v of value) next.append(name, v);
        else if (value) next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const active = FILTER_PARAMS.some((p) => params.has(p));

  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid minColWidth="220px" spacing="md" verticalSpacing="sm">
        <TextInput
          label="Search"
          placeholder="Number, title, owner or keyword"
          leftSection={<IconSearch size={16} />}
          value={f.q}
          onChange={(e) => update("q", e.currentTarget.value)}
        />
        <Select
          label="Applicability"
          placeholder="Any"
          clearable
          data={[
            { value: "included", label: "Included" },
            { value: "excluded", label: "Excluded" },
            { value: "undecided", label: "Undecided" },
          ]}
          value={f.applicability}
          onChange={(v) => update("applicability", v)}
        />
        <Select
          label="Implementation status"
          placeholder="Any"
          clearable
          data={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
          value={f.status}
          onChange={(v) => update("status", v)}
        />
        <MultiSelect
          label={ATTRIBUTES[0]?.label}
          placeholder={f.attributes.controlType?.length ? undefined : "Any"}
          data={values.controlType ?? []}
          value={f.attributes.controlType ?? []}
          onChange={(v) => update("type", v)}
          clearable
        />
        {ATTRIBUTES.slice(1).map((a) => (
          <MultiSelect
            key={a.key}
            label={a.label}
            placeholder={f.attributes[a.key]?.length ? undefined : "Any"}
            data={values[a.key] ?? []}
            value={f.attributes[a.key] ?? []}
            onChange={(v) => update(a.param, v)}
            clearable
            searchable
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" mt="md">
        <Group gap="lg">
          <Switch
            label="Only controls with a lint problem"
            checked={f.lint}
            onChange={(e) => update("lint", e.currentTarget.checked ? "1" : null)}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {shown} of {controls.length} controls
          </Text>
        </Group>
        {active && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilterOff size={14} />}
            onClick={() =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  for (const p of FILTER_PARAMS) next.delete(p);
                  return next;
                },
                { replace: true },
              )
            }
          >
            Clear filters
          </Button>
        )}
      </Group>
    </Paper>
  );
}
