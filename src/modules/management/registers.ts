/**
 * The simple registers of clauses 4–10 that are lists of records with a few fields: ISMS roles
 * (5.3), planned changes (6.3), competence (7.2), awareness (7.3), communication (7.4), risk
 * assessment runs (8.2) and the improvement log (10.1). One declaration per register drives
 * validation, storage and the CLI.
 */
import type { Kysely } from "kysely";
import type { Database, OrgTableName } from "../../db/schema.js";
import { type Actor, OrgReader, type OrgRowOf, writeOrg } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";

export interface RegisterField {
  /** Row column (camelCase) and CLI flag (kebab-case of it). */
  column: string;
  label: string;
  required?: boolean;
  kind?: "text" | "date" | "integer";
  /** Default when the field is not given (a function of today for dates). */
  default?: string | ((today: string) => string);
  choices?: readonly string[];
}

export interface RegisterSpec {
  table: OrgTableName;
  /** CLI group name. */
  command: string;
  clause: string;
  description: string;
  fields: RegisterField[];
  orderBy: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export const REGISTERS: readonly RegisterSpec[] = [
  {
    table: "ismsRoles",
    command: "roles",
    clause: "5.3",
    description: "ISMS roles, responsibilities and who holds them",
    orderBy: "role",
    fields: [
      { column: "role", label: "role", required: true },
      { column: "holder", label: "who holds it" },
      { column: "responsibilities", label: "responsibilities and authorities" },
    ],
  },
  {
    table: "ismsChanges",
    command: "changes",
    clause: "6.3",
    description: "planned changes to the ISMS",
    orderBy: "plannedOn",
    fields: [
      { column: "title", label: "the change", required: true },
      { column: "description", label: "purpose and consequences" },
      { column: "owner", label: "owner" },
      { column: "plannedOn", label: "planned date", kind: "date" },
      { column: "status", label: "status", default: "planned", choices: ["planned", "in_progress", "done"] },
    ],
  },
  {
    table: "competenceRecords",
    command: "competence",
    clause: "7.2",
    description: "evidence of competence of people doing ISMS work",
    orderBy: "recordedOn",
    fields: [
      { column: "person", label: "person", required: true },
      { column: "role", label: "role" },
      { column: "competence", label: "competence (training, qualification, experience)", required: true },
      { column: "evidence", label: "where the evidence is" },
      { column: "recordedOn", label: "date", kind: "date", default: today },
    ],
  },
  {
    table: "awarenessActivities",
    command: "awareness",
    clause: "7.3",
    description: "awareness activities",
    orderBy: "heldOn",
    fields: [
      { column: "title", label: "activity", required: true },
      { column: "audience", label: "audience" },
      { column: "heldOn", label: "date", kind: "date", default: today },
      { column: "participants", label: "participants", kind: "integer" },
    ],
  },
  {
    table: "communications",
    command: "comms",
    clause: "7.4",
    description: "the communication plan: what, to whom, how, how often, by whom",
    orderBy: "topic",
    fields: [
      { column: "topic", label: "what is communicated", required: true },
      { column: "audience", label: "to whom" },
      { column: "channel", label: "how" },
      { column: "frequency", label: "when or how often" },
      { column: "owner", label: "who communicates" },
    ],
  },
  {
    table: "riskAssessmentRuns",
    command: "assessments",
    clause: "8.2",
    description: "risk assessment runs",
    orderBy: "performedOn",
    fields: [
      { column: "performedOn", label: "date", kind: "date", default: today },
      { column: "scope", label: "scope of the assessment" },
      { column: "performedBy", label: "who performed it" },
      { column: "summary", label: "summary of results" },
    ],
  },
  {
    table: "improvements",
    command: "improvements",
    clause: "10.1",
    description: "the continual-improvement log",
    orderBy: "raisedOn",
    fields: [
      { column: "title", label: "improvement", required: true },
      { column: "description", label: "description" },
      { column: "source", label: "where it came from" },
      { column: "owner", label: "owner" },
      { column: "raisedOn", label: "date", kind: "date", default: today },
      {
        column: "status",
        label: "status",
        default: "proposed",
        choices: ["proposed", "in_progress", "done"],
      },
    ],
  },
];

export function registerSpec(command: string): RegisterSpec {
  const spec = REGISTERS.find((r) => r.command === command);
  if (!spec) throw invalid(`no register "${command}"`);
  return spec;
}

/** Checks and converts given values for a register; every problem is reported at once. */
export function registerValues(
  spec: RegisterSpec,
  input: Record<string, string | undefined>,
): Record<string, unknown> {
  const issues: { path: string; message: string }[] = [];
  const values: Record<string, unknown> = {};
  for (const field of spec.fields) {
    let raw = input[field.column]?.trim();
    if (!raw && field.default !== undefined)
      raw = typeof field.default === "function" ? field.default(today()) : field.default;
    if (!raw) {
      if (field.required) issues.push({ path: field.column, message: `${field.label} is required` });
      values[field.column] = null;
      continue;
    }
    if (field.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(raw))
      issues.push({ path: field.column, message: "a date as YYYY-MM-DD" });
    if (field.kind === "integer" && !/^\d+$/.test(raw))
      issues.push({ path: field.column, message: "a whole number" });
    if (field.choices && !field.choices.includes(raw))
      issues.push({ path: field.column, message: `one of ${field.choices.join(", ")}` });
    values[field.column] = field.kind === "integer" ? Number(raw) : raw;
  }
  if (issues.length)
    throw invalid(
      `invalid ${spec.command} entry: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      issues,
    );
  return values;
}

export async function addRegisterEntry(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  spec: RegisterSpec,
  input: Record<string, string | undefined>,
) {
  const values = registerValues(spec, input);
  return writeOrg(db, orgId, actor, (w) => w.insert(spec.table, values as never));
}

export async function listRegister(
  db: Kysely<Database>,
  orgId: string,
  spec: RegisterSpec,
): Promise<OrgRowOf<OrgTableName>[]> {
  return new OrgReader(db, orgId).list(spec.table, {}, spec.orderBy as never);
}
