/**
 * A requirement's owner and note (what is done beyond ISO): shown to everyone, and for those who may
 * change the context, an inline form that saves them.
 */
import { Button, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPencil } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/common";
import { serverField } from "../manage/shared";
import { type Coverage, type CoverageRequirement, coverageKey, saveNote } from "./queries";

const clean = (value: string) => (value.trim() ? value.trim() : null);

export function NoteEditor({
  slug,
  framework,
  requirement,
  canEdit,
}: {
  slug: string;
  framework: string;
  requirement: CoverageRequirement;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [owner, setOwner] = useState(requirement.owner ?? "");
  const [note, setNote] = useState(requirement.note ?? "");
  const save = useMutation({
    mutationFn: () => saveNote(slug, framework, requirement.id, { owner: clean(owner), note: clean(note) }),
    onSuccess: (saved) => {
      queryClient.setQueryData<Coverage>(coverageKey(slug, framework), (data) =>
        data
          ? {
              ...data,
              requirements: data.requirements.map((r) =>
                r.id === saved.requirement ? { ...r, owner: saved.owner, note: saved.note } : r,
              ),
            }
          : data,
      );
      setOpen(false);
      notifications.show({ message: `Owner and note of ${requirement.id} saved`, color: "teal" });
    },
  });
  const recorded = requirement.owner || requirement.note;
  const id = `note-${requirement.id}`;
  return (
    <Stack gap={6} data-testid={`note-${requirement.id}`}>
      {recorded ? (
        <div className="cov-note">
          <Text size="sm">
            <Text span fw={600}>
              Owner:
            </Text>{" "}
            <span data-testid="note-owner">{requirement.owner ?? "nobody named"}</span>
          </Text>
          {requirement.note && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="note-text">
              {requirement.note}
            </Text>
          )}
        </div>
      ) : (
        !canEdit && (
          <Text size="sm" c="dimmed">
            No owner or note recorded.
          </Text>
        )
      )}
      {canEdit && !open && (
        <Group>
          <Button
            variant="default"
            size="xs"
            className="cov-touch"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => setOpen(true)}
          >
            {recorded ? "Edit owner and note" : "Owner and note"}
          </Button>
        </Group>
      )}
      {canEdit && open && (
        <form
          id={id}
          noValidate
          aria-label={`Owner and note of ${requirement.id}`}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="xs" className="cov-note-form">
            <TextInput
              label="Owner"
              description="Who answers for this requirement"
              value={owner}
              onChange={(e) => setOwner(e.currentTarget.value)}
              maxLength={200}
              error={serverField(save.error, "owner")}
            />
            <Textarea
              label="Note"
              description="What is done for it beyond ISO, or why it needs nothing"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
              error={serverField(save.error, "note")}
            />
            {save.error && !serverField(save.error, "owner") && !serverField(save.error, "note") ? (
              <ErrorAlert error={save.error} title="Not saved" />
            ) : null}
            <Group gap="xs">
              <Button type="submit" size="xs" className="cov-touch" loading={save.isPending}>
                Save
              </Button>
              <Button
                variant="default"
                size="xs"
                className="cov-touch"
                onClick={() => {
                  setOwner(requirement.owner ?? "");
                  setNote(requirement.note ?? "");
                  setOpen(false);
                  save.reset();
                }}
              >
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
