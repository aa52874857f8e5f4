/**
 * The register of legal, statutory, regulatory and contractual requirements (5.31, clause 4.2):
 * each with its source, owner, the controls and documents that meet it and its next review;
 * filters by kind and control, adding and editing, import and download.
 */
import { ActionIcon, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { PhoneFilters } from "../../components/PhoneFilters";
import { useSlug } from "../../session";
import { useCatalog } from "../manage/catalog";
import { Section, Tag } from "../manage/shared";
import { LevelTag, RegisterDownloads, useCanEditOperations, useRegisterImport } from "./parts";
import { requirementsQuery } from "./queries";
import { RequirementForm } from "./RequirementForm";
import { REQUIREMENT_KINDS, type Requirement, wordOf } from "./types";

function RequirementTable({
  requirements,
  onEdit,
}: {
  requirements: Requirement[];
  onEdit?: ((r: Requirement) => void) | undefined;
}) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="requirement-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={240}>Requirement</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th miw={200}>Met by</Table.Th>
            <Table.Th miw={160}>Next review</Table.Th>
            {onEdit && <Table.Th w={60} aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requirements.map((r) => (
            <Table.Tr key={r.key} data-testid={`requirement-${r.key}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {[r.key, r.source, r.jurisdiction, r.appliesTo && `applies to ${r.appliesTo}`]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </Table.Td>
              <Table.Td>
                <LevelTag value={r.kind} words={wordOf(REQUIREMENT_KINDS, r.kind)} />
              </Table.Td>
              <Table.Td>{r.owner ?? "—"}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {r.controlRefs.length ? `Controls ${r.controlRefs.join(", ")}` : "No control"}
                </Text>
                {r.documentRefs.length > 0 && (
                  <Text size="xs" c="dimmed">
                    Documents {r.documentRefs.join(", ")}
                  </Text>
                )}
                {r.howMet && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {r.howMet}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {formatDate(r.reviewOn)}
                  </Text>
                  {r.reviewDue && <Tag color="red">review due</Tag>}
                </Group>
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <ActionIcon variant="subtle" aria-label={`Edit ${r.key}`} onClick={() => onEdit(r)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function RequirementList() {
  const slug = useSlug();
  const canEdit = useCanEditOperations();
  const catalog = useCatalog();
  const [kind, setKind] = useState<Requirement["kind"] | null>(null);
  const [control, setControl] = useState<string | null>(null);
  const query = { ...(kind && { kind }), ...(control && { control }) };
  const requirements = useQuery({ ...requirementsQuery(slug, query), placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<{ requirement: Requirement | null; n: number } | null>(null);
  const upload = useRegisterImport("requirements", "requirements");
  const controls = useMemo(
    () => catalog.options.find((g) => g.group === "Annex A controls")?.items ?? [],
    [catalog.options],
  );
  const active = [kind, control].filter(Boolean).length;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Legal and contractual requirements"
        description="The laws, regulations and contracts that bear on information security (5.31, clause 4.2): where each comes from, who owns it, how it is met and when it is next reviewed."
        actions={
          <>
            <RegisterDownloads register="requirements" label="Requirements register" />
            {canEdit && upload.button}
            {canEdit && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ requirement: null, n: Date.now() })}
                data-testid="add-requirement"
              >
                Add requirement
              </Button>
            )}
          </>
        }
      />
      {upload.outcome}
      <Section
        title="Requirements register"
        description={requirements.data ? `${requirements.data.length} shown` : undefined}
        testId="requirements"
      >
        <Stack gap="sm">
          <PhoneFilters active={active}>
            <Group gap="sm">
              <Select
                aria-label="Kind"
                placeholder="Any kind"
                data={REQUIREMENT_KINDS}
                value={kind}
                onChange={(k) => setKind(k as Requirement["kind"] | null)}
                clearable
                w={{ base: "100%", sm: 180 }}
              />
              <Select
                aria-label="Control"
                placeholder="Any control"
                data={controls}
                value={control}
                onChange={setControl}
                searchable
                clearable
                nothingFoundMessage="No control matches"
                w={{ base: "100%", sm: 300 }}
                data-testid="requirement-control-filter"
              />
            </Group>
          </PhoneFilters>
          <QueryView query={requirements}>
            {(list) =>
              list.length === 0 ? (
                <EmptyState title={active ? "No requirement matches" : "No requirements yet"}>
                  {active
                    ? "Try another filter."
                    : "List the laws, regulations and contract terms you must meet, such as data protection law and customers' security clauses."}
                </EmptyState>
              ) : (
                <RequirementTable
                  requirements={list}
                  onEdit={canEdit ? (r) => setEditing({ requirement: r, n: Date.now() }) : undefined}
                />
              )
            }
          </QueryView>
        </Stack>
      </Section>
      {editing && (
        <RequirementForm key={editing.n} requirement={editing.requirement} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
