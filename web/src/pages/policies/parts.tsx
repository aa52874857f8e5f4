/** Small pieces the policy pages share: the state badge, the edit permission and a labelled value. */

import { Badge, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { label } from "../../../../src/domain/labels";
import { useCan } from "../../session";
import { type PolicyState, STATE_COLOURS } from "./types";

export function StateBadge({ state }: { state: PolicyState | null | undefined }) {
  if (!state) return <Text c="dimmed">—</Text>;
  return (
    <Badge
      color={STATE_COLOURS[state]}
      variant="light"
      radius="sm"
      tt="none"
      data-testid="policy-state"
      style={{ flexShrink: 0, overflow: "visible" }}
      styles={{
        label: {
          color: `color-mix(in srgb, var(--mantine-color-${STATE_COLOURS[state]}-9) 70%, black)`,
          overflow: "visible",
        },
      }}
    >
      {label("policyState", state)}
    </Badge>
  );
}

/** Whether the signed-in user may draft, review and publish policies here (the server checks again). */
export function useCanEditPolicies(): boolean {
  return useCan("policy:write");
}

/** A value with its label above it, for the approval block and summaries. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Stack>
  );
}

/** A SHA-256 in short form, the full value on hover and for screen readers. */
export function ShortHash({ hash }: { hash: string | null | undefined }) {
  if (!hash) return <>—</>;
  return (
    <Text span ff="monospace" size="sm" title={hash} aria-label={`SHA-256 ${hash}`}>
      {hash.slice(0, 12)}…
    </Text>
  );
}
