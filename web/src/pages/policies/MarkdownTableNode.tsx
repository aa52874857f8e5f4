/**
 * Tables in the policy editor. The editor has no table editing of its own, so a Markdown table is
 * kept as one block: its Markdown in a text box, with the table as it will read shown beneath, and
 * written back unchanged unless the text box is edited. Nothing of a table is lost on save.
 */
import { Paper, Stack, Text, Textarea } from "@mantine/core";
import { Node, type NodeViewProps, NodeViewWrapper, ReactNodeViewRenderer } from "@tiptap/react";
import { Markdown } from "./Markdown";

function TableView({ node, updateAttributes, editor }: NodeViewProps) {
  const raw = String(node.attrs.raw ?? "");
  return (
    <NodeViewWrapper contentEditable={false} data-testid="editor-table">
      <Paper withBorder p="sm" radius="sm" my="xs" bg="var(--mantine-color-gray-0)">
        <Stack gap={6}>
          <Textarea
            label="Table (Markdown)"
            description="One row per line, cells between | marks"
            autosize
            minRows={3}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
            value={raw}
            readOnly={!editor.isEditable}
            onChange={(e) => updateAttributes({ raw: e.currentTarget.value })}
          />
          <Text size="xs" c="dimmed">
            As it reads:
          </Text>
          <Markdown source={raw} />
        </Stack>
      </Paper>
    </NodeViewWrapper>
  );
}

export const MarkdownTable = Node.create({
  name: "markdownTable",
  group: "block",
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return { raw: { default: "" } };
  },
  parseHTML() {
    return [{ tag: "div[data-markdown-table]", getAttrs: (el) => ({ raw: el.textContent ?? "" }) }];
  },
  renderHTML({ node }) {
    return ["div", { "data-markdown-table": "" }, String(node.attrs.raw ?? "")];
  },
  markdownTokenName: "table",
  parseMarkdown: (token) => ({ type: "markdownTable", attrs: { raw: String(token.raw ?? "").trimEnd() } }),
  renderMarkdown: (node) => String(node.attrs?.raw ?? ""),
  addNodeView() {
    // Typing in the text box belongs to the text box, not to the editor around it.
    return ReactNodeViewRenderer(TableView, { stopEvent: ({ event }) => !event.type.startsWith("drag") });
  },
});

/**
 * The editor's Markdown as the policy stores it: "&" written as "&" (the editor escapes it as
 * "&amp;") unless it begins what would read as an entity, and ending as the text it was loaded from
 * ended, so that a comparison shows only what the person changed.
 */
export function cleanMarkdown(markdown: string, loaded: string): string {
  const ending = /\s*$/.exec(loaded)?.[0] ?? "";
  return markdown.replace(/&amp;(?![a-z]+;|#\d+;)/gi, "&").trimEnd() + ending;
}
