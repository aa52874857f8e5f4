/**
 * Evidence: a file (stored content-addressed with SHA-256, size and MIME type) or a link, with the
 * dates that say what period it proves and when it must be reviewed, linked to controls, risks
 * and audits.
 */
import type { Kysely } from "kysely";
import { getControl } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { type Actor, type OrgRowOf, type OrgWriter, requireText, writeOrg } from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";
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
