/**
 * The auditor evidence pack: one ZIP with the SoA, the risk register and treatment plan, every
 * evidence file effective in the period, and a manifest (path, SHA-256, size, control links,
 * effective dates) that `verifyPack` checks file by file.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { type Actor, OrgReader } from "../db/store.js";
import { invalid } from "../domain/errors.js";
import type { BlobStore } from "../modules/evidence/blob-store.js";
import { listEvidence } from "../modules/evidence/evidence.service.js";
import { buildReport, recordProducedFile, renderDocument, sha256 } from "./export.service.js";

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
  kind: "document" | "evidence";
  evidenceKey?: string;
  title?: string;
  controls?: string[];
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

export interface Manifest {
  format: "isms-copilot-evidence-pack";
  formatVersion: 1;
  organization: string;
  period: { from: string | null; to: string | null };
  generatedAt: string;
  files: ManifestEntry[];
}

/** "2026-01-01..2026-06-30", either side optional. */
export function parsePeriod(text: string | undefined): { from: string | null; to: string | null } {
  if (!text) return { from: null, to: null };
  const match = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(text.trim());
  if (!match)
    throw invalid(
      `--period takes FROM..TO as YYYY-MM-DD..YYYY-MM-DD (either side may be empty), not "${text}"`,
    );
  return { from: match[1] ?? null, to: match[2] ?? null };
}

/** Evidence proves the period when its effective dates overlap it (undated evidence is included). */
const overlaps = (
  e: { effectiveFrom: string | null; effectiveTo: string | null },
  p: { from: string | null; to: string | null },
) =>
  (!p.to || !e.effectiveFrom || e.effectiveFrom <= p.to) &&
  (!p.from || !e.effectiveTo || e.effectiveTo >= p.from);

const safeName = (text: string) => text.replace(/[^\w.\- ]+/g, "_").slice(0, 80);

export async function buildEvidencePack(
  db: Kysely<Database>,
  blobs: BlobStore,
  orgId: string,
  actor: Actor,
  periodText?: string,
) {
  const period = parsePeriod(periodText);
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  const files: ManifestEntry[] = [];
  const add = (path: string, data: Uint8Array, extra: Omit<ManifestEntry, "path" | "sha256" | "size">) => {
    zip.file(path, data);
    files.push({ path, sha256: sha256(data), size: data.byteLength, ...extra });
  };
  for (const [report, format] of [
    ["soa", "xlsx"],
    ["soa", "pdf"],
    ["risks", "xlsx"],
    ["rtp", "xlsx"],
    ["readiness", "pdf"],
  ] as const) {
    const doc = await buildReport(db, orgId, report);
    add(`documents/${report}.${format}`, await renderDocument(doc, format), {
      kind: "document",
      title: `${doc.title} (${doc.version}, document ${doc.documentId})`,
    });
  }
  for (const item of await listEvidence(db, orgId)) {
    if (item.kind !== "file" || !item.sha256 || !overlaps(item, period)) continue;
    const data = await blobs.get(item.sha256);
    if (!data) throw invalid(`evidence file ${item.key} is missing from the file store`);
    add(`evidence/${item.key}-${safeName(item.filename ?? "file")}`, data, {
      kind: "evidence",
      evidenceKey: item.key,
      title: item.title,
      controls: item.controls,
      effectiveFrom: item.effectiveFrom,
      effectiveTo: item.effectiveTo,
    });
  }
  const org = await db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", orgId)
    .executeTakeFirstOrThrow();
  const manifest: Manifest = {
    format: "isms-copilot-evidence-pack",
    formatVersion: 1,
    organization: org.name,
    period,
    generatedAt: new Date().toISOString(),
    files,
  };
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const versions = await new OrgReader(db, orgId).list("soaVersions", {}, "number");
  const record = await recordProducedFile(
    db,
    orgId,
    actor,
    "evidence-pack",
    data,
    versions.at(-1) ? `SoA v${versions.at(-1)?.number}` : "no approved SoA",
  );
  return { data, manifest, record };
}

export interface PackVerdict {
  ok: boolean;
  files: number;
  problems: string[];
}

/** Checks every file of a pack against its manifest: present, same size, same SHA-256, nothing extra. */
export async function verifyPack(data: Uint8Array): Promise<PackVerdict> {
  const { default: JSZip } = await import("jszip");
  let zip: import("jszip");
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return { ok: false, files: 0, problems: ["not a ZIP file"] };
  }
  const manifestText = await zip.file("manifest.json")?.async("string");
  if (!manifestText) return { ok: false, files: 0, problems: ["no manifest.json"] };
  const manifest = JSON.parse(manifestText) as Manifest;
  const problems: string[] = [];
  for (const entry of manifest.files) {
    const file = zip.file(entry.path);
    if (!file) {
      problems.push(`${entry.path} is missing`);
      continue;
    }
    const content = await file.async("uint8array");
    if (content.byteLength !== entry.size || sha256(content) !== entry.sha256)
      problems.push(`${entry.path} does not match its SHA-256`);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), "manifest.json"]);
  zip.forEach((path, file) => {
    if (!file.dir && !listed.has(path)) problems.push(`${path} is not in the manifest`);
  });
  return { ok: problems.length === 0, files: manifest.files.length, problems };
}
