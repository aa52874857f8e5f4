/**
 * An incident's notification obligations (GDPR art. 33, NIS2 art. 23, contracts): each with its
 * due time counted from detection, its state in words as well as colour, and "Mark sent" with the
 * reference the recipient gave; adding an obligation.
 */
import { Button, Group, Modal, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { EmptyState, ErrorAlert, formatDateTime } from "../../components/common";
import { useSlug } from "../../session";
import { opt, Section, Tag, useOrgWrite } from "../manage/shared";
import { useCanEditOperations } from "./parts";
import { operationWrites } from "./queries";
import { type IncidentDetail, type Notification, OBLIGATIONS } from "./types";

const STATE: Record<Notification["state"], { colour: string; words: string }> = {
  overdue: { colour: "red", words: "Overdue" },
  due_soon: { colour: "orange", words: "Due within a day" },
  later: { colour: "blue", words: "Due later" },
  sent: { colour: "teal", words: "Sent" },
  none: { colour: "gray", words: "No deadline" },
};

/** A due time with its state in words ("Overdue · was due 5 Dec 2026, 14:00"). */
export function DueTime({ dueAt, state }: { dueAt: string | null; state: Notification["state"] }) {
  const s = STATE[state] ?? STATE.none;
  return (
    <Group gap={6} wrap="nowrap">
      <Tag color={s.colour}>{s.words}</Tag>
      {dueAt && (
        <Text size="sm" c={state === "overdue" ? "red.9" : undefined} style={{ whiteSpace: "nowrap" }}>
          {state === "overdue" ? "was due " : "due "}
          {formatDateTime(dueAt)}
        </Text>
      )}
    </Group>
  );
}

function MarkSent({
  incidentKey,
  n,
  onClose,
}: {
  incidentKey: string;
  n: Notification;
  onClose: () => void;
}) {
  const slug = useSlug();
  const [reference, setReference] = useState("");
  const mark = useOrgWrite(
    () => {
      const ref = opt(reference);
      return operationWrites(slug).markSent(incidentKey, n.id, {
        sentAt: new Date().toISOString(),
        ...(ref && { reference: ref }),
      });
    },
    `${n.label}: marked as sent`,
    onClose,
  );
  return (
    <Modal opened onClose={onClose} title={`Mark sent: ${n.label}`}>
      <Stack>
        <TextInput
          label="Reference"
          description="The case number or acknowledgement the recipient gave, if any"
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          data-autofocus
        />
        <ErrorAlert error={mark.error} title="Not saved" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={mark.isPending} onClick={() => mark.mutate(undefined)} data-testid="confirm-sent">
            Mark sent now
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AddObligation({ incident }: { incident: IncidentDetail }) {
  const slug = useSlug();
  const [obligation, setObligation] = useState<string | null>(incident.personalData ? "gdpr-breach" : null);
  const [recipient, setRecipient] = useState("");
  const add = useOrgWrite(
    () => {
      const r = opt(recipient);
      return operationWrites(slug).addNotification(incident.key, {
        obligation: (obligation ?? "other") as Notification["obligation"],
        ...(r && { recipient: r }),
      });
    },
    "Notification obligation added",
    () => {
      setObligation(null);
      setRecipient("");
    },
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (obligation) add.mutate(undefined);
      }}
    >
      <Stack gap="xs" mt="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label="Obligation"
            placeholder="Choose an obligation"
            data={OBLIGATIONS}
            value={obligation}
            onChange={setObligation}
            allowDeselect={false}
            w={{ base: "100%", sm: 340 }}
            data-testid="obligation"
          />
          <TextInput
            label="Recipient"
            placeholder="e.g. the supervisory authority"
            value={recipient}
            onChange={(e) => setRecipient(e.currentTarget.value)}
            w={{ base: "100%", sm: 260 }}
          />
          <Button
            type="submit"
            variant="light"
            disabled={!obligation}
            loading={add.isPending}
            data-testid="add-obligation"
          >
            Add obligation
          </Button>
        </Group>
        <ErrorAlert error={add.error} title="Not added" />
      </Stack>
    </form>
  );
}

export function Notifications({ incident }: { incident: IncidentDetail }) {
  const canEdit = useCanEditOperations();
  const [marking, setMarking] = useState<Notification | null>(null);
  return (
    <Section
      title="Notification obligations"
      description="Deadlines run from when the incident was detected: 72 hours for a personal data breach (GDPR), 24 and 72 hours and one month under NIS2."
      testId="notifications"
    >
      {incident.notifications.length === 0 ? (
        <EmptyState title="No obligation recorded">
          {incident.personalData
            ? "Personal data is involved: consider whether the supervisory authority must be told within 72 hours."
            : "Add one when a regulator, an authority or a customer must be told."}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" className="cards-on-phone" data-testid="notification-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={220}>Obligation</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Sent</Table.Th>
                {canEdit && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {incident.notifications.map((n) => (
                <Table.Tr key={n.id} data-testid={`notification-${n.obligation}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {n.label}
                    </Text>
                    {n.recipient && (
                      <Text size="xs" c="dimmed">
                        to {n.recipient}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DueTime dueAt={n.dueAt} state={n.state} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {n.sentAt ? `Sent ${formatDateTime(n.sentAt)}` : "Not sent yet"}
                    {n.reference && (
                      <Text size="xs" c="dimmed">
                        ref. {n.reference}
                      </Text>
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {!n.sentAt && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setMarking(n)}
                          aria-label={`Mark sent: ${n.label}`}
                        >
                          Mark sent
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && incident.status !== "closed" && <AddObligation incident={incident} />}
      {marking && <MarkSent incidentKey={incident.key} n={marking} onClose={() => setMarking(null)} />}
    </Section>
  );
}
