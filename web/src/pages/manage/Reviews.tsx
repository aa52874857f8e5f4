/** Management reviews: what top management looked at, who attended and what they decided. */
import { Accordion, Button, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client, ok } from "../../api";
import type { Review } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { orgKey, useCan, useSlug } from "../../session";
import { inputLabel, ReviewModal } from "./ReviewModal";
import { plural, Section, StatusTag } from "./shared";

function ReviewDetail({ review }: { review: Review }) {
  const inputs = Object.entries(review.inputs ?? {});
  return (
    <Stack gap="md">
      <div>
        <Title order={3} fz="sm" mb={4}>
          Attendees
        </Title>
        <Text size="sm">{review.attendees.length ? review.attendees.join(", ") : "Not recorded"}</Text>
      </div>
      <div>
        <Title order={3} fz="sm" mb={4}>
          Decisions and actions
        </Title>
        <List size="sm" spacing={4} type="ordered">
          {review.decisions.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
      </div>
      {inputs.length > 0 && (
        <div>
          <Title order={3} fz="sm" mb={6}>
            Inputs considered
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {inputs.map(([key, value]) => (
              <div key={key}>
                <Text size="sm" fw={600}>
                  {inputLabel(key)}
                </Text>
                <Text size="sm">{value}</Text>
              </div>
            ))}
          </SimpleGrid>
        </div>
      )}
    </Stack>
  );
}

export default function Reviews() {
  const slug = useSlug();
  const canWrite = useCan("review:write");
  const reviews = useQuery({
    queryKey: orgKey(slug, "reviews"),
    queryFn: () => ok(client.GET("/orgs/{slug}/reviews", { params: { path: { slug } } })),
  });
  const [adding, setAdding] = useState(0);
  const [completing, setCompleting] = useState<Review | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Management reviews"
        description="Top management's regular look at how the ISMS performs: the facts presented, who took part and the decisions on changes, resources and improvements."
        actions={
          <>
            <DownloadMenu slug={slug} items={["review"]} testId="reviews-download" />
            {canWrite && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setAdding(Date.now())}
                data-testid="add-review"
              >
                Record a review
              </Button>
            )}
          </>
        }
      />
      <QueryView query={reviews}>
        {(list) => (
          <Section
            title="Past reviews"
            description={list.length ? `${list.length} recorded, newest first.` : undefined}
            testId="reviews"
          >
            {list.length === 0 ? (
              <EmptyState title="No management review yet">
                Record the first review; its inputs are prefilled from the workspace.
              </EmptyState>
            ) : (
              <Accordion variant="separated" multiple defaultValue={[list[0]?.key ?? ""]}>
                {[...list]
                  .sort((a, b) => (b.heldOn ?? "").localeCompare(a.heldOn ?? ""))
                  .map((r) => (
                    <Accordion.Item key={r.key} value={r.key} data-testid={`review-${r.key}`}>
                      <Accordion.Control>
                        <Group justify="space-between" gap="xs">
                          <Stack gap={2} style={{ flex: "1 1 240px", minWidth: 0 }}>
                            <Group gap="xs">
                              <Text ff="monospace" size="sm" style={{ whiteSpace: "nowrap" }}>
                                {r.key}
                              </Text>
                              <Text fw={600} size="sm">
                                {r.title ?? "Management review"}
                              </Text>
                            </Group>
                            <Text size="xs" c="dimmed">
                              {r.status === "draft"
                                ? `Draft${r.heldOn ? ` for ${formatDate(r.heldOn)}` : ""}`
                                : `Held ${formatDate(r.heldOn)}`}{" "}
                              · {plural(r.attendees.length, "attendee")} ·{" "}
                              {plural(r.decisions.length, "decision")}
                            </Text>
                          </Stack>
                          <StatusTag status={r.status} group="auditStatus" />
                        </Group>
                      </Accordion.Control>
                      <Accordion.Panel>
                        {r.status === "draft" && canWrite && (
                          <Group mb="sm">
                            <Button
                              size="xs"
                              onClick={() => setCompleting(r)}
                              data-testid={`complete-${r.key}`}
                            >
                              Continue and complete
                            </Button>
                          </Group>
                        )}
                        {r.status !== "draft" && (
                          <Group mb="sm">
                            <DownloadMenu
                              slug={slug}
                              items={["review"]}
                              label="Minutes"
                              testId={`download-${r.key}`}
                            />
                          </Group>
                        )}
                        <ReviewDetail review={r} />
                      </Accordion.Panel>
                    </Accordion.Item>
                  ))}
              </Accordion>
            )}
          </Section>
        )}
      </QueryView>
      {adding > 0 && <ReviewModal key={adding} onClose={() => setAdding(0)} />}
      {completing && (
        <ReviewModal key={completing.key} draft={completing} onClose={() => setCompleting(null)} />
      )}
    </Stack>
  );
}
