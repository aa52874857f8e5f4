/** What a new methodology would change for existing risks, and the button that adopts it. */
import { Anchor, Button, Group, Table, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import type { MethodPreview as Preview } from "../../api/types";
import type { ScoredPoint } from "./types";

export type { Preview };

const point = (p: ScoredPoint) => `${p.likelihood}×${p.impact} = ${p.score} ${p.level}`;

function Move({ move }: { move: { from: ScoredPoint; to: ScoredPoint } | null }) {
  if (!move) return <Text size="sm">unchanged</Text>;
  return (
    <Text size="sm">
      {point(move.from)} → <strong>{point(move.to)}</strong>
    </Text>
  );
}

export function PreviewPanel({
  slug,
  preview,
  applying,
  onApply,
}: {
  slug: string;
  preview: Preview;
  applying: boolean;
  onApply: () => void;
}) {
  const shown = preview.changes.slice(0, 200);
  return (
    <>
      <Text size="sm" data-testid="method-preview-summary">
        {preview.changes.length === 0
          ? "No existing risk changes its scale values, score or level. Applying only saves the new method."
          : `${preview.changes.length} risk${preview.changes.length === 1 ? "" : "s"} will be rescaled (scale values mapped onto the new scales, then scored and levelled again).`}
      </Text>
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={700} mah={420}>
          <Table striped data-testid="method-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>Risk</Table.Th>
                <Table.Th>Inherent</Table.Th>
                <Table.Th>Residual</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td>
                    <Anchor component={Link} to={`/o/${slug}/risks/${c.key}`} size="sm" fw={600}>
                      {c.key}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Move move={c.inherent} />
                  </Table.Td>
                  <Table.Td>
                    <Move move={c.residual} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {preview.changes.length > shown.length && (
        <Text size="sm" c="dimmed">
          And {preview.changes.length - shown.length} more.
        </Text>
      )}
      <Group justify="flex-end">
        <Button
          color="teal"
          leftSection={<IconCheck size={16} />}
          loading={applying}
          onClick={onApply}
          data-testid="method-apply"
        >
          Apply to {preview.changes.length} risk{preview.changes.length === 1 ? "" : "s"}
        </Button>
      </Group>
    </>
  );
}
