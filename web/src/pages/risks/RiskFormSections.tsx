/** The sections of the risk editor: identification, assessment, treatment, acceptance and review. */
import {
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { ReactNode } from "react";
import type { CatalogControl } from "../../api/types";
import { ActionsEditor, fieldError, ScorePair } from "./EditorParts";
import type { RiskForm } from "./riskForm";
import { RISK_STATUSES, type RiskMethodology, TREATMENTS } from "./types";

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

export function RiskFormSections({
  form,
  set,
  method,
  controls,
  assets,
  readOnly,
  error,
  statusChosen,
  onStatus,
}: {
  form: RiskForm;
  set: (patch: Partial<RiskForm>) => void;
  method: RiskMethodology;
  controls: CatalogControl[];
  assets: { key: string; name: string }[];
  readOnly: boolean;
  error: unknown;
  statusChosen: boolean;
  onStatus: (status: string | null) => void;
}) {
  const text = (name: keyof RiskForm) => ({
    value: form[name] as string,
    onChange: (e: { currentTarget: { value: string } }) => set({ [name]: e.currentTarget.value }),
    readOnly,
    error: fieldError(error, name),
  });
  const controlOptions = controls.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }));
  const assetOptions = assets.map((a) => ({ value: a.key, label: `${a.key} ${a.name}` }));
  for (const key of form.assets)
    if (!assetOptions.some((o) => o.value === key)) assetOptions.push({ value: key, label: key });
  return (
    <Stack gap="lg">
      <Section title="Risk" description="What could happen, to what, and who answers for it.">
        <TextInput label="Title" required {...text("title")} data-testid="risk-title" />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...text("description")} />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Textarea label="Threat" autosize minRows={2} {...text("threat")} />
          <Textarea label="Vulnerability" autosize minRows={2} {...text("vulnerability")} />
          <Textarea label="Consequence" autosize minRows={2} {...text("consequence")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label="Risk owner" placeholder="Role or person accountable" {...text("owner")} />
          <MultiSelect
            label="Assets"
            placeholder={readOnly ? undefined : "Affected assets"}
            data={assetOptions}
            value={form.assets}
            onChange={(assets) => set({ assets })}
            searchable
            readOnly={readOnly}
            error={fieldError(error, "assets")}
            nothingFoundMessage="No asset matches"
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Affected properties"
          value={form.cia}
          onChange={(cia) => !readOnly && set({ cia })}
        >
          <Group mt={6}>
            <Checkbox value="C" label="Confidentiality" disabled={readOnly} />
            <Checkbox value="I" label="Integrity" disabled={readOnly} />
            <Checkbox value="A" label="Availability" disabled={readOnly} />
          </Group>
        </Checkbox.Group>
      </Section>

      <Section
        title="Assessment"
        description="Scored with the organization's methodology; the level updates as you choose."
      >
        <ScorePair
          kind="Inherent"
          method={method}
          likelihood={form.inherentL}
          impact={form.inherentI}
          onChange={(inherentL, inherentI) => set({ inherentL, inherentI })}
          readOnly={readOnly}
          required
          error={fieldError(error, "inherent")}
        />
        <Textarea label="Existing controls" autosize minRows={2} {...text("existingControls")} />
        <ScorePair
          kind="Residual"
          method={method}
          likelihood={form.residualL}
          impact={form.residualI}
          onChange={(residualL, residualI) => set({ residualL, residualI })}
          readOnly={readOnly}
          error={fieldError(error, "residual")}
        />
        <Textarea
          label="Residual justification"
          description="Needed when the residual score is above the inherent score."
          autosize
          minRows={2}
          {...text("residualJustification")}
        />
      </Section>

      <Section
        title="Treatment"
        description="The decision taken and the controls and actions that carry it out."
      >
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label="Treatment"
            placeholder="Not decided"
            data={TREATMENTS}
            value={form.treatment}
            onChange={(treatment) => set({ treatment })}
            clearable={!readOnly}
            readOnly={readOnly}
            error={fieldError(error, "treatment")}
            data-testid="risk-treatment"
          />
          <Select
            label="Status"
            description={
              statusChosen ? undefined : "Follows the treatment and acceptance unless you choose one"
            }
            data={RISK_STATUSES}
            value={form.status}
            onChange={onStatus}
            readOnly={readOnly}
            allowDeselect={false}
            placeholder="Set automatically"
          />
        </SimpleGrid>
        <MultiSelect
          label="Annex A controls"
          placeholder={readOnly ? undefined : "Search by number or title"}
          data={controlOptions}
          value={form.controls}
          onChange={(controls) => set({ controls })}
          searchable
          readOnly={readOnly}
          error={fieldError(error, "controls")}
          nothingFoundMessage="No control matches"
          maxDropdownHeight={280}
          data-testid="risk-controls"
        />
        <TagsInput
          label="Own controls"
          description="Measures of your own beside Annex A; press Enter after each."
          value={form.ownControls}
          onChange={(ownControls) => set({ ownControls })}
          readOnly={readOnly}
          error={fieldError(error, "ownControls")}
        />
        <div>
          <Text size="sm" fw={500} mb={6}>
            Treatment actions
          </Text>
          <ActionsEditor
            actions={form.actions}
            onChange={(actions) => set({ actions })}
            readOnly={readOnly}
            error={error}
          />
        </div>
      </Section>

      <Section
        title="Acceptance and review"
        description="The risk owner's acceptance of the residual risk, and when the risk is looked at again."
      >
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput label="Accepted by" placeholder="Not accepted" {...text("acceptedBy")} />
          <TextInput type="date" label="Last reviewed" {...text("lastReviewedOn")} />
          <TextInput type="date" label="Next review" {...text("nextReviewOn")} />
        </SimpleGrid>
        <Textarea label="Acceptance comment" autosize minRows={2} {...text("acceptanceComment")} />
        <Textarea
          label="Acceptance exception"
          description="Why a score above the acceptance criteria is accepted anyway."
          autosize
          minRows={2}
          {...text("acceptanceException")}
          error={fieldError(error, "acceptance")}
        />
      </Section>
    </Stack>
  );
}
