/**
 * The editor of a draft: its title and, from version 2 on, what changed; the text in a rich-text
 * editor that reads and writes Markdown (TipTap with its Markdown extension); Save, and Send for
 * review, which saves first. Loaded only when a draft is open.
 */
import "@mantine/tiptap/styles.css";
import { Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { RichTextEditor } from "@mantine/tiptap";
import { IconDeviceFloppy, IconSend } from "@tabler/icons-react";
import Link from "@tiptap/extension-link";
import { Markdown } from "@tiptap/markdown";
import { useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { ErrorAlert } from "../../components/common";
import { opt, serverField, useOrgWrite } from "../manage/shared";
import { cleanMarkdown, MarkdownTable } from "./MarkdownTableNode";
import { policyWrites } from "./queries";
import type { VersionProps } from "./types";

export default function DraftEditor({ slug, policyKey, version }: VersionProps) {
  const [title, setTitle] = useState(version.title);
  const [summary, setSummary] = useState(version.changeSummary ?? "");
  const [textChanged, setTextChanged] = useState(false);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ link: false, heading: { levels: [1, 2, 3] } }),
      Link.configure({ openOnClick: false, protocols: ["mailto"], defaultProtocol: "https" }),
      Markdown,
      MarkdownTable,
    ],
    content: version.content,
    contentType: "markdown",
    shouldRerenderOnTransaction: true,
    onUpdate: () => setTextChanged(true),
    editorProps: {
      attributes: {
        "aria-label": "Policy text",
        role: "textbox",
        "aria-multiline": "true",
        "data-testid": "policy-editor",
      },
    },
  });
  const writes = policyWrites(slug);
  const dirty = textChanged || title !== version.title || summary !== (version.changeSummary ?? "");
  const body = () => ({
    title: title.trim(),
    ...(editor && { content: cleanMarkdown(editor.getMarkdown(), version.content) }),
    ...(version.number > 1 && opt(summary) && { changeSummary: opt(summary) }),
  });
  const save = useOrgWrite(
    () => writes.save(policyKey, version.number, body()),
    `Version ${version.number} saved`,
    () => setTextChanged(false),
  );
  const submit = useOrgWrite(async () => {
    if (dirty) await writes.save(policyKey, version.number, body());
    return writes.submit(policyKey, version.number);
  }, `Version ${version.number} sent for review`);
  const error = save.error ?? submit.error;
  return (
    <Paper withBorder p="md" radius="md" data-testid="draft-editor">
      <Stack gap="sm">
        <TextInput
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={serverField(error, "title")}
        />
        {version.number > 1 && (
          <TextInput
            label="What changed in this version"
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={serverField(error, "changeSummary")}
          />
        )}
        <div>
          <Text size="sm" fw={500} mb={4} id="policy-text-label">
            Text
          </Text>
          <RichTextEditor editor={editor} className="policy-editor">
            <RichTextEditor.Toolbar sticky stickyOffset={56}>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Bold />
                <RichTextEditor.Italic />
                <RichTextEditor.Strikethrough />
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.H2 />
                <RichTextEditor.H3 />
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.BulletList />
                <RichTextEditor.OrderedList />
                <RichTextEditor.Blockquote />
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Link />
                <RichTextEditor.Unlink />
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Undo />
                <RichTextEditor.Redo />
              </RichTextEditor.ControlsGroup>
            </RichTextEditor.Toolbar>
            <RichTextEditor.Content />
          </RichTextEditor>
        </div>
        {error ? <ErrorAlert error={error} title="Not saved" /> : null}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed" aria-live="polite">
            {dirty ? "Unsaved changes" : "All changes saved"}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => save.mutate(undefined)}
              loading={save.isPending}
              disabled={!dirty || !title.trim()}
              data-testid="save-policy"
            >
              Save
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              onClick={() => submit.mutate(undefined)}
              loading={submit.isPending}
              disabled={!title.trim()}
              data-testid="submit-policy"
            >
              Send for review
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
