/**
 * Builds a report as a document model, renders it, and records the file's SHA-256 in the
 * organization's audit trail so that `isms verify-export` can later say whether a file is one the
 * system produced, and for which SoA version.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { type Actor, OrgReader, writeOrg } from "../db/store.js";
import { invalid } from "../domain/errors.js";
import { uuidv7 } from "../domain/ids.js";
import { type Approval, type DocumentModel, type Format, fileNameOf, type Section } from "./document.js";
import type { DocumentContext } from "./documents/context.js";
import { POLICY_REPORTS, REPORTS, type Report, TITLES } from "./reports.js";

export { ORGANIZATION_REPORTS, POLICY_REPORTS, REPORTS, type Report } from "./reports.js";

/**
 * What a caller may add to a report's name: an approved SoA version, or for a policy report the
 * policy's key (documents.key, e.g. "POL-001") and one of its version numbers.
 */
export interface ExportOptions {
  soaVersion?: number;
  policy?: string;
  policyVersion?: number;
  /** For the coverage report: the framework (default NIS2). */
  framework?: string;
}

/** What a report's builder gives: its sections and, for a versioned report, the version shown. */
interface Built {
  sections: Section[];
  /** A title of its own (a policy's), instead of the report's. */
  title?: string;
  version?: string;
  fileTag?: string;
  approval?: Approval;
  draft?: string;
  lastApproval?: string;
  contentHash?: string;
}

async function buildSections(
  db: Kysely<Database>,
  report: Report,
  ctx: DocumentContext,
  options: ExportOptions,
): Promise<Built> {
  const docs = await import("./documents/registers.document.js");
  switch (report) {
    case "soa":
      return (await import("./documents/soa.document.js")).soaSections(db, ctx, options.soaVersion);
    case "risks":
      return { sections: await docs.riskRegisterSections(db, ctx) };
    case "rtp":
      return { sections: await docs.treatmentPlanSections(db, ctx) };
    case "methodology":
      return (await import("./documents/methodology.document.js")).methodologySections(db, ctx);
    case "assets":
      return { sections: await docs.assetSections(db, ctx) };
    case "audit":
      return { sections: await (await import("./documents/management.document.js")).auditSections(db, ctx) };
    case "review":
      return { sections: await (await import("./documents/management.document.js")).reviewSections(db, ctx) };
    case "readiness":
      return { sections: await docs.readinessSections(db, ctx) };
    case "suppliers":
    case "incidents":
    case "requirements":
      return {
        sections: await (await import("./documents/operations.document.js")).operationSections(
          db,
          ctx,
          report,
        ),
      };
    case "coverage":
      return (await import("./documents/coverage.document.js")).coverageSections(db, ctx, options.framework);
    case "policy":
      return (await import("./documents/policy.document.js")).policySections(db, ctx, options);
    case "policy-acks":
      return (await import("./documents/policy-acks.document.js")).policyAckSections(db, ctx, options);
  }
}

/** The document model of a report for an organization. */
export async function buildReport(
  db: Kysely<Database>,
  orgId: string,
  report: Report,
  options: ExportOptions = {},
): Promise<DocumentModel> {
  if (!(REPORTS as readonly string[]).includes(report))
    throw invalid(`unknown report "${report}"; use ${REPORTS.join(", ")}`);
  const forPolicy = POLICY_REPORTS.includes(report);
  if (options.soaVersion !== undefined && report !== "soa")
    throw invalid(
      `only the SoA and policies have versions; leave the version out for the ${TITLES[report].toLowerCase()}`,
    );
  if (options.framework !== undefined && report !== "coverage")
    throw invalid(
      `only the coverage report names a framework; leave it out for the ${TITLES[report].toLowerCase()}`,
    );
  if (!forPolicy && (options.policy !== undefined || options.policyVersion !== undefined))
    throw invalid(
      `only a policy report names a policy; leave it out for the ${TITLES[report].toLowerCase()}`,
    );
  const reader = new OrgReader(db, orgId);
  const org = await db
    .selectFrom("organizations")
    .select(["name", "slug"])
    .where("id", "=", orgId)
    .executeTakeFirstOrThrow();
  const [scope] = await reader.list("scopes");
  const ctx: DocumentContext = { orgId, organization: org.name, scope: scope?.statement };
  const built: Built = await buildSections(db, report, ctx, options);
  const generatedAt = new Date().toISOString();
  return {
    kind: report,
    title: built.title ?? TITLES[report],
    organization: org.name,
    slug: org.slug,
    ...(scope && { scope: scope.statement }),
    version: built.version ?? `As of ${generatedAt.slice(0, 10)}`,
    ...(built.fileTag && { fileTag: built.fileTag }),
    ...(built.approval && { approval: built.approval }),
    ...(built.draft && { draft: built.draft }),
    ...(built.lastApproval && { lastApproval: built.lastApproval }),
    classification: "Confidential",
    documentId: uuidv7(),
    generatedAt,
    contentHash: built.contentHash ?? sha256(Buffer.from(JSON.stringify(built.sections))),
    sections: built.sections,
  };
}

export async function renderDocument(doc: DocumentModel, format: Format): Promise<Buffer> {
  switch (format) {
    case "xlsx":
      return (await import("./render/xlsx.js")).renderXlsx(doc);
    case "docx":
      return (await import("./render/docx.js")).renderDocx(doc);
    case "pdf":
      return (await import("./render/pdf.js")).renderPdf(doc);
    case "csv":
      return (await import("./render/csv.js")).renderCsv(doc);
  }
}

export const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The report's model and bytes. On SQLite both are made in a pool thread with its own connection
 * (export.thread.ts), so reading and shaping a large register does not hold the event loop; the
 * model comes back without its sections. Elsewhere the model is built here and drawn in a thread.
 */
async function buildAndRender(
  db: Kysely<Database>,
  orgId: string,
  report: Report,
  format: Format,
  options: ExportOptions,
): Promise<{ doc: DocumentModel; data: Buffer }> {
  const { sqliteFile } = await import("../workers/sqlite-checkpoint.js");
  const dbFile = await sqliteFile(db);
  if (!dbFile) {
    const doc = await buildReport(db, orgId, report, options);
    return { doc, data: await renderDocument(doc, format) };
  }
  // buildReport checks the report's name and version in the thread; its error comes back as is.
  const { runInWorker } = await import("../workers/pool.js");
  const { doc, data } = await runInWorker("exportDocument", { dbFile, orgId, report, format, options });
  return { doc, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
}

/** Builds, renders and records an export; returns the bytes and what was recorded. */
export async function exportReport(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  report: Report,
  format: Format,
  options: ExportOptions = {},
) {
  const { doc, data } = await buildAndRender(db, orgId, report, format, options);
  const record = {
    report,
    format,
    sha256: sha256(data),
    size: data.byteLength,
    version: doc.version,
    generatedAt: doc.generatedAt,
  };
  await writeOrg(db, orgId, actor, (w) => w.record("exports", doc.documentId, "export", record));
  return { data, doc, record, fileName: fileNameOf(doc, format) };
}

/** Records any other produced file (OSCAL documents, evidence packs) the same way. */
export async function recordProducedFile(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  kind: string,
  data: Uint8Array,
  version: string,
) {
  const documentId = uuidv7();
  const record = {
    report: kind,
    format: "json",
    sha256: sha256(data),
    size: data.byteLength,
    version,
    generatedAt: new Date().toISOString(),
  };
  await writeOrg(db, orgId, actor, (w) => w.record("exports", documentId, "export", record));
  return { documentId, ...record };
}

export interface ExportVerdict {
  ok: boolean;
  documentId?: string;
  organization?: string;
  report?: string;
  format?: string;
  version?: string;
  generatedAt?: string;
  sha256: string;
}

/**
 * Whether a file is byte for byte one this installation produced (found by its hash in the audit
 * trail). With `memberOf`, only the files of organizations that user belongs to are found: a file
 * of any other organization gets the same answer as an unknown file, naming no organization.
 */
export async function verifyExport(
  db: Kysely<Database>,
  data: Uint8Array,
  options: { memberOf?: string } = {},
): Promise<ExportVerdict> {
  const hash = sha256(data);
  let query = db
    .selectFrom("auditEvents")
    .select(["entityId", "orgId", "changes"])
    .where("entityType", "=", "exports");
  if (options.memberOf !== undefined) {
    const userId = options.memberOf;
    query = query.where(
      "chainId",
      "in",
      db.selectFrom("memberships").select("orgId").where("userId", "=", userId),
    );
  }
  const events = await query.execute();
  for (const event of events) {
    const record = JSON.parse(event.changes) as {
      sha256?: string;
      report?: string;
      format?: string;
      version?: string;
      generatedAt?: string;
    };
    if (record.sha256 !== hash) continue;
    const org = event.orgId
      ? await db.selectFrom("organizations").select("name").where("id", "=", event.orgId).executeTakeFirst()
      : undefined;
    return {
      ok: true,
      documentId: event.entityId,
      ...(org && { organization: org.name }),
      ...(record.report && { report: record.report }),
      ...(record.format && { format: record.format }),
      ...(record.version && { version: record.version }),
      ...(record.generatedAt && { generatedAt: record.generatedAt }),
      sha256: hash,
    };
  }
  return { ok: false, sha256: hash };
}
