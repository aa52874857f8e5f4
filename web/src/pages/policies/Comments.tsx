/**
 * The reviewers' comments on one version: each on the whole policy or on a section (chosen from
 * the version's headings), optionally quoting the words it is about. New comments while the version
 * is a draft or in review.
 */
import {
  Blockquote,
  Button,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconMessagePlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { ErrorAlert, formatDateTime } from "../../components/common";
import { useCan } from "../../session";
import { opt, serverField, Tag, useOrgWrite } from "../manage/shared";
import { headingsOf } from "./Markdown";
import { policyWrites } from "./queries";
import type { PolicyComment, VersionProps } from "./types";

function CommentItem({ comment }: { comment: PolicyComment }) {
  return (
    <Stack
      gap={4}
      data-testid="policy-comment"
      py="xs"
      style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
    >
      <Text size="sm" fw={600}>
        {comment.author}{" "}
        <Text span size="xs" c="dimmed" fw={400}>
          {formatDateTime(comment.createdAt)}
        </Text>
      </Text>
      {(comment.section || comment.resolved) && (
        <Text size="xs" c="dimmed" component="div">
          {comment.section && <>On “{comment.section}” </>}
          {comment.resolved && <Tag color="teal">resolved</Tag>}
        </Text>
      )}
      {comment.quote && (
        <Blockquote p={6} pl="sm" fz="sm" c="gray.8" cite={undefined} style={{ fontStyle: "italic" }}>
          {comment.quote}
        </Blockquote>
      )}
      <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {comment.body}
      </Text>
    </Stack>
  );
}

function CommentForm({ slug, policyKey, version }: VersionProps) {
  const sections = useMemo(() => headingsOf(version.content), [version.content]);
  const [section, setSection] = useState("");
  const [quote, setQuote] = useState("");
  const [body, setBody] = useState("");
  const [empty, setEmpty] = useState(false);
  const write = useOrgWrite(
    () =>
      policyWrites(slug).comment(policyKey, version.number, {
        body: body.trim(),
        ...(section && { section }),
        ...(opt(quote) && { quote: opt(quote) }),
      }),
    "Comment added",
    () => {
      setBody("");
      setQuote("");
    },
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return setEmpty(true);
        write.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          label="Section"
          value={section}
          onChange={(e) => setSection(e.currentTarget.value)}
          data={[{ value: "", label: "The whole policy" }, ...sections.map((s) => ({ value: s, label: s }))]}
          data-testid="comment-section"
        />
        <TextInput
          label="Quoted words"
          description="Optional: the words your comment is about"
          value={quote}
          onChange={(e) => setQuote(e.currentTarget.value)}
          data-testid="comment-quote"
        />
        <Textarea
          label="Comment"
          required
          autosize
          minRows={3}
          maxRows={8}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setEmpty(false);
          }}
          error={empty ? "Write the comment first" : serverField(write.error, "body")}
          data-testid="comment-body"
        />
        {write.error && !serverField(write.error, "body") ? (
          <ErrorAlert error={write.error} title="The comment was not added" />
        ) : null}
        <Button
          type="submit"
          variant="light"
          leftSection={<IconMessagePlus size={16} />}
          loading={write.isPending}
          style={{ alignSelf: "flex-start" }}
          data-testid="add-comment"
        >
          Add comment
        </Button>
      </Stack>
    </form>
  );
}

export function Comments({ slug, policyKey, version }: VersionProps) {
  const canRespond = useCan("policy:respond");
  const open = canRespond && (version.state === "draft" || version.state === "in_review");
  return (
    <Paper withBorder p="md" radius="md" data-testid="policy-comments">
      <Title order={2} fz="md" mb={4}>
        Reviewers' comments
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {version.comments.length === 0
          ? `No comments on version ${version.number}.`
          : `${version.comments.length} on version ${version.number}.`}
      </Text>
      <Stack gap={0} mb={open ? "md" : 0}>
        {version.comments.map((c) => (
          <CommentItem key={c.id} comment={c} />
        ))}
      </Stack>
      {open && <CommentForm slug={slug} policyKey={policyKey} version={version} />}
    </Paper>
  );
}
