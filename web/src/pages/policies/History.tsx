/** Every version of a policy (who sent it for review, approved and published it) and its reviews. */

import { Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { label } from "../../../../src/domain/labels";
import { formatDate, formatDateTime } from "../../components/common";
import { StateBadge } from "./parts";
import type { PolicyDetail } from "./types";

export function History({ policy, onOpen }: { policy: PolicyDetail; onOpen: (n: number) => void }) {
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Title order={2} fz="md" mb="sm">
          Versions
        </Title>
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="xs" data-testid="policy-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th miw={200}>Change</Table.Th>
                <Table.Th>Approved</Table.Th>
                <Table.Th>Published</Table.Th>
                <Table.Th>Effective</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...policy.versions].reverse().map((v) => (
                <Table.Tr key={v.number} data-testid={`history-${v.number}`}>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onOpen(v.number)}
                      aria-label={`Open version ${v.number}`}
                    >
                      Version {v.number}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={v.state} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{v.changeSummary ?? (v.number === 1 ? "First version" : "—")}</Text>
                    {v.significant && v.number > 1 && (
                      <Text size="xs" c="dimmed">
                        Significant: acknowledged again
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {v.approvedAt ? (
                      <>
                        <Text size="sm">{formatDateTime(v.approvedAt)}</Text>
                        <Text size="xs" c="dimmed">
                          {v.approvedBy}
                          {v.approverRole ? ` (${v.approverRole})` : ""}
                        </Text>
                      </>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {v.publishedAt ? (
                      <>
                        <Text size="sm">{formatDate(v.publishedAt)}</Text>
                        <Text size="xs" c="dimmed">
                          {v.publishedBy}
                        </Text>
                      </>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatDate(v.effectiveFrom)}
                    {v.supersededAt && (
                      <Text size="xs" c="dimmed">
                        until {formatDate(v.supersededAt)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} fz="md" mb="sm">
          Reviews
        </Title>
        {policy.reviews.length === 0 ? (
          <Text size="sm" c="dimmed">
            No review recorded yet. Next review due {formatDate(policy.nextReviewOn)}.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs" data-testid="policy-reviews">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reviewed on</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policy.reviews.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reviews are listed in the order they happened
                  <Table.Tr key={i}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(r.reviewedOn)}</Table.Td>
                    <Table.Td>{r.reviewedBy}</Table.Td>
                    <Table.Td>{label("reviewOutcome", r.outcome)}</Table.Td>
                    <Table.Td>{r.note ?? "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
