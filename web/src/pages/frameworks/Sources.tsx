/** Where the framework and its mappings come from, and the attributions their licences ask for. */
import { Stack, Text } from "@mantine/core";
import { Section } from "../manage/shared";
import type { FrameworkSummary } from "./queries";

export function Sources({ framework }: { framework: FrameworkSummary }) {
  return (
    <Section
      title="Sources and licences"
      description="The framework's text and its mappings to ISO/IEC 27001:2022 are used under these terms."
      testId="coverage-sources"
    >
      <Stack gap="xs" data-testid="coverage-attribution">
        {framework.attribution.map((text) => (
          <Text key={text} size="sm" maw={900} style={{ overflowWrap: "anywhere" }}>
            {text}
          </Text>
        ))}
      </Stack>
    </Section>
  );
}
