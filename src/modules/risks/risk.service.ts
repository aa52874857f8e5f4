/**
 * The risk register (ISO/IEC 27001 6.1.2, 6.1.3, 8.2, 8.3): create, update, delete and read risks.
 * Every risk is scored with the organization's own methodology and checked against the rules in
 * domain/risk-rules.ts before anything is written.
 */
import type { Kysely } from "kysely";
import { getControl } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { type Actor, type NewOrgRow, nowIso, OrgReader, type OrgWriter, writeOrg } from "../../db/store.js";
import { conflict, type FieldIssue, invalid, notFound, stale } from "../../domain/errors.js";
import { assess, type RiskMethodology } from "../../domain/risk-method.js";
import { checkRiskRules } from "../../domain/risk-rules.js";
import { parseInput } from "../validation.js";
import { getMethodology } from "./methodology.service.js";
import { loadRiskViews, type RiskView, toRiskView } from "./risk.repository.js";
import {
  type ParsedRiskInput,
  type RiskInput,
  type RiskPatch,
  ZRiskInput,
  ZRiskPatch,
} from "./risk.schema.js";

export type { RiskView } from "./risk.repository.js";

/** "A.8.8" -> "8.8"; unknown ids are kept as given so the rule can name them. */
export const normalizeControlId = (id: string) => getControl(id)?.id ?? id.trim();

export interface PreparedRisk {
  row: Omit<NewOrgRow<"risks">, "key">;
  controls: string[];
  assetKeys: string[];
  actions: ParsedRiskInput["actions"];
}

function scored(
  method: RiskMethodology,
  p: { likelihood: number; impact: number },
  path: string,
  issues: FieldIssue[],
) {
  try {
    return assess(method, p.likelihood, p.impact, path);
  } catch (error) {
    const fieldIssues = (error as { issues?: FieldIssue[] }).issues;
    issues.push(...(fieldIssues?.length ? fieldIssues : [{ path, message: (error as Error).message }]));
    return null;
  }
}

/**
 * Scores a parsed risk and checks every rule. Returns the row to store, or the issues; nothing is
 * thrown, so an import can report every bad row at once.
 */
export function prepareRisk(
  method: RiskMethodology,
  input: ParsedRiskInput,
): { ok: true; risk: PreparedRisk } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const inherent = scored(method, input.inherent, "inherent", issues);
  const residual = input.residual ? scored(method, input.residual, "residual", issues) : null;
  const controls = [...new Set(input.controls.map(normalizeControlId))];
  const acceptance = input.acceptance ?? null;
  if (inherent) {
    issues.push(
      ...checkRiskRules(
        method,
        {
          treatment: input.treatment ?? null,
          inherentScore: inherent.score,
          residualScore: residual?.score ?? null,
          residualJustification: input.residualJustification ?? null,
          controls,
          ownControls: input.ownControls,
          acceptedBy: acceptance?.by ?? null,
          acceptanceException: acceptance?.exception ?? null,
        },
        (id) => getControl(id) !== undefined,
      ),
    );
  }
  if (issues.length || !inherent) return { ok: false, issues };
  const status = input.status ?? (acceptance ? "accepted" : input.treatment ? "treatment" : "open");
  return {
    ok: true,
    risk: {
      row: {
        title: input.title,
        description: input.description ?? null,
        threat: input.threat ?? null,
        vulnerability: input.vulnerability ?? null,
        consequence: input.consequence ?? null,
        cia: JSON.stringify([...new Set(input.cia)]),
        owner: input.owner ?? null,
        inherentLikelihood: inherent.likelihood,
        inherentImpact: inherent.impact,
        inherentScore: inherent.score,
        inherentLevel: inherent.level,
        existingControls: input.existingControls ?? null,
        treatment: input.treatment ?? null,
        ownControls: JSON.stringify(input.ownControls),
        residualLikelihood: residual?.likelihood ?? null,
        residualImpact: residual?.impact ?? null,
        residualScore: residual?.score ?? null,
        residualLevel: residual?.level ?? null,
        residualJustification: input.residualJustification ?? null,
        acceptedBy: acceptance?.by ?? null,
        acceptedAt: acceptance ? (acceptance.at ?? nowIso()) : null,
        acceptanceComment: acceptance?.comment ?? null,
        acceptanceException: acceptance?.exception ?? null,
        lastReviewedOn: input.lastReviewedOn ?? null,
        nextReviewOn: input.nextReviewOn ?? null,
        status,
      },
      controls,
      assetKeys: input.assets,
      actions: input.actions,
    },
  };
}

function prepareOrThrow(method: RiskMethodology, input: ParsedRiskInput): PreparedRisk {
  const prepared = prepareRisk(method, input);
  if (!prepared.ok) {
    throw invalid(
      `the risk breaks ${prepared.issues.length} rule(s): ${prepared.issues.map((i) => i.message).join("; ")}`,
      prepared.issues,
    );
  }
  return prepared.risk;
}

async function assetIdsByKey(w: OrgReader, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const byKey = new Map((await w.list("assets")).map((a) => [a.key, a.id]));
  return keys.map((key, i) => {
    const id = byKey.get(key);
    if (!id) throw invalid(`no asset "${key}"`, [{ path: `assets[${i}]`, message: "unknown asset key" }]);
    return id;
  });
}

/** Makes the risk's controls, assets and actions equal to the prepared ones, writing only differences. */
export async function syncRiskLinks(
  w: OrgWriter,
  riskId: string,
  prepared: PreparedRisk,
  replaceActions: boolean,
) {
  const controls = await w.list("riskControls", { riskId });
  const wanted = new Set(prepared.controls);
  for (const c of controls) if (!wanted.has(c.controlId)) await w.remove("riskControls", c.id);
  const have = new Set(controls.map((c) => c.controlId));
  for (const id of prepared.controls)
    if (!have.has(id)) await w.insert("riskControls", { riskId, controlId: id });

  const assetIds = await assetIdsByKey(w, prepared.assetKeys);
  const links = await w.list("riskAssets", { riskId });
  const wantedAssets = new Set(assetIds);
  for (const link of links) if (!wantedAssets.has(link.assetId)) await w.remove("riskAssets", link.id);
  const haveAssets = new Set(links.map((l) => l.assetId));
  for (const assetId of assetIds)
    if (!haveAssets.has(assetId)) await w.insert("riskAssets", { riskId, assetId });

  if (!replaceActions) return;
  for (const action of await w.list("treatmentActions", { riskId }))
    await w.remove("treatmentActions", action.id);
  for (const action of prepared.actions) {
    await w.insert("treatmentActions", {
      riskId,
      title: action.title,
      owner: action.owner ?? null,
      dueOn: action.dueOn ?? null,
      status: action.status,
      completedOn: action.status === "done" ? nowIso().slice(0, 10) : null,
    });
  }
}

async function viewOf(reader: OrgReader, key: string): Promise<RiskView> {
  const [view] = await loadRiskViews(reader, [key]);
  if (!view) throw notFound(`risk ${key}`);
  return view;
}

export async function createRisk(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: RiskInput,
): Promise<RiskView> {
  const parsed = parseInput(ZRiskInput, input, "risk");
  return writeOrg(db, orgId, actor, async (w) => {
    const { method } = await getMethodology(w);
    const prepared = prepareOrThrow(method, parsed);
    const key = parsed.key ?? (await w.nextKey("risks", "R"));
    if ((await w.list("risks", { key })).length) throw conflict(`risk ${key} already exists`);
    const risk = await w.insert("risks", { ...prepared.row, key });
    await syncRiskLinks(w, risk.id, prepared, true);
    return viewOf(w, key);
  });
}

/** The editable fields of a view, as input (the inverse of prepareRisk). */
export function viewToInput(view: RiskView): ParsedRiskInput {
  return {
    key: view.key,
    title: view.title,
    description: view.description,
    threat: view.threat,
    vulnerability: view.vulnerability,
    consequence: view.consequence,
    cia: view.cia as ("C" | "I" | "A")[],
    owner: view.owner,
    assets: view.assets,
    inherent: { likelihood: view.inherent?.likelihood ?? 0, impact: view.inherent?.impact ?? 0 },
    existingControls: view.existingControls,
    treatment: view.treatment as ParsedRiskInput["treatment"],
    controls: view.controls,
    ownControls: view.ownControls,
    actions: view.actions.map((a) => ({
      ...a,
      status: a.status as ParsedRiskInput["actions"][number]["status"],
    })),
    residual: view.residual ? { likelihood: view.residual.likelihood, impact: view.residual.impact } : null,
    residualJustification: view.residualJustification,
    acceptance: view.acceptance,
    lastReviewedOn: view.lastReviewedOn,
    nextReviewOn: view.nextReviewOn,
    status: view.status as ParsedRiskInput["status"],
  };
}

/** Updates a risk at `expectedVersion`; lists in the patch replace the current ones. */
export async function updateRisk(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  expectedVersion: number,
  patch: RiskPatch,
): Promise<RiskView> {
  const parsedPatch = parseInput(ZRiskPatch, patch, "risk update");
  return writeOrg(db, orgId, actor, async (w) => {
    const current = await viewOf(w, key);
    if (current.version !== expectedVersion) {
      throw stale(`risk ${key}`, current.version, expectedVersion);
    }
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const base = viewToInput(current);
    // Without an explicit status, derive it again from the new facts, except that a closed risk stays closed.
    if (parsedPatch.status === undefined && current.status !== "closed") delete base.status;
    const merged = parseInput(ZRiskInput, { ...base, ...given, key }, "risk");
    const { method } = await getMethodology(w);
    const prepared = prepareOrThrow(method, merged);
    const row = await w.update("risks", current.id, expectedVersion, prepared.row);
    const replaceActions = patch.actions !== undefined;
    if (
      !replaceActions &&
      sameSet(prepared.controls, current.controls) &&
      sameSet(prepared.assetKeys, current.assets)
    ) {
      // Links as they were (most edits change text or scores): the view from the row just written.
      return toRiskView(row, current);
    }
    await syncRiskLinks(w, current.id, prepared, replaceActions);
    return viewOf(w, key);
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((item) => set.has(item));
}

export async function deleteRisk(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  expectedVersion?: number,
) {
  await writeOrg(db, orgId, actor, async (w) => {
    const [risk] = await w.list("risks", { key });
    if (!risk) throw notFound(`risk ${key}`);
    await w.remove("risks", risk.id, expectedVersion);
  });
}

export async function getRisk(db: Kysely<Database>, orgId: string, key: string): Promise<RiskView> {
  return viewOf(new OrgReader(db, orgId), key);
}

export async function listRisks(
  db: Kysely<Database>,
  orgId: string,
  page: { limit?: number; offset?: number } = {},
): Promise<RiskView[]> {
  return loadRiskViews(new OrgReader(db, orgId), undefined, page);
}
