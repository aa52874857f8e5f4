/** The register's filters (kept in the URL) and the chips that show and remove active ones. */

import { Badge, Button, CloseButton, Group, Select, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ownersQuery } from "./queries";
import { RISK_STATUSES, type RiskMethodology, TREATMENTS, treatmentLabel } from "./types";

type Query = Record<string, string | undefined>;
type Update = (changes: Record<string, string | undefined>) => void;

export function RegisterFilters({
  slug,
  method,
  query,
  update,
}: {
  slug: string;
  method: RiskMethodology | undefined;
  query: Query;
  update: Update;
}) {
  const owners = useQuery({
    ...ownersQuery(slug),
  });
  const [text, setText] = useState(query.q ?? "");
  const [debounced] = useDebouncedValue(text, 300);
  // Follow the URL when it changes elsewhere (a chip removed, back button).
  useEffect(() => setText(query.q ?? ""), [query.q]);
  // Only the typed text drives this effect, not URL changes made elsewhere.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (debounced.trim() !== (query.q ?? "")) update({ q: debounced.trim() || undefined });
  }, [debounced]);

  const ownerOptions = (owners.data ?? []).map((o) => ({ value: o.owner, label: `${o.owner} (${o.risks})` }));
  if (query.owner && !ownerOptions.some((o) => o.value === query.owner))
    ownerOptions.unshift({ value: query.owner, label: query.owner });

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Key, title or owner"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        rightSection={
          text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setText("")} /> : null
        }
        w={220}
        data-testid="risk-search"
      />
      <Select
        label="Level"
        placeholder="Any level"
        data={(method?.levels ?? []).map((l) => l.name)}
        value={query.level ?? null}
        onChange={(v) => update({ level: v ?? undefined })}
        clearable
        w={130}
      />
      <Select
        label="Status"
        placeholder="Any status"
        data={RISK_STATUSES}
        value={query.status ?? null}
        onChange={(v) => update({ status: v ?? undefined })}
        clearable
        w={150}
      />
      <Select
        label="Treatment"
        placeholder="Any treatment"
        data={TREATMENTS}
        value={query.treatment ?? null}
        onChange={(v) => update({ treatment: v ?? undefined })}
        clearable
        w={170}
      />
      <Select
        label="Owner"
        placeholder="Any owner"
        data={ownerOptions}
        value={query.owner ?? null}
        onChange={(v) => update({ owner: v ?? undefined })}
        searchable
        clearable
        nothingFoundMessage="No owner of that name"
        w={200}
      />
    </Group>
  );
}

export function ActiveFilters({
  method,
  query,
  update,
}: {
  method: RiskMethodology | undefined;
  query: Query;
  update: Update;
}) {
  const chips: { key: string; label: string; clear: Record<string, undefined> }[] = [];
  if (query.which && query.l && query.i) {
    const l = method?.likelihood.find((s) => s.value === Number(query.l))?.name ?? query.l;
    const i = method?.impact.find((s) => s.value === Number(query.i))?.name ?? query.i;
    chips.push({
      key: "cell",
      label: `${query.which === "residual" ? "Residual" : "Inherent"}: ${l} likelihood × ${i} impact`,
      clear: { which: undefined, l: undefined, i: undefined },
    });
  }
  if (query.q) chips.push({ key: "q", label: `Text: “${query.q}”`, clear: { q: undefined } });
  if (query.level) chips.push({ key: "level", label: `Level: ${query.level}`, clear: { level: undefined } });
  if (query.status) {
    const label = RISK_STATUSES.find((s) => s.value === query.status)?.label ?? query.status;
    chips.push({ key: "status", label: `Status: ${label}`, clear: { status: undefined } });
  }
  if (query.treatment)
    chips.push({
      key: "treatment",
      label: `Treatment: ${treatmentLabel(query.treatment)}`,
      clear: { treatment: undefined },
    });
  if (query.owner) chips.push({ key: "owner", label: `Owner: ${query.owner}`, clear: { owner: undefined } });
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" data-testid="active-filters">
      <Text size="sm" fw={500}>
        Filtered by
      </Text>
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          variant="default"
          size="lg"
          radius="sm"
          tt="none"
          fw={500}
          pr={4}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => update(chip.clear)}
            />
          }
          data-testid={`filter-chip-${chip.key}`}
        >
          {chip.label}
        </Badge>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() =>
          update(Object.fromEntries(chips.flatMap((c) => Object.keys(c.clear)).map((k) => [k, undefined])))
        }
      >
        Clear all
      </Button>
    </Group>
  );
}
