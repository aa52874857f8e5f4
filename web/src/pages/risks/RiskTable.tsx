/** One page of the register as a table with sortable column headers. */
import { Anchor, Group, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState, formatDate, LevelBadge, StatusBadge } from "../../components/common";
import {
  levelColour,
  type Risk,
  type RiskMethodology,
  type ScoredPoint,
  today,
  treatmentLabel,
} from "./types";

const COLUMNS: { sort: string; label: string; width?: number }[] = [
  { sort: "key", label: "Key", width: 72 },
  { sort: "title", label: "Title" },
  { sort: "owner", label: "Owner", width: 124 },
  { sort: "inherentScore", label: "Inherent", width: 104 },
  { sort: "residualScore", label: "Residual", width: 104 },
  { sort: "treatment", label: "Treatment", width: 100 },
  { sort: "status", label: "Status", width: 96 },
  { sort: "nextReviewOn", label: "Next review", width: 116 },
];

function SortHeader({
  column,
  sort,
  dir,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: string;
  dir: "asc" | "desc";
  onSort: (sort: string, dir: "asc" | "desc") => void;
}) {
  const active = sort === column.sort;
  const Icon = active ? (dir === "asc" ? IconArrowUp : IconArrowDown) : IconSelector;
  const descending = column.sort.endsWith("Score");
  const next = active ? (dir === "asc" ? "desc" : "asc") : descending ? "desc" : "asc";
  return (
    <Table.Th
      w={column.width}
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
      data-testid={`sort-${column.sort}`}
    >
      <UnstyledButton
        onClick={() => onSort(column.sort, next)}
        aria-label={`Sort by ${column.label}${active ? (dir === "asc" ? ", sorted ascending" : ", sorted descending") : ""}`}
        style={{ display: "inline-flex", alignItems: "center", gap: 4, fontWeight: 600, fontSize: "inherit" }}
      >
        {column.label}
        <Icon size={14} stroke={1.8} aria-hidden opacity={active ? 1 : 0.5} />
      </UnstyledButton>
    </Table.Th>
  );
}

function Score({ point, method }: { point: ScoredPoint | null; method: RiskMethodology | undefined }) {
  if (!point) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <LevelBadge level={point.level} colour={levelColour(method, point.level)} />
      <Text size="sm" fw={600} aria-label={`score ${point.score}`}>
        {point.score}
      </Text>
    </Group>
  );
}

export function RiskTable({
  slug,
  risks,
  method,
  sort,
  dir,
  onSort,
  filtered,
  canWrite,
  stale,
}: {
  slug: string;
  risks: Risk[];
  method: RiskMethodology | undefined;
  sort: string;
  dir: "asc" | "desc";
  onSort: (sort: string, dir: "asc" | "desc") => void;
  filtered: boolean;
  canWrite: boolean;
  stale: boolean;
}) {
  if (risks.length === 0) {
    return filtered ? (
      <EmptyState title="No risk matches these filters">
        Remove a filter above, or search for another word.
      </EmptyState>
    ) : (
      <EmptyState title="The register is empty">
        {canWrite ? (
          <>
            Add the first risk, or import your existing register from a spreadsheet.{" "}
            <Anchor component={Link} to={`/o/${slug}/risks/new`}>
              Add a risk
            </Anchor>
          </>
        ) : (
          "No risks have been identified yet."
        )}
      </EmptyState>
    );
  }
  const now = today();
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing="xs"
        data-testid="risk-table"
        style={{ opacity: stale ? 0.6 : 1, transition: "opacity 120ms" }}
      >
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.sort} column={column} sort={sort} dir={dir} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((risk) => {
            const overdue = risk.nextReviewOn !== null && risk.nextReviewOn < now && risk.status !== "closed";
            return (
              <Table.Tr key={risk.key} data-testid={`risk-row-${risk.key}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/o/${slug}/risks/${risk.key}`} fw={600} size="sm">
                    {risk.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/o/${slug}/risks/${risk.key}`} c="inherit" size="sm">
                    {risk.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{risk.owner ?? "—"}</Text>
                </Table.Td>
                <Table.Td>
                  <Score point={risk.inherent} method={method} />
                </Table.Td>
                <Table.Td>
                  <Score point={risk.residual} method={method} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={treatmentLabel(risk.treatment)}>
                    {risk.treatment ? risk.treatment.charAt(0).toUpperCase() + risk.treatment.slice(1) : "—"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={risk.status} group="riskStatus" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={overdue ? "red.8" : undefined} fw={overdue ? 600 : undefined}>
                    {formatDate(risk.nextReviewOn)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
