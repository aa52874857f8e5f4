/** Pieces of the risk editor: a likelihood × impact pair with its live score, and the action list. */
import {
  ActionIcon,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { levelOf, scoreOf } from "../../../../src/domain/risk-method";
import { ApiError } from "../../api";
import { LevelBadge } from "../../components/common";
import type { ActionForm } from "./riskForm";
import { ACTION_STATUSES, type RiskMethodology } from "./types";

/** The server's message for a field or anything under it ("controls" matches "controls[1]"). */
export function fieldError(error: unknown, ...names: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((e) => {
    const path = e.path.replace(/^body\./, "").replace(/\.(\d+)/g, "[$1]");
    return names.some((n) => path === n || path.startsWith(`${n}.`) || path.startsWith(`${n}[`));
  })?.message;
}

export function ScorePair({
  kind,
  method,
  likelihood,
  impact,
  onChange,
  readOnly,
  required,
  error,
}: {
  kind: "Inherent" | "Residual";
  method: RiskMethodology;
  likelihood: string | null;
  impact: string | null;
  onChange: (likelihood: string | null, impact: string | null) => void;
  readOnly: boolean;
  required?: boolean;
  error?: string | undefined;
}) {
  const option = (s: { value: number; name: string }) => ({
    value: String(s.value),
    label: `${s.value} – ${s.name}`,
  });
  let score: { value: number; level: { name: string; colour: string } } | null = null;
  if (likelihood && impact) {
    try {
      const value = scoreOf(method, Number(likelihood), Number(impact));
      score = { value, level: levelOf(method, value) };
    } catch {
      score = null;
    }
  }
  const describe = (scale: typeof method.likelihood, value: string | null) =>
    scale.find((s) => String(s.value) === value)?.description || undefined;
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <Select
          label={`${kind} likelihood`}
          placeholder="Choose"
          data={method.likelihood.map(option)}
          value={likelihood}
          onChange={(v) => onChange(v, impact)}
          description={describe(method.likelihood, likelihood)}
          readOnly={readOnly}
          required={required}
          clearable={!required && !readOnly}
          error={error}
        />
        <Select
          label={`${kind} impact`}
          placeholder="Choose"
          data={method.impact.map(option)}
          value={impact}
          onChange={(v) => onChange(likelihood, v)}
          description={describe(method.impact, impact)}
          readOnly={readOnly}
          required={required}
          clearable={!required && !readOnly}
          error={error ? " " : undefined}
        />
      </Group>
      <Group gap="xs" data-testid={`${kind.toLowerCase()}-score`} aria-live="polite">
        <Text size="sm" fw={500}>
          {kind} score
        </Text>
        {score ? (
          <>
            <Text size="sm" fw={700}>
              {score.value}
            </Text>
            <LevelBadge level={score.level.name} colour={score.level.colour} />
            <Text size="sm" c="dimmed">
              {score.value <= method.acceptanceMaxScore
                ? "within the acceptance criteria"
                : `above the acceptance criteria (${method.acceptanceMaxScore} or less)`}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {kind === "Residual" ? "not assessed yet" : "choose likelihood and impact"}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function ActionsEditor({
  actions,
  onChange,
  readOnly,
  error,
}: {
  actions: ActionForm[];
  onChange: (actions: ActionForm[]) => void;
  readOnly: boolean;
  error: unknown;
}) {
  const set = (index: number, patch: Partial<ActionForm>) =>
    onChange(actions.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <Stack gap="xs">
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No treatment actions yet.{!readOnly && " Add the steps that put the planned controls in place."}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} data-testid="action-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Action</Table.Th>
                <Table.Th w={170}>Owner</Table.Th>
                <Table.Th w={160}>Due</Table.Th>
                <Table.Th w={150}>Status</Table.Th>
                {!readOnly && (
                  <Table.Th w={48}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actions.map((action, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput
                      aria-label={`Action ${index + 1} title`}
                      value={action.title}
                      onChange={(e) => set(index, { title: e.currentTarget.value })}
                      readOnly={readOnly}
                      error={fieldError(error, `actions[${index}].title`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Action ${index + 1} owner`}
                      value={action.owner}
                      onChange={(e) => set(index, { owner: e.currentTarget.value })}
                      readOnly={readOnly}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      aria-label={`Action ${index + 1} due date`}
                      value={action.dueOn}
                      onChange={(e) => set(index, { dueOn: e.currentTarget.value })}
                      readOnly={readOnly}
                      error={fieldError(error, `actions[${index}].dueOn`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Action ${index + 1} status`}
                      data={ACTION_STATUSES}
                      value={action.status}
                      onChange={(v) => set(index, { status: v ?? "open" })}
                      readOnly={readOnly}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove action ${index + 1}`}
                        onClick={() => onChange(actions.filter((_, i) => i !== index))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...actions, { title: "", owner: "", dueOn: "", status: "open" }])}
          >
            Add action
          </Button>
        </Group>
      )}
    </Stack>
  );
}
