/**
 * A secret calendar address (iCalendar) to subscribe to in a calendar application: made on
 * request (a new one replaces the old), shown once to copy, and revocable.
 */
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconCalendarPlus, IconCalendarX, IconCheck, IconCopy } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/common";
import { Section } from "../manage/shared";
import { type FeedOwner, feedWrites } from "./queries";

export function CalendarFeed({ owner, description }: { owner: FeedOwner; description: string }) {
  const writes = feedWrites(owner);
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const create = useMutation({
    mutationFn: writes.create,
    onSuccess: (feed) => {
      setUrl(feed.url);
      setRevoked(false);
    },
  });
  const revoke = useMutation({
    mutationFn: writes.revoke,
    onSuccess: () => {
      setUrl(null);
      setRevoked(true);
    },
  });
  const testId = owner.kind === "me" ? "calendar-feed" : "org-calendar-feed";
  return (
    <Section title="Calendar feed" description={description} testId={testId}>
      <Stack gap="sm">
        {url && (
          <Stack gap={6}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label="Calendar address"
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
                data-testid="feed-url"
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? "light" : "default"}
                    color={copied ? "teal" : undefined}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                    aria-label="Copy the calendar address"
                    data-testid="copy-feed"
                  >
                    {copied ? "Copied" : "Copy"}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm" c="dimmed">
              Keep this address secret: anyone who has it can read the calendar. It is shown only now; if it
              leaks, create a new one (the old one stops working) or revoke it.
            </Text>
          </Stack>
        )}
        {revoked && (
          <Alert color="gray" variant="light" role="status">
            The calendar address no longer works. Calendar applications subscribed to it stop updating.
          </Alert>
        )}
        <ErrorAlert error={create.error ?? revoke.error} title="The calendar address was not changed" />
        <Group gap="xs">
          <Button
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => create.mutate()}
            loading={create.isPending}
            data-testid="create-feed"
          >
            {url ? "Create a new address" : "Create calendar address"}
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconCalendarX size={16} aria-hidden />}
            onClick={() => revoke.mutate()}
            loading={revoke.isPending}
            data-testid="revoke-feed"
          >
            Revoke address
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
