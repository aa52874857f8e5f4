/** Changing the signed-in user's password; the server signs out their other sessions. */
import { Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import type { ApiResponse } from "../../api/types";
import { ErrorAlert } from "../../components/common";
import { useMe } from "../../session";
import { Section, serverField } from "./shared";

export function ChangePassword() {
  const me = useMe().data;
  const [values, setValues] = useState({ current: "", next: "", again: "", code: "" });
  const change = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<"/auth/password", "post">>("/auth/password", {
        currentPassword: values.current,
        newPassword: values.next,
        ...(me?.totpEnabled && { code: values.code.trim() }),
      }),
    onSuccess: (result) => {
      notifications.show({
        message: `Password changed${result.otherSessionsEnded ? `; ${result.otherSessionsEnded} other session(s) signed out` : ""}`,
        color: "teal",
      });
      setValues({ current: "", next: "", again: "", code: "" });
    },
  });
  const mismatch = values.again !== "" && values.again !== values.next;
  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    // Read now: React clears currentTarget once the handler returns, before the updater runs.
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  return (
    <Section
      title="Password"
      description="At least 12 characters and hard to guess: a few unrelated words work well. Your other sessions are signed out."
      testId="password"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (values.current && values.next && !mismatch) change.mutate();
        }}
      >
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            value={values.current}
            onChange={set("current")}
            error={serverField(change.error, "currentPassword")}
          />
          {me?.totpEnabled && (
            <TextInput
              label="Current one-time code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              w={220}
              required
              value={values.code}
              onChange={set("code")}
              error={serverField(change.error, "code")}
            />
          )}
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={values.next}
            onChange={set("next")}
            error={serverField(change.error, "newPassword")}
          />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            required
            value={values.again}
            onChange={set("again")}
            error={mismatch ? "The two passwords differ" : undefined}
          />
          <Group>
            <Button
              type="submit"
              loading={change.isPending}
              disabled={!values.current || !values.next || mismatch}
            >
              Change password
            </Button>
          </Group>
          <ErrorAlert error={change.error} title="The password was not changed" />
        </Stack>
      </form>
    </Section>
  );
}
