/**
 * `isms demo`: creates the fictional demo organization (slug "demo"), a 120-person SaaS company
 * with a living ISMS: scope and context, assets, risks with treatments, a decision for all 93 SoA
 * entries, evidence, an internal audit, a management review and corrective actions.
 *
 * Safe to run twice: an existing demo organization is left as it is.
 */

import { type OrgWriter, writeOrg } from "../../db/store.js";
import { formatKey } from "../../domain/ids.js";
import { DEFAULT_METHODOLOGY } from "../../domain/risk-method.js";
import { linkEvidence } from "../evidence/evidence.service.js";
import { createOrganization, findOrganization, type Organization } from "../orgs/org.service.js";
import { ZRiskInput } from "../risks/risk.schema.js";
import { prepareRisk } from "../risks/risk.service.js";
import { orgScope } from "../scope.js";
import { approveSoa } from "../soa/soa-approval.service.js";
import type { Workspace } from "../workspace.js";
import * as data from "./demo.data.js";
import { insertOperations } from "./demo-operations.js";
import { chooseDigests, ensureUsers } from "./demo-people.js";

export interface DemoResult {
  created: boolean;
  organization: { id: string; slug: string; name: string };
  counts: Record<string, number>;
}

/** "YYYY-MM-DD", `days` after `today` (negative for the past). */
export function dayOffset(today: Date, days: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function createDemo(
  ws: Workspace,
  actor: string,
  options: { today?: Date; onProgress?: (step: string) => void } = {},
): Promise<DemoResult> {
  const existing = await findOrganization(ws.db, data.DEMO_ORG.slug);
  if (existing) return { created: false, organization: pick(existing), counts: {} };
  const today = options.today ?? new Date();
  const day = (n: number) => dayOffset(today, n);
  const progress = options.onProgress ?? (() => undefined);
  progress("organization");
  const org = await createOrganization(ws.db, actor, data.DEMO_ORG);
  const userIds = await ensureUsers(ws, actor);
  // Evidence files go to the content-addressed store first (idempotent), rows in the transaction.
  progress("evidence files");
  const blobs = new Map<number, { sha256: string; size: number; mime: string }>();
  for (const [i, item] of data.DEMO_EVIDENCE.entries()) {
    if (item.kind === "file" && item.content !== undefined) {
      blobs.set(i, await ws.blobs.put(Buffer.from(item.content, "utf8"), item.mime ?? "text/plain"));
    }
  }

  const counts = await writeOrg(ws.db, org.id, actor, async (w) => {
    progress("members and context");
    for (const user of data.DEMO_USERS) {
      await w.insert("memberships", {
        userId: userIds.get(user.email) ?? "",
        role: user.role,
        title: user.title,
      });
    }
    await w.insert("riskMethodologies", { definition: JSON.stringify(DEFAULT_METHODOLOGY) });
    await w.insert("scopes", data.DEMO_SCOPE);
    for (const issue of data.DEMO_CONTEXT_ISSUES) {
      await w.insert("contextIssues", { ...issue, climateRelated: issue.climateRelated ? 1 : 0 });
    }
    for (const party of data.DEMO_INTERESTED_PARTIES) {
      await w.insert("interestedParties", { ...party, requirements: JSON.stringify(party.requirements) });
    }
    progress("assets and risks");
    const assetIds = await insertAssets(w);
    const planned = await insertRisks(w, assetIds, day);
    progress("Statement of Applicability");
    await decideSoa(w, planned, day);
    progress("evidence");
    await insertEvidence(w, blobs, day);
    progress("objectives, documents, audit, review");
    await insertManagementSystem(w, day);
    await insertRegisters(w, day);
    return {
      assets: data.DEMO_ASSETS.length,
      risks: data.DEMO_RISKS.length,
      soaEntries: 93,
      evidence: data.DEMO_EVIDENCE.length,
      users: data.DEMO_USERS.length,
    };
  });
  progress("approving the SoA");
  await approveSoa(orgScope(ws.db, org.id, actor), data.DEMO_APPROVAL);
  await chooseDigests(ws, actor, org.id, userIds);
  return { created: true, organization: pick(org), counts };
}

const pick = (o: Organization) => ({ id: o.id, slug: o.slug, name: o.name });

/** Demo people are installation users; an existing account with the same email is reused. */

async function insertAssets(w: OrgWriter): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, asset] of data.DEMO_ASSETS.entries()) {
    const { ref, ...fields } = asset;
    const row = await w.insert("assets", { ...fields, key: formatKey("A", i + 1) });
    ids.set(ref, row.id);
  }
  return ids;
}

/**
 * Inserts the risks through the same scoring and rules as any other risk (a demo that broke the
 * rules would teach the wrong thing); returns, per planned control, the keys of the risks planning it.
 */
async function insertRisks(
  w: OrgWriter,
  assetIds: Map<string, string>,
  day: (n: number) => string,
): Promise<Map<string, string[]>> {
  const planned = new Map<string, string[]>();
  for (const [i, risk] of data.DEMO_RISKS.entries()) {
    const key = formatKey("R", i + 1);
    const input = ZRiskInput.parse({
      key,
      title: risk.title,
      description: risk.description,
      threat: risk.threat,
      vulnerability: risk.vulnerability,
      consequence: risk.consequence,
      cia: risk.cia,
      owner: risk.owner,
      inherent: risk.inherent,
      existingControls: risk.existingControls,
      treatment: risk.treatment,
      controls: risk.controls,
      ownControls: risk.ownControls,
      residual: risk.residual,
      acceptance: risk.acceptance && {
        by: risk.acceptance.by,
        at: `${day(-risk.acceptance.daysAgo)}T10:00:00.000Z`,
        comment: risk.acceptance.comment,
        exception: risk.acceptance.exception ?? null,
      },
      lastReviewedOn: day(-30),
      nextReviewOn: day(risk.reviewInDays),
    });
    const prepared = prepareRisk(DEFAULT_METHODOLOGY, input);
    if (!prepared.ok)
      throw new Error(
        `demo risk ${key} breaks the rules: ${prepared.issues.map((x) => x.message).join("; ")}`,
      );
    const row = await w.insert("risks", { ...prepared.risk.row, key });
    for (const ref of risk.assets) {
      const assetId = assetIds.get(ref);
      if (assetId) await w.insert("riskAssets", { riskId: row.id, assetId });
    }
    for (const controlId of prepared.risk.controls) {
      await w.insert("riskControls", { riskId: row.id, controlId });
      planned.set(controlId, [...(planned.get(controlId) ?? []), key]);
    }
    for (const action of risk.actions) {
      await w.insert("treatmentActions", {
        riskId: row.id,
        title: action.title,
        owner: action.owner,
        dueOn: day(action.dueInDays),
        status: action.status,
        completedOn: action.status === "done" ? day(Math.min(action.dueInDays, -1)) : null,
      });
    }
  }
  return planned;
}

async function decideSoa(
  w: OrgWriter,
  planned: Map<string, string[]>,
  day: (n: number) => string,
): Promise<void> {
  for (const entry of await w.list("soaEntries")) {
    const decision = data.DEMO_SOA[entry.controlId];
    if (!decision) continue;
    const reasons = [...(planned.has(entry.controlId) ? ["risk"] : []), ...decision.reasons];
    await w.update("soaEntries", entry.id, entry.version, {
      applicable: decision.applicable ? 1 : 0,
      reasons: JSON.stringify(reasons),
      justification: decision.justification,
      status: decision.status,
      notes: decision.notes,
      owner: decision.owner || null,
      nextReviewOn: day(180),
    });
  }
}

async function insertEvidence(
  w: OrgWriter,
  blobs: Map<number, { sha256: string; size: number; mime: string }>,
  day: (n: number) => string,
): Promise<void> {
  for (const [i, item] of data.DEMO_EVIDENCE.entries()) {
    const blob = blobs.get(i);
    const row = await w.insert("evidence", {
      key: formatKey("E", i + 1),
      title: item.title,
      description: null,
      kind: item.kind,
      url: item.url ?? null,
      sha256: blob?.sha256 ?? null,
      size: blob?.size ?? null,
      mime: blob?.mime ?? null,
      filename: item.filename ?? null,
      collectedOn: day(-item.collectedDaysAgo),
      effectiveFrom: day(-item.effectiveFromDaysAgo),
      effectiveTo: item.effectiveToDaysAgo === undefined ? null : day(-item.effectiveToDaysAgo),
      reviewDueOn: day(item.reviewDueInDays),
      owner: item.owner,
    });
    for (const controlId of item.controls) await linkEvidence(w, row.id, { type: "control", id: controlId });
  }
}

/** The simple registers of clauses 5.3, 6.3, 7.2–7.4, 8.2 and 10.1. */
async function insertRegisters(w: OrgWriter, day: (n: number) => string): Promise<void> {
  for (const role of data.DEMO_ROLES) await w.insert("ismsRoles", role);
  for (const { plannedInDays, ...change } of data.DEMO_CHANGES)
    await w.insert("ismsChanges", { ...change, plannedOn: day(plannedInDays) });
  for (const { daysAgo, ...record } of data.DEMO_COMPETENCE)
    await w.insert("competenceRecords", { ...record, recordedOn: day(-daysAgo) });
  for (const { daysAgo, ...activity } of data.DEMO_AWARENESS)
    await w.insert("awarenessActivities", { ...activity, heldOn: day(-daysAgo) });
  for (const line of data.DEMO_COMMUNICATIONS) await w.insert("communications", line);
  for (const { daysAgo, ...run } of data.DEMO_ASSESSMENT_RUNS)
    await w.insert("riskAssessmentRuns", { ...run, performedOn: day(-daysAgo) });
  for (const { daysAgo, ...item } of data.DEMO_IMPROVEMENTS)
    await w.insert("improvements", { ...item, raisedOn: day(-daysAgo) });
  await insertOperations(w, day);
}

/** Clauses 6.2–10.2: objectives, documents, the internal audit, the management review, NCs. */
async function insertManagementSystem(w: OrgWriter, day: (n: number) => string): Promise<void> {
  for (const [i, objective] of data.DEMO_OBJECTIVES.entries()) {
    const { measurements, dueInDays, ...fields } = objective;
    const row = await w.insert("objectives", {
      ...fields,
      key: formatKey("OBJ", i + 1),
      dueOn: day(dueInDays),
    });
    for (const m of measurements) {
      await w.insert("measurements", {
        objectiveId: row.id,
        metric: objective.measure,
        measuredOn: day(-m.daysAgo),
        value: m.value,
        note: m.note,
      });
    }
  }
  for (const [i, doc] of data.DEMO_DOCUMENTS.entries()) {
    const { approvedDaysAgo, clauseRefs, ...fields } = doc;
    await w.insert("documents", {
      ...fields,
      key: formatKey("DOC", i + 1),
      approvedOn: day(-approvedDaysAgo),
      clauseRefs: JSON.stringify(clauseRefs),
      nextReviewOn: day(doc.reviewMonths * 30 - approvedDaysAgo),
    });
  }
  const { findings, startDaysAgo, endDaysAgo, ...auditFields } = data.DEMO_AUDIT;
  const audit = await w.insert("audits", {
    ...auditFields,
    key: "AUD-001",
    plannedStart: day(-startDaysAgo),
    plannedEnd: day(-endDaysAgo),
    completedOn: day(-endDaysAgo),
    status: "completed",
    scopeRefs: JSON.stringify(data.DEMO_AUDIT_SCOPE),
    impartialityException: null,
  });
  for (const [i, planned] of data.DEMO_AUDIT_PROGRAMME.entries()) {
    await w.insert("audits", {
      key: formatKey("AUD", i + 2),
      title: planned.title,
      scope: null,
      scopeRefs: JSON.stringify(planned.scopeRefs),
      criteria: auditFields.criteria,
      auditor: planned.auditor,
      plannedStart: day(planned.startInDays),
      plannedEnd: day(planned.endInDays),
      completedOn: null,
      status: "planned",
      impartialityException: null,
    });
  }
  const findingIds: string[] = [];
  for (const [i, finding] of findings.entries()) {
    const row = await w.insert("auditFindings", {
      ...finding,
      auditId: audit.id,
      key: formatKey("F", i + 1),
    });
    findingIds.push(row.id);
  }
  const { heldDaysAgo, attendees, inputs, decisions, ...review } = data.DEMO_REVIEW;
  await w.insert("managementReviews", {
    ...review,
    key: "MR-001",
    heldOn: day(-heldDaysAgo),
    attendees: JSON.stringify(attendees),
    inputs: JSON.stringify(inputs),
    decisions: JSON.stringify(decisions),
    status: "completed",
  });
  for (const [i, nc] of data.DEMO_NONCONFORMITIES.entries()) {
    const { actions, findingIndex, raisedDaysAgo, ...fields } = nc;
    const row = await w.insert("nonconformities", {
      ...fields,
      key: formatKey("NC", i + 1),
      findingId: findingIndex === undefined ? null : (findingIds[findingIndex] ?? null),
      raisedOn: day(-raisedDaysAgo),
    });
    for (const action of actions) {
      const { dueInDays, effective, ...rest } = action;
      await w.insert("correctiveActions", {
        ...rest,
        nonconformityId: row.id,
        dueOn: day(dueInDays),
        effective: effective === null ? null : effective ? 1 : 0,
        completedOn: action.status === "done" ? day(Math.min(dueInDays, -1)) : null,
      });
    }
  }
}
