/**
 * Upload a file as evidence: drop it or choose it (mouse or keyboard), give it a title and the
 * controls it supports. The file goes as the raw body; the metadata in the query. Reused by the
 * control pages with their control preselected.
 */
import { Button, Group, Modal, Stack, Text, TextInput, ThemeIcon } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { notifications } from "@mantine/notifications";
import { IconFile, IconUpload, IconX } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, call } from "../../api";
import type { UploadedEvidence } from "../../api/types";
import { ErrorAlert } from "../../components/common";
import { useSlug } from "../../session";
import { ControlsInput, emptyMeta, MetaFields, type MetaValues, metaOf } from "./fields";
import { fileSize } from "./types";

const titleFromName = (name: string) => name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");

function UploadForm({ controlIds, onClose }: { controlIds: string[]; onClose: () => void }) {
  const slug = useSlug();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [controls, setControls] = useState<string[]>(controlIds);
  const [meta, setMeta] = useState<MetaValues>(emptyMeta);
  const [missing, setMissing] = useState<{ file?: string; title?: string }>({});

  const upload = useMutation({
    mutationFn: (input: { file: File; title: string }) =>
      call<UploadedEvidence>("POST", `/orgs/${slug}/evidence/files`, {
        raw: input.file,
        contentType: "application/octet-stream",
        query: {
          title: input.title,
          filename: input.file.name,
          ...(input.file.type && { mime: input.file.type }),
          ...(controls.length && { controls: controls.join(",") }),
          ...metaOf(meta),
        },
      }).then((r) => r.data),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ["org", slug] });
      notifications.show({
        color: "teal",
        message: saved.duplicateOf
          ? `${saved.key} saved. The same file is already stored as ${saved.duplicateOf}.`
          : `${saved.key} “${saved.title}” uploaded`,
      });
      onClose();
    },
  });
  const error = upload.error instanceof ApiError ? upload.error : null;

  const submit = () => {
    const problems = {
      ...(!file && { file: "Choose a file to upload" }),
      ...(!title.trim() && { title: "Give the evidence a title" }),
    };
    setMissing(problems);
    if (file && title.trim()) upload.mutate({ file, title: title.trim() });
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
        <Dropzone
          onDrop={(files) => {
            const first = files[0];
            if (!first) return;
            setFile(first);
            setMissing((m) => ({ ...m, file: undefined }));
            if (!title.trim()) {
              setTitle(titleFromName(first.name));
              setMissing({});
            }
          }}
          multiple={false}
          role="group"
          aria-label={
            file
              ? `Chosen file ${file.name}; press Enter to choose another`
              : "Drop a file here, or press Enter to choose one"
          }
          inputProps={{ "aria-label": "Evidence file" }}
          data-testid="evidence-dropzone"
          style={
            missing.file || error?.field("filename")
              ? { borderColor: "var(--mantine-color-red-6)" }
              : undefined
          }
        >
          <Group justify="center" gap="md" mih={96} style={{ pointerEvents: "none" }}>
            <Dropzone.Accept>
              <IconUpload size={36} color="var(--mantine-color-indigo-6)" aria-hidden />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={36} color="var(--mantine-color-red-6)" aria-hidden />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                {file ? <IconFile size={24} /> : <IconUpload size={24} />}
              </ThemeIcon>
            </Dropzone.Idle>
            <div>
              {file ? (
                <>
                  <Text fw={600}>{file.name}</Text>
                  <Text size="sm" c="dimmed">
                    {fileSize(file.size)} · click or press Enter to choose another file
                  </Text>
                </>
              ) : (
                <>
                  <Text fw={600}>Drop a file here, or click to choose one</Text>
                  <Text size="sm" c="dimmed">
                    Reports, exports, screenshots, signed records: any file type
                  </Text>
                </>
              )}
            </div>
          </Group>
        </Dropzone>
        {(missing.file || error?.field("filename")) && (
          <Text size="xs" c="red.8" role="alert" mt={-8}>
            {missing.file ?? error?.field("filename")}
          </Text>
        )}
        <TextInput
          label="Title"
          withAsterisk
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setMissing((m) => ({ ...m, title: undefined }));
          }}
          error={missing.title ?? error?.field("title")}
          placeholder="e.g. Quarterly access review, Q3"
        />
        <ControlsInput value={controls} onChange={setControls} error={error?.field("controls")} />
        <MetaFields value={meta} onChange={setMeta} error={error} />
        {upload.error && <ErrorAlert error={upload.error} title="The file was not uploaded" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={upload.isPending} leftSection={<IconUpload size={16} />}>
            Upload
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function UploadEvidenceModal({
  opened,
  onClose,
  controlIds = [],
}: {
  opened: boolean;
  onClose: () => void;
  controlIds?: string[];
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Upload evidence" size="lg">
      {opened && <UploadForm controlIds={controlIds} onClose={onClose} />}
    </Modal>
  );
}
