/** The import wizard's column mapping, validation report and final summary. */
import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import { type ColumnPreview, FIELD_LABELS, type ImportReport } from "./importApi";

/** What stops the mapping from being usable (shown before the dry run). */
export function mappingProblems(mapping: Record<string, string | null>): string[] {
  const problems: string[] = [];
  const fields = Object.values(mapping).filter((f): f is string => !!f);
  for (const required of ["likelihood", "impact"])
    if (!fields.includes(required))
      problems.push(`Choose the column that holds the ${FIELD_LABELS[required]?.toLowerCase()}.`);
  if (!fields.includes("title") && !fields.includes("description"))
    problems.push("Choose a column for the title (or at least the description).");
  const twice = [...new Set(fields.filter((f, i) => fields.indexOf(f) !== i))];
  for (const field of twice)
    problems.push(`${FIELD_LABELS[field] ?? field} is chosen for more than one column.`);
  return problems;
}

export function MappingTable({
  preview,
  mapping,
  onChange,
}: {
  preview: ColumnPreview;
  mapping: Record<string, string | null>;
  onChange: (mapping: Record<string, string | null>) => void;
}) {
  const options = preview.fields.map((f) => ({ value: f, label: FIELD_LABELS[f] ?? f }));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Column in the file</Table.Th>
            <Table.Th w={320}>Risk field</Table.Th>
            <Table.Th w={160}>Detected</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.headers.map(({ header, field: detected }) => (
            <Table.Tr key={header}>
              <Table.Td fw={600}>{header || "(no name)"}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Field for column ${header}`}
                  data={detected ? options : [{ value: "", label: "Not imported" }, ...options]}
                  value={mapping[header] ?? ""}
                  onChange={(value) => onChange({ ...mapping, [header]: value || null })}
                  allowDeselect={false}
                  searchable
                />
              </Table.Td>
              <Table.Td>
                {detected ? (
                  <Group gap={4} wrap="nowrap">
                    <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
                    <Text size="sm" c="teal.9">
                      Recognised
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm" c="gray.7">
                    Not recognised
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700}>
        {value}
      </Text>
    </Stack>
  );
}

export function ValidationReport({ report, rows }: { report: ImportReport; rows: number }) {
  const badLines = new Set(report.errors.map((e) => e.line));
  const ok = rows - badLines.size;
  return (
    <Stack gap="md" data-testid="import-report">
      {report.errors.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Every row is valid">
          Nothing has been saved yet. Importing adds {report.imported} new risk
          {report.imported === 1 ? "" : "s"}
          {report.updated ? `, updates ${report.updated}` : ""}
          {report.unchanged ? ` and leaves ${report.unchanged} unchanged` : ""}.
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Some rows have problems"
        >
          {badLines.size} row{badLines.size === 1 ? "" : "s"} must be corrected in the file before anything
          can be imported. Nothing has been saved.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label="Rows in the file" value={rows} />
        <Count label="Rows OK" value={ok} />
        <Count label="Rows with problems" value={badLines.size} />
        <Count label="Columns not used" value={report.ignoredColumns.length} />
      </SimpleGrid>
      {report.ignoredColumns.length > 0 && (
        <Text size="sm">Not imported: {report.ignoredColumns.join(", ")}.</Text>
      )}
      <ReadingNotes report={report} />
      {report.errors.length > 0 && (
        <Table.ScrollContainer minWidth={640} mah={480}>
          <Table striped data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>Row</Table.Th>
                <Table.Th w={220}>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.slice(0, 500).map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: errors are a fixed list
                <Table.Tr key={i}>
                  <Table.Td>{e.line}</Table.Td>
                  <Table.Td>{e.column}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.errors.length > 500 && (
        <Text size="sm" c="dimmed">
          The first 500 of {report.errors.length} problems are shown.
        </Text>
      )}
    </Stack>
  );
}

/** What the server assumed while reading: skipped rows, assets to add, how dates were read. */
function ReadingNotes({ report }: { report: ImportReport }) {
  return (
    <Stack gap={4} data-testid="import-notes">
      {report.skippedRows.length > 0 && (
        <Text size="sm">
          Skipped (not risks): {report.skippedRows.map((s) => `row ${s.line}, ${s.reason}`).join("; ")}.
        </Text>
      )}
      {report.createdAssets.length > 0 && (
        <Text size="sm">
          {report.dryRun ? "Assets the import will add to the inventory" : "Assets added to the inventory"}:{" "}
          {report.createdAssets.map((a) => `${a.name} (${a.key})`).join(", ")}.
        </Text>
      )}
      {report.notes.map((note) => (
        <Text key={note} size="sm">
          {note}
        </Text>
      ))}
    </Stack>
  );
}

export function ImportSummary({
  slug,
  report,
  onAgain,
}: {
  slug: string;
  report: ImportReport;
  onAgain: () => void;
}) {
  return (
    <Stack gap="md" mt="md" data-testid="import-summary">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Import complete">
        {report.imported} new risk{report.imported === 1 ? "" : "s"} added, {report.updated} updated and{" "}
        {report.unchanged} unchanged. Each change is recorded in the audit trail.
      </Alert>
      <ReadingNotes report={report} />
      <Group>
        <Button component={Link} to={`/o/${slug}/risks`}>
          Open the risk register
        </Button>
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
        <Anchor component={Link} to={`/o/${slug}/treatment`} size="sm">
          See the treatment plan
        </Anchor>
      </Group>
    </Stack>
  );
}
