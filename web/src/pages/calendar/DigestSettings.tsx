/**
 * The signed-in person's e-mail reminders in this organization: a digest of what is overdue and due
 * (off until they opt in, or daily or weekly) and immediate messages for short clocks. Says plainly
 * when the installation has no mail server, in which case nothing is sent.
 */
import { Alert, SegmentedControl, Stack, Switch, Text } from "@mantine/core";
import { IconMailOff } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, ok } from "../../api";
import type { ApiResponse } from "../../api/types";
import { ErrorAlert, QueryView } from "../../components/common";
import { Section } from "../manage/shared";

type Settings = ApiResponse<"/me/notifications">;
type Digest = Settings["organizations"][number]["digest"];
const KEY = ["me", "notifications"] as const;

const CHOICES: { value: Digest; label: string }[] = [
  { value: "off", label: "No digest" },
  { value: "daily", label: "Daily" },
  { value: "weekly", label: "Weekly" },
];

function Choices({ slug, settings }: { slug: string; settings: Settings }) {
  const queryClient = useQueryClient();
  const mine = settings.organizations.find((o) => o.slug === slug);
  const save = useMutation({
    mutationFn: (patch: { digest?: Digest; alerts?: boolean }) =>
      ok(client.PUT("/me/notifications/{slug}", { params: { path: { slug } }, body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  if (!mine) return null;
  return (
    <Stack gap="md">
      {!settings.mailConfigured && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconMailOff size={18} />}
          data-testid="mail-not-configured"
        >
          This installation has no mail server yet, so no e-mail is sent. Your choice is kept and applies once
          an administrator sets ISMS_SMTP_URL.
        </Alert>
      )}
      <Stack gap={6}>
        <Text size="sm" fw={600} id="digest-label">
          Digest of your overdue and due tasks in {mine.name}
        </Text>
        <SegmentedControl
          aria-labelledby="digest-label"
          value={mine.digest}
          data={CHOICES}
          onChange={(value) => save.mutate({ digest: value as Digest })}
          disabled={save.isPending}
          style={{ alignSelf: "flex-start" }}
          data-testid="digest-choice"
        />
        <Text size="xs" c="dimmed">
          Daily digests go out each morning, weekly ones on Mondays; each lists what is overdue and due within
          two weeks, with links here.
        </Text>
      </Stack>
      <Switch
        label="Immediate messages: incident notification deadlines and policies waiting for approval"
        checked={mine.alerts}
        onChange={(e) => save.mutate({ alerts: e.currentTarget.checked })}
        disabled={save.isPending}
        data-testid="alerts-switch"
      />
      <ErrorAlert error={save.error} title="Your choice was not saved" />
    </Stack>
  );
}

export function DigestSettings({ slug }: { slug: string }) {
  const settings = useQuery({ queryKey: KEY, queryFn: () => ok(client.GET("/me/notifications")) });
  return (
    <Section
      title="E-mail reminders"
      description="Choose how this organization reminds you by e-mail. Every message has a link to stop it."
      testId="digest-settings"
    >
      <QueryView query={settings}>{(s) => <Choices slug={slug} settings={s} />}</QueryView>
    </Section>
  );
}
