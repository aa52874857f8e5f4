/**
 * The internal audit programme: planned and completed audits, each with the checklist of its
 * in-scope clauses and controls and the findings recorded against them.
 */
import { Accordion, Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client, ok } from "../../api";
import type { Audit } from "../../api/types";
import { EmptyState, formatDate, PageHeader, QueryView } from "../../components/common";
import { DownloadMenu } from "../../components/downloads/DownloadMenu";
import { orgKey, useCan, useSlug } from "../../session";
import { AuditDetail, type AuditDialog } from "./AuditDetail";
import { CompleteAuditModal, FindingModal, PlanAuditModal } from "./AuditForms";
import { plural, Section, StatusTag, Tag } from "./shared";

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
  const [dialog, setDialog] = useState<AuditDialog | null>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Internal audits"
        description="The audit programme: what is audited, by whom and when, the checklist of clauses and controls in each audit's scope, and what was found. Auditors may not audit their own work."
        actions={
          <>
            <DownloadMenu slug={slug} items={["audit"]} testId="audits-download" />
            {canWrite && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setDialog({ kind: "plan", n: Date.now() })}
                data-testid="plan-audit"
              >
                Plan an audit
              </Button>
            )}
          </>
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
                        <Group justify="space-between" gap="xs">
                          <Stack gap={2} style={{ flex: "1 1 240px", minWidth: 0 }}>
                            <Group gap="xs" wrap="nowrap" align="flex-start">
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
                            <StatusTag status={a.status} group="auditStatus" />
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
