/**
 * Legal, statutory, regulatory and contractual requirements (Annex A 5.31; clause 4.2 c): what is
 * required, where it comes from, where it applies, who owns it, how it is met (controls and
 * documents), and when it is next reviewed.
 */
import { z } from "zod";
import type { OrgRowOf, OrgWriter } from "../../db/store.js";
import { conflict, stale } from "../../domain/errors.js";
import { REQUIREMENT_KINDS } from "../../domain/operations.js";
import type { OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { controlIds, parseList, recordByKey } from "./records.js";

const text = (max: number) => z.string().trim().max(max).nullish();

export const ZRequirementInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/)
    .optional(),
  title: z.string().trim().min(1).max(500),
  kind: z.enum(REQUIREMENT_KINDS),
  source: text(500).describe("The law, regulation, standard or contract it comes from"),
  jurisdiction: text(200),
  appliesTo: text(1000),
  owner: text(200),
  howMet: text(5000),
  controlRefs: z.array(z.string().max(10)).max(93).optional(),
  documentRefs: z.array(z.string().trim().max(40)).max(100).optional(),
  reviewOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
    .nullish(),
});
export const ZRequirementPatch = ZRequirementInput.omit({ key: true }).partial();
export type RequirementInput = z.output<typeof ZRequirementInput>;

function requirementView(row: OrgRowOf<"requirements">, today: string) {
  return {
    key: row.key,
    title: row.title,
    kind: row.kind as (typeof REQUIREMENT_KINDS)[number],
    source: row.source,
    jurisdiction: row.jurisdiction,
    appliesTo: row.appliesTo,
    owner: row.owner,
    howMet: row.howMet,
    controlRefs: parseList(row.controlRefs),
    documentRefs: parseList(row.documentRefs),
    reviewOn: row.reviewOn,
    reviewDue: !!row.reviewOn && row.reviewOn <= today,
    version: row.version,
  };
}
export type RequirementView = ReturnType<typeof requirementView>;

export async function listRequirements(
  scope: OrgScope,
  filter: { kind?: string | undefined; control?: string | undefined } = {},
) {
  const control = filter.control?.replace(/^A\.?/i, "");
  return (await scope.read.list("requirements", {}, "key"))
    .map((r) => requirementView(r, scope.today))
    .filter((r) => !filter.kind || r.kind === filter.kind)
    .filter((r) => !control || r.controlRefs.includes(control));
}

export async function getRequirement(scope: OrgScope, key: string) {
  return requirementView(await recordByKey(scope.read, "requirements", key, "requirement"), scope.today);
}

/** Inserts a checked requirement (the create and the import share it). */
export async function insertRequirement(w: OrgWriter, p: RequirementInput): Promise<string> {
  const key = p.key?.toUpperCase() ?? (await w.nextKey("requirements", "REQ"));
  if ((await w.list("requirements", { key })).length) throw conflict(`requirement ${key} already exists`);
  await w.insert("requirements", {
    key,
    title: p.title,
    kind: p.kind,
    source: p.source ?? null,
    jurisdiction: p.jurisdiction ?? null,
    appliesTo: p.appliesTo ?? null,
    owner: p.owner ?? null,
    howMet: p.howMet ?? null,
    controlRefs: JSON.stringify(controlIds(p.controlRefs ?? ["5.31"])),
    documentRefs: JSON.stringify(p.documentRefs ?? []),
    reviewOn: p.reviewOn ?? null,
  });
  return key;
}

/** The stored columns a checked change sets. */
export function requirementChanges(p: z.output<typeof ZRequirementPatch>) {
  const { controlRefs, documentRefs, ...rest } = p;
  return {
    ...rest,
    ...(controlRefs && { controlRefs: JSON.stringify(controlIds(controlRefs)) }),
    ...(documentRefs && { documentRefs: JSON.stringify(documentRefs) }),
  };
}

export async function createRequirement(scope: OrgScope, input: unknown) {
  const p = parseInput(ZRequirementInput, input, "requirement");
  return getRequirement(scope, await scope.write((w) => insertRequirement(w, p)));
}

export async function updateRequirement(
  scope: OrgScope,
  key: string,
  expectedVersion: number,
  patch: unknown,
) {
  const p = parseInput(ZRequirementPatch, patch, "requirement update");
  await scope.write(async (w) => {
    const row = await recordByKey(w, "requirements", key, "requirement");
    if (row.version !== expectedVersion) throw stale(`requirement ${row.key}`, row.version, expectedVersion);
    await w.update("requirements", row.id, expectedVersion, requirementChanges(p));
  });
  return getRequirement(scope, key);
}
