/** Two-factor sign-in for the signed-in user: setting it up, moving to a new authenticator, turning it off. */
import { Badge, Button, Code, Group, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconShieldLock } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, call } from "../../api";
import type { ApiResponse } from "../../api/types";
import { ErrorAlert } from "../../components/common";
import { ME_KEY, useMe } from "../../session";
import { Copy, type Proof, useProof } from "./security-shared";
import { FormModal, Section, serverField } from "./shared";

export function TwoFactor() {
  const me = useMe().data;
  const client = useQueryClient();
  const [code, setCode] = useState("");
  const [turningOff, setTurningOff] = useState(false);
  const setup = useMutation({
    mutationFn: (proof: Proof) =>
      api.post<ApiResponse<"/auth/totp/setup", "post">>("/auth/totp/setup", proof),
  });
  const confirm = useProof(setup.error);
  const enable = useMutation({
    mutationFn: () => api.post("/auth/totp/enable", { code: code.trim() }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      notifications.show({ message: "Two-factor sign-in is on", color: "teal" });
      setup.reset();
      setCode("");
      confirm.reset();
    },
  });
  return (
    <Section
      title="Two-factor sign-in"
      description="A one-time code from an authenticator app is asked for at every sign-in with a password, and before your credentials change."
      testId="two-factor"
    >
      {!setup.data ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (confirm.given) setup.mutate(confirm.proof);
          }}
        >
          <Stack gap="sm" align="flex-start">
            {me?.totpEnabled ? (
              <Group gap="xs">
                <Badge
                  color="teal"
                  variant="light"
                  radius="sm"
                  tt="none"
                  leftSection={<IconShieldLock size={14} />}
                >
                  enabled
                </Badge>
                <Text size="sm">Two-factor sign-in is on for {me.email}.</Text>
              </Group>
            ) : (
              <Text size="sm">Two-factor sign-in is off for your account.</Text>
            )}
            {confirm.field}
            <Group gap="sm">
              <Button
                type="submit"
                loading={setup.isPending}
                disabled={!confirm.given}
                data-testid="totp-setup"
              >
                {me?.totpEnabled ? "Move to a new authenticator" : "Set up two-factor"}
              </Button>
              {me?.totpEnabled && (
                <Button variant="subtle" color="red" onClick={() => setTurningOff(true)}>
                  Turn off…
                </Button>
              )}
            </Group>
            <ErrorAlert error={setup.error} />
          </Stack>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (code.trim()) enable.mutate();
          }}
        >
          <Stack gap="sm" maw={720}>
            <Text size="sm">
              1. In your authenticator app, add an account with this secret key, or paste the setup link into
              an app that accepts one.
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} w={90}>
                Secret key
              </Text>
              <Code style={{ flex: 1 }} data-testid="totp-secret">
                {setup.data.secret}
              </Code>
              <Copy value={setup.data.secret} label="Copy the secret key" />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} w={90}>
                Setup link
              </Text>
              <Code style={{ flex: 1, overflowWrap: "anywhere" }}>{setup.data.uri}</Code>
              <Copy value={setup.data.uri} label="Copy the setup link" />
            </Group>
            <Text size="sm">
              2. Enter the six-digit code the app shows to confirm.
              {me?.totpEnabled && " Until you do, your current authenticator stays in use."}
            </Text>
            <Group align="flex-end">
              <TextInput
                label="Code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={8}
                w={160}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={serverField(enable.error, "code") ?? (enable.error ? "Not accepted" : undefined)}
                data-testid="totp-code"
              />
              <Button type="submit" loading={enable.isPending} disabled={!code.trim()}>
                Turn on two-factor
              </Button>
            </Group>
            <ErrorAlert error={enable.error} title="Two-factor was not turned on" />
          </Stack>
        </form>
      )}
      {turningOff && <TurnOffTwoFactor onClose={() => setTurningOff(false)} />}
    </Section>
  );
}

function TurnOffTwoFactor({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const off = useMutation({
    mutationFn: (proof: Proof) => call("DELETE", "/auth/totp", { body: proof }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      notifications.show({ message: "Two-factor sign-in is off", color: "orange" });
      onClose();
    },
  });
  const confirm = useProof(off.error);
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Turn two-factor sign-in off?"
      submitLabel="Turn off"
      pending={off.isPending}
      error={off.error}
      onSubmit={() => confirm.given && off.mutate(confirm.proof)}
      testId="totp-off-modal"
    >
      <Text size="sm">Your account will be protected by its password alone.</Text>
      {confirm.field}
    </FormModal>
  );
}
