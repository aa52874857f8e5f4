/**
 * The frameworks of the installation beside ISO/IEC 27001:2022: NIS2 built in (shipped as data with
 * ENISA's mapping), catalogs imported from OSCAL (NIST SP 800-53, to which NIST's own mapping then
 * applies), and mappings a team imports. Each mapping keeps its source, relationship and licence, and
 * every view and export that uses one carries its attribution.
 */

import { NIS2 } from "../../catalog/frameworks/nis2.data.js";
import { NIST_800_53 } from "../../catalog/frameworks/nist-800-53.data.js";
import type { MappingFacts } from "../../catalog/frameworks/types.js";
import { DomainError } from "../../domain/errors.js";
import type { Db } from "../scope.js";

export interface FrameworkItem {
  id: string;
  parent: string | null;
  /** section and requirement (built-in regulations), group and control (OSCAL catalogs). */
  kind: "section" | "requirement" | "group" | "control";
  label: string | null;
  title: string | null;
  text: string | null;
  assessable: boolean;
  depth: number;
}

export interface MappingSource {
  id: string;
  title: string;
  source: string;
  licence: string | null;
  relationship: string;
  builtIn: boolean;
  /** The words the licence asks to show wherever the mapping is used. */
  attribution: string;
}

export interface FrameworkSummary {
  id: string;
  title: string;
  version: string;
  kind: "built-in" | "imported";
  source: string;
  licence: string | null;
  /** Sections or groups, and the requirements or controls a team assesses. */
  groups: number;
  requirements: number;
  mappings: MappingSource[];
  /** Every attribution to show with this framework's coverage (its own and its mappings'). */
  attribution: string[];
}

export interface LoadedFramework extends FrameworkSummary {
  items: FrameworkItem[];
  pairs: { itemId: string; isoRef: string; setId: string }[];
}

export const NIS2_ID = NIS2.framework.id;
/** Imported catalogs whose ids start so take NIST's SP 800-53 Rev. 5 mapping. */
export const NIST_PREFIX = "nist-sp-800-53r5";

const CC_BY = "https://creativecommons.org/licenses/by/4.0/";

function builtInMapping(id: string, title: string, facts: MappingFacts): MappingSource {
  const licence = facts.licence.includes("CC BY 4.0") ? `${facts.licence} Licence: ${CC_BY}` : facts.licence;
  return {
    id,
    title,
    source: facts.source,
    licence,
    relationship: facts.relationship,
    builtIn: true,
    attribution: `Mapping to ISO/IEC 27001:2022: ${facts.source}. ${licence}`,
  };
}

const ENISA = builtInMapping(
  "enisa-nis2-iso27001",
  "ENISA mapping of NIS2 to ISO/IEC 27001:2022",
  NIS2.mapping,
);
const NIST_OLIR = builtInMapping(
  "nist-olir-800-53r5-iso27001",
  "NIST mapping of SP 800-53 Rev. 5 to ISO/IEC 27001:2022",
  NIST_800_53.mapping,
);

function nis2(): LoadedFramework {
  const items: FrameworkItem[] = NIS2.rows.map(([id, parent, depth, title, text, assessable]) => ({
    id,
    parent,
    kind: assessable ? "requirement" : "section",
    label: id,
    title,
    text,
    assessable: assessable === 1,
    depth,
  }));
  return {
    id: NIS2_ID,
    title: NIS2.framework.title,
    version: "2024/2690",
    kind: "built-in",
    source: NIS2.framework.source,
    licence: NIS2.framework.licence,
    groups: items.filter((i) => !i.assessable).length,
    requirements: items.filter((i) => i.assessable).length,
    mappings: [ENISA],
    attribution: [`${NIS2.framework.source}. ${NIS2.framework.licence}.`, ENISA.attribution],
    items,
    pairs: NIS2.pairs.map(([itemId, isoRef]) => ({ itemId, isoRef, setId: ENISA.id })),
  };
}

async function importedSets(db: Db, frameworkId: string) {
  const sets = await db
    .selectFrom("mappingSets")
    .selectAll()
    .where("frameworkId", "=", frameworkId)
    .execute();
  return sets.map(
    (s): MappingSource => ({
      id: s.id,
      title: s.title,
      source: s.source,
      licence: s.licence,
      relationship: "as imported",
      builtIn: false,
      attribution: `Mapping to ISO/IEC 27001:2022: ${s.source}${s.licence ? `. ${s.licence}` : ""}`,
    }),
  );
}

async function summaries(db: Db): Promise<FrameworkSummary[]> {
  const { items: _i, pairs: _p, ...builtIn } = nis2();
  const imported = await db.selectFrom("frameworks").selectAll().orderBy("id").execute();
  const out: FrameworkSummary[] = [
    { ...builtIn, mappings: [...builtIn.mappings, ...(await importedSets(db, NIS2_ID))] },
  ];
  for (const f of imported) {
    const mappings = [
      ...(f.id.startsWith(NIST_PREFIX) ? [NIST_OLIR] : []),
      ...(await importedSets(db, f.id)),
    ];
    out.push({
      id: f.id,
      title: f.title,
      version: f.version,
      kind: "imported",
      source: f.source,
      licence: null,
      groups: f.groups,
      requirements: f.controls,
      mappings,
      attribution: [
        `Catalog: ${f.title}, version ${f.version} (${f.source}).`,
        ...mappings.map((m) => m.attribution),
      ],
    });
  }
  return out;
}

export const listFrameworks = summaries;

/** The id a person typed ("nis2", "nist", "800-53" or an exact id) as a framework of the installation. */
export async function resolveFrameworkId(db: Db, wanted: string): Promise<string> {
  const all = await summaries(db);
  const w = wanted.trim().toLowerCase();
  const exact = all.find((f) => f.id === w);
  if (exact) return exact.id;
  const alias =
    w === "nis2"
      ? [NIS2_ID]
      : /^(nist|800-53|sp800-53|nist-800-53)$/.test(w)
        ? all.filter((f) => f.id.startsWith(NIST_PREFIX)).map((f) => f.id)
        : all.filter((f) => f.id.startsWith(w)).map((f) => f.id);
  if (alias.length === 1 && alias[0]) return alias[0];
  const known = all.map((f) => f.id).join(", ");
  if (alias.length > 1)
    throw new DomainError("VALIDATION", `"${wanted}" could be ${alias.join(" or ")}; name one`);
  const hint = /nist|800-53/.test(w)
    ? " (import NIST's SP 800-53 catalog first: isms framework import FILE)"
    : "";
  throw new DomainError("NOT_FOUND", `no framework "${wanted}"${hint}; there are: ${known}`);
}

/** A framework with its items and every mapping pair that applies to it. */
export async function loadFramework(db: Db, wanted: string): Promise<LoadedFramework> {
  const id = await resolveFrameworkId(db, wanted);
  const summary = (await summaries(db)).find((f) => f.id === id) as FrameworkSummary;
  const base = id === NIS2_ID ? nis2() : undefined;
  const items =
    base?.items ??
    (
      await db
        .selectFrom("frameworkItems")
        .selectAll()
        .where("frameworkId", "=", id)
        .orderBy("sort")
        .execute()
    ).map(
      (r): FrameworkItem => ({
        id: r.id,
        parent: r.parent,
        kind: r.kind === "group" ? "group" : "control",
        label: r.label,
        title: r.title,
        text: r.text,
        assessable: r.assessable === 1,
        depth: r.depth,
      }),
    );
  const pairs = [...(base?.pairs ?? [])];
  if (id.startsWith(NIST_PREFIX))
    pairs.push(...NIST_800_53.pairs.map(([itemId, isoRef]) => ({ itemId, isoRef, setId: NIST_OLIR.id })));
  const own = await db
    .selectFrom("frameworkMappings")
    .innerJoin("mappingSets", "mappingSets.id", "frameworkMappings.setId")
    .select(["frameworkMappings.itemId", "frameworkMappings.isoRef", "frameworkMappings.setId"])
    .where("mappingSets.frameworkId", "=", id)
    .execute();
  pairs.push(...own);
  return { ...summary, items, pairs };
}
