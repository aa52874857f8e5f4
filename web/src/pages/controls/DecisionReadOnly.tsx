/** The decision on a control as plain text, for roles that may read but not change the SoA (auditors). */
import { Alert, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { SoaEntry } from "../../api/types";
import { formatDate, StatusBadge } from "../../components/common";
import { ApplicabilityBadge } from "./parts";

const REASON_LABELS: Record<string, string> = {
  risk: "Risk treatment",
  legal: "Legal or regulatory requirement",
  contractual: "Contractual obligation",
  business: "Business requirement or good practice",
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

export function DecisionReadOnly({ entry }: { entry: SoaEntry }) {
  return (
    <Stack gap="md" data-testid="decision-form">
      <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
        Your role can read this decision but not change it.
      </Alert>
      <SimpleGrid cols={2} spacing="md">
        <Field label="Applicability">
          <div>
            <ApplicabilityBadge applicable={entry.applicable} />
          </div>
        </Field>
        <Field label="Implementation status">
          <div>
            <StatusBadge status={entry.status} group="soaStatus" />
          </div>
        </Field>
      </SimpleGrid>
      <Field label="Reasons">
        {entry.reasons.length ? (
          <Text size="sm">
            {entry.reasons.map((r) => REASON_LABELS[r] ?? r).join(", ")}
            {entry.risks.length ? ` (${entry.risks.join(", ")})` : ""}
          </Text>
        ) : (
          <Empty>None recorded</Empty>
        )}
      </Field>
      <Field label="Justification">
        {entry.justification ? (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {entry.justification}
          </Text>
        ) : (
          <Empty>None recorded</Empty>
        )}
      </Field>
      <SimpleGrid cols={2} spacing="md">
        <Field label="Owner">
          {entry.owner ? <Text size="sm">{entry.owner}</Text> : <Empty>Not assigned</Empty>}
        </Field>
        <Field label="Next review date">
          <Text size="sm">{formatDate(entry.nextReviewOn)}</Text>
        </Field>
      </SimpleGrid>
      <Field label="Implementation notes">
        {entry.notes ? (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {entry.notes}
          </Text>
        ) : (
          <Empty>None recorded</Empty>
        )}
      </Field>
    </Stack>
  );
}
