/**
 * Publishing an approved version: the date it takes effect and who must read and acknowledge it:
 * every member, members with some roles, and named people without an account (name and e-mail, one
 * per row), who receive a one-time link.
 */

import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { label } from "../../../../src/domain/labels";
import { FormModal, serverField, today, useOrgWrite } from "../manage/shared";
import { policyWrites } from "./queries";
import { AUDIENCE_ROLES, type AudienceRole, type PolicyDetail, type PolicyVersion } from "./types";

interface Person {
  id: number;
  name: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function PublishDialog({
  slug,
  policy,
  version,
  onClose,
}: {
  slug: string;
  policy: PolicyDetail;
  version: PolicyVersion;
  onClose: () => void;
}) {
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const [everyone, setEveryone] = useState(true);
  const [roles, setRoles] = useState<AudienceRole[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [problem, setProblem] = useState<string>();
  const write = useOrgWrite(
    () =>
      policyWrites(slug).publish(policy.key, version.number, {
        ...(effectiveFrom && { effectiveFrom }),
        audience: {
          everyone,
          roles: everyone ? [] : roles,
          people: people
            .filter((p) => p.name.trim() || p.email.trim())
            .map((p) => ({ name: p.name.trim(), email: p.email.trim() })),
        },
      }),
    (r) =>
      `Version ${version.number} published; ${r.requested} ${r.requested === 1 ? "person is" : "people are"} asked to acknowledge it${
        r.emailed > 0 ? ` (${r.emailed} by e-mail)` : ""
      }`,
    onClose,
  );
  const set = (id: number, patch: Partial<Person>) => {
    setPeople((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)));
    setProblem(undefined);
  };
  const submit = () => {
    const named = people.filter((p) => p.name.trim() || p.email.trim());
    if (named.some((p) => !p.name.trim() || !EMAIL.test(p.email.trim())))
      return setProblem("Give each person a name and a valid e-mail address");
    if (!everyone && roles.length === 0 && named.length === 0)
      return setProblem("Choose who the policy applies to: everyone, some roles or named people");
    write.mutate(undefined);
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Publish version ${version.number}`}
      submitLabel={`Publish version ${version.number}`}
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="publish-policy-modal"
    >
      <TextInput
        type="date"
        label="Effective from"
        description="The day the policy applies; today unless you choose a later date"
        value={effectiveFrom}
        onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
        error={serverField(write.error, "effectiveFrom")}
        maw={{ base: "100%", xs: 360 }}
        data-testid="effective-date"
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Who must read and acknowledge it
        </Text>
        <Checkbox
          label="Every member of the organization"
          checked={everyone}
          onChange={(e) => setEveryone(e.currentTarget.checked)}
          data-testid="audience-everyone"
        />
        <Checkbox.Group
          label="Members with these roles"
          value={everyone ? [...AUDIENCE_ROLES] : roles}
          onChange={(v) => setRoles(AUDIENCE_ROLES.filter((r) => v.includes(r)))}
          error={serverField(write.error, "roles")}
        >
          <Group gap="md" mt={4}>
            {AUDIENCE_ROLES.map((r) => (
              <Checkbox key={r} value={r} label={label("role", r)} disabled={everyone} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          People without an account
        </Text>
        <Text size="xs" c="dimmed">
          Contractors or staff who do not use this app; each receives a one-time link to read and acknowledge
          the policy.
        </Text>
        {people.map((p, i) => (
          <Group key={p.id} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label="Name"
              aria-label={`Name of person ${i + 1}`}
              value={p.name}
              onChange={(e) => set(p.id, { name: e.currentTarget.value })}
              style={{ flex: 1, minWidth: 0 }}
              data-testid={`person-name-${i}`}
            />
            <TextInput
              label="E-mail"
              aria-label={`E-mail of person ${i + 1}`}
              type="email"
              value={p.email}
              onChange={(e) => set(p.id, { email: e.currentTarget.value })}
              style={{ flex: 1.4, minWidth: 0 }}
              data-testid={`person-email-${i}`}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mb={2}
              aria-label={`Remove person ${i + 1}`}
              onClick={() => setPeople((list) => list.filter((x) => x.id !== p.id))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setPeople((list) => [...list, { id: Date.now(), name: "", email: "" }])}
          style={{ alignSelf: "flex-start" }}
          data-testid="add-person"
        >
          Add a person
        </Button>
        {(problem || serverField(write.error, "people")) && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {problem ?? serverField(write.error, "people")}
          </Text>
        )}
      </Stack>
    </FormModal>
  );
}
