/** Record a link (a wiki page, a dashboard, a ticket) as evidence for one or more controls. */
import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconLink } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, client, ok } from "../../api";
import { ErrorAlert } from "../../components/common";
import { useSlug } from "../../session";
import { ControlsInput, emptyMeta, MetaFields, type MetaValues, metaOf } from "./fields";

const isUrl = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

function LinkForm({ controlIds, onClose }: { controlIds: string[]; onClose: () => void }) {
  const slug = useSlug();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [controls, setControls] = useState<string[]>(controlIds);
  const [meta, setMeta] = useState<MetaValues>(emptyMeta);
  const [missing, setMissing] = useState<{ title?: string; url?: string }>({});

  const save = useMutation({
    mutationFn: () =>
      ok(
        client.POST("/orgs/{slug}/evidence/links", {
          params: { path: { slug } },
          body: { title: title.trim(), url: url.trim(), links: { controls, risks: [] }, ...metaOf(meta) },
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ["org", slug] });
      notifications.show({ color: "teal", message: `${saved.key} “${saved.title}” recorded` });
      onClose();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  const submit = () => {
    const problems = {
      ...(!title.trim() && { title: "Give the evidence a title" }),
      ...(!isUrl(url.trim()) && { url: "Enter a full address starting with https://" }),
    };
    setMissing(problems);
    if (!problems.title && !problems.url) save.mutate();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <TextInput
          label="Title"
          withAsterisk
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setMissing((m) => ({ ...m, title: undefined }));
          }}
          error={missing.title ?? error?.field("title")}
          placeholder="e.g. Incident response runbook"
        />
        <TextInput
          label="Address"
          withAsterisk
          type="url"
          value={url}
          onChange={(e) => {
            setUrl(e.currentTarget.value);
            setMissing((m) => ({ ...m, url: undefined }));
          }}
          error={missing.url ?? error?.field("url")}
          placeholder="https://"
        />
        <ControlsInput value={controls} onChange={setControls} error={error?.field("controls")} />
        <MetaFields value={meta} onChange={setMeta} error={error} />
        {save.error && <ErrorAlert error={save.error} title="The link was not recorded" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} leftSection={<IconLink size={16} />}>
            Add link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function AddLinkModal({
  opened,
  onClose,
  controlIds = [],
}: {
  opened: boolean;
  onClose: () => void;
  controlIds?: string[];
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add a link as evidence" size="lg">
      {opened && <LinkForm controlIds={controlIds} onClose={onClose} />}
    </Modal>
  );
}
