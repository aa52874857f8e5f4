/**
 * Every document the organization can hand an auditor, in one place: each report in its formats,
 * the SoA as it stands or as any approved version, the evidence pack and the OSCAL documents.
 * Each download is recorded in the audit trail, and `isms verify-export` later recognises the file.
 */
import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { PageHeader } from "../../components/common";
import type { OrganizationReport } from "../../components/downloads/catalog";
import {
  EvidencePackDownload,
  OscalDownloads,
  ReportDownloads,
} from "../../components/downloads/ReportDownloads";
import { useSlug } from "../../session";

const GROUPS: { title: string; reports: OrganizationReport[] }[] = [
  { title: "Annex A", reports: ["soa"] },
  { title: "Risk", reports: ["risks", "rtp", "methodology", "assets"] },
  { title: "Operations", reports: ["suppliers", "incidents", "requirements"] },
  { title: "Performance evaluation", reports: ["audit", "review", "readiness"] },
];

export default function Reports() {
  const slug = useSlug();
  return (
    <>
      <PageHeader
        title="Reports"
        description="Download the documents an auditor asks for, in the format you need. Each file carries a document id and is recorded in the audit trail, so it can later be checked as one this workspace produced."
      />
      <Stack gap="lg">
        {GROUPS.map((group) => (
          <Stack key={group.title} gap="sm">
            <Title order={2} fz="lg">
              {group.title}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
              {group.reports.map((report) => (
                <Paper key={report} withBorder p="md" radius="md">
                  <ReportDownloads slug={slug} report={report} showDescription />
                </Paper>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        <Stack gap="sm">
          <Title order={2} fz="lg">
            For auditors and tools
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
            <Paper withBorder p="md" radius="md">
              <Stack gap={6}>
                <EvidencePackDownload slug={slug} withPeriod />
                <Text size="sm" c="dimmed">
                  The SoA, the registers and the evidence files with a manifest of hashes, ready to hand over
                  or check later. Leave the dates empty for all evidence.
                </Text>
              </Stack>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Stack gap={6}>
                <OscalDownloads slug={slug} />
                <Text size="sm" c="dimmed">
                  The profile, system security plan, assessment results and plan of action in OSCAL 1.1.3.
                </Text>
              </Stack>
            </Paper>
          </SimpleGrid>
        </Stack>
      </Stack>
    </>
  );
}
