/** Downloads of the SoA (every format), the OSCAL SSP and the auditor evidence pack. */
import { Button, Divider, Popover, Stack, Text } from "@mantine/core";
import {
  IconChevronDown,
  IconCode,
  IconDownload,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
  IconFileZip,
  IconTable,
} from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { downloadUrl } from "../../api";

interface ExportLink {
  testId: string;
  label: string;
  href: string;
  icon: ReactNode;
}

export function soaDownload(slug: string, format: "xlsx" | "docx" | "pdf" | "csv", version?: number): string {
  return downloadUrl(`/orgs/${slug}/exports/soa`, { format, version });
}

export function ExportMenu({ slug }: { slug: string }) {
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  const links: ExportLink[] = [
    {
      testId: "export-soa-xlsx",
      label: "SoA as Excel (XLSX)",
      href: soaDownload(slug, "xlsx"),
      icon: <IconFileSpreadsheet size={16} />,
    },
    {
      testId: "export-soa-docx",
      label: "SoA as Word (DOCX)",
      href: soaDownload(slug, "docx"),
      icon: <IconFileText size={16} />,
    },
    {
      testId: "export-soa-pdf",
      label: "SoA as PDF",
      href: soaDownload(slug, "pdf"),
      icon: <IconFileTypePdf size={16} />,
    },
    {
      testId: "export-soa-csv",
      label: "SoA as CSV",
      href: soaDownload(slug, "csv"),
      icon: <IconTable size={16} />,
    },
    {
      testId: "export-oscal-ssp",
      label: "OSCAL system security plan, SSP (JSON)",
      href: downloadUrl(`/orgs/${slug}/oscal/ssp`),
      icon: <IconCode size={16} />,
    },
    {
      testId: "export-evidence-pack",
      label: "Auditor evidence pack (ZIP)",
      href: downloadUrl(`/orgs/${slug}/evidence-pack`),
      icon: <IconFileZip size={16} />,
    },
  ];
  const group = (title: string, items: ExportLink[]) => (
    <Stack gap={2}>
      <Text size="xs" fw={700} c="gray.7" tt="uppercase" px="xs" pt={4}>
        {title}
      </Text>
      {items.map((l) => (
        <Button
          key={l.testId}
          component="a"
          href={l.href}
          download
          data-testid={l.testId}
          variant="subtle"
          color="dark"
          justify="flex-start"
          fw={500}
          leftSection={l.icon}
          onClick={close}
        >
          {l.label}
        </Button>
      ))}
    </Stack>
  );
  return (
    <Popover
      position="bottom-end"
      keepMounted
      withinPortal
      width={330}
      opened={opened}
      onChange={setOpened}
      shadow="md"
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid="export-menu"
          onClick={() => setOpened((o) => !o)}
          aria-expanded={opened}
        >
          Export
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label="Downloads">
        <Stack gap="xs">
          {group("Statement of Applicability", links.slice(0, 4))}
          <Divider />
          {group("For auditors and tools", links.slice(4))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
