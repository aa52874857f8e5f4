/**
 * Import a risk register from CSV or XLSX in five steps: choose the file, check the header row and
 * how its columns map to risk fields, choose what unknown values mean, validate every row without
 * writing (dry run), then import all rows or none.
 */
import { Anchor, Breadcrumbs, Button, FileInput, Group, Paper, Stack, Stepper, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert, PageHeader } from "../../components/common";
import { useCan, useSlug } from "../../session";
import { ImportSummary, MappingTable, mappingProblems, ValidationReport } from "./ImportSteps";
import {
  forgetChoices,
  mergeChoices,
  ReadingOptions,
  saveChoices,
  savedChoices,
  suggested,
  type ValueChoices,
  ValueMapping,
} from "./ImportValues";
import { type ColumnPreview, type ImportReport, mapParam, upload } from "./importApi";

export default function RiskImport() {
  const slug = useSlug();
  const canWrite = useCan("risk:write");
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ColumnPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [check, setCheck] = useState<{ status: number; report: ImportReport } | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [headerRow, setHeaderRow] = useState(1);
  const [createAssets, setCreateAssets] = useState(true);
  const [values, setValues] = useState<ValueChoices>({});
  const [unknown, setUnknown] = useState<ImportReport["unknownValues"]>([]);
  const [remember, setRemember] = useState(true);
  const query = (dry: boolean) => ({
    dryRun: String(dry),
    map: mapParam(mapping) || undefined,
    headerRow: String(headerRow),
    values: JSON.stringify(values),
    createAssets: String(createAssets),
  });

  const readColumns = useMutation({
    mutationFn: ({ f, row }: { f: File; row?: number }) =>
      upload<ColumnPreview>(slug, f, { columns: "true", headerRow: row ? String(row) : undefined }),
    onSuccess: ({ data }) => {
      setPreview(data);
      setHeaderRow(data.headerRow);
      setMapping(Object.fromEntries(data.headers.map((h) => [h.header, h.field])));
      setValues(savedChoices(slug));
      setUnknown([]);
      setStep(1);
    },
  });
  const dryRun = useMutation({
    mutationFn: () => upload<ImportReport>(slug, file as File, query(true)),
    onSuccess: ({ status, data }) => {
      setCheck({ status, report: data });
      if (data.unknownValues.length) {
        setUnknown(data.unknownValues);
        setValues(mergeChoices(suggested(data.unknownValues), values));
        setStep(2);
      } else setStep(3);
    },
  });
  const runImport = useMutation({
    mutationFn: () => upload<ImportReport>(slug, file as File, query(false)),
    onSuccess: ({ status, data }) => {
      if (status === 422) {
        setCheck({ status, report: data });
        return;
      }
      if (remember && unknown.length) saveChoices(slug, values);
      setResult(data);
      setStep(4);
      queryClient.invalidateQueries({ queryKey: ["org", slug] });
      notifications.show({ message: `${data.imported + data.updated} risks imported`, color: "teal" });
    },
  });

  const restart = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setCheck(null);
    setResult(null);
    setUnknown([]);
    readColumns.reset();
    dryRun.reset();
    runImport.reset();
  };
  const problems = preview ? mappingProblems(mapping) : [];

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={`/o/${slug}/risks`} size="sm">
          Risk register
        </Anchor>
        <Text size="sm">Import</Text>
      </Breadcrumbs>
      <PageHeader
        title="Import a risk register"
        description="Bring an existing register from a spreadsheet. Columns are recognised by their usual names, scale values may be numbers or your level names, and rows with a known key update the existing risk. One bad row means nothing is imported."
      />
      {!canWrite ? (
        <ErrorAlert error={new Error("Your role cannot add or change risks.")} title="Read only" />
      ) : (
        <Paper withBorder p="lg" radius="md">
          <Stepper active={step} onStepClick={(s) => s < step && step < 4 && setStep(s)} size="sm">
            <Stepper.Step label="Choose the file" description="CSV or XLSX">
              <Stack gap="md" mt="md" maw={560}>
                <FileInput
                  label="Risk register file"
                  description="The header row is found under any title or blank rows; the first worksheet of a workbook is read."
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  leftSection={<IconFileSpreadsheet size={16} />}
                  value={file}
                  onChange={(f) => {
                    setFile(f);
                    readColumns.reset();
                  }}
                  clearable
                  data-testid="import-file"
                />
                <ErrorAlert error={readColumns.error} title="The file could not be read" />
                <Group>
                  <Button
                    disabled={!file}
                    loading={readColumns.isPending}
                    onClick={() => file && readColumns.mutate({ f: file })}
                    data-testid="import-next"
                  >
                    Read the columns
                  </Button>
                </Group>
              </Stack>
            </Stepper.Step>

            <Stepper.Step label="Map the columns" description="Column → field">
              {preview && (
                <Stack gap="md" mt="md">
                  <Text size="sm">
                    {file?.name}: {preview.rows} data row{preview.rows === 1 ? "" : "s"} and{" "}
                    {preview.headers.length} columns, header on row {preview.headerRow}
                    {preview.skippedRows
                      ? ` (${preview.skippedRows} row${preview.skippedRows === 1 ? "" : "s"} below the table skipped)`
                      : ""}
                    . Check the field each column fills and change it where the guess is wrong.
                  </Text>
                  <ReadingOptions
                    headerRow={headerRow}
                    onHeaderRow={setHeaderRow}
                    onReread={() => file && readColumns.mutate({ f: file, row: headerRow })}
                    rereading={readColumns.isPending}
                    createAssets={createAssets}
                    onCreateAssets={setCreateAssets}
                  />
                  <ErrorAlert error={readColumns.error} title="The file could not be read" />
                  <MappingTable preview={preview} mapping={mapping} onChange={setMapping} />
                  {problems.map((p) => (
                    <Text key={p} size="sm" c="red.8" role="alert">
                      {p}
                    </Text>
                  ))}
                  <ErrorAlert error={dryRun.error} title="The file could not be checked" />
                  <Group>
                    <Button variant="default" onClick={restart}>
                      Choose another file
                    </Button>
                    <Button
                      disabled={problems.length > 0}
                      loading={dryRun.isPending}
                      onClick={() => dryRun.mutate()}
                      data-testid="import-check"
                    >
                      Check every row
                    </Button>
                  </Group>
                </Stack>
              )}
            </Stepper.Step>

            <Stepper.Step label="Map the values" description="Unknown values">
              <Stack gap="md" mt="md">
                <ValueMapping
                  unknown={unknown}
                  choices={values}
                  onChange={setValues}
                  remember={remember}
                  onRemember={setRemember}
                />
                <Group>
                  <Button variant="default" onClick={() => setStep(1)}>
                    Back to the columns
                  </Button>
                  {Object.keys(savedChoices(slug)).length > 0 && (
                    <Button variant="subtle" onClick={() => forgetChoices(slug)}>
                      Forget saved choices
                    </Button>
                  )}
                  <Button
                    loading={dryRun.isPending}
                    onClick={() => dryRun.mutate()}
                    data-testid="import-values-check"
                  >
                    Check every row again
                  </Button>
                </Group>
              </Stack>
            </Stepper.Step>

            <Stepper.Step label="Validate" description="Dry run, nothing saved">
              {check && (
                <Stack gap="md" mt="md">
                  <ValidationReport report={check.report} rows={preview?.rows ?? 0} />
                  <ErrorAlert error={runImport.error} title="The import failed" />
                  <Group>
                    <Button variant="default" onClick={() => setStep(1)}>
                      Back to the mapping
                    </Button>
                    {check.status === 200 ? (
                      <Button
                        loading={runImport.isPending}
                        onClick={() => runImport.mutate()}
                        data-testid="import-run"
                      >
                        Import {preview?.rows ?? ""} risk{preview?.rows === 1 ? "" : "s"}
                      </Button>
                    ) : (
                      <Button variant="default" onClick={restart}>
                        Choose a corrected file
                      </Button>
                    )}
                  </Group>
                </Stack>
              )}
            </Stepper.Step>

            <Stepper.Step label="Import" description="All rows or none">
              {result && <ImportSummary slug={slug} report={result} onAgain={restart} />}
            </Stepper.Step>
          </Stepper>
        </Paper>
      )}
    </Stack>
  );
}
