/**
 * The mandatory documented information of clauses 4–10 and what keeps each item: the ISMS's own
 * record (linked, with its version, approval and date), a registered document, or evidence on the
 * matching control. A missing item opens the place where it is made.
 */
import { Anchor, Button, Group, Stack, Table, Text, ThemeIcon } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { Link } from "react-router";
import type { ChecklistItem } from "../../api/types";
import { formatDate } from "../../components/common";
import { useCan, useSlug } from "../../session";
import { fixLinkOf } from "../dashboard/links";
import { Section, Tag } from "./shared";

function KeptBy({ item }: { item: ChecklistItem }) {
  const slug = useSlug();
  if (item.satisfiedBy === "record")
    return (
      <Stack gap={2}>
        {item.records.map((r) => (
          <Text size="sm" key={r.label}>
            <Anchor component={Link} to={`/o/${slug}/${r.page}`}>
              {r.label}
            </Anchor>
            {[r.version, r.approvedBy && `approved by ${r.approvedBy}`, r.date && formatDate(r.date)]
              .filter(Boolean)
              .map((part) => ` · ${part}`)
              .join("")}
          </Text>
        ))}
      </Stack>
    );
  if (item.satisfiedBy === "document")
    return (
      <Text size="sm">
        Document{" "}
        <Text span ff="monospace">
          {item.documents.join(", ")}
        </Text>
      </Text>
    );
  return (
    <Text size="sm">
      Evidence on control{" "}
      {item.evidenceControls.map((c) => (
        <Anchor key={c} component={Link} to={`/o/${slug}/controls/${c}`}>
          {c}
        </Anchor>
      ))}
    </Text>
  );
}

const SOURCE_LABEL = { record: "ISMS record", document: "document", evidence: "evidence" } as const;

export function Checklist({
  items,
  onAdd,
}: {
  items: ChecklistItem[];
  onAdd: (item: ChecklistItem) => void;
}) {
  const slug = useSlug();
  const canWrite = useCan("context:write");
  const missing = items.filter((i) => !i.present).length;
  const byRecord = items.filter((i) => i.satisfiedBy === "record").length;
  return (
    <Section
      title="Mandatory documented information"
      description={`${missing ? `${missing} of ${items.length} required items are missing.` : `All ${items.length} required items are kept.`} ${byRecord} kept by the ISMS's own records.`}
      testId="document-checklist"
    >
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover data-testid="checklist-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} aria-label="Present" />
              <Table.Th w={80}>Clause</Table.Th>
              <Table.Th>Required documented information</Table.Th>
              <Table.Th>Kept by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const fix = fixLinkOf(`clause:${item.clause}`, item.fix);
              return (
                <Table.Tr key={`${item.clause}-${item.document}`} data-testid={`check-${item.clause}`}>
                  <Table.Td>
                    <ThemeIcon
                      size={20}
                      radius="xl"
                      variant="light"
                      color={item.present ? "teal" : "red"}
                      role="img"
                      aria-label={item.present ? "Present" : "Missing"}
                    >
                      {item.present ? <IconCheck size={13} /> : <IconX size={13} />}
                    </ThemeIcon>
                  </Table.Td>
                  <Table.Td>{item.clause}</Table.Td>
                  <Table.Td>{item.document}</Table.Td>
                  <Table.Td>
                    {item.satisfiedBy ? (
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Tag color="teal">{SOURCE_LABEL[item.satisfiedBy]}</Tag>
                        <KeptBy item={item} />
                      </Group>
                    ) : (
                      <Group gap="xs">
                        <Tag color="red">missing</Tag>
                        {canWrite && item.fix.action === "add-document" && (
                          <Button size="compact-xs" variant="light" onClick={() => onAdd(item)}>
                            Add it
                          </Button>
                        )}
                        {item.fix.action !== "add-document" && (
                          <Button
                            size="compact-xs"
                            variant="light"
                            component={Link}
                            to={`/o/${slug}/${fix.path}`}
                          >
                            {fix.label}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
