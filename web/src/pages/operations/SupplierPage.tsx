/**
 * One supplier: what it provides, its contract's security terms (present, missing or not checked),
 * the shared responsibility of a cloud service, its assessments; editing, recording an assessment
 * and raising a risk for what remains after the assessment.
 */
import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCheck,
  IconClipboardPlus,
  IconMinus,
  IconPencil,
  IconX,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorAlert, formatDate, PageHeader, QueryView } from "../../components/common";
import { useSlug } from "../../session";
import { Section, useOrgWrite } from "../manage/shared";
import { AssessmentForm, AssessmentList } from "./Assessments";
import { Fact, LevelTag, useCanEditOperations } from "./parts";
import { operationWrites, supplierQuery } from "./queries";
import { SupplierForm, TERM_WORDS } from "./SupplierForm";
import { SupplierFlags } from "./SupplierList";
import { CONTRACT_TERMS, CRITICALITIES, type SupplierDetail, wordOf } from "./types";

function TermIcon({ value }: { value: boolean | null }) {
  const [colour, Icon] =
    value === true ? ["teal", IconCheck] : value === false ? ["red", IconX] : ["gray", IconMinus];
  return (
    <ThemeIcon size={22} radius="sm" variant="light" color={colour} aria-hidden>
      <Icon size={14} />
    </ThemeIcon>
  );
}

function Contract({ supplier }: { supplier: SupplierDetail }) {
  return (
    <List spacing={6} listStyleType="none" data-testid="contract-terms">
      {CONTRACT_TERMS.map((t) => (
        <List.Item key={t.value} icon={<TermIcon value={supplier.contract[t.value]} />}>
          <Text size="sm" span fw={500}>
            {t.label}
          </Text>
          <Text size="sm" span c="dimmed">
            {" "}
            — {TERM_WORDS(supplier.contract[t.value])}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function Supplier({ supplier, slug }: { supplier: SupplierDetail; slug: string }) {
  const canEdit = useCanEditOperations();
  const [editing, setEditing] = useState(0);
  const [assessing, setAssessing] = useState(false);
  const [riskKey, setRiskKey] = useState<string>();
  const raise = useOrgWrite(
    () => operationWrites(slug).raiseRisk(supplier.key),
    (r) => `Risk ${r.riskKey} added to the register`,
    (r) => setRiskKey(r.riskKey),
  );
  return (
    <Stack gap="md">
      <PageHeader
        title={supplier.name}
        description={
          <Group gap={8}>
            <LevelTag
              value={supplier.criticality}
              words={`${wordOf(CRITICALITIES, supplier.criticality)} criticality`}
            />
            <LevelTag value={supplier.status} />
            <Text size="sm" c="dimmed" span>
              {supplier.key} · next review {formatDate(supplier.nextReviewOn)}
            </Text>
            <SupplierFlags supplier={supplier} />
          </Group>
        }
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={`/o/${slug}/suppliers`}
              leftSection={<IconArrowLeft size={16} />}
            >
              All suppliers
            </Button>
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(Date.now())}
                data-testid="edit-supplier"
              >
                Edit
              </Button>
            )}
          </>
        }
      />
      {riskKey && (
        <Alert
          color="teal"
          variant="light"
          title="Risk added"
          onClose={() => setRiskKey(undefined)}
          withCloseButton
          closeButtonLabel="Dismiss"
        >
          <Anchor component={Link} to={`/o/${slug}/risks/${riskKey}`} size="sm" data-testid="raised-risk">
            Open risk {riskKey}
          </Anchor>{" "}
          to score it and plan its treatment.
        </Alert>
      )}
      <Section title="Details" testId="supplier-details">
        <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="md">
          <Fact label="Services">{supplier.services ?? "—"}</Fact>
          <Fact label="Data it handles">{supplier.dataCategories ?? "—"}</Fact>
          <Fact label="Owner">{supplier.owner ?? "—"}</Fact>
          <Fact label="Supplier contact">{supplier.contact ?? "—"}</Fact>
          <Fact label="Annex A controls">{supplier.controlRefs.join(", ") || "—"}</Fact>
          <Fact label="Notes">{supplier.notes ?? "—"}</Fact>
        </SimpleGrid>
      </Section>
      <SimpleGrid cols={{ base: 1, md: supplier.cloudService ? 2 : 1 }} spacing="md">
        <Section title="Contract security terms" description="What the contract says (5.20)">
          <Contract supplier={supplier} />
        </Section>
        {supplier.cloudService && (
          <Section
            title="Cloud service: shared responsibility"
            description="Who secures what (5.23)"
            testId="shared-responsibility"
          >
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {supplier.sharedResponsibility ??
                "Not yet described: record what the provider secures and what remains yours."}
            </Text>
          </Section>
        )}
      </SimpleGrid>
      <Section
        title="Assessments"
        description="How the supplier's security was checked, and what you concluded (5.22)"
        actions={
          canEdit && (
            <>
              <Button
                variant="default"
                leftSection={<IconAlertTriangle size={16} />}
                loading={raise.isPending}
                onClick={() => raise.mutate(undefined)}
                data-testid="raise-risk"
              >
                Raise a risk
              </Button>
              <Button
                leftSection={<IconClipboardPlus size={16} />}
                onClick={() => setAssessing(true)}
                data-testid="record-assessment"
              >
                Record assessment
              </Button>
            </>
          )
        }
        testId="assessments"
      >
        <ErrorAlert error={raise.error} title="No risk added" />
        <AssessmentList assessments={supplier.assessments} />
      </Section>
      {editing > 0 && <SupplierForm key={editing} supplier={supplier} onClose={() => setEditing(0)} />}
      {assessing && <AssessmentForm supplier={supplier} onClose={() => setAssessing(false)} />}
    </Stack>
  );
}

export default function SupplierPage() {
  const slug = useSlug();
  const { key = "" } = useParams();
  const supplier = useQuery(supplierQuery(slug, key));
  return <QueryView query={supplier}>{(s) => <Supplier supplier={s} slug={slug} />}</QueryView>;
}
