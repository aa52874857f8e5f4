/** Editors for the parts of a risk methodology: a scale, the score matrix, and the levels. */
import {
  ActionIcon,
  Button,
  ColorInput,
  Group,
  NumberInput,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { RiskMethodology } from "./types";

type Scale = RiskMethodology["likelihood"];
type Issues = Map<string, string>;

export function ScaleEditor({
  name,
  scale,
  onChange,
  readOnly,
  issues,
}: {
  name: "likelihood" | "impact";
  scale: Scale;
  onChange: (scale: Scale) => void;
  readOnly: boolean;
  issues: Issues;
}) {
  const label = name === "likelihood" ? "Likelihood" : "Impact";
  const set = (index: number, patch: Partial<Scale[number]>) =>
    onChange(scale.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={6} data-testid={`scale-${name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Value</Table.Th>
              <Table.Th w={200}>Name</Table.Th>
              <Table.Th>Description</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scale.map((level, index) => (
              <Table.Tr key={level.value}>
                <Table.Td fw={600}>{level.value}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} ${level.value} name`}
                    value={level.name}
                    onChange={(e) => set(index, { name: e.currentTarget.value })}
                    readOnly={readOnly}
                    error={issues.get(`${name}[${index}].name`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} ${level.value} description`}
                    value={level.description}
                    onChange={(e) => set(index, { description: e.currentTarget.value })}
                    readOnly={readOnly}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {issues.get(name) && (
        <Text size="sm" c="red.8">
          {issues.get(name)}
        </Text>
      )}
      {!readOnly && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={scale.length >= 6}
            onClick={() =>
              onChange([
                ...scale,
                { value: scale.length + 1, name: `Level ${scale.length + 1}`, description: "" },
              ])
            }
          >
            {name === "impact" ? "Add an impact level" : "Add a likelihood level"}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            disabled={scale.length <= 3}
            onClick={() => onChange(scale.slice(0, -1))}
          >
            Remove the highest
          </Button>
        </Group>
      )}
    </>
  );
}

export function MatrixEditor({
  method,
  onChange,
  readOnly,
}: {
  method: RiskMethodology;
  onChange: (matrix: number[][]) => void;
  readOnly: boolean;
}) {
  if (method.scoring.kind !== "matrix") return null;
  const matrix = method.scoring.matrix;
  const set = (l: number, i: number, value: number) =>
    onChange(
      method.likelihood.map((_, r) =>
        method.impact.map((_, c) => (r === l && c === i ? value : (matrix[r]?.[c] ?? 1))),
      ),
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder data-testid="score-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Likelihood \ Impact</Table.Th>
            {method.impact.map((i) => (
              <Table.Th key={i.value}>{i.name}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...method.likelihood].reverse().map((l) => (
            <Table.Tr key={l.value}>
              <Table.Th scope="row">{l.name}</Table.Th>
              {method.impact.map((i) => (
                <Table.Td key={i.value}>
                  <NumberInput
                    aria-label={`Score for ${l.name} likelihood and ${i.name} impact`}
                    value={matrix[l.value - 1]?.[i.value - 1] ?? ""}
                    onChange={(v) => set(l.value - 1, i.value - 1, Number(v) || 0)}
                    min={1}
                    readOnly={readOnly}
                    hideControls
                    w={70}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function LevelsEditor({
  levels,
  onChange,
  readOnly,
  issues,
}: {
  levels: RiskMethodology["levels"];
  onChange: (levels: RiskMethodology["levels"]) => void;
  readOnly: boolean;
  issues: Issues;
}) {
  const set = (index: number, patch: Partial<RiskMethodology["levels"][number]>) =>
    onChange(levels.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  return (
    <>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={6} data-testid="levels">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={150}>Highest score</Table.Th>
              <Table.Th w={180}>Colour</Table.Th>
              {!readOnly && (
                <Table.Th w={48}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levels.map((level, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: levels are edited in place by position
              <Table.Tr key={index}>
                <Table.Td>
                  <TextInput
                    aria-label={`Level ${index + 1} name`}
                    value={level.name}
                    onChange={(e) => set(index, { name: e.currentTarget.value })}
                    readOnly={readOnly}
                    error={issues.get(`levels[${index}].name`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Level ${index + 1} highest score`}
                    value={level.maxScore}
                    onChange={(v) => set(index, { maxScore: Number(v) || 0 })}
                    min={0}
                    readOnly={readOnly}
                    error={issues.get(`levels[${index}].maxScore`)}
                  />
                </Table.Td>
                <Table.Td>
                  <ColorInput
                    aria-label={`Level ${index + 1} colour`}
                    value={level.colour}
                    onChange={(colour) => set(index, { colour })}
                    format="hex"
                    readOnly={readOnly}
                    withEyeDropper={false}
                  />
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove level ${level.name || index + 1}`}
                      disabled={levels.length <= 1}
                      onClick={() => onChange(levels.filter((_, i) => i !== index))}
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
      {issues.get("levels") && (
        <Text size="sm" c="red.8">
          {issues.get("levels")}
        </Text>
      )}
      {!readOnly && (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              onChange([
                ...levels,
                { name: "New level", maxScore: (levels.at(-1)?.maxScore ?? 0) + 1, colour: "#868e96" },
              ])
            }
          >
            Add a level
          </Button>
        </Group>
      )}
    </>
  );
}
