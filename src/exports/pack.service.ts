/**
 * The auditor evidence pack: one ZIP with the SoA, the risk register and treatment plan, every
 * evidence file effective in the period, and a manifest (path, SHA-256, size, control links,
 * effective dates) that `verifyPack` checks file by file.
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.js";
import { type Actor, OrgReader } from "../db/store.js";
import { DomainError, invalid } from "../domain/errors.js";
import {
  type ArchiveLimits,
  type LimitedArchive,
  MiB,
  NOT_A_ZIP,
  openArchive,
} from "../imports/archive-limits.js";
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
      `the period is FROM..TO as YYYY-MM-DD..YYYY-MM-DD (either side may be empty), not "${text}"`,
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

/**
 * What a pack may hold when it is verified. Evidence files are mostly compressed already (PDF,
 * images, office files), so a real pack inflates to a few times its size; a pack may inflate to
 * 64 MB, or to 50 times its own size when that is more, and never beyond 1 GB.
 */
export function packLimits(packBytes: number): ArchiveLimits {
  const maxTotalBytes = Math.min(1024 * MiB, Math.max(64 * MiB, 50 * packBytes));
  return { maxEntries: 20_000, maxEntryBytes: maxTotalBytes, maxTotalBytes };
}

const MAX_MANIFEST_BYTES = 16 * MiB;

const ZManifest = z.object({
  format: z.literal("isms-copilot-evidence-pack"),
  formatVersion: z.literal(1),
  organization: z.string(),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  generatedAt: z.string(),
  files: z
    .array(
      z.object({
        path: z.string().min(1).max(1000),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in 64 lower-case hex digits"),
        size: z.number().int().min(0),
        kind: z.enum(["document", "evidence"]),
      }),
    )
    .max(20_000)
    .refine((files) => new Set(files.map((f) => f.path)).size === files.length, "names a file twice"),
});

/** The pack's manifest, validated; a manifest that is not one is refused naming what is wrong. */
function parseManifest(text: string): z.infer<typeof ZManifest> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid("the pack's manifest.json is not JSON", [{ path: "manifest", message: "not JSON" }]);
  }
  const parsed = ZManifest.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
    path: ["manifest", ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  throw invalid(
    `the pack's manifest.json is not a valid manifest: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}

/**
 * Checks every file of a pack against its manifest: present, same size, same SHA-256, nothing
 * extra. Files are inflated one chunk at a time within `packLimits`, hashed and not kept; a pack
 * beyond the limits, or with a manifest that is not one, is refused (VALIDATION).
 */
export async function verifyPack(data: Uint8Array): Promise<PackVerdict> {
  let archive: LimitedArchive;
  try {
    archive = await openArchive(data, packLimits(data.byteLength), "the evidence pack");
  } catch (error) {
    if (error instanceof DomainError && error.message.includes(NOT_A_ZIP))
      return { ok: false, files: 0, problems: ["not a ZIP file"] };
    throw error;
  }
  if (!archive.has("manifest.json")) return { ok: false, files: 0, problems: ["no manifest.json"] };
  const manifest = parseManifest(await archive.text("manifest.json", MAX_MANIFEST_BYTES));
  const problems: string[] = [];
  for (const entry of manifest.files) {
    if (!archive.has(entry.path)) {
      problems.push(`${entry.path} is missing`);
      continue;
    }
    const content = await archive.digest(entry.path);
    if (content.size !== entry.size || content.sha256 !== entry.sha256)
      problems.push(`${entry.path} does not match its SHA-256`);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), "manifest.json"]);
  for (const path of archive.names) if (!listed.has(path)) problems.push(`${path} is not in the manifest`);
  return { ok: problems.length === 0, files: manifest.files.length, problems };
}
