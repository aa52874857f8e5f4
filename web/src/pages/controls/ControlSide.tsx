/** Side sections of the control page: the risks that plan the control and the copilot's advice on it. */

import { Anchor, Badge, Button, Group, List, Stack, Table, Text } from "@mantine/core";
import { IconMessageChatbot } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { label } from "../../../../src/domain/labels";
import { client, ok } from "../../api";
import { EmptyState, ErrorAlert, LevelBadge, StatusBadge } from "../../components/common";
import { useCopilot } from "../../copilot-context";
import { type CopilotAnswer, useAllRisks, useRiskLevels } from "./data";

export function LinkedRisks({ slug, keys }: { slug: string; keys: string[] }) {
  const risks = useAllRisks(slug);
  const levels = useRiskLevels(slug);
  if (!keys.length)
    return (
      <EmptyState title="No risk plans this control">
        When a risk treatment selects this control, the risk appears here and becomes a reason for inclusion.
      </EmptyState>
    );
  const byKey = new Map((risks.data ?? []).map((r) => [r.key, r]));
  const colour = (level: string | undefined) =>
    levels.data?.method.levels.find((l) => l.name === level)?.colour;
  return (
    <Table striped highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Risk</Table.Th>
          <Table.Th>Residual</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => {
          const risk = byKey.get(key);
          const level = risk?.residual?.level ?? risk?.inherent?.level;
          const c = colour(level);
          return (
            <Table.Tr key={key}>
              <Table.Td>
                <Anchor component={Link} to={`/o/${slug}/risks/${key}`} size="sm" fw={500}>
                  {key}
                </Anchor>
                {risk && (
                  <Text size="xs" lineClamp={2}>
                    {risk.title}
                  </Text>
                )}
                {risk && (
                  <Group gap={6} mt={4}>
                    <StatusBadge status={risk.status} group="riskStatus" />
                    <Text size="xs" c="dimmed">
                      treatment: {label("treatment", risk.treatment).toLowerCase()}
                    </Text>
                  </Group>
                )}
              </Table.Td>
              <Table.Td style={{ verticalAlign: "top" }}>
                <LevelBadge level={level} {...(c && { colour: c })} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The copilot's answer: paragraphs and "- " bullet lines, without any markup engine. */
export function AnswerText({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/);
  return (
    <Stack gap="xs">
      {blocks.map((block, i) => {
        const lines = block.split("\n");
        const bullets = lines.filter((l) => /^\s*[-*] /.test(l));
        const head = lines.filter((l) => !/^\s*[-*] /.test(l)).join(" ");
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one answer never reorder
          <Stack gap={4} key={i}>
            {head && (
              <Text size="sm" fw={bullets.length ? 600 : undefined}>
                {head.replace(/\*\*/g, "")}
              </Text>
            )}
            {bullets.length > 0 && (
              <List size="sm" spacing={2}>
                {bullets.map((b) => (
                  <List.Item key={b}>{b.replace(/^\s*[-*] /, "").replace(/\*\*/g, "")}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

export function Citations({ slug, citations }: { slug: string; citations: CopilotAnswer["citations"] }) {
  if (!citations.length) return null;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="xs" fw={600}>
        Sources:
      </Text>
      {citations.map((c) => (
        <Badge
          key={`${c.type}-${c.id}`}
          variant="outline"
          radius="sm"
          tt="none"
          component={Link}
          to={c.type === "clause" ? `/o/${slug}/clauses/${c.id}` : `/o/${slug}/controls/${c.id}`}
          style={{ cursor: "pointer" }}
        >
          {c.type === "clause" ? `Clause ${c.id}` : c.id} {c.title}
        </Badge>
      ))}
    </Group>
  );
}

export function CopilotCard({ slug, controlId, title }: { slug: string; controlId: string; title: string }) {
  const copilot = useCopilot();
  const question = `How should we implement ${controlId} ${title}?`;
  const ask = useMutation({
    mutationFn: () =>
      ok(client.POST("/orgs/{slug}/copilot/ask", { params: { path: { slug } }, body: { question } })),
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Ask the copilot how <strong>{controlId}</strong> fits your ISMS, using your own decisions, risks and
        evidence.
      </Text>
      <Group gap="xs">
        <Button
          leftSection={<IconMessageChatbot size={16} />}
          onClick={() => ask.mutate()}
          loading={ask.isPending}
          variant={ask.data ? "default" : "filled"}
        >
          {ask.data ? "Ask again" : `Ask: how should we implement ${controlId}?`}
        </Button>
        <Button variant="subtle" onClick={() => copilot.open({ question })}>
          Continue in the copilot panel
        </Button>
      </Group>
      <ErrorAlert error={ask.error} title="The copilot could not answer" />
      {ask.data && (
        <Stack gap="sm" aria-live="polite">
          {ask.data.notice && (
            <Text size="xs" c="dimmed">
              {ask.data.notice}
            </Text>
          )}
          <AnswerText text={ask.data.answer} />
          <Citations slug={slug} citations={ask.data.citations} />
        </Stack>
      )}
    </Stack>
  );
}
