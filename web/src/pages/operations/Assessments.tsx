/**
 * A supplier's assessments, newest first (what was received, until when it is valid, the result
 * and the residual risk), and the form that records a new one.
 */
import { Select, SimpleGrid, Table, Text, Textarea, TextInput } from "@mantine/core";
import { EmptyState, formatDate } from "../../components/common";
import { useSlug } from "../../session";
import { FormModal, opt, today, useFields, useOrgWrite } from "../manage/shared";
import { LevelTag } from "./parts";
import { operationWrites } from "./queries";
import {
  type AssessmentInput,
  METHODS,
  RESIDUAL_RISKS,
  RESULTS,
  type SupplierAssessment,
  type SupplierDetail,
  wordOf,
} from "./types";

export function AssessmentList({ assessments }: { assessments: SupplierAssessment[] }) {
  if (assessments.length === 0)
    return (
      <EmptyState title="Not assessed yet">
        Record what the supplier gave you (a certificate, a SOC 2 report, a questionnaire) and what you
        concluded.
      </EmptyState>
    );
  const sorted = [...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" data-testid="assessment-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Assessed</Table.Th>
            <Table.Th>Method</Table.Th>
            <Table.Th miw={200}>Document</Table.Th>
            <Table.Th>Valid until</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Residual risk</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(a.assessedOn)}</Table.Td>
              <Table.Td>{wordOf(METHODS, a.method)}</Table.Td>
              <Table.Td>
                <Text size="sm">{a.document ?? "—"}</Text>
                {(a.assessor || a.notes) && (
                  <Text size="xs" c="dimmed">
                    {[a.assessor && `by ${a.assessor}`, a.notes].filter(Boolean).join(" · ")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(a.documentExpiresOn)}</Table.Td>
              <Table.Td>
                <LevelTag value={a.result} words={wordOf(RESULTS, a.result)} />
              </Table.Td>
              <Table.Td>
                <LevelTag value={a.residualRisk} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AssessmentForm({ supplier, onClose }: { supplier: SupplierDetail; onClose: () => void }) {
  const slug = useSlug();
  const record = useOrgWrite(
    (body: AssessmentInput) => operationWrites(slug).assess(supplier.key, body),
    `Assessment of ${supplier.name} recorded`,
    onClose,
  );
  const form = useFields(
    {
      assessedOn: today(),
      method: "certificate",
      document: "",
      documentExpiresOn: "",
      result: "acceptable",
      residualRisk: "low",
      assessor: "",
      notes: "",
      nextReviewOn: "",
    },
    record.error,
  );
  const v = form.values;
  const select = (key: "method" | "result" | "residualRisk") => ({
    value: v[key],
    onChange: (value: string | null) => value && form.set(key, value),
    error: form.error(key),
    allowDeselect: false,
    required: true,
  });
  const submit = () => {
    if (!form.require("assessedOn")) return;
    const document = opt(v.document);
    const assessor = opt(v.assessor);
    const notes = opt(v.notes);
    record.mutate({
      assessedOn: v.assessedOn,
      method: v.method as AssessmentInput["method"],
      result: v.result as AssessmentInput["result"],
      residualRisk: v.residualRisk as AssessmentInput["residualRisk"],
      ...(document && { document }),
      ...(v.documentExpiresOn && { documentExpiresOn: v.documentExpiresOn }),
      ...(assessor && { assessor }),
      ...(notes && { notes }),
      ...(v.nextReviewOn && { nextReviewOn: v.nextReviewOn }),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Record an assessment of ${supplier.name}`}
      submitLabel="Record assessment"
      pending={record.isPending}
      error={record.error}
      onSubmit={submit}
      testId="assessment-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Assessed on" type="date" required {...form.text("assessedOn")} />
        <Select label="Method" data={METHODS} {...select("method")} data-testid="assessment-method" />
      </SimpleGrid>
      <TextInput
        label="Document received"
        placeholder="e.g. ISO/IEC 27001 certificate, scope: hosting"
        {...form.text("document")}
        data-testid="assessment-document"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Document valid until"
          type="date"
          {...form.text("documentExpiresOn")}
          data-testid="assessment-expires"
        />
        <TextInput label="Assessor" {...form.text("assessor")} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Result" data={RESULTS} {...select("result")} />
        <Select label="Residual risk" data={RESIDUAL_RISKS} {...select("residualRisk")} />
      </SimpleGrid>
      <TextInput
        label="Next review of the supplier"
        description="Left empty, the review date stays as it is"
        type="date"
        {...form.text("nextReviewOn")}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.text("notes")} />
    </FormModal>
  );
}
