/**
 * The page a one-time link opens, without signing in: the policy a person is asked to read (its
 * organization, version, effective date and text) and the button that records their acceptance,
 * then a confirmation with the time.
 */
import { Alert, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { ApiError } from "../../api";
import { ErrorAlert, formatDate, formatDateTime, Loading } from "../../components/common";
import { Markdown } from "../policies/Markdown";
import { ShortHash } from "../policies/parts";
import { publicAck } from "../policies/queries";
import type { PublicAck } from "../policies/types";
import { PublicFrame as Frame } from "./PublicFrame";

function Confirmation({ at }: { at: string }) {
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title="Thank you, your acknowledgement is recorded"
      data-testid="ack-confirmed"
      styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
    >
      You confirmed on {formatDateTime(at)} that you have read and accept this policy. You can close this
      page.
    </Alert>
  );
}

function Policy({ token, ack }: { token: string; ack: PublicAck }) {
  const accept = useMutation({
    mutationFn: () => publicAck.accept(token),
  });
  const at = accept.data?.acknowledgedAt ?? ack.acknowledgedAt;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {ack.organization} asks {ack.person} to read and acknowledge
        </Text>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {ack.title}
        </Title>
        <Text size="sm" c="dimmed" data-testid="ack-facts">
          Version {ack.version} · effective from {formatDate(ack.effectiveFrom)} · SHA-256{" "}
          <ShortHash hash={ack.contentSha256} />
        </Text>
      </Stack>
      {ack.acknowledgedAt && <Confirmation at={ack.acknowledgedAt} />}
      <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md">
        <Markdown source={ack.content} testId="ack-content" />
      </Paper>
      {ack.acknowledgedAt ? null : at ? (
        <Confirmation at={at} />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Text size="sm">
              By confirming, you state that you have read this version of the policy, understand it and will
              follow it. Your name and the time are recorded with the version's SHA-256.
            </Text>
            <ErrorAlert error={accept.error} title="Your acknowledgement was not recorded" />
            <Button
              onClick={() => accept.mutate()}
              loading={accept.isPending}
              size="md"
              style={{ alignSelf: "flex-start" }}
              data-testid="ack-accept"
            >
              I have read and accept this policy
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

export default function AckPage() {
  const { token = "" } = useParams();
  const ack = useQuery(publicAck.query(token));
  return (
    <Frame>
      {ack.error ? (
        ack.error instanceof ApiError && ack.error.status === 404 ? (
          <Paper withBorder p="lg" radius="md" data-testid="ack-invalid">
            <Title order={1} fz={22} mb="sm">
              This link is no longer valid
            </Title>
            <Text size="sm">
              Each link works once, and a newer link replaces an older one. If you still need to acknowledge
              the policy, ask the person who sent it for a new link.
            </Text>
          </Paper>
        ) : (
          <ErrorAlert error={ack.error} />
        )
      ) : ack.data ? (
        <Policy token={token} ack={ack.data} />
      ) : (
        <Loading />
      )}
    </Frame>
  );
}
