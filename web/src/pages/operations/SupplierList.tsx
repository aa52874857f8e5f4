/**
 * The supplier register (Annex A 5.19–5.23): each supplier with its criticality, status, latest
 * assessment, next review and the expiry of its certificate; filters, adding, import and download.
 */
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { PhoneFilters } from "../../components/PhoneFilters";
import { useSlug } from "../../session";
import { Section, Tag } from "../manage/shared";
import { LevelTag, RegisterDownloads, useCanEditOperations, useRegisterImport } from "./parts";
import { suppliersQuery } from "./queries";
import { SupplierForm } from "./SupplierForm";
import { CRITICALITIES, RESULTS, SUPPLIER_STATUSES, type Supplier, wordOf } from "./types";

/** "review due" and "certificate expires …" as words, not colour alone. */
export function SupplierFlags({ supplier }: { supplier: Supplier }) {
  return (
    <>
      {supplier.reviewDue && <Tag color="red">review due</Tag>}
      {supplier.certificateExpiring && supplier.certificateExpiresOn && (
        <Tag color="orange">certificate expires {formatDate(supplier.certificateExpiresOn)}</Tag>
      )}
    </>
  );
}

function SupplierTable({ suppliers, slug }: { suppliers: Supplier[]; slug: string }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="supplier-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={220}>Supplier</Table.Th>
            <Table.Th>Criticality</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Latest assessment</Table.Th>
            <Table.Th miw={200}>Next review</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers.map((s) => (
            <Table.Tr key={s.key} data-testid={`supplier-${s.key}`}>
              <Table.Td>
                <Anchor component={Link} to={`/o/${slug}/suppliers/${s.key}`} fw={500} size="sm">
                  {s.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {s.key}
                  {s.cloudService ? " · cloud service" : ""}
                  {s.services ? ` · ${s.services}` : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <LevelTag value={s.criticality} />
              </Table.Td>
              <Table.Td>
                <LevelTag value={s.status} />
              </Table.Td>
              <Table.Td>{s.owner ?? "—"}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {s.latestAssessment ? (
                  <Stack gap={2}>
                    <LevelTag
                      value={s.latestAssessment.result}
                      words={wordOf(RESULTS, s.latestAssessment.result)}
                    />
                    <Text size="xs" c="dimmed">
                      {formatDate(s.latestAssessment.assessedOn)}
                    </Text>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not assessed
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {formatDate(s.nextReviewOn)}
                  </Text>
                  <SupplierFlags supplier={s} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function SupplierList() {
  const slug = useSlug();
  const canEdit = useCanEditOperations();
  const [criticality, setCriticality] = useState<Supplier["criticality"] | null>(null);
  const [status, setStatus] = useState<Supplier["status"] | null>(null);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const filters = { criticality: criticality ?? undefined, status: status ?? undefined, q: q || undefined };
  const suppliers = useQuery({ ...suppliersQuery(slug, filters), placeholderData: keepPreviousData });
  const [adding, setAdding] = useState(0);
  const upload = useRegisterImport("suppliers", "suppliers");
  const active = [criticality, status, q].filter(Boolean).length;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Suppliers"
        description="Suppliers and cloud services with access to your information (5.19–5.23): how critical each is, the security terms of its contract, its assessments and when it is next reviewed."
        actions={
          <>
            <RegisterDownloads register="suppliers" label="Supplier register" />
            {canEdit && upload.button}
            {canEdit && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setAdding(Date.now())}
                data-testid="add-supplier"
              >
                Add supplier
              </Button>
            )}
          </>
        }
      />
      {upload.outcome}
      <Section
        title="Supplier register"
        description={suppliers.data ? `${suppliers.data.length} shown` : undefined}
        testId="suppliers"
      >
        <Stack gap="sm">
          <PhoneFilters active={active}>
            <Group gap="sm" align="flex-end">
              <TextInput
                aria-label="Search suppliers"
                placeholder="Search name, services, owner"
                leftSection={<IconSearch size={16} aria-hidden />}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                w={{ base: "100%", sm: 260 }}
                data-testid="supplier-search"
              />
              <Select
                aria-label="Criticality"
                placeholder="Any criticality"
                data={CRITICALITIES}
                value={criticality}
                onChange={(c) => setCriticality(c as Supplier["criticality"] | null)}
                clearable
                w={{ base: "100%", sm: 180 }}
              />
              <Select
                aria-label="Status"
                placeholder="Any status"
                data={SUPPLIER_STATUSES}
                value={status}
                onChange={(s) => setStatus(s as Supplier["status"] | null)}
                clearable
                w={{ base: "100%", sm: 180 }}
              />
            </Group>
          </PhoneFilters>
          <QueryView query={suppliers}>
            {(list) =>
              list.length === 0 ? (
                <EmptyState title={active ? "No supplier matches" : "No suppliers yet"}>
                  {active
                    ? "Try another search or filter."
                    : "Add the suppliers and cloud services that handle your information, starting with the most critical."}
                </EmptyState>
              ) : (
                <SupplierTable suppliers={list} slug={slug} />
              )
            }
          </QueryView>
        </Stack>
      </Section>
      {adding > 0 && <SupplierForm key={adding} supplier={null} onClose={() => setAdding(0)} />}
    </Stack>
  );
}
