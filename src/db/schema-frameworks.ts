/** Row types of frameworks beyond ISO: imported catalogs, imported mappings, coverage notes. */
import type { OrgRow } from "./schema.js";

/** A catalog imported from OSCAL. */
export interface FrameworkTable {
  id: string;
  title: string;
  version: string;
  oscalVersion: string | null;
  uuid: string | null;
  source: string;
  /** SHA-256 of the catalog's items: the same catalog imported again changes nothing. */
  contentSha256: string;
  groups: number;
  controls: number;
  importedAt: string;
  importedBy: string;
}

export interface FrameworkItemTable {
  frameworkId: string;
  id: string;
  parent: string | null;
  /** group | control */
  kind: string;
  label: string | null;
  title: string | null;
  text: string | null;
  assessable: 0 | 1;
  depth: number;
  sort: number;
  /** JSON: class, status, parameters, properties, guidance. */
  details: string;
}

/** A team's own mapping of a framework onto ISO/IEC 27001:2022, imported from CSV. */
export interface MappingSetTable {
  id: string;
  frameworkId: string;
  title: string;
  source: string;
  licence: string | null;
  pairs: number;
  importedAt: string;
  importedBy: string;
}

export interface FrameworkMappingTable {
  setId: string;
  itemId: string;
  /** "5.1" for an Annex A control, "clause:6.1.2" for a clause. */
  isoRef: string;
  relationship: string;
}

/** What an organization does about one requirement beyond ISO: an owner and a note. */
export interface CoverageNoteTable extends OrgRow {
  frameworkId: string;
  requirementId: string;
  owner: string | null;
  note: string | null;
}
