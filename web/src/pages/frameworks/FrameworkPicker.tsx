/** The framework to show (NIS2 or an imported catalog), and how to import NIST SP 800-53 when it is not there. */
import { Code, Select, Stack, Text } from "@mantine/core";
import type { FrameworkSummary } from "./queries";

/** "NIST SP 800-53 Rev 5 (5.1.1)": the title before its subtitle, with the version. */
const nameOf = (f: FrameworkSummary) => {
  const short = f.title.split(":")[0]?.trim() || f.title;
  return f.version && !short.includes(f.version) ? `${short} (${f.version})` : short;
};

const isNist = (f: FrameworkSummary) => /800-53|nist/i.test(`${f.id} ${f.title}`);

export function FrameworkPicker({
  frameworks,
  value,
  onChange,
}: {
  frameworks: { data?: { frameworks: FrameworkSummary[] } | undefined; isPending: boolean };
  value: string;
  onChange: (id: string) => void;
}) {
  const list = frameworks.data?.frameworks ?? [];
  const data = list.map((f) => ({ value: f.id, label: nameOf(f) }));
  if (!data.some((d) => d.value === value)) data.push({ value, label: value });
  const current = list.find((f) => f.id === value);
  return (
    <Stack gap={6}>
      <Select
        label="Framework"
        data={data}
        value={value}
        onChange={(id) => id && id !== value && onChange(id)}
        allowDeselect={false}
        w={{ base: "100%", sm: 520 }}
        data-testid="coverage-framework-picker"
      />
      {current && (
        <Text size="sm" c="dimmed">
          {current.title}. {current.requirements} requirements in {current.groups} groups;{" "}
          {current.mappings.length === 1 ? "one mapping" : `${current.mappings.length} mappings`} to ISO/IEC
          27001:2022.
        </Text>
      )}
      {frameworks.data && !list.some(isNist) && (
        <Text size="sm" c="dimmed" data-testid="nist-hint">
          NIST SP 800-53 is not imported yet. The installation's owner can import NIST's catalog with{" "}
          <Code>isms framework import FILE</Code>.
        </Text>
      )}
    </Stack>
  );
}
