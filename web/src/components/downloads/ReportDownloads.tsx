/**
 * One report's downloads: its title, a version choice for the SoA (the current state or any
 * approved version) and a button per format. Used in the download menus and on the reports page.
 */
import { Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import {
  IconCode,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
  IconFileZip,
  IconTable,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { client, ok } from "../../api";
import type { ExportFormat, OscalDocument } from "../../api/types";
import { orgKey } from "../../session";
import { formatDate } from "../common";
import {
  evidencePackUrl,
  FORMAT_NAMES,
  type OrganizationReport,
  OSCAL_INFO,
  oscalUrl,
  REPORT_INFO,
  reportUrl,
} from "./catalog";

const FORMAT_ICONS: Record<ExportFormat, ReactNode> = {
  xlsx: <IconFileSpreadsheet size={16} aria-hidden />,
  docx: <IconFileText size={16} aria-hidden />,
  pdf: <IconFileTypePdf size={16} aria-hidden />,
  csv: <IconTable size={16} aria-hidden />,
};

/** A link that downloads a file (the server names it), shown as a small button. */
function FileButton({
  href,
  label,
  name,
  icon,
  testId,
  hint,
  onDone,
}: {
  href: string;
  /** What the button says ("PDF"). */
  label: string;
  /** What a screen reader hears ("Risk register as PDF"). */
  name: string;
  icon: ReactNode;
  testId: string;
  /** Shown on hover ("Word document (DOCX)"). */
  hint?: string;
  onDone?: () => void;
}) {
  return (
    <Button
      component="a"
      href={href}
      download
      variant="default"
      size="xs"
      className="file-button"
      leftSection={icon}
      aria-label={name}
      title={hint ?? name}
      data-testid={testId}
      onClick={onDone}
    >
      {label}
    </Button>
  );
}

function SoaVersionChoice({
  slug,
  value,
  onChange,
}: {
  slug: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const versions = useQuery({
    queryKey: orgKey(slug, "soa", "versions"),
    queryFn: () => ok(client.GET("/orgs/{slug}/soa/versions", { params: { path: { slug } } })),
  });
  const list = versions.data ?? [];
  return (
    <NativeSelect
      label="Version"
      description="The current state is a draft unless it matches the last approved version."
      size="xs"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data-testid="export-soa-version"
      data={[
        { value: "", label: "Current state" },
        ...[...list].reverse().map((v) => ({
          value: String(v.number),
          label: `Version ${v.number}, approved ${formatDate(v.approvedAt)} by ${v.approvedBy}`,
        })),
      ]}
    />
  );
}

/** The downloads of one report. `version` fixes the SoA version (no choice is then shown). */
export function ReportDownloads({
  slug,
  report,
  version,
  onDone,
  showDescription = false,
}: {
  slug: string;
  report: OrganizationReport;
  version?: number;
  onDone?: () => void;
  showDescription?: boolean;
}) {
  const info = REPORT_INFO[report];
  const [chosen, setChosen] = useState("");
  const soaVersion = version ?? (chosen ? Number(chosen) : undefined);
  const of = soaVersion ? `, version ${soaVersion}` : "";
  return (
    <Stack gap={6} data-testid={`downloads-${report}`}>
      <Text size="sm" fw={600}>
        {info.title}
      </Text>
      {showDescription && (
        <Text size="sm" c="dimmed">
          {info.description}
        </Text>
      )}
      {report === "soa" && version === undefined && (
        <SoaVersionChoice slug={slug} value={chosen} onChange={setChosen} />
      )}
      <Group gap={6}>
        {info.formats.map((format) => (
          <FileButton
            key={format}
            href={reportUrl(slug, report, format, report === "soa" ? soaVersion : undefined)}
            label={format.toUpperCase()}
            name={`${info.title}${of} as ${format.toUpperCase()}`}
            hint={FORMAT_NAMES[format]}
            icon={FORMAT_ICONS[format]}
            testId={`export-${report}-${format}`}
            onDone={onDone}
          />
        ))}
      </Group>
    </Stack>
  );
}

/**
 * The auditor evidence pack: the SoA, registers and evidence files with a manifest, as a ZIP. With
 * `withPeriod`, the evidence can be limited to what was effective in an audit period.
 */
export function EvidencePackDownload({
  slug,
  onDone,
  withPeriod = false,
}: {
  slug: string;
  onDone?: () => void;
  withPeriod?: boolean;
}) {
  const [period, setPeriod] = useState({ from: "", to: "" });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        Auditor evidence pack
      </Text>
      {withPeriod && (
        <Group gap="xs" grow>
          <TextInput
            type="date"
            size="xs"
            label="Evidence effective from"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
            data-testid="pack-from"
          />
          <TextInput
            type="date"
            size="xs"
            label="to"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
            data-testid="pack-to"
          />
        </Group>
      )}
      <Group gap={6}>
        <FileButton
          href={evidencePackUrl(slug, period)}
          label="ZIP"
          name="Auditor evidence pack as ZIP"
          icon={<IconFileZip size={16} aria-hidden />}
          testId="export-evidence-pack"
          onDone={onDone}
        />
      </Group>
    </Stack>
  );
}

/** The organization's OSCAL 1.1.3 documents (JSON), for tools that read OSCAL. */
export function OscalDownloads({ slug, onDone }: { slug: string; onDone?: () => void }) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        OSCAL documents (JSON)
      </Text>
      <Group gap={6}>
        {(Object.keys(OSCAL_INFO) as OscalDocument[]).map((doc) => (
          <FileButton
            key={doc}
            href={oscalUrl(slug, doc)}
            label={doc.toUpperCase()}
            name={`${doc.toUpperCase()}: OSCAL ${OSCAL_INFO[doc].toLowerCase()} (JSON)`}
            icon={<IconCode size={16} aria-hidden />}
            testId={`export-oscal-${doc}`}
            onDone={onDone}
          />
        ))}
      </Group>
    </Stack>
  );
}
