/**
 * Two versions of a policy compared line by line: lines added in the later version in green with a
 * "+", lines removed in red with a "−", so the change reads without relying on colour; long runs of
 * unchanged lines fold.
 */

import { Box, Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { diffWords } from "diff";
import { Fragment, useMemo, useState } from "react";
import { label } from "../../../../src/domain/labels";
import { EmptyState, QueryView } from "../../components/common";
import { compareQuery } from "./queries";
import type { PolicyComparison, PolicyDetail } from "./types";

interface Line {
  kind: PolicyComparison["parts"][number]["kind"];
  text: string;
  /** For a changed line paired with its counterpart: its words, the changed ones marked. */
  words?: { text: string; changed: boolean }[];
}

/** The comparison line by line (each part's text ends with its line break). */
function linesOf(parts: PolicyComparison["parts"]): Line[] {
  return parts.flatMap((p) => {
    const lines = p.text.split("\n");
    if (lines.length > 1 && lines.at(-1) === "") lines.pop();
    return lines.map((text) => ({ kind: p.kind, text }));
  });
}

/**
 * A run of removed lines followed by as many added lines is a change to those lines: each pair is
 * compared word by word, so that the words changed in a long paragraph stand out.
 */
function withWords(lines: Line[]): Line[] {
  const out = lines.map((l) => ({ ...l }));
  let i = 0;
  while (i < out.length) {
    let j = i;
    while (out[j]?.kind === "removed") j++;
    let k = j;
    while (out[k]?.kind === "added") k++;
    if (j > i && k - j === j - i) {
      for (let n = 0; n < j - i; n++) {
        const before = out[i + n] as Line;
        const after = out[j + n] as Line;
        const changes = diffWords(before.text, after.text);
        before.words = changes.filter((c) => !c.added).map((c) => ({ text: c.value, changed: c.removed }));
        after.words = changes.filter((c) => !c.removed).map((c) => ({ text: c.value, changed: c.added }));
      }
    }
    i = Math.max(k, i + 1);
  }
  return out;
}

/** Unchanged lines kept around each change; longer unchanged runs fold. */
const CONTEXT = 2;

type Row = { line: Line; n: number } | { fold: number; from: number };

function rowsOf(lines: Line[], unfolded: ReadonlySet<number>): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]?.kind !== "same") {
      rows.push({ line: lines[i] as Line, n: i });
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]?.kind === "same") end++;
    const keepStart = i === 0 ? 0 : CONTEXT;
    const keepEnd = end === lines.length ? 0 : CONTEXT;
    const hidden = end - i - keepStart - keepEnd;
    if (hidden > 1 && !unfolded.has(i)) {
      for (let k = i; k < i + keepStart; k++) rows.push({ line: lines[k] as Line, n: k });
      rows.push({ fold: hidden, from: i });
      for (let k = end - keepEnd; k < end; k++) rows.push({ line: lines[k] as Line, n: k });
    } else for (let k = i; k < end; k++) rows.push({ line: lines[k] as Line, n: k });
    i = end;
  }
  return rows;
}

const MARKS = { same: " ", added: "+", removed: "−" } as const;
const SPOKEN = { same: "", added: "Added: ", removed: "Removed: " } as const;

function DiffLine({ line }: { line: Line }) {
  const text = line.words
    ? line.words.map((w, i) =>
        w.changed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the words are positional
          <mark key={i} className="diff-word">
            {w.text}
          </mark>
        ) : (
          w.text
        ),
      )
    : line.text || "\u00a0";
  return (
    <div
      className={`diff-line diff-${line.kind}`}
      data-testid={line.kind === "same" ? undefined : `diff-${line.kind}`}
    >
      <span className="diff-mark" aria-hidden>
        {MARKS[line.kind]}
      </span>
      {line.kind === "same" ? (
        <span>{text}</span>
      ) : line.kind === "added" ? (
        <ins>
          <span className="visually-hidden-text">{SPOKEN.added}</span>
          {text}
        </ins>
      ) : (
        <del>
          <span className="visually-hidden-text">{SPOKEN.removed}</span>
          {text}
        </del>
      )}
    </div>
  );
}

function Parts({ parts }: { parts: PolicyComparison["parts"] }) {
  const lines = useMemo(() => withWords(linesOf(parts)), [parts]);
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const added = lines.filter((l) => l.kind === "added").length;
  const removed = lines.filter((l) => l.kind === "removed").length;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="compare-summary">
        {added + removed === 0
          ? "The two versions read the same."
          : `${added} ${added === 1 ? "line" : "lines"} added (+), ${removed} removed (−). The text is shown as it is stored, in Markdown.`}
      </Text>
      <Box className="policy-diff" data-testid="policy-diff">
        {rowsOf(lines, unfolded).map((row) =>
          "fold" in row ? (
            <Button
              key={`fold-${row.from}`}
              variant="subtle"
              size="compact-sm"
              className="diff-fold"
              onClick={() => setUnfolded((u) => new Set(u).add(row.from))}
            >
              Show {row.fold} unchanged lines
            </Button>
          ) : (
            <DiffLine key={row.n} line={row.line} />
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
    label: `Version ${v.number} · ${label("policyState", v.state)}`,
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          {(
            [
              ["Compare", from, setFrom, "compare-from"],
              ["with", to, setTo, "compare-to"],
            ] as const
          ).map(([label, value, set, testId], i) => (
            <Fragment key={testId}>
              {i > 0 && (
                <Box visibleFrom="xs" mb={10}>
                  <IconArrowRight size={18} aria-hidden />
                </Box>
              )}
              <NativeSelect
                label={label}
                data={options}
                value={String(value)}
                onChange={(e) => set(Number(e.currentTarget.value))}
                w={{ base: "100%", xs: 240 }}
                data-testid={testId}
              />
            </Fragment>
          ))}
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
