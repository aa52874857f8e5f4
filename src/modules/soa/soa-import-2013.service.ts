/**
 * Moves an SoA written for ISO/IEC 27001:2013 (114 controls, A.x.y.z) onto the 93 controls of 2022
 * through the ISO/IEC 27002:2022 Annex B mapping. Decisions, justifications, statuses and notes are
 * carried; merged controls whose old decisions disagree and the 11 new controls are reported for a
 * person to resolve. A decision already made in 2022 terms is never overwritten without `force`.
 */
import { CONTROLS } from "../../catalog/index.js";
import { invalid } from "../../domain/errors.js";
import { compareIds } from "../../domain/ids.js";
import type { SoaStatus } from "../../domain/soa.js";
import type { UnknownValue, ValueMap } from "../risks/risk-import.values.js";
import type { OrgScope } from "../scope.js";
import { type Field, type OldDecision, readOldDecisions, SOA_2013_FIELDS } from "./soa-import-2013.read.js";

export { SOA_2013_FIELDS } from "./soa-import-2013.read.js";

export interface Soa2013Report {
  carried: number;
  conflicts: { controlId: string; from: string[]; detail: string }[];
  undecided: string[];
  /** 2022 controls left as they were because they already had a 2022 decision. */
  keptExisting: string[];
  errors: { line: number; column: string; message: string }[];
  /** Row number of the header in the file, found from the column names or chosen. */
  headerRow: number;
  /** Rows that are not controls' decisions: notes below the table. */
  skippedRows: { line: number; reason: string }[];
  /** Applicability and status values the import could not place, with the allowed values. */
  unknownValues: UnknownValue[];
}

export interface Soa2013Options {
  force?: boolean;
  dryRun?: boolean;
  map?: Record<string, string>;
  /** The header's row number; found from the column names when left out. */
  headerRow?: number;
  /** Column -> value in the file -> value to use ("Partly" -> "partial", "TBC" -> "no"). */
  valueMap?: ValueMap;
}

const ORDER: SoaStatus[] = ["not_started", "planned", "partial", "implemented"];

interface Merged {
  applicable: boolean | null;
  justification: string;
  status: SoaStatus;
  notes: string;
  owner: string | null;
  from: string[];
  conflict?: string;
}

/** Combines the old decisions that map onto one 2022 control. */
function merge(sources: readonly OldDecision[]): Merged {
  const from = sources.map((s) => s.id);
  const join = (pick: (s: OldDecision) => string) => {
    const texts = sources
      .filter((s) => pick(s))
      .map((s) => (sources.length > 1 ? `${s.id}: ${pick(s)}` : pick(s)));
    return texts.join("\n");
  };
  const decided = sources.filter((s) => s.applicable !== null);
  const values = new Set(decided.map((s) => s.applicable));
  const owners = [...new Set(sources.map((s) => s.owner).filter(Boolean))];
  const statuses = sources
    .map((s) => s.status)
    .filter((s): s is SoaStatus => s !== null && s !== "not_applicable");
  const least = statuses.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0];
  const merged: Merged = {
    applicable: values.size === 1 ? (decided[0]?.applicable ?? null) : null,
    justification: join((s) => s.justification),
    status:
      values.size === 1 && decided[0]?.applicable === false ? "not_applicable" : (least ?? "not_started"),
    notes: join((s) => s.notes),
    owner: owners.length === 1 ? (owners[0] ?? null) : null,
    from,
  };
  if (values.size > 1) {
    const describe = decided.map((s) => `${s.id} ${s.applicable ? "applicable" : "excluded"}`).join(", ");
    merged.conflict = `the 2013 controls disagree (${describe}); decide this control again`;
  } else if (new Set(statuses).size > 1) {
    merged.conflict = `statuses differ (${sources.map((s) => `${s.id} ${s.status ?? "none"}`).join(", ")}); carried the least advanced, ${least}`;
  }
  return merged;
}

export async function importSoa2013(
  scope: OrgScope,
  file: string,
  options: Soa2013Options = {},
): Promise<Soa2013Report> {
  const map: Record<string, Field> = {};
  for (const [column, field] of Object.entries(options.map ?? {})) {
    if (!Object.hasOwn(SOA_2013_FIELDS, field))
      throw invalid(
        `column mapping: "${field}" is not a field; use ${Object.keys(SOA_2013_FIELDS).join(", ")}`,
        [{ path: "map", message: `"${field}" is not a field` }],
      );
    map[column] = field as Field;
  }
  const { decisions, errors, ...read } = await readOldDecisions(file, map, options);
  const report: Soa2013Report = {
    carried: 0,
    conflicts: [],
    undecided: [],
    keptExisting: [],
    errors,
    ...read,
  };
  if (errors.length) return report;
  const byOld = new Map(decisions.map((d) => [d.id, d]));

  await scope
    .write(async (w) => {
      const entries = new Map((await w.list("soaEntries")).map((e) => [e.controlId, e]));
      for (const control of CONTROLS) {
        const entry = entries.get(control.id);
        if (!entry) continue;
        const sources = control.iso27001_2013
          .map((id) => byOld.get(id))
          .filter((d): d is OldDecision => d !== undefined);
        if (sources.length === 0) {
          if (entry.applicable === null) report.undecided.push(control.id);
          continue;
        }
        const merged = merge(sources);
        if (merged.conflict)
          report.conflicts.push({ controlId: control.id, from: merged.from, detail: merged.conflict });
        if (merged.applicable === null) {
          if (entry.applicable === null) report.undecided.push(control.id);
          continue;
        }
        if (entry.applicable !== null && !options.force) {
          report.keptExisting.push(control.id);
          continue;
        }
        await w.update("soaEntries", entry.id, entry.version, {
          applicable: merged.applicable ? 1 : 0,
          justification: merged.justification || entry.justification,
          status: merged.status,
          notes: merged.notes
            ? `Carried from ISO/IEC 27001:2013 ${merged.from.join(", ")}:\n${merged.notes}`
            : entry.notes,
          ...(merged.owner && { owner: merged.owner }),
        });
        report.carried++;
      }
      await w.record("soaEntries", scope.orgId, "import-2013", {
        carried: report.carried,
        conflicts: report.conflicts.length,
      });
      if (options.dryRun) throw new DryRun();
    })
    .catch((error: unknown) => {
      if (!(error instanceof DryRun)) throw error;
    });
  report.undecided.sort(compareIds);
  return report;
}

class DryRun extends Error {}
