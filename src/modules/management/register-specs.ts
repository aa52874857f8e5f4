/**
 * Declarations of the simple registers of clauses 4–10 (fields, labels, choices). Kept free of
 * imports with side effects so the CLI can build its commands from them without loading the
 * database layer.
 */
import type { OrgTableName } from "../../db/schema.js";

const today = () => new Date().toISOString().slice(0, 10);

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
