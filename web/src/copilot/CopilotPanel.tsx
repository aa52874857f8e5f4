/**
 * The copilot panel beside every page: answers with citations that link to control and clause
 * pages, says whether the answer came from the offline knowledge base or the language model, and
 * shows drafts for review before the user inserts them into the field that asked for them.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { IconSend, IconSparkles, IconX } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { client, ok } from "../api";
import type { CopilotAnswer as Answer, Citation } from "../api/types";
import { ErrorAlert, Loading } from "../components/common";
import type { DraftRequest } from "../copilot-context";
import { useSlug } from "../session";
import { AnswerText } from "./AnswerText";

export type { Answer, Citation };

interface Exchange {
  question: string;
  answer: Answer;
}

const DRAFT_MARKER = /^DRAFT\b[^\n]*\n+/;

function DraftReview({ draft, onDone }: { draft: DraftRequest; onDone: () => void }) {
  const slug = useSlug();
  const [text, setText] = useState("");
  const [reviewed, setReviewed] = useState(false);
  const load = useMutation({
    mutationFn: () =>
      ok(
        client.POST("/orgs/{slug}/copilot/draft", {
          params: { path: { slug } },
          body: { kind: draft.kind, controlId: draft.controlId },
        }),
      ),
    onSuccess: (result) => setText(result.text.replace(DRAFT_MARKER, "")),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per draft request
  useEffect(() => {
    load.mutate();
  }, [draft]);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="copilot-draft">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="sm">
            Draft: {draft.label}
          </Title>
          <Badge variant="light" color="gray" tt="none">
            not saved
          </Badge>
        </Group>
        {load.isPending && <Loading label="Drafting…" />}
        <ErrorAlert error={load.error} />
        {!load.isPending && !load.error && (
          <>
            <Textarea
              label="Review and edit the draft"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={6}
              maxRows={16}
            />
            <Checkbox
              label="I have reviewed this text and it is true for our organization"
              checked={reviewed}
              onChange={(e) => setReviewed(e.currentTarget.checked)}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={onDone}>
                Discard
              </Button>
              <Button
                size="xs"
                disabled={!reviewed || !text.trim()}
                onClick={() => {
                  draft.onInsert(text.trim());
                  onDone();
                }}
              >
                Insert into the field
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              Inserting fills the field on the page; nothing is saved until you save the form there.
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function AnswerCard({ exchange }: { exchange: Exchange }) {
  const slug = useSlug();
  const { answer } = exchange;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="copilot-answer">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {exchange.question}
          </Text>
          <Badge
            data-testid="copilot-source"
            variant="light"
            color={answer.source === "llm" ? "violet" : "gray"}
            tt="none"
            style={{ flexShrink: 0 }}
          >
            {answer.source === "llm" ? "Language model" : "Offline answer"}
          </Badge>
        </Group>
        {answer.notice && (
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">{answer.notice}</Text>
          </Alert>
        )}
        <AnswerText text={answer.answer} />
        {answer.citations.length > 0 && (
          <Box>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
              Sources
            </Text>
            <Stack gap={2} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {answer.citations.map((c) => (
                <li key={`${c.type}-${c.id}`}>
                  <Anchor
                    component={Link}
                    size="sm"
                    to={c.type === "control" ? `/o/${slug}/controls/${c.id}` : `/o/${slug}/clauses/${c.id}`}
                  >
                    {c.type === "control" ? `A.${c.id}` : `Clause ${c.id}`} {c.title}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}

export default function CopilotPanel({
  request,
  focus,
  onClose,
}: {
  request: { question?: string; draft?: DraftRequest; n: number };
  focus: string | null;
  onClose: () => void;
}) {
  const slug = useSlug();
  const [question, setQuestion] = useState("");
  const [history, setHistory] = useState<Exchange[]>([]);
  const [draft, setDraft] = useState<DraftRequest | undefined>();
  const viewport = useRef<HTMLDivElement>(null);
  const ask = useMutation({
    mutationFn: (q: string) =>
      ok(client.POST("/orgs/{slug}/copilot/ask", { params: { path: { slug } }, body: { question: q } })),
    onSuccess: (answer, q) => {
      setHistory((h) => [...h, { question: q, answer }]);
      setQuestion("");
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: react to each new request only
  useEffect(() => {
    if (request.draft) setDraft(request.draft);
    if (request.question) ask.mutate(request.question);
  }, [request.n]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the conversation grows
  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight, behavior: "smooth" });
  }, [history.length, ask.isPending]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = question.trim();
    if (q.length >= 2) ask.mutate(q);
  };

  const suggestions = focus
    ? [`How should we implement ${focus}?`, `What evidence do auditors expect for ${focus}?`]
    : ["What does an auditor check in the SoA?", "How do we handle supplier security?"];

  return (
    <Stack h="100%" gap={0}>
      <Group
        justify="space-between"
        px="md"
        py="sm"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group gap={6}>
          <IconSparkles size={18} />
          <Title order={2} fz="md">
            Copilot
          </Title>
        </Group>
        <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label="Close the copilot">
          <IconX size={18} />
        </ActionIcon>
      </Group>
      <ScrollArea style={{ flex: 1 }} viewportRef={viewport} px="md" py="sm">
        <Stack gap="sm">
          {draft && <DraftReview key={request.n} draft={draft} onDone={() => setDraft(undefined)} />}
          {history.length === 0 && !draft && !ask.isPending && (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                Ask about any ISO/IEC 27001 clause or Annex A control. Answers take your ISMS into account:
                your SoA decisions, evidence and risks.
              </Text>
              {suggestions.map((s) => (
                <Button key={s} variant="light" size="xs" justify="flex-start" onClick={() => ask.mutate(s)}>
                  {s}
                </Button>
              ))}
            </Stack>
          )}
          {history.map((exchange, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows
            <AnswerCard key={i} exchange={exchange} />
          ))}
          {ask.isPending && <Loading label="Thinking…" />}
          <ErrorAlert error={ask.error} />
        </Stack>
      </ScrollArea>
      <Box
        component="form"
        onSubmit={submit}
        p="md"
        style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Textarea
            label="Your question"
            placeholder="e.g. What should our access review cover?"
            value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) submit(e);
            }}
            autosize
            minRows={1}
            maxRows={5}
            style={{ flex: 1 }}
            data-testid="copilot-question"
          />
          <ActionIcon
            type="submit"
            size="lg"
            aria-label="Ask"
            loading={ask.isPending}
            data-testid="copilot-ask"
          >
            <IconSend size={18} />
          </ActionIcon>
        </Group>
      </Box>
    </Stack>
  );
}
