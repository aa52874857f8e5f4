/**
 * The incident forms: reporting an event (kept short, so anyone reports early), and editing the
 * handling (severity, status, kind, personal data, lessons learned) with If-Match; closing asks for
 * the lessons learned (5.27), which the server also requires.
 */
import { Select, SimpleGrid, Switch, Textarea, TextInput } from "@mantine/core";
import { useNavigate } from "react-router";
import type { ConflictField } from "../../components/ConflictModal";
import { useVersionedSave } from "../../components/useVersionedSave";
import { useSlug } from "../../session";
import { FormModal, opt, useFields, useOrgRefresh, useOrgWrite } from "../manage/shared";
import { ControlsPicker } from "./parts";
import { operationWrites } from "./queries";
import {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentInput,
  type IncidentPatch,
  KINDS,
  SEVERITIES,
} from "./types";

/** Now, as a datetime-local input's value (local time, minutes). */
export const nowLocal = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** A datetime-local value as an ISO time (UTC). */
export const isoOf = (local: string) => new Date(local).toISOString();

export function ReportForm({ onClose }: { onClose: () => void }) {
  const slug = useSlug();
  const navigate = useNavigate();
  const report = useOrgWrite(
    (body: IncidentInput) => operationWrites(slug).report(body),
    (i) => `Reported as ${i.key}`,
    (i) => navigate(`/o/${slug}/incidents/${i.key}`),
  );
  const form = useFields(
    {
      title: "",
      description: "",
      severity: "medium",
      detectedAt: nowLocal(),
      reportedBy: "",
      personalData: false as boolean,
    },
    report.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("title", "detectedAt")) return;
    const description = opt(v.description);
    const reportedBy = opt(v.reportedBy);
    report.mutate({
      title: v.title.trim(),
      severity: v.severity as IncidentInput["severity"],
      kind: "event",
      detectedAt: isoOf(v.detectedAt),
      personalData: v.personalData,
      ...(description && { description }),
      ...(reportedBy && { reportedBy }),
    });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="Report an event"
      submitLabel="Report"
      pending={report.isPending}
      error={report.error}
      onSubmit={submit}
      testId="report-form"
    >
      <TextInput
        label="What happened"
        required
        data-autofocus
        {...form.text("title")}
        data-testid="incident-title"
      />
      <Textarea label="Details" autosize minRows={3} {...form.text("description")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Detected at"
          description="Notification deadlines run from here"
          type="datetime-local"
          required
          {...form.text("detectedAt")}
          data-testid="incident-detected"
        />
        <Select
          label="Severity"
          description="Your first estimate; change it as you learn more"
          data={SEVERITIES}
          allowDeselect={false}
          value={v.severity}
          onChange={(s) => s && form.set("severity", s)}
          data-testid="incident-severity"
        />
      </SimpleGrid>
      <TextInput label="Reported by" {...form.text("reportedBy")} />
      <Switch
        label="Personal data may be involved"
        checked={v.personalData}
        onChange={(e) => form.set("personalData", e.currentTarget.checked)}
        data-testid="incident-personal-data"
      />
    </FormModal>
  );
}

const FIELDS: ConflictField[] = [
  { name: "title", label: "Title" },
  { name: "description", label: "Details" },
  { name: "kind", label: "Kind" },
  { name: "severity", label: "Severity" },
  { name: "status", label: "Status" },
  { name: "lessonsLearned", label: "Lessons learned" },
];

export function IncidentEdit({
  incident,
  closing,
  onClose,
}: {
  incident: Incident;
  closing?: boolean;
  onClose: () => void;
}) {
  const slug = useSlug();
  const refresh = useOrgRefresh();
  const writes = operationWrites(slug);
  const save = useVersionedSave<IncidentPatch, Incident, Incident>({
    send: (body, headers) => writes.saveIncident(incident.key, body, headers),
    latest: () => writes.incident(incident.key),
    fields: FIELDS,
    show: (mine) => mine,
    showSaved: (theirs) => theirs,
    merge: (picked, { mine }) => ({ ...mine, ...picked }),
    onSaved: async (saved) => {
      await refresh(saved.status === "closed" ? `${saved.key} closed` : `${saved.key} saved`);
      onClose();
    },
    onDiscard: onClose,
  });
  const form = useFields(
    {
      title: incident.title,
      description: incident.description ?? "",
      kind: incident.kind,
      severity: incident.severity,
      status: closing ? "closed" : incident.status,
      personalData: incident.personalData,
      lessonsLearned: incident.lessonsLearned ?? "",
      controlRefs: incident.controlRefs,
    },
    save.error,
  );
  const v = form.values;
  const submit = () => {
    if (!form.require("title")) return;
    if (v.status === "closed" && !form.require("lessonsLearned")) return;
    save.save(
      {
        title: v.title.trim(),
        description: opt(v.description) ?? null,
        kind: v.kind as Incident["kind"],
        severity: v.severity as Incident["severity"],
        status: v.status as Incident["status"],
        personalData: v.personalData,
        lessonsLearned: opt(v.lessonsLearned) ?? null,
        controlRefs: v.controlRefs,
      },
      incident.version,
    );
  };
  const select = (key: "kind" | "severity" | "status") => ({
    value: v[key],
    onChange: (value: string | null) => value && form.set(key, value as (typeof v)[typeof key]),
    error: form.error(key),
    allowDeselect: false,
  });
  if (save.dialog) return save.dialog;
  return (
    <FormModal
      opened
      onClose={onClose}
      title={closing ? `Close ${incident.key}` : `Edit ${incident.key}`}
      submitLabel={closing ? "Close the incident" : "Save changes"}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      testId="incident-edit"
    >
      <TextInput label="Title" required {...form.text("title")} />
      <Textarea label="Details" autosize minRows={2} {...form.text("description")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Kind" data={KINDS} {...select("kind")} />
        <Select label="Severity" data={SEVERITIES} {...select("severity")} />
        <Select label="Status" data={INCIDENT_STATUSES} {...select("status")} data-testid="incident-status" />
      </SimpleGrid>
      <Switch
        label="Personal data involved"
        checked={v.personalData}
        onChange={(e) => form.set("personalData", e.currentTarget.checked)}
      />
      <Textarea
        label="Lessons learned"
        description="What will change so it does not happen again (5.27); needed to close the incident"
        required={v.status === "closed"}
        autosize
        minRows={3}
        {...form.text("lessonsLearned")}
        data-testid="lessons-learned"
      />
      <ControlsPicker
        value={v.controlRefs}
        onChange={(refs) => form.set("controlRefs", refs)}
        description="Controls that failed or helped"
      />
    </FormModal>
  );
}
