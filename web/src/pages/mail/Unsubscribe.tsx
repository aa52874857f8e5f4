/**
 * The page an e-mail's "stop these e-mails" link opens, without signing in: whom and which
 * organization the link is for, and one button that turns off their digest and immediate messages.
 */
import { Alert, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { ApiError, client, ok } from "../../api";
import { ErrorAlert, Loading } from "../../components/common";
import { PublicFrame } from "../ack/PublicFrame";

export default function Unsubscribe() {
  const { token = "" } = useParams();
  const params = { params: { path: { token } } };
  const who = useQuery({
    queryKey: ["unsubscribe", token],
    queryFn: () => ok(client.GET("/mail/unsubscribe/{token}", params)),
    retry: false,
  });
  const stop = useMutation({ mutationFn: () => ok(client.POST("/mail/unsubscribe/{token}", params)) });
  const off = stop.data ?? (who.data && !who.data.alerts && who.data.digest === "off" ? who.data : undefined);
  return (
    <PublicFrame>
      {who.error ? (
        who.error instanceof ApiError && who.error.status === 404 ? (
          <Paper withBorder p="lg" radius="md" data-testid="unsubscribe-invalid">
            <Title order={1} fz={22} mb="sm">
              This link is not valid
            </Title>
            <Text size="sm">
              It may have been copied incompletely. Sign in and change your e-mail reminders under My tasks.
            </Text>
          </Paper>
        ) : (
          <ErrorAlert error={who.error} />
        )
      ) : who.data ? (
        <Stack gap="md">
          <Title order={1} fz={{ base: 22, sm: 26 }}>
            E-mail reminders from {who.data.organization}
          </Title>
          {off ? (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCircleCheck size={18} />}
              title="Done: no more reminders"
              data-testid="unsubscribed"
              styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
            >
              {off.email} will receive no digest and no immediate messages from {off.organization}. You can
              turn them on again under My tasks when signed in.
            </Alert>
          ) : (
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <Text size="sm">
                  Stop the {who.data.digest === "off" ? "" : `${who.data.digest} `}digest and immediate
                  messages that {who.data.organization} sends to {who.data.email}?
                </Text>
                <ErrorAlert error={stop.error} title="Nothing was changed" />
                <Button
                  onClick={() => stop.mutate()}
                  loading={stop.isPending}
                  size="md"
                  style={{ alignSelf: "flex-start" }}
                  data-testid="unsubscribe-confirm"
                >
                  Stop these e-mails
                </Button>
              </Stack>
            </Paper>
          )}
        </Stack>
      ) : (
        <Loading />
      )}
    </PublicFrame>
  );
}
