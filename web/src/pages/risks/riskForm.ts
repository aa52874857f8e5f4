/** The risk editor's form values, and their conversion from a saved risk and to the API's input. */
import type { RiskInput } from "../../api/types";
import type { Risk, RiskMethodology } from "./types";

type Action = NonNullable<RiskInput["actions"]>[number];

export interface ActionForm {
  title: string;
  owner: string;
  dueOn: string;
  status: string;
}

export interface RiskForm {
  title: string;
  description: string;
  threat: string;
  vulnerability: string;
  consequence: string;
  owner: string;
  cia: string[];
  assets: string[];
  inherentL: string | null;
  inherentI: string | null;
  existingControls: string;
  residualL: string | null;
  residualI: string | null;
  residualJustification: string;
  treatment: string | null;
  controls: string[];
  ownControls: string[];
  actions: ActionForm[];
  status: string | null;
  acceptedBy: string;
  acceptanceComment: string;
  acceptanceException: string;
  lastReviewedOn: string;
  nextReviewOn: string;
}

export const EMPTY_FORM: RiskForm = {
  title: "",
  description: "",
  threat: "",
  vulnerability: "",
  consequence: "",
  owner: "",
  cia: [],
  assets: [],
  inherentL: null,
  inherentI: null,
  existingControls: "",
  residualL: null,
  residualI: null,
  residualJustification: "",
  treatment: null,
  controls: [],
  ownControls: [],
  actions: [],
  status: null,
  acceptedBy: "",
  acceptanceComment: "",
  acceptanceException: "",
  lastReviewedOn: "",
  nextReviewOn: "",
};

const text = (value: string | null | undefined) => value ?? "";
const num = (value: number | undefined) => (value === undefined ? null : String(value));

export function formOf(risk: Risk): RiskForm {
  return {
    title: risk.title,
    description: text(risk.description),
    threat: text(risk.threat),
    vulnerability: text(risk.vulnerability),
    consequence: text(risk.consequence),
    owner: text(risk.owner),
    cia: risk.cia,
    assets: risk.assets,
    inherentL: num(risk.inherent?.likelihood),
    inherentI: num(risk.inherent?.impact),
    existingControls: text(risk.existingControls),
    residualL: num(risk.residual?.likelihood),
    residualI: num(risk.residual?.impact),
    residualJustification: text(risk.residualJustification),
    treatment: risk.treatment,
    controls: risk.controls,
    ownControls: risk.ownControls,
    actions: risk.actions.map((a) => ({
      title: a.title,
      owner: text(a.owner),
      dueOn: text(a.dueOn),
      status: a.status,
    })),
    status: risk.status,
    acceptedBy: text(risk.acceptance?.by),
    acceptanceComment: text(risk.acceptance?.comment),
    acceptanceException: text(risk.acceptance?.exception),
    lastReviewedOn: text(risk.lastReviewedOn),
    nextReviewOn: text(risk.nextReviewOn),
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The API body. `status` is sent only when the user chose one, so the server can derive it. */
/** The API's input from the form (the selects hold the API's own codes, hence the narrowing casts). */
export function bodyOf(
  form: RiskForm,
  options: { sendStatus: boolean; acceptedAt?: string | null },
): RiskInput {
  const residual =
    form.residualL && form.residualI
      ? { likelihood: Number(form.residualL), impact: Number(form.residualI) }
      : null;
  return {
    title: form.title.trim(),
    description: orNull(form.description),
    threat: orNull(form.threat),
    vulnerability: orNull(form.vulnerability),
    consequence: orNull(form.consequence),
    owner: orNull(form.owner),
    cia: form.cia as RiskInput["cia"],
    assets: form.assets,
    inherent: { likelihood: Number(form.inherentL), impact: Number(form.inherentI) },
    existingControls: orNull(form.existingControls),
    residual,
    residualJustification: orNull(form.residualJustification),
    treatment: form.treatment as RiskInput["treatment"],
    controls: form.controls,
    ownControls: form.ownControls,
    actions: form.actions
      .filter((a) => a.title.trim())
      .map((a) => ({
        title: a.title.trim(),
        owner: orNull(a.owner),
        dueOn: orNull(a.dueOn),
        status: a.status as Action["status"],
      })),
    acceptance: form.acceptedBy.trim()
      ? {
          by: form.acceptedBy.trim(),
          at: options.acceptedAt ?? null,
          comment: orNull(form.acceptanceComment),
          exception: orNull(form.acceptanceException),
        }
      : null,
    lastReviewedOn: orNull(form.lastReviewedOn),
    nextReviewOn: orNull(form.nextReviewOn),
    ...(options.sendStatus && form.status ? { status: form.status as RiskInput["status"] } : {}),
  };
}

/** Fields compared in the conflict dialog, with display values that read well side by side. */
export const CONFLICT_FIELDS: { name: keyof RiskForm; label: string }[] = [
  { name: "title", label: "Title" },
  { name: "description", label: "Description" },
  { name: "threat", label: "Threat" },
  { name: "vulnerability", label: "Vulnerability" },
  { name: "consequence", label: "Consequence" },
  { name: "owner", label: "Owner" },
  { name: "cia", label: "Properties (C/I/A)" },
  { name: "assets", label: "Assets" },
  { name: "inherentL", label: "Inherent likelihood" },
  { name: "inherentI", label: "Inherent impact" },
  { name: "existingControls", label: "Existing controls" },
  { name: "residualL", label: "Residual likelihood" },
  { name: "residualI", label: "Residual impact" },
  { name: "residualJustification", label: "Residual justification" },
  { name: "treatment", label: "Treatment" },
  { name: "controls", label: "Annex A controls" },
  { name: "ownControls", label: "Own controls" },
  { name: "actions", label: "Treatment actions" },
  { name: "status", label: "Status" },
  { name: "acceptedBy", label: "Accepted by" },
  { name: "acceptanceComment", label: "Acceptance comment" },
  { name: "acceptanceException", label: "Acceptance exception" },
  { name: "lastReviewedOn", label: "Last reviewed" },
  { name: "nextReviewOn", label: "Next review" },
];

/**
 * The user's edit rebased on the newer saved version: fields the user did not touch take the saved
 * value, so the dialog only asks about real conflicts.
 */
export function rebase(original: RiskForm, mine: RiskForm, theirs: RiskForm): RiskForm {
  const result = { ...mine } as Record<string, unknown>;
  for (const name of Object.keys(mine) as (keyof RiskForm)[])
    if (JSON.stringify(mine[name]) === JSON.stringify(original[name])) result[name] = theirs[name];
  return result as unknown as RiskForm;
}

export function flatForConflict(form: RiskForm, method?: RiskMethodology): Record<string, unknown> {
  const name = (scale: "likelihood" | "impact", value: string | null) =>
    value && method
      ? `${value} – ${method[scale].find((s) => String(s.value) === value)?.name ?? ""}`
      : value;
  return {
    ...form,
    inherentL: name("likelihood", form.inherentL),
    inherentI: name("impact", form.inherentI),
    residualL: name("likelihood", form.residualL),
    residualI: name("impact", form.residualI),
    actions: form.actions.map((a) => `${a.title}${a.dueOn ? ` (due ${a.dueOn})` : ""}: ${a.status}`),
  };
}

/** Builds the merged form from the dialog's choice (a value equal to theirs means "theirs"). */
export function mergeForms(
  merged: Record<string, unknown>,
  mine: RiskForm,
  theirs: RiskForm,
  method?: RiskMethodology,
): RiskForm {
  const theirsFlat = flatForConflict(theirs, method);
  const result = { ...mine } as Record<string, unknown>;
  for (const { name } of CONFLICT_FIELDS)
    if (JSON.stringify(merged[name]) === JSON.stringify(theirsFlat[name])) result[name] = theirs[name];
  return result as unknown as RiskForm;
}
