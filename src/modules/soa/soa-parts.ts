/**
 * The parts the SoA is derived from, read in few queries however large the register, and kept
 * between requests while exact where a scope allows (read-memo.ts): which risks plan each control,
 * the evidence per control, the latest approved version, the decisions without their notes.
 */
import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { sortIds } from "../../domain/ids.js";
import { evidenceFreshness } from "../../domain/soa.js";
import type { SnapshotEntry } from "../../domain/soa-versions.js";
import { memoPart } from "../read-memo.js";
import type { OrgScope } from "../scope.js";

/**
 * The SoA's decisions without the notes, for what does not show them (readiness, scores, the
 * lint): a note then changes nothing that reads only these (read-memo.ts follows columns).
 * Entries come with version 0.
 */
export async function decisionsWithoutNotes(reader: OrgReader): Promise<OrgRowOf<"soaEntries">[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("soaEntries") as any;
  const rows = await query
    .select(["id", "controlId", "applicable", "reasons", "justification", "status", "owner", "nextReviewOn"])
    .orderBy("id")
    .execute();
  // Nor the version, which every edit (a note's too) raises.
  return rows.map((row: OrgRowOf<"soaEntries">) => ({ ...row, notes: null, version: 0 }));
}

/** Per control: how much evidence is linked, and how much of it is not stale. */
export async function evidenceByControl(reader: OrgReader, on: string) {
  const evidence = new Map((await reader.list("evidence")).map((e) => [e.id, e]));
  const counts = new Map<string, { total: number; current: number }>();
  for (const link of await reader.list("evidenceLinks", { targetType: "control" })) {
    const item = evidence.get(link.evidenceId);
    if (!item) continue;
    const count = counts.get(link.targetId) ?? { total: 0, current: 0 };
    count.total++;
    if (evidenceFreshness(item, on) !== "stale") count.current++;
    counts.set(link.targetId, count);
  }
  return counts;
}

function appendTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Which risks (by key, in key order) plan each control: one joined query, however large the register. */
export async function riskPlanning(reader: OrgReader): Promise<Map<string, string[]>> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("riskControls") as any;
  const rows: { controlId: string; key: string }[] = await query
    .innerJoin("risks", "risks.id", "riskControls.riskId")
    .select(["riskControls.controlId as controlId", "risks.key as key"])
    .execute();
  const plannedBy = new Map<string, string[]>();
  // Appending in place: copying the list for every link made this quadratic in large registers.
  for (const { controlId, key } of rows) appendTo(plannedBy, controlId, key);
  for (const keys of plannedBy.values()) sortIds(keys);
  return plannedBy;
}

/** Which risks plan each control, kept between requests (read-memo.ts). Shared: do not change it. */
export const planningOf = (scope: OrgScope) => memoPart(scope, "soa:planning", (s) => riskPlanning(s.read));

/** The keys of the risks that plan one control, in key order. */
export async function plannersOf(reader: OrgReader, controlId: string): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const links = reader.from("riskControls") as any;
  const rows: { key: string }[] = await links
    .innerJoin("risks", "risks.id", "riskControls.riskId")
    .select("risks.key as key")
    .where("riskControls.controlId", "=", controlId)
    // No ORDER BY: sorted here; ordering by the key led SQLite to walk the whole register in key order.
    .execute();
  return sortIds(rows.map((r) => r.key));
}

/** The latest approved SoA version with its snapshot read, or undefined before the first. */
export async function latestVersion(reader: OrgReader) {
  // biome-ignore lint/suspicious/noExplicitAny: the org-filtered query builder is untyped by table name
  const query = reader.from("soaVersions") as any;
  const row: OrgRowOf<"soaVersions"> | undefined = await query
    .selectAll()
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && { ...row, entries: JSON.parse(row.snapshot) as SnapshotEntry[] };
}

/**
 * The latest approved SoA version, kept between requests while no approval happens (read-memo.ts).
 * The value is shared: do not change it.
 */
export const latestSoaVersion = (scope: OrgScope) =>
  memoPart(scope, "soa:latest-version", (s) => latestVersion(s.read));

/** The evidence per control on a day, kept between requests (read-memo.ts). Shared: do not change it. */
export const memoEvidence = (scope: OrgScope, on: string) =>
  memoPart(scope, `soa:evidence:${on}`, (s) => evidenceByControl(s.read, on));
