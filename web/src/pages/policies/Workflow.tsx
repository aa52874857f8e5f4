/**
 * The next step for the latest version: return a version in review to draft or approve it, publish
 * an approved one, and for a published one start a new version or record a review without changes.
 * A draft's own steps (save, send for review) sit with its editor.
 */
import { Button, Checkbox, Group, Text, Textarea, TextInput } from "@mantine/core";
import { IconArrowBackUp, IconCircleCheck, IconCopyPlus, IconEyeCheck, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { FormModal, opt, serverField, useOrgWrite } from "../manage/shared";
import { ApproveDialog } from "./ApproveDialog";
import { PublishDialog } from "./PublishDialog";
import { policyWrites } from "./queries";
import type { PolicyDetail, PolicyVersion } from "./types";

type Dialog = "return" | "approve" | "publish" | "new-version" | "review" | null;

/** A step that takes an optional note: returning a version to draft, recording a review. */
function NoteDialog({
  title,
  submitLabel,
  intro,
  field,
  label,
  description,
  placeholder,
  run,
  success,
  onClose,
}: {
  title: string;
  submitLabel: string;
  intro?: string;
  /** The request's field the note goes in (for the server's message about it). */
  field: string;
  label: string;
  description?: string;
  placeholder?: string;
  run: (note: string | undefined) => Promise<unknown>;
  success: string;
  onClose: () => void;
}) {
  const [note, setNote] = useState("");
  const write = useOrgWrite(() => run(opt(note)), success, onClose);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={title}
      submitLabel={submitLabel}
      pending={write.isPending}
      error={write.error}
      onSubmit={() => write.mutate(undefined)}
    >
      {intro && <Text size="sm">{intro}</Text>}
      <Textarea
        label={label}
        description={description}
        placeholder={placeholder}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={serverField(write.error, field)}
      />
    </FormModal>
  );
}

function NewVersionDialog({
  slug,
  policyKey,
  onClose,
}: {
  slug: string;
  policyKey: string;
  onClose: () => void;
}) {
  const [summary, setSummary] = useState("");
  const [significant, setSignificant] = useState(false);
  const write = useOrgWrite(
    () =>
      policyWrites(slug).newVersion(policyKey, {
        ...(opt(summary) && { changeSummary: opt(summary) }),
        significant,
      }),
    (v) => `Version ${v.number} started as a draft`,
    onClose,
  );
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Start a new version"
      submitLabel="Start the draft"
      pending={write.isPending}
      error={write.error}
      onSubmit={() => write.mutate(undefined)}
      testId="new-version-modal"
    >
      <Text size="sm">
        The new version starts as a draft copied from the latest one. The published version stays in force
        until the new one is approved and published.
      </Text>
      <TextInput
        label="Change summary"
        description="What changes and why, for the reviewers and the history"
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={serverField(write.error, "changeSummary")}
        data-testid="change-summary"
      />
      <Checkbox
        label="Significant change: everyone acknowledges again"
        description="Leave unticked for corrections that do not change what people must do"
        checked={significant}
        onChange={(e) => setSignificant(e.currentTarget.checked)}
        data-testid="significant-change"
      />
    </FormModal>
  );
}

export function Workflow({
  slug,
  policy,
  version,
}: {
  slug: string;
  policy: PolicyDetail;
  version: PolicyVersion;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const writes = policyWrites(slug);
  const n = version.number;
  return (
    <Group gap="xs" data-testid="policy-workflow">
      {version.state === "in_review" && (
        <>
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setDialog("return")}
            data-testid="return-to-draft"
          >
            Return to draft
          </Button>
          <Button
            leftSection={<IconCircleCheck size={16} />}
            onClick={() => setDialog("approve")}
            data-testid="approve-policy"
          >
            Approve
          </Button>
        </>
      )}
      {version.state === "approved" && (
        <Button
          leftSection={<IconSend size={16} />}
          onClick={() => setDialog("publish")}
          data-testid="publish-policy"
        >
          Publish
        </Button>
      )}
      {version.state === "published" && (
        <>
          <Button
            variant="default"
            leftSection={<IconEyeCheck size={16} />}
            onClick={() => setDialog("review")}
            data-testid="record-review"
          >
            Record review without changes
          </Button>
          <Button
            leftSection={<IconCopyPlus size={16} />}
            onClick={() => setDialog("new-version")}
            data-testid="new-version"
          >
            New version
          </Button>
        </>
      )}
      {dialog === "return" && (
        <NoteDialog
          title={`Return version ${n} to draft`}
          submitLabel="Return to draft"
          field="reason"
          label="Reason"
          description="What the author should change; the comments stay with the version"
          run={(reason) => writes.returnToDraft(policy.key, n, reason)}
          success={`Version ${n} is a draft again`}
          onClose={close}
        />
      )}
      {dialog === "approve" && (
        <ApproveDialog slug={slug} policy={policy} version={version} onClose={close} />
      )}
      {dialog === "publish" && (
        <PublishDialog slug={slug} policy={policy} version={version} onClose={close} />
      )}
      {dialog === "new-version" && <NewVersionDialog slug={slug} policyKey={policy.key} onClose={close} />}
      {dialog === "review" && (
        <NoteDialog
          title="Record a review without changes"
          submitLabel="Record the review"
          intro="The policy was reviewed and is still suitable, adequate and effective as it stands. The review is recorded in its history and the next review date is set from today."
          field="note"
          label="Note"
          placeholder="For example: reviewed after the office move; no change needed"
          run={(note) => writes.review(policy.key, note)}
          success="Review recorded; the next review date moves on"
          onClose={close}
        />
      )}
    </Group>
  );
}
