/**
 * Approving a version in review: the signed-in person approves in a role they name (for example
 * CEO), confirming it is them with their password or a one-time code, with an optional note. The
 * approved text is then fixed and identified by its SHA-256.
 */
import { Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useMe } from "../../session";
import { useProof } from "../manage/security-shared";
import { FormModal, opt, serverField, useOrgWrite } from "../manage/shared";
import { policyWrites } from "./queries";
import type { PolicyDetail, PolicyVersion } from "./types";

export function ApproveDialog({
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
  const me = useMe().data;
  const [role, setRole] = useState("");
  const [note, setNote] = useState("");
  const [roleError, setRoleError] = useState<string>();
  const write = useOrgWrite(
    () =>
      policyWrites(slug).approve(policy.key, version.number, {
        role: role.trim(),
        ...(opt(note) && { note: opt(note) }),
        ...proof.proof,
      }),
    `Version ${version.number} of ${policy.title} approved`,
    onClose,
  );
  const proof = useProof(write.error);
  const submit = () => {
    if (!role.trim()) return setRoleError("Say in what role you approve, for example CEO");
    write.mutate(undefined);
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Approve version ${version.number}`}
      submitLabel={`Approve version ${version.number}`}
      pending={write.isPending}
      error={write.error}
      onSubmit={submit}
      testId="approve-policy-modal"
    >
      <Text size="sm">
        You, {me?.name || me?.email}, approve {policy.title} as it reads now. The approved text is fixed and
        identified by its hash; changes after this start a new version.
      </Text>
      <TextInput
        label="Your role"
        description="The role in which you approve, for example CEO or Managing Director"
        required
        value={role}
        onChange={(e) => {
          setRole(e.currentTarget.value);
          setRoleError(undefined);
        }}
        error={roleError ?? serverField(write.error, "role")}
        data-testid="approver-role"
      />
      {proof.field}
      <Textarea
        label="Note"
        placeholder="For example: approved at the management meeting of 3 March"
        autosize
        minRows={2}
        maxRows={5}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={serverField(write.error, "note")}
      />
    </FormModal>
  );
}
