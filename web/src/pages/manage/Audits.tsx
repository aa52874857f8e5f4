/**
 * The internal audit programme: planned and completed audits, each with the checklist of its
 * in-scope clauses and controls and the findings recorded against them.
 */
import { Accordion, Button, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconCircleDashed, IconClipboardPlus, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client, ok } from "../../api";
import type { Audit } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { orgKey, useCan, useSlug } from "../../session";
import { CompleteAuditModal, FINDING_TYPES, FindingModal, PlanAuditModal } from "./AuditForms";
import { refLabel, useCatalog } from "./catalog";
import { plural, Section, StatusTag, Tag } from "./shared";

const FINDING_COLOURS: Record<string, string> = {
  major_nc: "red",
  minor_nc: "orange",
  observation: "blue",
  opportunity: "teal",
};

export function FindingBadge({ type }: { type: string }) {
  return (
    <Tag color={FINDING_COLOURS[type] ?? "gray"}>
      {FINDING_TYPES.find((t) => t.value === type)?.label ?? type}
    </Tag>
  );
}

/** Findings refer to controls as "5.18" or "A.5.18" and to clauses as "clause:7.3" or "7.3". */
const sameRef = (finding: string | null, ref: string) =>
  !!finding && (finding === ref || finding.replace(/^A\./, "") === ref || `clause:${finding}` === ref);

type Dialog =
  | { kind: "finding"; audit: Audit; ref?: string; n: number }
  | { kind: "complete"; audit: Audit; n: number }
  | { kind: "plan"; n: number };

function AuditDetail({ audit, onDialog }: { audit: Audit; onDialog: (d: Dialog) => void }) {
  const canWrite = useCan("audit:write");
  const { titles } = useCatalog();
  const open = audit.status !== "completed";
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <div>
          <Text size="sm" fw={600}>
            Scope
          </Text>
          <Text size="sm">{audit.scope ?? "—"}</Text>
        </div>
        <div>
          <Text size="sm" fw={600}>
            Criteria
          </Text>
          <Text size="sm">{audit.criteria ?? "—"}</Text>
        </div>
      </SimpleGrid>
      {audit.impartialityException && (
        <Text size="sm">
          <Text span fw={600} size="sm">
            Impartiality exception:
          </Text>{" "}
          {audit.impartialityException}
        </Text>
      )}
      {canWrite && (
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconClipboardPlus size={14} />}
            onClick={() => onDialog({ kind: "finding", audit, n: Date.now() })}
            data-testid={`add-finding-${audit.key}`}
          >
            Record a finding
          </Button>
          {open && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCircleCheck size={14} />}
              onClick={() => onDialog({ kind: "complete", audit, n: Date.now() })}
              data-testid={`complete-${audit.key}`}
            >
              Complete the audit
            </Button>
          )}
        </Group>
      )}
      <div>
        <Title order={3} fz="md" mb={6}>
          Findings ({audit.findings.length})
        </Title>
        {audit.findings.length === 0 ? (
          <Text size="sm" c="dimmed">
            No findings recorded yet.
          </Text>
        ) : (
          <Table striped withTableBorder data-testid={`findings-${audit.key}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Key</Table.Th>
                <Table.Th w={200}>Type</Table.Th>
                <Table.Th w={110}>Reference</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th w={100}>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.findings.map((f) => (
                <Table.Tr key={f.key}>
                  <Table.Td ff="monospace" fz="sm">
                    {f.key}
                  </Table.Td>
                  <Table.Td>
                    <FindingBadge type={f.findingType} />
                  </Table.Td>
                  <Table.Td>{f.ref ? refLabel(f.ref) : "—"}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.description}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusTag status={f.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
      <div>
        <Title order={3} fz="md" mb={6}>
          Checklist ({plural(audit.scopeRefs.length, "item")})
        </Title>
        {audit.scopeRefs.length === 0 ? (
          <Text size="sm" c="dimmed">
            No clauses or controls were picked for this audit's scope.
          </Text>
        ) : (
          <Table striped withTableBorder data-testid={`checklist-${audit.key}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} aria-label="Finding recorded" />
                <Table.Th w={110}>Reference</Table.Th>
                <Table.Th>Requirement</Table.Th>
                <Table.Th>Findings</Table.Th>
                {canWrite && <Table.Th w={130} aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.scopeRefs.map((ref) => {
                const found = audit.findings.filter((f) => sameRef(f.ref, ref));
                return (
                  <Table.Tr key={ref}>
                    <Table.Td>
                      {found.length ? (
                        <IconCircleCheck
                          size={18}
                          color="var(--mantine-color-teal-7)"
                          aria-label="Finding recorded"
                        />
                      ) : (
                        <IconCircleDashed
                          size={18}
                          color="var(--mantine-color-gray-6)"
                          aria-label="No finding"
                        />
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{refLabel(ref)}</Table.Td>
                    <Table.Td>{titles.get(ref) ?? ""}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {found.map((f) => (
                          <FindingBadge key={f.key} type={f.findingType} />
                        ))}
                      </Group>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onDialog({ kind: "finding", audit, ref, n: Date.now() })}
                          aria-label={`Add finding on ${refLabel(ref)}`}
                        >
                          Add finding
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}

const dates = (a: Audit) =>
  a.completedOn
    ? `Completed ${formatDate(a.completedOn)}`
    : a.plannedStart
      ? `${formatDate(a.plannedStart)}${a.plannedEnd && a.plannedEnd !== a.plannedStart ? ` – ${formatDate(a.plannedEnd)}` : ""}`
      : "Dates not set";

export default function Audits() {
  const slug = useSlug();
  const canWrite = useCan("audit:write");
  const audits = useQuery({
    queryKey: orgKey(slug, "audits"),
    queryFn: () => ok(client.GET("/orgs/{slug}/audits", { params: { path: { slug } } })),
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Internal audits"
        description="The audit programme: what is audited, by whom and when, the checklist of clauses and controls in each audit's scope, and what was found. Auditors may not audit their own work."
        actions={
          canWrite && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setDialog({ kind: "plan", n: Date.now() })}
              data-testid="plan-audit"
            >
              Plan an audit
            </Button>
          )
        }
      />
      <QueryView query={audits}>
        {(list) => {
          const planned = list.filter((a) => a.status !== "completed").length;
          return (
            <Section
              title="Audit programme"
              description={`${list.length} audits: ${planned} planned or in progress, ${list.length - planned} completed. Open an audit to see its checklist and findings.`}
            >
              {list.length === 0 ? (
                <EmptyState title="No audits planned">
                  Plan the first internal audit to cover the ISMS clauses and a sample of controls.
                </EmptyState>
              ) : (
                <Accordion variant="separated" multiple data-testid="audit-list">
                  {list.map((a) => (
                    <Accordion.Item key={a.key} value={a.key} data-testid={`audit-${a.key}`}>
                      <Accordion.Control>
                        <Group justify="space-between" wrap="nowrap" gap="md">
                          <Stack gap={2}>
                            <Group gap="xs" wrap="nowrap">
                              <Text ff="monospace" size="sm" style={{ whiteSpace: "nowrap" }}>
                                {a.key}
                              </Text>
                              <Text fw={600} size="sm">
                                {a.title}
                              </Text>
                            </Group>
                            <Text size="xs" c="dimmed">
                              {a.auditor ? `Auditor: ${a.auditor}` : "No auditor named"} · {dates(a)} ·{" "}
                              {plural(a.scopeRefs.length, "item")} in scope
                            </Text>
                          </Stack>
                          <Group gap="xs" wrap="nowrap">
                            {a.findings.length > 0 && (
                              <Tag variant="outline">
                                {a.findings.length} {a.findings.length === 1 ? "finding" : "findings"}
                              </Tag>
                            )}
                            <StatusTag status={a.status} />
                          </Group>
                        </Group>
                      </Accordion.Control>
                      <Accordion.Panel>
                        <AuditDetail audit={a} onDialog={setDialog} />
                      </Accordion.Panel>
                    </Accordion.Item>
                  ))}
                </Accordion>
              )}
            </Section>
          );
        }}
      </QueryView>
      {dialog?.kind === "plan" && <PlanAuditModal key={dialog.n} onClose={close} />}
      {dialog?.kind === "finding" && (
        <FindingModal
          key={dialog.n}
          auditKey={dialog.audit.key}
          scopeRefs={dialog.audit.scopeRefs}
          {...(dialog.ref ? { initialRef: dialog.ref } : {})}
          onClose={close}
        />
      )}
      {dialog?.kind === "complete" && (
        <CompleteAuditModal key={dialog.n} auditKey={dialog.audit.key} onClose={close} />
      )}
    </Stack>
  );
}
