/**
 * The reminder a signed-in person sees while they have not acknowledged the published version of a
 * policy that applies to them, with the button that records their acknowledgement.
 */
import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { IconBellRinging } from "@tabler/icons-react";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/common";
import { useMe, useSlug } from "../../session";
import { useOrgWrite } from "../manage/shared";
import { acksQuery, policyWrites } from "./queries";
import type { PolicyAcknowledgements, PolicySummary } from "./types";

/** Whether the signed-in person is asked to acknowledge and has not yet. */
function pendingForMe(acks: PolicyAcknowledgements | undefined, email: string | undefined): boolean {
  if (!acks || !email) return false;
  const mine = acks.people.find((p) => p.email?.toLowerCase() === email.toLowerCase());
  return !!mine && mine.acknowledgedAt === null;
}

function AcknowledgeButton({ policyKey, title }: { policyKey: string; title: string }) {
  const slug = useSlug();
  const ack = useOrgWrite(() => policyWrites(slug).acknowledge(policyKey), `You have acknowledged ${title}`);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        onClick={() => ack.mutate(undefined)}
        loading={ack.isPending}
        data-testid={`acknowledge-${policyKey}`}
        aria-label={`Acknowledge ${title}`}
      >
        Acknowledge
      </Button>
      {ack.error ? <ErrorAlert error={ack.error} title="Not acknowledged" /> : null}
    </Stack>
  );
}

/** On a policy's page: the banner for its current published version. */
export function AckBanner({
  policyKey,
  title,
  version,
}: {
  policyKey: string;
  title: string;
  version: number;
}) {
  const slug = useSlug();
  const me = useMe();
  const acks = useQuery(acksQuery(slug, policyKey));
  if (!pendingForMe(acks.data, me.data?.email)) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconBellRinging size={18} />}
      title="Please read and acknowledge this policy"
      data-testid="ack-banner"
      styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Version {version} of {title} applies to you. Read it below, then confirm that you have read it and
          accept it.
        </Text>
        <AcknowledgeButton policyKey={policyKey} title={title} />
      </Group>
    </Alert>
  );
}

/** On the list: every published policy the signed-in person has still to acknowledge. */
export function AckReminders({ policies }: { policies: PolicySummary[] }) {
  const slug = useSlug();
  const me = useMe();
  const published = policies.filter((p) => p.state === "published" && p.pending > 0);
  const acks = useQueries({ queries: published.map((p) => acksQuery(slug, p.key)) });
  const mine = published.filter((_, i) => pendingForMe(acks[i]?.data, me.data?.email));
  if (mine.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconBellRinging size={18} />}
      title={
        mine.length === 1 ? "A policy awaits your acknowledgement" : "Policies await your acknowledgement"
      }
      data-testid="ack-reminders"
      styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
    >
      <Stack gap="xs">
        {mine.map((p) => (
          <Group key={p.key} justify="space-between" gap="sm">
            <Text size="sm">
              <Anchor
                component={Link}
                to={`/o/${slug}/policies/${p.key}`}
                size="sm"
                fw={500}
                underline="always"
              >
                {p.title}
              </Anchor>
              , version {p.version}
            </Text>
            <AcknowledgeButton policyKey={p.key} title={p.title} />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
