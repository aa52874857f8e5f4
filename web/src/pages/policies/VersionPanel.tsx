/**
 * One version of a policy: its lifecycle actions, its approval block once approved, the text (the
 * editor while it is the latest draft, read-only otherwise) and the reviewers' comments beside it.
 */
import { Alert, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { lazy, Suspense } from "react";
import { formatDate, formatDateTime, Loading } from "../../components/common";
import { Comments } from "./Comments";
import { Markdown } from "./Markdown";
import { Fact, ShortHash, StateBadge, useCanEditPolicies } from "./parts";
import type { PolicyDetail, PolicyVersion } from "./types";
import { Workflow } from "./Workflow";

const DraftEditor = lazy(() => import("./DraftEditor"));

function audienceWords(version: PolicyVersion): string {
  const a = version.audience;
  if (!a) return "—";
  const parts = [
    a.everyone ? "every member" : "",
    a.roles.length > 0 ? `roles: ${a.roles.join(", ")}` : "",
    a.people.length > 0 ? `${a.people.length} named ${a.people.length === 1 ? "person" : "people"}` : "",
  ].filter(Boolean);
  return parts.join("; ") || "—";
}

/** Who approved the version, in what role and when, what it says (its hash) and when it applies. */
export function ApprovalBlock({ version }: { version: PolicyVersion }) {
  if (!version.approvedAt) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="approval-block" bg="var(--mantine-color-gray-0)">
      <Title order={2} fz="md" mb="sm">
        Approval
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        <Fact label="Approved by" testId="approved-by">
          {version.approvedBy ?? "—"}
          {version.approverRole ? ` (${version.approverRole})` : ""}
        </Fact>
        <Fact label="Approved on">{formatDateTime(version.approvedAt)}</Fact>
        <Fact label="Version">{version.number}</Fact>
        <Fact label="Effective from" testId="effective-from">
          {formatDate(version.effectiveFrom)}
        </Fact>
        <Fact label="Content SHA-256">
          <ShortHash hash={version.contentSha256} />
        </Fact>
        <Fact label="Published to">
          {version.publishedAt ? `${audienceWords(version)}, ${formatDate(version.publishedAt)}` : "Not yet"}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

export function VersionPanel({
  slug,
  policy,
  version,
  latest,
}: {
  slug: string;
  policy: PolicyDetail;
  version: PolicyVersion;
  latest: boolean;
}) {
  const canEdit = useCanEditPolicies();
  const editing = latest && canEdit && version.state === "draft";
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" gap="sm" align="flex-start">
              <Stack gap={2}>
                <Group gap={8}>
                  <Text fw={600}>Version {version.number}</Text>
                  <StateBadge state={version.state} />
                  {version.significant && version.number > 1 && (
                    <Text size="xs" c="dimmed">
                      significant change
                    </Text>
                  )}
                </Group>
                {version.changeSummary && (
                  <Text size="sm" c="dimmed">
                    {version.changeSummary}
                  </Text>
                )}
                {version.submittedAt && (
                  <Text size="xs" c="dimmed">
                    Sent for review by {version.submittedBy ?? "—"} on {formatDateTime(version.submittedAt)}
                  </Text>
                )}
              </Stack>
              {latest && canEdit && <Workflow slug={slug} policy={policy} version={version} />}
            </Group>
          </Paper>
          {!latest && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
              This is an earlier version ({version.state === "superseded" ? "superseded" : version.state}).
              The latest is version {policy.versions.at(-1)?.number}.
            </Alert>
          )}
          <ApprovalBlock version={version} />
          {editing ? (
            <Suspense fallback={<Loading label="Opening the editor…" />}>
              <DraftEditor slug={slug} policyKey={policy.key} version={version} />
            </Suspense>
          ) : (
            <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md">
              <Markdown source={version.content} testId="policy-content" />
            </Paper>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Comments slug={slug} policyKey={policy.key} version={version} />
      </Grid.Col>
    </Grid>
  );
}
