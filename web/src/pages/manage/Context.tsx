/**
 * Context and scope: the internal and external issues that shape the ISMS, the interested parties
 * and what they require, and the scope statement with its boundaries, interfaces and exclusions.
 */
import { Button, Group, List, SimpleGrid, Stack, Table, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconCircleDashed, IconEdit, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client, ok } from "../../api";
import type { Party } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { orgKey, useCan, useSlug } from "../../session";
import { arrivalDialog, ClimateSection, type EditDialog, EditDialogs } from "./ContextEdit";
import { IssueModal, PartyModal, SCOPE_FIELDS, type Scope, ScopeModal } from "./ContextForms";
import { IssueTable } from "./ContextIssues";
import { Section, Tag } from "./shared";

type Dialog = { kind: "scope" | "party" | "internal" | "external"; n: number; party?: Party };

export default function Context() {
  const slug = useSlug();
  const canWrite = useCan("context:write");
  const context = useQuery({
    queryKey: orgKey(slug, "context"),
    queryFn: () => ok(client.GET("/orgs/{slug}/context", { params: { path: { slug } } })),
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [editing, setEditing] = useState<EditDialog | null>(arrivalDialog);
  const edit = canWrite ? setEditing : undefined;
  const open = (kind: Dialog["kind"]) => setDialog({ kind, n: Date.now() });
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Context and scope"
        description="The issues inside and outside the organization that shape its information security, the parties with a stake in it and what they require, and where the ISMS begins and ends."
      />
      <QueryView query={context}>
        {(data) => (
          <>
            <Section
              title="Scope of the ISMS"
              description={
                data.scope
                  ? `Version ${data.scope.version}${data.scope.updatedAt ? `, last changed ${formatDate(data.scope.updatedAt)}` : ""}`
                  : undefined
              }
              testId="scope"
              actions={
                canWrite && (
                  <Button
                    variant="default"
                    leftSection={<IconEdit size={16} />}
                    onClick={() => open("scope")}
                    data-testid="edit-scope"
                  >
                    {data.scope ? "Edit the scope" : "Write the scope"}
                  </Button>
                )
              }
            >
              {data.scope ? (
                <Stack gap="md">
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {data.scope.statement}
                  </Text>
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                    {SCOPE_FIELDS.slice(1).map((f) => (
                      <div key={f.name}>
                        <Title order={3} fz="sm" mb={4}>
                          {f.label}
                        </Title>
                        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                          {(data.scope?.[f.name as keyof Scope] as string | null) || "Not written yet."}
                        </Text>
                      </div>
                    ))}
                  </SimpleGrid>
                </Stack>
              ) : (
                <EmptyState title="No scope yet">
                  Write down what the ISMS covers: the organization's parts, locations, systems and the
                  interfaces with others.
                </EmptyState>
              )}
            </Section>
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
              {(["internal", "external"] as const).map((kind) => (
                <Section
                  key={kind}
                  title={kind === "internal" ? "Internal issues" : "External issues"}
                  description={
                    kind === "internal"
                      ? "Culture, structure, resources, systems and ways of working."
                      : "Law, markets, threats, suppliers, technology and climate."
                  }
                  actions={
                    canWrite && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => open(kind)}
                        data-testid={`add-issue-${kind}`}
                      >
                        Add
                      </Button>
                    )
                  }
                >
                  <IssueTable issues={data.issues} kind={kind} edit={edit} />
                </Section>
              ))}
            </SimpleGrid>
            <ClimateSection climate={data.climate} canWrite={canWrite} open={setEditing} />
            <Section
              title="Interested parties"
              description="Who has a stake in our information security and what they require of it."
              testId="parties"
              actions={
                canWrite && (
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => open("party")}
                    data-testid="add-party"
                  >
                    Add an interested party
                  </Button>
                )
              }
            >
              {data.interestedParties.length === 0 ? (
                <EmptyState title="No interested parties yet">
                  Start with customers, staff, regulators, suppliers and owners.
                </EmptyState>
              ) : (
                <Table.ScrollContainer minWidth={600}>
                  <Table striped highlightOnHover verticalSpacing="sm" data-testid="parties-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w="30%">Party</Table.Th>
                        <Table.Th>Requirements</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.interestedParties.map((p) => {
                        const open = p.requirements.filter((r) => !r.addressed).length;
                        return (
                          <Table.Tr key={p.id}>
                            <Table.Td style={{ verticalAlign: "top" }}>
                              <Text size="sm" fw={600}>
                                {p.name}
                              </Text>
                              {p.description && (
                                <Text size="sm" c="dimmed">
                                  {p.description}
                                </Text>
                              )}
                              <Group mt={4} gap={6}>
                                {open > 0 && <Tag color="orange">{open} not yet addressed</Tag>}
                                {edit && (
                                  <Button
                                    size="compact-xs"
                                    variant="subtle"
                                    onClick={() => setDialog({ kind: "party", n: Date.now(), party: p })}
                                  >
                                    Edit
                                  </Button>
                                )}
                                {edit && (
                                  <Button
                                    size="compact-xs"
                                    variant="subtle"
                                    color="red"
                                    onClick={() => edit({ kind: "delete-party", party: p })}
                                  >
                                    Delete
                                  </Button>
                                )}
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              {p.requirements.length === 0 ? (
                                <Text size="sm" c="dimmed">
                                  No requirements recorded.
                                </Text>
                              ) : (
                                <List spacing={4} size="sm" center>
                                  {p.requirements.map((r, index) => (
                                    <List.Item
                                      key={r.text}
                                      icon={
                                        <ThemeIcon
                                          size={18}
                                          radius="xl"
                                          variant="light"
                                          color={r.addressed ? "teal" : "orange"}
                                          role="img"
                                          aria-label={r.addressed ? "Addressed" : "Not yet addressed"}
                                        >
                                          {r.addressed ? (
                                            <IconCheck size={12} />
                                          ) : (
                                            <IconCircleDashed size={12} />
                                          )}
                                        </ThemeIcon>
                                      }
                                    >
                                      {r.text}
                                      {r.addressedBy && (
                                        <Text span size="xs" c="dimmed">{` (by ${r.addressedBy})`}</Text>
                                      )}
                                      {edit && (
                                        <Button
                                          size="compact-xs"
                                          variant="subtle"
                                          ml={6}
                                          onClick={() => edit({ kind: "address", party: p, index })}
                                        >
                                          {r.addressed ? "Change" : "Mark addressed"}
                                        </Button>
                                      )}
                                    </List.Item>
                                  ))}
                                </List>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Section>
            <EditDialogs dialog={editing} climate={data.climate} onClose={() => setEditing(null)} />
            {dialog?.kind === "scope" && <ScopeModal key={dialog.n} scope={data.scope} onClose={close} />}
            {dialog?.kind === "party" && <PartyModal key={dialog.n} party={dialog.party} onClose={close} />}
            {(dialog?.kind === "internal" || dialog?.kind === "external") && (
              <IssueModal key={dialog.n} kind={dialog.kind} onClose={close} />
            )}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
