/**
 * Policies and documents: the register of documented information with versions, approval and
 * review dates, and the checklist of the documented information the standard makes mandatory.
 */
import { Anchor, Button, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client, ok } from "../../api";
import type { Doc } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { orgKey, useCan, useSlug } from "../../session";
import { Checklist } from "./DocumentChecklist";
import { DOC_TYPES, DocumentModal } from "./DocumentModal";
import { isPast, OverdueBadge, Section, Tag } from "./shared";

type Dialog = { n: number; title?: string; clause?: string; docType?: string };

const isLink = (s: string | null) => !!s && /^https?:\/\//.test(s);

function Register({ docs, onAdd }: { docs: Doc[]; onAdd: () => void }) {
  const canWrite = useCan("context:write");
  const [search, setSearch] = useState("");
  const [type, setType] = useState<string | null>(null);
  const q = search.trim().toLowerCase();
  const shown = docs.filter(
    (d) =>
      (!type || d.docType === type) &&
      (!q || [d.key, d.title, d.owner].some((f) => f?.toLowerCase().includes(q))),
  );
  const overdue = docs.filter((d) => isPast(d.nextReviewOn)).length;
  return (
    <Section
      title="Document register"
      description={`${docs.length} documents${overdue ? `, ${overdue} overdue for review` : ""}.`}
      testId="documents"
      actions={
        <>
          <TextInput
            aria-label="Search documents"
            placeholder="Search title or owner"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={220}
          />
          <Select
            aria-label="Document type"
            placeholder="All types"
            data={DOC_TYPES}
            value={type}
            onChange={setType}
            clearable
            w={150}
          />
          {canWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={onAdd} data-testid="add-document">
              Add a document
            </Button>
          )}
        </>
      }
    >
      {docs.length === 0 ? (
        <EmptyState title="No documents yet">
          Register your policies, procedures and records, starting with the mandatory ones below.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No document matches">Try another search or type.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover data-testid="document-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>ID</Table.Th>
                <Table.Th miw={240}>Title</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Approved</Table.Th>
                <Table.Th>Next review</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((d) => (
                <Table.Tr key={d.key} data-testid={`document-${d.key}`}>
                  <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: "nowrap" }}>
                    {d.key}
                  </Table.Td>
                  <Table.Td>
                    {isLink(d.location) ? (
                      <Anchor
                        href={d.location ?? undefined}
                        target="_blank"
                        rel="noreferrer"
                        size="sm"
                        fw={500}
                      >
                        {d.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={500}>
                        {d.title}
                      </Text>
                    )}
                    {d.clauseRefs.length > 0 && (
                      <Text size="xs" c="dimmed">
                        Clause {d.clauseRefs.join(", ")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{DOC_TYPES.find((t) => t.value === d.docType)?.label ?? d.docType}</Table.Td>
                  <Table.Td>{d.owner ?? "—"}</Table.Td>
                  <Table.Td>{d.docVersion ?? "—"}</Table.Td>
                  <Table.Td>
                    {d.approvedOn ? <Tag color="teal">approved</Tag> : <Tag color="gray">draft</Tag>}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Text size="sm">{formatDate(d.approvedOn)}</Text>
                    {d.approvedBy && (
                      <Text size="xs" c="dimmed">
                        by {d.approvedBy}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatDate(d.nextReviewOn)}
                    {isPast(d.nextReviewOn) && <OverdueBadge />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export default function Documents() {
  const slug = useSlug();
  const docs = useQuery({
    queryKey: orgKey(slug, "documents"),
    queryFn: () => ok(client.GET("/orgs/{slug}/documents", { params: { path: { slug } } })),
  });
  const checklist = useQuery({
    queryKey: orgKey(slug, "documents", "checklist"),
    queryFn: () => ok(client.GET("/orgs/{slug}/documents/checklist", { params: { path: { slug } } })),
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Policies and documents"
        description="The documented information of the ISMS: who owns each document, which version is approved and when it is next reviewed, and whether every mandatory item exists."
      />
      <QueryView query={docs}>
        {(list) => <Register docs={list} onAdd={() => setDialog({ n: Date.now() })} />}
      </QueryView>
      <QueryView query={checklist}>
        {(items) => (
          <Checklist
            items={items}
            onAdd={(item) =>
              setDialog({
                n: Date.now(),
                title: item.fix.args?.title ?? item.document,
                clause: item.clause,
                docType: item.fix.args?.type ?? "document",
              })
            }
          />
        )}
      </QueryView>
      {dialog && (
        <DocumentModal
          key={dialog.n}
          onClose={() => setDialog(null)}
          {...(dialog.title ? { title: dialog.title } : {})}
          {...(dialog.clause ? { clause: dialog.clause } : {})}
          {...(dialog.docType ? { docType: dialog.docType } : {})}
        />
      )}
    </Stack>
  );
}
