/**
 * Two versions of a policy side by side as one text: words added in the later version in green
 * with a "+", words removed in red with a "−", so the change reads without relying on colour.
 */
import { Box, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState, QueryView } from "../../components/common";
import { compareQuery } from "./queries";
import { type PolicyComparison, type PolicyDetail, STATE_WORDS } from "./types";

function Parts({ parts }: { parts: PolicyComparison["parts"] }) {
  const added = parts.filter((p) => p.kind === "added").length;
  const removed = parts.filter((p) => p.kind === "removed").length;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="compare-summary">
        {added + removed === 0
          ? "The two versions read the same."
          : `${added} ${added === 1 ? "passage" : "passages"} added, ${removed} removed.`}
      </Text>
      <Box className="policy-diff" data-testid="policy-diff">
        {parts.map((p, i) =>
          p.kind === "same" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional
            <span key={i}>{p.text}</span>
          ) : p.kind === "added" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional
            <ins key={i} className="diff-added" data-testid="diff-added">
              <span className="diff-mark" aria-hidden>
                +
              </span>
              <span className="visually-hidden-text">[added: </span>
              {p.text}
              <span className="visually-hidden-text">]</span>
            </ins>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional
            <del key={i} className="diff-removed" data-testid="diff-removed">
              <span className="diff-mark" aria-hidden>
                −
              </span>
              <span className="visually-hidden-text">[removed: </span>
              {p.text}
              <span className="visually-hidden-text">]</span>
            </del>
          ),
        )}
      </Box>
    </Stack>
  );
}

export function Compare({ slug, policy }: { slug: string; policy: PolicyDetail }) {
  const numbers = policy.versions.map((v) => v.number);
  const last = numbers.at(-1) ?? 1;
  const [from, setFrom] = useState(numbers.at(-2) ?? last);
  const [to, setTo] = useState(last);
  const diff = useQuery({ ...compareQuery(slug, policy.key, from, to), enabled: from !== to });
  if (numbers.length < 2)
    return (
      <Paper withBorder p="md" radius="md">
        <EmptyState title="Only one version so far">
          When a new version is started, compare it here with the one before.
        </EmptyState>
      </Paper>
    );
  const options = [...policy.versions].reverse().map((v) => ({
    value: String(v.number),
    label: `Version ${v.number} · ${STATE_WORDS[v.state]}`,
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label="Compare"
            data={options}
            value={String(from)}
            onChange={(e) => setFrom(Number(e.currentTarget.value))}
            w={{ base: "100%", xs: 240 }}
            data-testid="compare-from"
          />
          <Box visibleFrom="xs" mb={10}>
            <IconArrowRight size={18} aria-hidden />
          </Box>
          <NativeSelect
            label="with"
            data={options}
            value={String(to)}
            onChange={(e) => setTo(Number(e.currentTarget.value))}
            w={{ base: "100%", xs: 240 }}
            data-testid="compare-to"
          />
        </Group>
        {from === to ? (
          <Text size="sm" c="gray.7">
            Pick two different versions to see what changed between them.
          </Text>
        ) : (
          <QueryView query={diff}>{(d) => <Parts parts={d.parts} />}</QueryView>
        )}
      </Stack>
    </Paper>
  );
}
