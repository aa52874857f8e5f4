/**
 * Pieces shared by the account security panels: a copy button, and the field that proves it is
 * still the user before a credential changes.
 */
import { Button, CopyButton, PasswordInput, TextInput } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { useMe } from "../../session";
import { serverField } from "./shared";

export function Copy({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? "light" : "default"}
          color={copied ? "teal" : undefined}
          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          onClick={copy}
          aria-label={label}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      )}
    </CopyButton>
  );
}

/** What the server asks before a credential changes: a one-time code with two-factor sign-in, else the password. */
export interface Proof {
  currentPassword?: string;
  code?: string;
}

/** The field that proves it is still the user: the current password, or a current one-time code. */
export function useProof(error: unknown) {
  const me = useMe().data;
  const [value, setValue] = useState("");
  const withCode = me?.totpEnabled === true;
  const proof: Proof = withCode ? { code: value.trim() } : { currentPassword: value };
  const field = withCode ? (
    <TextInput
      label="Current one-time code"
      description="From your authenticator app, to confirm it is you"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={8}
      w={220}
      required
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      error={serverField(error, "code")}
    />
  ) : (
    <PasswordInput
      label="Current password"
      description="To confirm it is you"
      autoComplete="current-password"
      required
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      error={serverField(error, "currentPassword") ?? serverField(error, "session")}
    />
  );
  return { proof, field, given: value.trim() !== "", reset: () => setValue("") };
}
