/**
 * Suppliers and cloud services (Annex A 5.19–5.23): who they are and what they do for us, how
 * critical they are, the security terms of their contract, how and when they were last assessed
 * (certificates and reports received, with their expiry), and when the next review is due.
 */
import { z } from "zod";
import type { OrgRowOf, OrgWriter } from "../../db/store.js";
import { conflict, stale } from "../../domain/errors.js";
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_RESULTS,
  CONTRACT_TERMS,
  type ContractTerm,
  CRITICALITIES,
  RISK_LEVELS,
  SUPPLIER_STATUSES,
} from "../../domain/operations.js";
import { addMonths } from "../../imports/dates.js";
import type { OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { childrenOf, controlIds, parseList, recordByKey } from "./records.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const text = (max: number) => z.string().trim().max(max).nullish();

export const ZContract = z.object(
  Object.fromEntries(CONTRACT_TERMS.map((t) => [t, z.boolean().nullable().optional()])) as Record<
    ContractTerm,
    z.ZodOptional<z.ZodNullable<z.ZodBoolean>>
  >,
);

export const ZSupplierInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/)
    .optional(),
  name: z.string().trim().min(1).max(300),
  services: text(2000),
  dataCategories: text(1000),
  criticality: z.enum(CRITICALITIES),
  status: z.enum(SUPPLIER_STATUSES).optional(),
  owner: text(200),
  contact: text(300),
  cloudService: z.boolean().optional(),
  sharedResponsibility: text(5000),
  contract: ZContract.optional(),
  nextReviewOn: day.nullish(),
  controlRefs: z.array(z.string().max(10)).max(93).optional(),
  notes: text(5000),
});
export const ZSupplierPatch = ZSupplierInput.omit({ key: true }).partial();

export const ZAssessmentInput = z.object({
  assessedOn: day,
  method: z.enum(ASSESSMENT_METHODS),
  document: text(500),
  documentExpiresOn: day.nullish(),
  result: z.enum(ASSESSMENT_RESULTS),
  residualRisk: z.enum(RISK_LEVELS),
  assessor: text(200),
  notes: text(5000),
  nextReviewOn: day.nullish().describe("When to assess again; defaults to a year after this one"),
});

type Row = OrgRowOf<"suppliers">;
export type SupplierInput = z.output<typeof ZSupplierInput>;
type SupplierPatch = z.output<typeof ZSupplierPatch>;
type AssessmentRow = OrgRowOf<"supplierAssessments">;
export type Contract = Record<ContractTerm, boolean | null>;

/** How soon an expiring certificate or report is flagged. */
const EXPIRY_WARNING_DAYS = 60;

function assessmentView(a: AssessmentRow) {
  return {
    id: a.id,
    assessedOn: a.assessedOn,
    method: a.method as (typeof ASSESSMENT_METHODS)[number],
    document: a.document,
    documentExpiresOn: a.documentExpiresOn,
    result: a.result as (typeof ASSESSMENT_RESULTS)[number],
    residualRisk: a.residualRisk as (typeof RISK_LEVELS)[number],
    assessor: a.assessor,
    notes: a.notes,
  };
}

function supplierView(row: Row, assessments: readonly AssessmentRow[], today: string) {
  const sorted = [...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  const latest = sorted[0];
  const expiresOn = latest?.documentExpiresOn ?? null;
  const warnFrom = new Date(`${today}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() + EXPIRY_WARNING_DAYS);
  const stored = JSON.parse(row.contract) as Partial<Contract>;
  return {
    key: row.key,
    name: row.name,
    services: row.services,
    dataCategories: row.dataCategories,
    criticality: row.criticality as (typeof CRITICALITIES)[number],
    status: row.status as (typeof SUPPLIER_STATUSES)[number],
    owner: row.owner,
    contact: row.contact,
    cloudService: row.cloudService === 1,
    sharedResponsibility: row.sharedResponsibility,
    contract: Object.fromEntries(CONTRACT_TERMS.map((t) => [t, stored[t] ?? null])) as Contract,
    nextReviewOn: row.nextReviewOn,
    controlRefs: parseList(row.controlRefs),
    notes: row.notes,
    version: row.version,
    reviewDue: row.status !== "offboarded" && !!row.nextReviewOn && row.nextReviewOn <= today,
    latestAssessment: latest ? assessmentView(latest) : null,
    certificateExpiresOn: expiresOn,
    certificateExpiring:
      row.status !== "offboarded" && !!expiresOn && expiresOn <= warnFrom.toISOString().slice(0, 10),
  };
}
export type SupplierView = ReturnType<typeof supplierView>;

export async function listSuppliers(
  scope: OrgScope,
  filter: { criticality?: string | undefined; status?: string | undefined; q?: string | undefined } = {},
) {
  const rows = await scope.read.list("suppliers", {}, "key");
  const assessments = await childrenOf(
    scope.read,
    "supplierAssessments",
    "supplierId",
    rows.map((r) => r.id),
  );
  const q = filter.q?.trim().toLowerCase();
  return rows
    .filter((r) => !filter.criticality || r.criticality === filter.criticality)
    .filter((r) => !filter.status || r.status === filter.status)
    .filter((r) => !q || `${r.key} ${r.name} ${r.services ?? ""}`.toLowerCase().includes(q))
    .map((r) => supplierView(r, assessments.get(r.id) ?? [], scope.today));
}

export async function getSupplier(scope: OrgScope, key: string) {
  const row = await recordByKey(scope.read, "suppliers", key, "supplier");
  const assessments = await scope.read.list("supplierAssessments", { supplierId: row.id }, "assessedOn");
  return {
    ...supplierView(row, assessments, scope.today),
    assessments: assessments.reverse().map(assessmentView),
  };
}

const contractJson = (contract: Partial<Contract> | undefined, base: Partial<Contract> = {}) =>
  JSON.stringify(Object.fromEntries(CONTRACT_TERMS.map((t) => [t, contract?.[t] ?? base[t] ?? null])));

/** Inserts a checked supplier (the create and the import share it). */
export async function insertSupplier(w: OrgWriter, p: SupplierInput): Promise<string> {
  const key = p.key?.toUpperCase() ?? (await w.nextKey("suppliers", "SUP"));
  if ((await w.list("suppliers", { key })).length) throw conflict(`supplier ${key} already exists`);
  await w.insert("suppliers", {
    key,
    name: p.name,
    services: p.services ?? null,
    dataCategories: p.dataCategories ?? null,
    criticality: p.criticality,
    status: p.status ?? "active",
    owner: p.owner ?? null,
    contact: p.contact ?? null,
    cloudService: p.cloudService ? 1 : 0,
    sharedResponsibility: p.sharedResponsibility ?? null,
    contract: contractJson(p.contract),
    nextReviewOn: p.nextReviewOn ?? null,
    controlRefs: JSON.stringify(
      controlIds(p.controlRefs ?? ["5.19", "5.20", ...(p.cloudService ? ["5.23"] : [])]),
    ),
    notes: p.notes ?? null,
  });
  return key;
}

/** The stored columns a checked change sets. */
export function supplierChanges(row: Row, p: SupplierPatch) {
  const { contract, controlRefs, cloudService, ...rest } = p;
  return {
    ...rest,
    ...(cloudService !== undefined && { cloudService: cloudService ? (1 as const) : (0 as const) }),
    ...(contract && { contract: contractJson(contract, JSON.parse(row.contract)) }),
    ...(controlRefs && { controlRefs: JSON.stringify(controlIds(controlRefs)) }),
  };
}

export async function createSupplier(scope: OrgScope, input: unknown) {
  const p = parseInput(ZSupplierInput, input, "supplier");
  return getSupplier(scope, await scope.write((w) => insertSupplier(w, p)));
}

export async function updateSupplier(scope: OrgScope, key: string, expectedVersion: number, patch: unknown) {
  const p = parseInput(ZSupplierPatch, patch, "supplier update");
  await scope.write(async (w) => {
    const row = await recordByKey(w, "suppliers", key, "supplier");
    if (row.version !== expectedVersion) throw stale(`supplier ${row.key}`, row.version, expectedVersion);
    await w.update("suppliers", row.id, expectedVersion, supplierChanges(row, p));
  });
  return getSupplier(scope, key);
}

/** Records an assessment and plans the next review (by default a year on). */
export async function addAssessment(scope: OrgScope, key: string, input: unknown) {
  const p = parseInput(ZAssessmentInput, input, "assessment");
  await scope.write(async (w) => {
    const row = await recordByKey(w, "suppliers", key, "supplier");
    const { nextReviewOn, ...fields } = p;
    await w.insert("supplierAssessments", {
      supplierId: row.id,
      ...fields,
      document: fields.document ?? null,
      documentExpiresOn: fields.documentExpiresOn ?? null,
      assessor: fields.assessor ?? null,
      notes: fields.notes ?? null,
    });
    await w.update("suppliers", row.id, row.version, {
      nextReviewOn: nextReviewOn ?? addMonths(p.assessedOn, 12),
    });
  });
  return getSupplier(scope, key);
}
