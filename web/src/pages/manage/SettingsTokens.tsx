/** The signed-in user's personal API tokens: the list, creating one (shown once) and revoking one. */
import { Alert, Button, Code, Group, Modal, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconKey } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, client, ok } from "../../api";
import type { CreatedToken, Token } from "../../api/types";
import { EmptyState, ErrorAlert, formatDate, formatDateTime, QueryView } from "../../components/common";
import { orgKey, useSlug } from "../../session";
import { Copy, type Proof, useProof } from "./security-shared";
import { FormModal, Section, serverField, Tag, useFields, useOrgWrite } from "./shared";

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
