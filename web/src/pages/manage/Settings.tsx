/**
 * Users, roles and API tokens: the organization's members and what each role allows, the signed-in
 * user's personal API tokens, and two-factor sign-in.
 */

import { Badge, Button, Group, Modal, Radio, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { label } from "../../../../src/domain/labels";
import { api, client, ok } from "../../api";
import type { Member } from "../../api/types";
import { EmptyState, ErrorAlert, PageHeader, QueryView } from "../../components/common";
import { orgKey, useCan, useMe, useOrg, useSlug } from "../../session";
import { ApiTokens, ChangePassword, Sessions, TwoFactor } from "./SettingsSecurity";
import { FormModal, Section, Tag, useFields, useOrgWrite } from "./shared";

export const ROLES = [
  {
    value: "owner",
    label: "Owner",
    help: "Everything, including granting and removing the owner role. An organization always keeps one.",
  },
  { value: "admin", label: "Admin", help: "Everything, including members and their roles, except owners." },
  {
    value: "editor",
    label: "Editor",
    help: "Edits risks, the SoA, evidence, context, reviews and nonconformities; cannot run audits or manage members.",
  },
  {
    value: "auditor",
    label: "Auditor",
    help: "Reads everything and plans internal audits and records their findings; changes nothing else.",
  },
  { value: "viewer", label: "Viewer", help: "Reads everything, changes nothing." },
] as const;

const ROLE_COLOURS: Record<string, string> = {
  owner: "grape",
  admin: "indigo",
  editor: "blue",
  auditor: "orange",
  viewer: "gray",
};

function RoleModal({
  opened,
  onClose,
  member,
}: {
  opened: boolean;
  onClose: () => void;
  member: Member | null;
}) {
  const slug = useSlug();
  const org = useOrg();
  const write = useOrgWrite(
    (body: { email: string; role: string }) => api.put(`/orgs/${slug}/members`, body),
    (_r, v) => `${v.email} is now ${v.role}`,
    onClose,
  );
  const form = useFields({ email: member?.email ?? "", role: member?.role ?? "viewer" }, write.error);
  const submit = () => {
    if (!form.require("email", "role")) return;
    write.mutate({ email: form.values.email.trim(), role: form.values.role });
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={member ? `Change the role of ${member.name || member.email}` : "Give a user a role"}
      submitLabel="Save role"
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="role-modal"
    >
      <TextInput
        label="Email"
        description="The person must already have an account on this installation."
        required
        readOnly={!!member}
        data-autofocus={!member || undefined}
        {...form.text("email")}
      />
      <Radio.Group
        label="Role"
        required
        value={form.values.role}
        onChange={(v) => form.set("role", v)}
        error={form.error("role")}
      >
        <Stack gap="xs" mt={6}>
          {ROLES.map((role) => (
            <Radio
              key={role.value}
              value={role.value}
              label={role.label}
              description={role.help}
              disabled={role.value === "owner" && org.role !== "owner"}
            />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  );
}

function RemoveMember({ member, onClose }: { member: Member; onClose: () => void }) {
  const slug = useSlug();
  const remove = useOrgWrite(
    () => api.del(`/orgs/${slug}/members/${encodeURIComponent(member.email)}`),
    `${member.email} removed`,
    onClose,
  );
  return (
    <Modal opened onClose={onClose} title="Remove this member?">
      <Stack>
        <Text size="sm">
          {member.name || member.email} will no longer open this organization. Their account and their other
          organizations are not affected.
        </Text>
        {remove.error ? <ErrorAlert error={remove.error} title="Not removed" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(undefined)}>
            Remove member
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Members() {
  const slug = useSlug();
  const canManage = useCan("member:manage");
  const me = useMe().data;
  const members = useQuery({
    queryKey: orgKey(slug, "members"),
    queryFn: () => ok(client.GET("/orgs/{slug}/members", { params: { path: { slug } } })),
  });
  const [editing, setEditing] = useState<{ member: Member | null; n: number } | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const isOwner = useOrg().role === "owner";
  return (
    <Section
      title="Members and roles"
      description="Who can open this organization and what their role lets them do."
      testId="members"
      actions={
        canManage && (
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setEditing({ member: null, n: Date.now() })}
            data-testid="add-member"
          >
            Give a user a role
          </Button>
        )
      }
    >
      <QueryView query={members}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No members yet" />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover data-testid="members-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th miw={150}>Name</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th w={110}>Role</Table.Th>
                    {canManage && <Table.Th aria-label="Actions" />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((m) => (
                    <Table.Tr key={m.email}>
                      <Table.Td fw={500}>
                        {m.name || "—"}
                        {me?.email === m.email && (
                          <Badge ml={6} size="xs" variant="outline" radius="sm" tt="none">
                            you
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{m.email}</Table.Td>
                      <Table.Td>
                        <Tag color={ROLE_COLOURS[m.role] ?? "gray"}>{label("role", m.role)}</Tag>
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          {(isOwner || m.role !== "owner") && (
                            <Group gap={4} wrap="nowrap">
                              <Button
                                variant="subtle"
                                size="compact-sm"
                                onClick={() => setEditing({ member: m, n: Date.now() })}
                                aria-label={`Change role of ${m.name || m.email}`}
                              >
                                Change role
                              </Button>
                              <Button
                                variant="subtle"
                                color="red"
                                size="compact-sm"
                                onClick={() => setRemoving(m)}
                                aria-label={`Remove ${m.name || m.email}`}
                              >
                                Remove
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" mt="md" data-testid="role-legend">
        {ROLES.map((r) => (
          <div key={r.value}>
            <Tag color={ROLE_COLOURS[r.value] ?? "gray"}>{r.value}</Tag>
            <Text size="xs" mt={4}>
              {r.help}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {editing && (
        <RoleModal key={editing.n} opened onClose={() => setEditing(null)} member={editing.member} />
      )}
      {removing && <RemoveMember member={removing} onClose={() => setRemoving(null)} />}
    </Section>
  );
}

export default function Settings() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Users, roles and tokens"
        description="Manage who has access to this organization, and your own sign-in: API tokens, two-factor sign-in, password and sessions."
      />
      <Members />
      <ApiTokens />
      <TwoFactor />
      <ChangePassword />
      <Sessions />
    </Stack>
  );
}
