/**
 * One ISO/IEC 27001 clause (4 to 10): our summary, the documented information it requires, how
 * ready the organization is on it, its sub-clauses, and links to the pages where the work is done.
 */
import { Anchor, Badge, Button, Grid, Group, List, Stack, Table, Text } from "@mantine/core";
import { IconArrowUpRight, IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { label } from "../../../../src/domain/labels";
import { client, ok } from "../../api";
import { EmptyState, ErrorAlert, Loading, PageHeader, StatusBadge } from "../../components/common";
import { orgKey, useSlug } from "../../session";
import { pagesFor } from "./clause-pages";
import { type CatalogClause, compareIds, useCatalogClauses, useCatalogControls } from "./data";
import { PAGE_GRID, Section } from "./parts";

function Breadcrumb({
  slug,
  clause,
  byId,
}: {
  slug: string;
  clause: CatalogClause;
  byId: Map<string, CatalogClause>;
}) {
  const chain: CatalogClause[] = [];
  let parent = clause.parent ? byId.get(clause.parent) : undefined;
  while (parent) {
    chain.unshift(parent);
    parent = parent.parent ? byId.get(parent.parent) : undefined;
  }
  if (!chain.length) return <>Clause of ISO/IEC 27001:2022</>;
  return (
    <>
      Part of{" "}
      {chain.map((c, i) => (
        <span key={c.id}>
          {i > 0 && " › "}
          <Anchor component={Link} to={`/o/${slug}/clauses/${c.id}`} size="sm" underline="always">
            {c.id} {c.title}
          </Anchor>
        </span>
      ))}
    </>
  );
}

export default function ClausePage() {
  const slug = useSlug();
  const { clauseId = "" } = useParams();
  const id = clauseId.replace(/^clause:/, "");
  const clauses = useCatalogClauses();
  const controls = useCatalogControls();
  const readiness = useQuery({
    queryKey: orgKey(slug, "annex", "readiness"),
    queryFn: () => ok(client.GET("/orgs/{slug}/readiness", { params: { path: { slug } } })),
  });
  const byId = useMemo(() => new Map((clauses.data ?? []).map((c) => [c.id, c])), [clauses.data]);

  if (clauses.error) return <ErrorAlert error={clauses.error} />;
  if (!clauses.data) return <Loading />;
  const clause = byId.get(id);
  if (!clause)
    return (
      <>
        <PageHeader title={`Clause ${id} not found`} />
        <EmptyState title="ISO/IEC 27001 has no clause with this number">
          Clauses run from 4 to 10.{" "}
          <Anchor component={Link} to={`/o/${slug}`}>
            Back to the dashboard
          </Anchor>
        </EmptyState>
      </>
    );

  const children = clauses.data.filter((c) => c.parent === clause.id).sort((a, b) => compareIds(a.id, b.id));
  const state = readiness.data?.clauses.find((c) => c.id === clause.id);
  const childStates = children.map((c) => ({
    clause: c,
    state: readiness.data?.clauses.find((r) => r.id === c.id),
  }));
  const blockers = (readiness.data?.blockers ?? []).filter(
    (b) => b.ref === `clause:${clause.id}` || b.ref?.startsWith(`clause:${clause.id}.`),
  );
  const related = (controls.data ?? [])
    .filter((c) =>
      c.guidance.related.some((r) => r === `clause:${clause.id}` || r.startsWith(`clause:${clause.id}.`)),
    )
    .sort((a, b) => compareIds(a.id, b.id));
  const pages = pagesFor(clause.id);
  const inSubClauses = clauses.data
    .filter((c) => c.id.startsWith(`${clause.id}.`) && c.mandatoryDocuments.length)
    .sort((a, b) => compareIds(a.id, b.id));
  const sorted = [...clauses.data].sort((a, b) => compareIds(a.id, b.id));
  const index = sorted.findIndex((c) => c.id === clause.id);
  const prev = sorted[index - 1];
  const next = sorted[index + 1];

  return (
    <>
      <PageHeader
        title={`Clause ${clause.id} ${clause.title}`}
        description={<Breadcrumb slug={slug} clause={clause} byId={byId} />}
        actions={
          <>
            {prev && (
              <Button
                component={Link}
                to={`/o/${slug}/clauses/${prev.id}`}
                variant="default"
                leftSection={<IconChevronLeft size={16} />}
              >
                {prev.id}
              </Button>
            )}
            {next && (
              <Button
                component={Link}
                to={`/o/${slug}/clauses/${next.id}`}
                variant="default"
                rightSection={<IconChevronRight size={16} />}
              >
                {next.id}
              </Button>
            )}
          </>
        }
      />
      <Grid gap="lg" {...PAGE_GRID}>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Section title="What this clause asks for">
              <Text size="sm">{clause.summary}</Text>
              {clause.keywords.length > 0 && (
                <Group gap={6}>
                  <Text size="xs" fw={600}>
                    Key terms:
                  </Text>
                  {clause.keywords.map((k) => (
                    <Badge key={k} variant="light" color="gray" c="dark.7" radius="sm" tt="none">
                      {k}
                    </Badge>
                  ))}
                </Group>
              )}
            </Section>
            <Section title="Mandatory documented information">
              {clause.mandatoryDocuments.length ? (
                <List size="sm" spacing={4}>
                  {clause.mandatoryDocuments.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">
                  This clause does not itself require a document, but auditors expect records that show it is
                  done.
                </Text>
              )}
              {inSubClauses.length > 0 && (
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    Required by its sub-clauses
                  </Text>
                  <List size="sm" spacing={4}>
                    {inSubClauses.flatMap((c) =>
                      c.mandatoryDocuments.map((d) => (
                        <List.Item key={`${c.id}-${d}`}>
                          {d} (
                          <Anchor
                            component={Link}
                            to={`/o/${slug}/clauses/${c.id}`}
                            size="sm"
                            underline="always"
                          >
                            {c.id}
                          </Anchor>
                          )
                        </List.Item>
                      )),
                    )}
                  </List>
                </Stack>
              )}
            </Section>
            {children.length > 0 && (
              <Section title="Sub-clauses">
                <Table striped highlightOnHover verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Clause</Table.Th>
                      <Table.Th>Readiness</Table.Th>
                      <Table.Th>Why</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {childStates.map(({ clause: c, state: s }) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/o/${slug}/clauses/${c.id}`} size="sm" fw={500}>
                            {c.id} {c.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={s?.status} group="soaStatus" />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{s?.reasons.map((r) => label("reason", r)).join("; ") || "—"}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Section>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Section
              title="Our readiness"
              actions={state && <StatusBadge status={state.status} group="readiness" />}
            >
              {readiness.error ? (
                <ErrorAlert error={readiness.error} />
              ) : !readiness.data ? (
                <Loading />
              ) : state ? (
                <Stack gap="xs">
                  <List size="sm" spacing={4}>
                    {state.reasons.map((r) => (
                      <List.Item key={r}>{r}</List.Item>
                    ))}
                  </List>
                  {blockers.map((b) => (
                    <Text key={b.message} size="sm" c="red.9">
                      Blocks stage {b.stage}: {b.message}
                    </Text>
                  ))}
                </Stack>
              ) : (
                <Text size="sm">The readiness check does not assess this clause on its own.</Text>
              )}
            </Section>
            {pages.length > 0 && (
              <Section title="Where to work on it">
                <Stack gap={6}>
                  {pages.map((p) => (
                    <Anchor key={p.to} component={Link} to={`/o/${slug}/${p.to}`} size="sm">
                      <Group gap={4} component="span">
                        {p.label}
                        <IconArrowUpRight size={14} aria-hidden />
                      </Group>
                    </Anchor>
                  ))}
                </Stack>
              </Section>
            )}
            <Section title="Related Annex A controls">
              {related.length ? (
                <List size="sm" spacing={4}>
                  {related.map((c) => (
                    <List.Item key={c.id}>
                      <Anchor component={Link} to={`/o/${slug}/controls/${c.id}`} size="sm">
                        {c.id} {c.title}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">No Annex A control points to this clause in our guidance.</Text>
              )}
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
