/** The methodology page's framed sections: a titled panel, acceptance and review, and applying. */
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconEye, IconRestore } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../components/common";
import { type Preview, PreviewPanel } from "./MethodPreview";
import type { RiskMethodology } from "./types";

export function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

export function AcceptanceSection({
  draft,
  change,
  readOnly,
  issues,
}: {
  draft: RiskMethodology;
  change: (patch: Partial<RiskMethodology>) => void;
  readOnly: boolean;
  issues: Map<string, string>;
}) {
  return (
    <Section
      title="Acceptance and review"
      description="Which risks may be accepted without an exception, and how often risks are reassessed."
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Acceptable up to score"
          value={draft.acceptanceMaxScore}
          onChange={(v) => change({ acceptanceMaxScore: Number(v) || 0 })}
          readOnly={readOnly}
          error={issues.get("acceptanceMaxScore")}
        />
        <Select
          label="Approach"
          data={[
            { value: "scenario-based", label: "Scenario-based" },
            { value: "asset-based", label: "Asset-based" },
          ]}
          value={draft.approach}
          onChange={(v) => v && change({ approach: v as RiskMethodology["approach"] })}
          readOnly={readOnly}
          allowDeselect={false}
        />
        <NumberInput
          label="Review every (months)"
          value={draft.reviewIntervalMonths}
          onChange={(v) => change({ reviewIntervalMonths: Number(v) || 0 })}
          min={1}
          max={36}
          readOnly={readOnly}
          error={issues.get("reviewIntervalMonths")}
        />
      </SimpleGrid>
    </Section>
  );
}

/**
 * Discard, preview and apply. Apply appears only with a preview, and the preview belongs to the
 * draft it was made of: any edit clears it, so what is applied is always what was previewed.
 */
export function ApplyPanel({
  slug,
  dirty,
  valid,
  preview,
  previewing,
  applying,
  error,
  onDiscard,
  onPreview,
  onApply,
}: {
  slug: string;
  dirty: boolean;
  valid: boolean;
  preview: Preview | null;
  previewing: boolean;
  applying: boolean;
  error: unknown;
  onDiscard: () => void;
  onPreview: () => void;
  onApply: () => void;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Apply the change
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconRestore size={16} />}
              disabled={!dirty}
              onClick={onDiscard}
            >
              Discard edits
            </Button>
            <Button
              leftSection={<IconEye size={16} />}
              disabled={!dirty || !valid}
              loading={previewing}
              onClick={onPreview}
              data-testid="method-preview"
            >
              Preview
            </Button>
          </Group>
        </Group>
        {!dirty && !preview && (
          <Text size="sm" c="dimmed" data-testid="method-in-force">
            The method shown is the one in force. Edit it above, then preview what the change does to existing
            risks.
          </Text>
        )}
        {dirty && !valid && (
          <Text size="sm" c="red.8" data-testid="method-invalid">
            Fix the problems marked above before previewing the change.
          </Text>
        )}
        <ErrorAlert error={error} title="The methodology was not changed" />
        {preview && <PreviewPanel slug={slug} preview={preview} applying={applying} onApply={onApply} />}
      </Stack>
    </Paper>
  );
}
