/**
 * A page's download button: it opens a panel with the reports that belong to the page, each in
 * its formats (and, for the SoA, the version to download), and a link to every report.
 */
import { Anchor, Button, Divider, Popover, Stack } from "@mantine/core";
import { IconChevronDown, IconDownload } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { Link } from "react-router";
import type { OrganizationReport } from "./catalog";
import { EvidencePackDownload, OscalDownloads, ReportDownloads } from "./ReportDownloads";

export type DownloadItem = OrganizationReport | "evidence-pack" | "oscal";

export function DownloadMenu({
  slug,
  items,
  label = "Download",
  testId,
  soaVersion,
  variant = "default",
}: {
  slug: string;
  items: DownloadItem[];
  label?: string;
  testId?: string;
  /** For the SoA: a fixed approved version instead of a choice. */
  soaVersion?: number;
  variant?: "default" | "light" | "subtle";
}) {
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <Popover
      position="bottom-end"
      withinPortal
      width={340}
      opened={opened}
      onChange={setOpened}
      shadow="md"
      trapFocus
    >
      <Popover.Target>
        <Button
          variant={variant}
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid={testId}
          onClick={() => setOpened((o) => !o)}
          aria-expanded={opened}
          aria-haspopup="dialog"
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="sm" role="dialog" aria-label={label}>
        <Stack gap="sm">
          {items.map((item, i) => (
            <Fragment key={item}>
              {i > 0 && <Divider />}
              {item === "evidence-pack" ? (
                <EvidencePackDownload slug={slug} onDone={close} />
              ) : item === "oscal" ? (
                <OscalDownloads slug={slug} onDone={close} />
              ) : (
                <ReportDownloads slug={slug} report={item} version={soaVersion} onDone={close} />
              )}
            </Fragment>
          ))}
          <Divider />
          <Anchor component={Link} to={`/o/${slug}/reports`} size="sm" onClick={close}>
            Every report and format
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
