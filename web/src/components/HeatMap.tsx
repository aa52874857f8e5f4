/**
 * The risk heat map under the organization's own method: likelihood rows (highest on top), impact
 * columns, each cell coloured by its level and showing how many risks sit there. Cells are buttons
 * when `onSelect` is given (the register filters on a click).
 */
import { Box, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { levelOf, type RiskMethodology, scoreOf } from "../../../src/domain/risk-method";
import { readableOn } from "./common";

export type { RiskMethodology };

export interface Cell {
  likelihood: number;
  impact: number;
}

export function HeatMap({
  title,
  method,
  counts,
  selected,
  onSelect,
  testId,
}: {
  title: string;
  method: RiskMethodology;
  /** counts[likelihood - 1][impact - 1] */
  counts: number[][];
  selected?: Cell | null;
  onSelect?: (cell: Cell) => void;
  testId?: string;
}) {
  const rows = [...method.likelihood].reverse();
  const columns = `minmax(64px, auto) repeat(${method.impact.length}, minmax(44px, 1fr))`;
  return (
    <Stack gap={6} data-testid={testId}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Box role="table" aria-label={title} style={{ display: "grid", gridTemplateColumns: columns, gap: 3 }}>
        {rows.map((l) => (
          <Box key={l.value} role="row" style={{ display: "contents" }}>
            <Text role="rowheader" size="xs" c="dimmed" ta="right" pr={6} style={{ alignSelf: "center" }}>
              {l.name}
            </Text>
            {method.impact.map((i) => {
              const count = counts[l.value - 1]?.[i.value - 1] ?? 0;
              const score = scoreOf(method, l.value, i.value);
              const level = levelOf(method, score);
              const isSelected = selected?.likelihood === l.value && selected.impact === i.value;
              const label = `${l.name} likelihood, ${i.name} impact: ${count} risk${count === 1 ? "" : "s"} (score ${score}, ${level.name})`;
              const face = (
                <Box
                  h={44}
                  style={{
                    background: level.colour,
                    color: readableOn(level.colour),
                    opacity: count ? 1 : 0.38,
                    borderRadius: 4,
                    display: "grid",
                    placeItems: "center",
                    fontWeight: 650,
                    outline: isSelected ? "3px solid #1c2b4a" : undefined,
                    outlineOffset: 1,
                  }}
                >
                  {count || ""}
                </Box>
              );
              return (
                <Box role="cell" key={i.value} data-cell={`${l.value}-${i.value}`} data-count={count}>
                  <Tooltip label={label} openDelay={300}>
                    {onSelect ? (
                      <UnstyledButton
                        aria-label={label}
                        aria-pressed={isSelected}
                        onClick={() => onSelect({ likelihood: l.value, impact: i.value })}
                        style={{ display: "block", width: "100%" }}
                      >
                        {face}
                      </UnstyledButton>
                    ) : (
                      <Box aria-label={label}>{face}</Box>
                    )}
                  </Tooltip>
                </Box>
              );
            })}
          </Box>
        ))}
        <Box role="row" style={{ display: "contents" }}>
          <Text size="xs" c="dimmed" ta="right" pr={6}>
            Impact →
          </Text>
          {method.impact.map((i) => (
            <Text
              role="columnheader"
              key={i.value}
              fz={{ base: 10, sm: "xs" }}
              c="dimmed"
              ta="center"
              lh={1.2}
              style={{ overflowWrap: "anywhere", hyphens: "auto" }}
            >
              {i.name}
            </Text>
          ))}
        </Box>
      </Box>
    </Stack>
  );
}
