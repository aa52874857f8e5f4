/**
 * The simple registers of clauses 4–10 that are lists of records with a few fields: ISMS roles
 * (5.3), planned changes (6.3), competence (7.2), awareness (7.3), communication (7.4), risk
 * assessment runs (8.2) and the improvement log (10.1). One declaration per register drives
 * validation, storage and the CLI.
 */
import type { Kysely } from "kysely";
import type { Database, OrgTableName } from "../../db/schema.js";
import { REGISTERS, type RegisterSpec } from "./register-specs.js";

export { REGISTERS, type RegisterField, type RegisterSpec } from "./register-specs.js";

const today = () => new Date().toISOString().slice(0, 10);

import { type Actor, OrgReader, type OrgRowOf, writeOrg } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";

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
