/**
 * The signed-in user's own security (part of the settings page): personal API tokens, two-factor
 * sign-in, the password and the signed-in sessions. Changing a credential asks again for the
 * current password, or a current one-time code once two-factor sign-in is on.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconCheck, IconCopy, IconKey, IconShieldLock } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, call, client, ok } from "../../api";
import type { ApiResponse, CreatedToken, SignedInSession, Token } from "../../api/types";
import { EmptyState, ErrorAlert, formatDate, formatDateTime, QueryView } from "../../components/common";
import { ME_KEY, orgKey, useMe, useSlug } from "../../session";
import { FormModal, Section, serverField, Tag, useFields, useOrgWrite } from "./shared";

function Copy({ value, label }: { value: string; label: string }) {
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
interface Proof {
  currentPassword?: string;
  code?: string;
}

/** The field that proves it is still the user: the current password, or a current one-time code. */
function useProof(error: unknown) {
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

function NewTokenModal({ onClose }: { onClose: () => void }) {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const write = useOrgWrite(
    (body: { name: string; scope: string; expiresInDays: number | null } & Proof) =>
      api.post<CreatedToken>("/tokens", body),
    "Token created",
    (result) => setCreated(result),
  );
  const form = useFields({ name: "", scope: "read", expires: "90" }, write.error);
  const confirm = useProof(write.error);
  if (created)
    return (
      <Modal opened onClose={onClose} title="Your new API token" size="lg">
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy it now">
            This is the only time the token is shown. Store it in a password manager or secret store; if it is
            lost, revoke it and create a new one.
          </Alert>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block style={{ flex: 1, overflowWrap: "anywhere" }} data-testid="token-secret">
              {created.token}
            </Code>
            <Copy value={created.token} label="Copy the token" />
          </Group>
          <Text size="sm">
            Send it as <Code>Authorization: Bearer …</Code>. Scope: {created.scope}; expires{" "}
            {created.expiresAt ? formatDate(created.expiresAt) : "never"}.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have stored it</Button>
          </Group>
        </Stack>
      </Modal>
    );
  const submit = () => {
    if (!form.require("name") || !confirm.given) return;
    write.mutate({
      name: form.values.name.trim(),
      scope: form.values.scope,
      expiresInDays: form.values.expires === "never" ? null : Number(form.values.expires),
      ...confirm.proof,
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Create an API token"
      submitLabel="Create token"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="token-modal"
    >
      <TextInput
        label="Name"
        description="What the token is for, e.g. the CI pipeline"
        required
        data-autofocus
        {...form.text("name")}
      />
      <Select
        label="Scope"
        data={[
          { value: "read", label: "Read: can read everything your role can read" },
          { value: "write", label: "Write: can also change what your role can change" },
        ]}
        value={form.values.scope}
        onChange={(v) => form.set("scope", v ?? "read")}
        error={form.error("scope")}
        allowDeselect={false}
      />
      <Select
        label="Expires"
        data={[
          { value: "30", label: "In 30 days" },
          { value: "90", label: "In 90 days" },
          { value: "180", label: "In 180 days" },
          { value: "366", label: "In one year" },
          { value: "never", label: "Never (not recommended)" },
        ]}
        value={form.values.expires}
        onChange={(v) => form.set("expires", v ?? "90")}
        error={serverField(write.error, "expiresInDays")}
        allowDeselect={false}
      />
      {confirm.field}
    </FormModal>
  );
}

function tokenState(t: Token) {
  if (t.revokedAt) return <Tag color="gray">revoked</Tag>;
  if (t.expiresAt && t.expiresAt < new Date().toISOString()) return <Tag color="red">expired</Tag>;
  return <Tag color="teal">active</Tag>;
}

export function ApiTokens() {
  const slug = useSlug();
  const tokens = useQuery({ queryKey: orgKey(slug, "tokens"), queryFn: () => ok(client.GET("/tokens")) });
  const [creating, setCreating] = useState(0);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const revoke = useOrgWrite(
    (t: Token) => api.del(`/tokens/${t.id}`),
    (_r, t) => `Token “${t.name}” revoked`,
    () => setRevoking(null),
  );
  return (
    <Section
      title="My API tokens"
      description="Personal tokens for scripts and integrations. They act as you, limited to your role and the token's scope."
      testId="tokens"
      actions={
        <Button
          leftSection={<IconKey size={16} />}
          onClick={() => setCreating(Date.now())}
          data-testid="add-token"
        >
          Create a token
        </Button>
      }
    >
      <QueryView query={tokens}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No API tokens">
              Create one to use the API from scripts or the command line.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover data-testid="tokens-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Scope</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Expires</Table.Th>
                    <Table.Th>Last used</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Td fw={500}>{t.name}</Table.Td>
                      <Table.Td>{t.scope}</Table.Td>
                      <Table.Td>{tokenState(t)}</Table.Td>
                      <Table.Td>{formatDate(t.createdAt)}</Table.Td>
                      <Table.Td>{t.expiresAt ? formatDate(t.expiresAt) : "never"}</Table.Td>
                      <Table.Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</Table.Td>
                      <Table.Td>
                        {!t.revokedAt && (
                          <Button
                            variant="subtle"
                            color="red"
                            size="compact-sm"
                            onClick={() => setRevoking(t)}
                            aria-label={`Revoke token ${t.name}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {creating > 0 && <NewTokenModal key={creating} onClose={() => setCreating(0)} />}
      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title="Revoke this token?">
        <Stack>
          <Text size="sm">
            Anything still using “{revoking?.name}” will stop working at once. This cannot be undone.
          </Text>
          {revoke.error ? <ErrorAlert error={revoke.error} title="Not revoked" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              Keep it
            </Button>
            <Button
              color="red.9"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking)}
            >
              Revoke token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}

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

/** A short name for a browser's user agent string. */
function browserOf(agent: string | null): string {
  if (!agent) return "unknown";
  const name = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(agent)?.[1];
  const platform = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(agent)?.[1];
  const label = name === "Edg" ? "Edge" : name;
  return [label, platform].filter(Boolean).join(" on ") || agent.slice(0, 40);
}

export function Sessions() {
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: ["me", "sessions"],
    queryFn: () => ok(client.GET("/auth/sessions")),
  });
  const end = useMutation({
    mutationFn: (s: SignedInSession) => api.del(`/auth/sessions/${s.id}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["me", "sessions"] });
      notifications.show({ message: "Session signed out", color: "teal" });
    },
  });
  return (
    <Section
      title="Where you are signed in"
      description="Sessions end after an hour without use and a week after sign-in at most. Sign out any you do not recognise, then change your password."
      testId="sessions"
    >
      <QueryView query={sessions}>
        {(list) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="sessions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Browser</Table.Th>
                  <Table.Th>Address</Table.Th>
                  <Table.Th>Signed in</Table.Th>
                  <Table.Th>Last active</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {browserOf(s.userAgent)}
                      {s.current && (
                        <Badge ml={6} size="xs" variant="outline" radius="sm" tt="none">
                          this one
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{s.ip ?? "—"}</Table.Td>
                    <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                    <Table.Td>
                      {!s.current && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          loading={end.isPending && end.variables?.id === s.id}
                          onClick={() => end.mutate(s)}
                          aria-label={`Sign out the session from ${s.ip ?? "an unknown address"}`}
                        >
                          Sign out
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <ErrorAlert error={end.error} title="Not signed out" />
    </Section>
  );
}
