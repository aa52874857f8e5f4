/**
 * Importing a framework: an OSCAL catalog (read as a stream, checked item by item) becomes a
 * framework of the installation with its groups and controls; the same catalog imported again
 * changes nothing, a changed one replaces the old items in one transaction; a malformed one is
 * refused with the JSON path of the error and nothing stored. A team's own mapping of a framework
 * onto ISO/IEC 27001:2022 is imported from CSV.
 */
import { createHash } from "node:crypto";
import { getClause, getControl } from "../../catalog/index.js";
import { nowIso } from "../../db/store.js";
import { DomainError, invalid } from "../../domain/errors.js";
import { parseCsvRecords } from "../../imports/table-file.js";
import type { Db } from "../scope.js";
import { loadFramework, NIST_PREFIX } from "./framework.registry.js";
import { CatalogError, type ParsedCatalog, readOscalCatalog } from "./oscal-catalog.js";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48) || "catalog";

/** The id a catalog is known by: NIST SP 800-53 Rev. 5 (and its baselines) by a fixed name, others by title. */
export function catalogId(catalog: ParsedCatalog["catalog"]): string {
  const t = catalog.title;
  if (/800-53/.test(t) && /(revision|rev\.?)\s*5/i.test(t)) {
    const baseline = /\b(low|moderate|high|privacy)\b/i.exec(t)?.[1]?.toLowerCase();
    return baseline ? `${NIST_PREFIX}-${baseline}` : NIST_PREFIX;
  }
  return slug(t);
}

export interface ImportResult {
  framework: { id: string; title: string; version: string };
  groups: number;
  controls: number;
  /** created, replaced (a changed catalog under the same id) or unchanged. */
  outcome: "created" | "replaced" | "unchanged";
}

/** Imports an OSCAL catalog from a stream (a file, an upload). */
export async function importCatalog(
  db: Db,
  actor: string,
  source: NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>,
  options: { id?: string | undefined } = {},
): Promise<ImportResult> {
  let parsed: ParsedCatalog;
  try {
    parsed = await readOscalCatalog(source);
  } catch (error) {
    if (error instanceof CatalogError)
      throw invalid(`not an OSCAL catalog this product can read: ${error.message}`, [
        { path: error.path, message: error.message.replace(`${error.path}: `, "") },
      ]);
    throw error;
  }
  const id = options.id ? slug(options.id) : catalogId(parsed.catalog);
  if (id.startsWith("nis2")) throw invalid(`"${id}" is the built-in NIS2 framework; choose another id`, []);
  const rows = parsed.items.map((item) => ({
    frameworkId: id,
    id: item.id,
    parent: item.parent,
    kind: item.kind,
    label: item.label,
    title: item.title,
    text: item.statement,
    assessable: item.kind === "control" && item.status !== "withdrawn" ? (1 as const) : (0 as const),
    depth: item.depth,
    sort: item.sort,
    details: JSON.stringify({
      class: item.class,
      status: item.status,
      params: item.params,
      props: item.props,
      guidance: item.guidance,
    }),
  }));
  const sha = createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  const framework = { id, title: parsed.catalog.title, version: parsed.catalog.version };
  const counts = { groups: parsed.groups, controls: parsed.controls };
  const existing = await db
    .selectFrom("frameworks")
    .select(["contentSha256"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (existing?.contentSha256 === sha) return { framework, ...counts, outcome: "unchanged" };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("frameworkItems").where("frameworkId", "=", id).execute();
    const values = {
      title: framework.title,
      version: framework.version,
      oscalVersion: parsed.catalog.oscalVersion,
      uuid: parsed.catalog.uuid,
      source: `OSCAL catalog ${parsed.catalog.uuid}${parsed.catalog.lastModified ? `, last modified ${parsed.catalog.lastModified}` : ""}`,
      contentSha256: sha,
      groups: counts.groups,
      controls: counts.controls,
      importedAt: nowIso(),
      importedBy: actor,
    };
    await trx
      .insertInto("frameworks")
      .values({ id, ...values })
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .execute();
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto("frameworkItems")
        .values(rows.slice(i, i + 200))
        .execute();
  });
  return { framework, ...counts, outcome: existing ? "replaced" : "created" };
}

const ISO_REF = (text: string): string | null => {
  const t = text.trim().replace(/^A\.?\s*/i, "");
  const clause = /^(?:clause[:\s]*)(\d+(?:\.\d+)*)$/i.exec(t);
  if (clause?.[1]) return getClause(clause[1]) ? `clause:${clause[1]}` : null;
  return getControl(t) ? t : null;
};

/**
 * A team's mapping from CSV: one row per pair (source id, target ISO reference, relationship),
 * header optional. Every row is checked before anything is stored; a second import under the same
 * title replaces the first.
 */
export async function importMapping(
  db: Db,
  actor: string,
  wanted: string,
  csv: string,
  about: { title?: string | undefined; source?: string | undefined; licence?: string | undefined } = {},
) {
  const framework = await loadFramework(db, wanted);
  const known = new Set(framework.items.map((i) => i.id));
  const rows = parseCsvRecords(csv);
  const issues: { path: string; message: string }[] = [];
  const pairs: { itemId: string; isoRef: string; relationship: string }[] = [];
  rows.forEach(({ line: number, cells }, index) => {
    const [from = "", to = "", relationship = ""] = cells.map((c) => c.trim());
    if (index === 0 && /source|from|id/i.test(from) && !known.has(from)) return;
    if (!from && !to) return;
    const line = `line ${number}`;
    const ref = ISO_REF(to);
    if (!known.has(from))
      issues.push({ path: line, message: `${from || "(empty)"} is not a requirement of ${framework.id}` });
    else if (!ref)
      issues.push({
        path: line,
        message: `${to || "(empty)"} is not an ISO/IEC 27001:2022 clause or Annex A control`,
      });
    else pairs.push({ itemId: from, isoRef: ref, relationship: relationship || "related" });
  });
  if (issues.length > 0)
    throw invalid(
      `the mapping was not imported: ${issues.length} rows need fixing (${issues[0]?.path}: ${issues[0]?.message})`,
      issues,
    );
  if (pairs.length === 0)
    throw new DomainError("VALIDATION", "the file holds no pairs (source id, ISO reference, relationship)");
  const title = about.title?.trim() || `Mapping of ${framework.title}`;
  const setId = `${framework.id}:${slug(title)}`;
  const unique = [...new Map(pairs.map((p) => [`${p.itemId}|${p.isoRef}`, p])).values()];
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("mappingSets").where("id", "=", setId).execute();
    await trx
      .insertInto("mappingSets")
      .values({
        id: setId,
        frameworkId: framework.id,
        title,
        source: about.source?.trim() || "imported by a team",
        licence: about.licence?.trim() || null,
        pairs: unique.length,
        importedAt: nowIso(),
        importedBy: actor,
      })
      .execute();
    for (let i = 0; i < unique.length; i += 300)
      await trx
        .insertInto("frameworkMappings")
        .values(unique.slice(i, i + 300).map((p) => ({ setId, ...p })))
        .execute();
  });
  return { framework: framework.id, mapping: { id: setId, title }, pairs: unique.length };
}
