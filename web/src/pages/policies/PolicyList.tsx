/**
 * The organization's policies: each with the state of its latest version, who approved it, when it
 * took effect and is next reviewed, and how many people have acknowledged it; a new policy starts
 * from a template or blank.
 */
import { Anchor, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { useSlug } from "../../session";
import { Section, Tag } from "../manage/shared";
import { AckReminders } from "./AckBanner";
import { NewPolicyModal } from "./NewPolicyModal";
import { StateBadge, useCanEditPolicies } from "./parts";
import { policiesQuery } from "./queries";
import type { PolicySummary } from "./types";

function PolicyTable({ policies, slug }: { policies: PolicySummary[]; slug: string }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="policy-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={240}>Policy</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Approved by</Table.Th>
            <Table.Th>Effective</Table.Th>
            <Table.Th>Next review</Table.Th>
            <Table.Th>Acknowledged</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.map((p) => (
            <Table.Tr key={p.key} data-testid={`policy-${p.key}`}>
              <Table.Td>
                <Anchor component={Link} to={`/o/${slug}/policies/${p.key}`} fw={500} size="sm">
                  {p.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {p.key}
                  {p.owner ? ` · owner ${p.owner}` : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <StateBadge state={p.state} />
              </Table.Td>
              <Table.Td>{p.version ?? "—"}</Table.Td>
              <Table.Td>{p.approvedBy ?? "—"}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(p.effectiveFrom)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{formatDate(p.nextReviewOn)}</Text>
                  {p.needsReview && <Tag color="red">needs review</Tag>}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {p.acknowledged + p.pending === 0 ? (
                  "—"
                ) : (
                  <Text size="sm" data-testid={`policy-${p.key}-acks`}>
                    {p.acknowledged} of {p.acknowledged + p.pending}
                    {p.pending > 0 && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        ({p.pending} pending)
                      </Text>
                    )}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function PolicyList() {
  const slug = useSlug();
  const canEdit = useCanEditPolicies();
  const policies = useQuery(policiesQuery(slug));
  const [picking, setPicking] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Policies"
        description="The information security policy and the topic-specific policies (5.1): drafted, reviewed, approved by management, published to the people they apply to, and acknowledged by each of them."
        actions={
          canEdit && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setPicking(true)}
              data-testid="new-policy"
            >
              New policy
            </Button>
          )
        }
      />
      <QueryView query={policies}>
        {(list) => (
          <>
            <AckReminders policies={list} />
            <Section
              title="Policy register"
              description={
                list.length === 0
                  ? undefined
                  : `${list.length} ${list.length === 1 ? "policy" : "policies"}, ${list.filter((p) => p.state === "published").length} published${
                      list.some((p) => p.needsReview)
                        ? `, ${list.filter((p) => p.needsReview).length} due for review`
                        : ""
                    }.`
              }
              testId="policies"
            >
              {list.length === 0 ? (
                <EmptyState title="No policies yet">
                  Start with the information security policy: pick it from the templates and adapt the draft
                  to your organization.
                </EmptyState>
              ) : (
                <PolicyTable policies={list} slug={slug} />
              )}
            </Section>
          </>
        )}
      </QueryView>
      {picking && <NewPolicyModal onClose={() => setPicking(false)} />}
    </Stack>
  );
}
