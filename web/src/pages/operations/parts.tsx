/**
 * Pieces the operational registers share: the edit permission, a level tag, the Annex A control
 * picker, the register's CSV/XLSX downloads and its import of a file.
 */
import { Alert, Button, FileButton, List, Menu, MultiSelect, Text } from "@mantine/core";
import { IconChevronDown, IconDownload, IconUpload } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useMemo } from "react";
import { messageOf } from "../../api";
import { useCan, useSlug } from "../../session";
import { useCatalog } from "../manage/catalog";
import { Tag, useOrgRefresh } from "../manage/shared";
import { importRegister, type Register, registerDownload } from "./queries";
import { LEVEL_COLOURS } from "./types";

export { Fact } from "../policies/parts";

/** Whether the signed-in user may change the registers (the server checks again). */
export function useCanEditOperations(): boolean {
  return useCan("operations:write");
}

/** A stored level or state as a coloured tag in words. */
export function LevelTag({ value, words }: { value: string | null | undefined; words?: string }) {
  if (!value) return <>—</>;
  return (
    <Tag color={LEVEL_COLOURS[value] ?? "gray"}>
      {words ?? value.charAt(0).toUpperCase() + value.slice(1)}
    </Tag>
  );
}

/** The 93 Annex A controls to pick from ("5.31 Legal, statutory, …"), searchable by number or title. */
export function ControlsPicker({
  value,
  onChange,
  error,
  description,
  testId,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  description?: string;
  testId?: string;
}) {
  const catalog = useCatalog();
  const data = useMemo(() => {
    const controls = catalog.options.find((g) => g.group === "Annex A controls")?.items ?? [];
    // Keep ids the record holds even before the catalogue has loaded.
    return [
      ...controls,
      ...value.filter((v) => !controls.some((c) => c.value === v)).map((v) => ({ value: v, label: v })),
    ];
  }, [catalog.options, value]);
  return (
    <MultiSelect
      label="Annex A controls"
      description={description}
      placeholder={value.length ? undefined : "Search by number or title"}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No control matches"
      maxDropdownHeight={260}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/** The register as CSV or XLSX. */
export function RegisterDownloads({ register, label }: { register: Register; label: string }) {
  const slug = useSlug();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid={`${register}-download`}
        >
          Download
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        <Menu.Item component="a" href={registerDownload(slug, register, "csv")} download>
          CSV (spreadsheets, other tools)
        </Menu.Item>
        <Menu.Item component="a" href={registerDownload(slug, register, "xlsx")} download>
          Excel workbook (XLSX)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * Imports a CSV or XLSX file into the register: all rows or none. Gives the button (for the page's
 * actions) and the outcome when rows were refused (for under the header), with the lines and why.
 */
export function useRegisterImport(register: Register, noun: string) {
  const slug = useSlug();
  const refresh = useOrgRefresh();
  const upload = useMutation({
    mutationFn: (file: File) => importRegister(slug, register, file),
    onSuccess: async (result) => {
      if (result.ok)
        await refresh(
          `${result.report.imported} ${noun} added, ${result.report.updated} updated from the file`,
        );
    },
  });
  const refused = upload.data && !upload.data.ok ? upload.data.report.errors : [];
  const button = (
    <FileButton onChange={(file) => file && upload.mutate(file)} accept=".csv,.xlsx,text/csv">
      {(props) => (
        <Button
          {...props}
          variant="default"
          leftSection={<IconUpload size={16} aria-hidden />}
          loading={upload.isPending}
          data-testid={`${register}-import`}
        >
          Import
        </Button>
      )}
    </FileButton>
  );
  const outcome = (upload.error || refused.length > 0) && (
    <Alert
      color="red"
      variant="light"
      title="Nothing was imported"
      role="alert"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => upload.reset()}
      w="100%"
    >
      {upload.error ? (
        messageOf(upload.error)
      ) : (
        <>
          <Text size="sm">The file has rows that cannot be read; correct them and import it again.</Text>
          <List size="sm" mt={4}>
            {refused.slice(0, 8).map((e) => (
              <List.Item key={`${e.line}-${e.column}`}>
                Line {e.line}, {e.column}: {e.message}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
  return { button, outcome };
}

/** A date in the past or within `days` days. */
export const withinDays = (date: string | null | undefined, days: number): boolean =>
  !!date && Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date) - Date.now() <= days * 86_400_000;
