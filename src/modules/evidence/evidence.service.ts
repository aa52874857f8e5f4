/**
 * Evidence: a file (stored content-addressed with SHA-256, size and MIME type) or a link, with the
 * dates that say what period it proves and when it must be reviewed, linked to controls, risks
 * and audits.
 */
import type { Kysely } from "kysely";
import { type AttributeName, filterControls, getControl, type Theme } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import {
  type Actor,
  OrgReader,
  type OrgRowOf,
  type OrgWriter,
  requireText,
  writeOrg,
} from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";
import { compareIds } from "../../domain/ids.js";
import { evidenceFreshness, type Freshness } from "../../domain/soa.js";
import type { BlobStore } from "./blob-store.js";

export type Evidence = OrgRowOf<"evidence">;
export type EvidenceTarget = { type: "control" | "risk" | "audit"; id: string };

export interface EvidenceDates {
  collectedOn?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  reviewDueOn?: string | null;
}

export interface NewFileEvidence extends EvidenceDates {
  title: string;
  description?: string | null;
  data: Uint8Array;
  filename: string;
  mime?: string;
  owner?: string | null;
  links?: EvidenceTarget[];
}

export interface NewLinkEvidence extends EvidenceDates {
  title: string;
  description?: string | null;
  url: string;
  owner?: string | null;
  links?: EvidenceTarget[];
}

/** Links evidence to a control (catalog id), a risk or an audit of the same organization. */
/**
 * What a person names when linking evidence (Annex A ids, risk keys) as link targets: each risk key
 * must name a risk of this organization (NOT_FOUND otherwise).
 */
export async function resolveEvidenceTargets(
  db: Kysely<Database>,
  orgId: string,
  wanted: { controls?: readonly string[]; risks?: readonly string[] },
): Promise<EvidenceTarget[]> {
  const reader = new OrgReader(db, orgId);
  const risks: EvidenceTarget[] = [];
  for (const key of wanted.risks ?? []) {
    const [risk] = await reader.list("risks", { key });
    if (!risk) throw notFound(`risk ${key}`);
    risks.push({ type: "risk", id: risk.id });
  }
  return [...(wanted.controls ?? []).map((id) => ({ type: "control" as const, id })), ...risks];
}

/** One evidence item by its key (E-012), or NOT_FOUND. */
export async function getEvidence(db: Kysely<Database>, orgId: string, key: string): Promise<Evidence> {
  const [item] = await new OrgReader(db, orgId).list("evidence", { key });
  if (!item) throw notFound(`evidence ${key}`);
  return item;
}

export async function linkEvidence(
  writer: OrgWriter,
  evidenceId: string,
  target: EvidenceTarget,
): Promise<void> {
  if (target.type === "control") {
    if (!getControl(target.id))
      throw invalid(`no Annex A control "${target.id}"`, [{ path: "links", message: "unknown control" }]);
  } else {
    const table = target.type === "risk" ? "risks" : "audits";
    if (!(await writer.get(table, target.id))) throw notFound(`${target.type} ${target.id}`);
  }
  const targetId = target.type === "control" ? (getControl(target.id)?.id ?? target.id) : target.id;
  const existing = await writer.list("evidenceLinks", { evidenceId, targetType: target.type, targetId });
  if (existing.length === 0)
    await writer.insert("evidenceLinks", { evidenceId, targetType: target.type, targetId });
}

/**
 * Stores a file as evidence. The same content uploaded again in this organization is reported
 * through `duplicateOf` (and still recorded, since it may prove another period or control).
 */
export async function addFileEvidence(
  db: Kysely<Database>,
  blobs: BlobStore,
  orgId: string,
  actor: Actor,
  input: NewFileEvidence,
): Promise<{ evidence: Evidence; duplicateOf: string | undefined }> {
  const title = requireText(input.title, "title");
  // Content-addressed and idempotent: storing it before the transaction leaves, at worst, an
  // unreferenced file if the transaction fails.
  const blob = await blobs.put(input.data, input.mime ?? "application/octet-stream");
  return writeOrg(db, orgId, actor, async (writer) => {
    const same = await writer.list("evidence", { sha256: blob.sha256 });
    const evidence = await writer.insert("evidence", {
      key: await writer.nextKey("evidence", "E"),
      title,
      description: input.description ?? null,
      kind: "file",
      url: null,
      sha256: blob.sha256,
      size: blob.size,
      mime: blob.mime,
      filename: input.filename,
      collectedOn: input.collectedOn ?? null,
      effectiveFrom: input.effectiveFrom ?? null,
      effectiveTo: input.effectiveTo ?? null,
      reviewDueOn: input.reviewDueOn ?? null,
      owner: input.owner ?? null,
    });
    for (const link of input.links ?? []) await linkEvidence(writer, evidence.id, link);
    return { evidence, duplicateOf: same[0]?.key };
  });
}

/** Records a link (URL) as evidence. */
export async function addLinkEvidence(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: NewLinkEvidence,
): Promise<Evidence> {
  const title = requireText(input.title, "title");
  if (!/^https?:\/\//i.test(input.url))
    throw invalid("url must start with http:// or https://", [{ path: "url", message: "invalid URL" }]);
  return writeOrg(db, orgId, actor, async (writer) => {
    const evidence = await writer.insert("evidence", {
      key: await writer.nextKey("evidence", "E"),
      title,
      description: input.description ?? null,
      kind: "link",
      url: input.url,
      sha256: null,
      size: null,
      mime: null,
      filename: null,
      collectedOn: input.collectedOn ?? null,
      effectiveFrom: input.effectiveFrom ?? null,
      effectiveTo: input.effectiveTo ?? null,
      reviewDueOn: input.reviewDueOn ?? null,
      owner: input.owner ?? null,
    });
    for (const link of input.links ?? []) await linkEvidence(writer, evidence.id, link);
    return evidence;
  });
}

export interface EvidenceView {
  key: string;
  title: string;
  kind: string;
  url: string | null;
  filename: string | null;
  sha256: string | null;
  size: number | null;
  mime: string | null;
  collectedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  reviewDueOn: string | null;
  owner: string | null;
  freshness: Freshness;
  controls: string[];
  risks: string[];
  audits: string[];
}

export interface EvidenceFilter {
  theme?: Theme;
  attribute?: { name: AttributeName; value: string };
  freshness?: Freshness;
  controlId?: string;
}

/** Evidence with its links and freshness, filtered by the themes and attributes of the controls it proves. */
export async function listEvidence(
  db: Kysely<Database>,
  orgId: string,
  filter: EvidenceFilter = {},
  today = new Date().toISOString().slice(0, 10),
): Promise<EvidenceView[]> {
  const reader = new OrgReader(db, orgId);
  const [items, links, risks, audits] = await Promise.all([
    reader.list("evidence", {}, "key"),
    reader.list("evidenceLinks"),
    reader.list("risks"),
    reader.list("audits"),
  ]);
  const riskKey = new Map(risks.map((r) => [r.id, r.key]));
  const linksOf = Map.groupBy(links, (l) => l.evidenceId);
  const auditKey = new Map(audits.map((a) => [a.id, a.key]));
  const wanted =
    filter.theme || filter.attribute
      ? new Set(
          filterControls({
            ...(filter.theme && { theme: filter.theme }),
            ...(filter.attribute && { attribute: filter.attribute }),
          }).map((c) => c.id),
        )
      : undefined;
  const views = items.map((e): EvidenceView => {
    const mine = linksOf.get(e.id) ?? [];
    return {
      key: e.key,
      title: e.title,
      kind: e.kind,
      url: e.url,
      filename: e.filename,
      sha256: e.sha256,
      size: e.size,
      mime: e.mime,
      collectedOn: e.collectedOn,
      effectiveFrom: e.effectiveFrom,
      effectiveTo: e.effectiveTo,
      reviewDueOn: e.reviewDueOn,
      owner: e.owner,
      freshness: evidenceFreshness(e, today),
      controls: mine
        .filter((l) => l.targetType === "control")
        .map((l) => l.targetId)
        .sort(compareIds),
      risks: mine.filter((l) => l.targetType === "risk").map((l) => riskKey.get(l.targetId) ?? l.targetId),
      audits: mine.filter((l) => l.targetType === "audit").map((l) => auditKey.get(l.targetId) ?? l.targetId),
    };
  });
  const controlId = filter.controlId ? (getControl(filter.controlId)?.id ?? filter.controlId) : undefined;
  return views.filter(
    (v) =>
      (!wanted || v.controls.some((c) => wanted.has(c))) &&
      (!filter.freshness || v.freshness === filter.freshness) &&
      (!controlId || v.controls.includes(controlId)),
  );
}

/** Adds an implementation note to a control. */
export async function addImplementationNote(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: { controlId: string; body: string; author?: string | null },
) {
  const control = getControl(input.controlId);
  if (!control)
    throw invalid(`no Annex A control "${input.controlId}"`, [
      { path: "controlId", message: "unknown control" },
    ]);
  const body = requireText(input.body, "body");
  return writeOrg(db, orgId, actor, (w) =>
    w.insert("implementationNotes", { controlId: control.id, body, author: input.author ?? actor }),
  );
}

/** Implementation notes, filtered by the theme or attribute of their control. */
export async function listImplementationNotes(
  db: Kysely<Database>,
  orgId: string,
  filter: Omit<EvidenceFilter, "freshness"> = {},
) {
  const notes = await new OrgReader(db, orgId).list("implementationNotes", {}, "createdAt");
  const wanted =
    filter.theme || filter.attribute
      ? new Set(
          filterControls({
            ...(filter.theme && { theme: filter.theme }),
            ...(filter.attribute && { attribute: filter.attribute }),
          }).map((c) => c.id),
        )
      : undefined;
  return notes
    .filter(
      (n) =>
        (!wanted || wanted.has(n.controlId)) &&
        (!filter.controlId || n.controlId === getControl(filter.controlId)?.id),
    )
    .map(({ controlId, body, author, createdAt }) => ({ controlId, body, author, createdAt }));
}

export interface BlobCheck {
  key: string;
  title: string;
  sha256: string;
  status: "ok" | "missing" | "corrupted";
}

/**
 * Reads every evidence file of an organization back and checks it against its SHA-256: a changed
 * byte on disk or in the database shows as corrupted, a lost file as missing.
 */
export async function verifyEvidenceFiles(
  db: Kysely<Database>,
  blobs: BlobStore,
  orgId: string,
): Promise<BlobCheck[]> {
  const files = await new OrgReader(db, orgId).list("evidence", { kind: "file" });
  const checks: BlobCheck[] = [];
  for (const item of files) {
    const sha256 = item.sha256 ?? "";
    let status: BlobCheck["status"] = "ok";
    try {
      if (!(await blobs.get(sha256))) status = "missing";
    } catch {
      status = "corrupted";
    }
    checks.push({ key: item.key, title: item.title, sha256, status });
  }
  return checks.sort((a, b) => compareIds(a.key, b.key));
}
