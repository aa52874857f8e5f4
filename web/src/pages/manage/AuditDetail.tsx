/**
 * One internal audit opened in the programme: its scope and criteria, what may be done next
 * (record a finding, complete it, download the report once completed), its findings and the
 * checklist of the clauses and controls in its scope.
 */
import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconCircleDashed, IconClipboardPlus } from "@tabler/icons-react";
import type { Audit } from "../../api/types";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { useCan, useSlug } from "../../session";
import { FINDING_TYPES } from "./AuditForms";
import { refLabel, useCatalog } from "./catalog";
import { plural, StatusTag, Tag } from "./shared";

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

export type AuditDialog =
  | { kind: "finding"; audit: Audit; ref?: string; n: number }
  | { kind: "complete"; audit: Audit; n: number }
  | { kind: "plan"; n: number };

export function AuditDetail({ audit, onDialog }: { audit: Audit; onDialog: (d: AuditDialog) => void }) {
  const slug = useSlug();
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
      <Group gap="xs">
        {canWrite && (
          <Button
            size="xs"
            leftSection={<IconClipboardPlus size={14} />}
            onClick={() => onDialog({ kind: "finding", audit, n: Date.now() })}
            data-testid={`add-finding-${audit.key}`}
          >
            Record a finding
          </Button>
        )}
        {canWrite && open && (
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
        {!open && (
          <DownloadMenu slug={slug} items={["audit"]} label="Audit report" testId={`download-${audit.key}`} />
        )}
      </Group>
      <div>
        <Title order={3} fz="md" mb={6}>
          Findings ({audit.findings.length})
        </Title>
        {audit.findings.length === 0 ? (
          <Text size="sm" c="dimmed">
            No findings recorded yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
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
                      <StatusTag status={f.status} group="findingStatus" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
          <Table.ScrollContainer minWidth={600}>
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
          </Table.ScrollContainer>
        )}
      </div>
    </Stack>
  );
}
