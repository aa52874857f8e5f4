/** What stands between the organization and a stage 1 or stage 2 audit, each with the page that fixes it. */
import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowRight, IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { clauseOf, fixLinkOf } from "./links";
import { SoftBadge } from "./SoftBadge";
import type { Blocker, Readiness } from "./types";

const LIMIT = 7;

function BlockerRow({ slug, blocker }: { slug: string; blocker: Blocker }) {
  const link = fixLinkOf(blocker.ref, blocker.fix);
  const clause = clauseOf(blocker.ref);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" py={6}>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <SoftBadge colour={blocker.stage === 1 ? "red" : "orange"}>Stage {blocker.stage}</SoftBadge>
          <Text size="xs" c="dimmed">
            {blocker.ref.startsWith("clause:") ? `Clause ${clause}` : `Control ${clause}`}
          </Text>
        </Group>
        <Text size="sm">{blocker.message.charAt(0).toUpperCase() + blocker.message.slice(1)}</Text>
      </Stack>
      <Anchor
        component={Link}
        to={`/o/${slug}/${link.path}`}
        size="sm"
        style={{ whiteSpace: "nowrap" }}
        aria-label={`Fix in ${link.label}: ${blocker.message}`}
      >
        <Group gap={4} wrap="nowrap">
          {link.label}
          <IconArrowRight size={14} aria-hidden />
        </Group>
      </Anchor>
    </Group>
  );
}

export function Blockers({ slug, readiness }: { slug: string; readiness: Readiness }) {
  const [all, setAll] = useState(false);
  const sorted = [...readiness.blockers].sort((a, b) => a.stage - b.stage);
  const shown = all ? sorted : sorted.slice(0, LIMIT);
  return (
    <Paper withBorder p="md" radius="md" data-testid="blockers" h="100%">
      <Title order={2} fz="lg" mb="xs">
        What blocks certification
      </Title>
      {sorted.length === 0 ? (
        <Group gap="sm" py="md">
          <ThemeIcon color="teal" variant="light" radius="xl" size="lg">
            <IconCircleCheck size={20} aria-hidden />
          </ThemeIcon>
          <Text size="sm">
            Nothing blocks a stage 1 or stage 2 audit. Keep evidence fresh and reviews on schedule.
          </Text>
        </Group>
      ) : (
        <Stack gap={0} style={{ rowGap: 0 }}>
          <Text size="sm" c="dimmed" mb={4}>
            Stage 1 checks the documented ISMS; stage 2 checks that it runs in practice.
          </Text>
          {shown.map((b) => (
            <BlockerRow key={`${b.ref}-${b.message}`} slug={slug} blocker={b} />
          ))}
          {sorted.length > LIMIT && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setAll(!all)}
              mt={4}
              style={{ alignSelf: "flex-start" }}
            >
              {all ? "Show fewer" : `Show all ${sorted.length} blockers`}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
