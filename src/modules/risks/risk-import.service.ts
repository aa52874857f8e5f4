/**
 * Imports a risk register from CSV or XLSX. Column headers are recognised by their usual names
 * ("Risk ID", "Probability", "Risk Owner", "Annex A Controls", "Residual …"), scale values may be
 * numbers or the methodology's level names, and control lists may mix "A.8.8, 8.9" and 2013 ids.
 * Every bad row is reported with its line and column; one bad row means nothing is imported.
 * Re-importing updates risks by key.
 */
import type { Kysely } from "kysely";
import { getControl, getControl2013 } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, writeOrg } from "../../db/store.js";
import type { FieldIssue } from "../../domain/errors.js";
import { invalid } from "../../domain/errors.js";
import { compareIds } from "../../domain/ids.js";
import { type RiskMethodology, type ScaleLevel, scaleValueOf } from "../../domain/risk-method.js";
import { matchColumns, readTable, type Table } from "../../imports/table-file.js";
import { getMethodology } from "./methodology.service.js";
import { loadRiskViews, type RiskView } from "./risk.repository.js";
import { type ParsedRiskInput, ZRiskInput } from "./risk.schema.js";
import { type PreparedRisk, prepareRisk, syncRiskLinks, viewToInput } from "./risk.service.js";

export const RISK_IMPORT_FIELDS = {
  key: ["risk id", "id", "risk ref", "ref", "reference", "risk no", "risk number", "risk key", "key", "no"],
  title: ["title", "risk title", "risk name", "name", "risk", "summary"],
  description: ["description", "risk description", "details", "scenario", "risk scenario"],
  threat: ["threat", "threats", "threat source"],
  vulnerability: ["vulnerability", "vulnerabilities", "weakness"],
  consequence: ["consequence", "consequences", "effect", "impact description"],
  owner: ["risk owner", "owner", "responsible", "accountable"],
  assets: ["assets", "asset", "affected assets", "asset ids"],
  cia: ["cia", "c i a", "affected properties", "properties", "security properties"],
  likelihood: [
    "likelihood",
    "probability",
    "inherent likelihood",
    "inherent probability",
    "gross likelihood",
    "initial likelihood",
    "l",
    "p",
  ],
  impact: [
    "impact",
    "severity",
    "inherent impact",
    "inherent severity",
    "gross impact",
    "initial impact",
    "i",
  ],
  existingControls: ["existing controls", "current controls", "controls in place"],
  treatment: [
    "treatment",
    "treatment option",
    "risk treatment",
    "risk response",
    "response",
    "decision",
    "strategy",
  ],
  controls: [
    "annex a controls",
    "annex a",
    "controls",
    "planned controls",
    "iso controls",
    "iso 27001 controls",
    "control ids",
    "mitigating controls",
  ],
  ownControls: ["own controls", "other controls", "additional controls"],
  residualLikelihood: ["residual likelihood", "residual probability", "target likelihood", "net likelihood"],
  residualImpact: ["residual impact", "residual severity", "target impact", "net impact"],
  residualJustification: ["residual justification", "justification"],
  acceptedBy: ["accepted by", "risk accepted by", "acceptance by", "approved by"],
  acceptanceComment: ["acceptance comment", "acceptance"],
  acceptanceException: ["acceptance exception", "exception", "exception justification"],
  nextReviewOn: ["next review", "next review date", "review date", "review due"],
  status: ["status", "risk status"],
} as const;
export type RiskImportField = keyof typeof RISK_IMPORT_FIELDS;

/** Headers no alias names exactly, such as "Residual Likelihood (1-5)". */
function guessField(header: string): RiskImportField | undefined {
  const has = (...words: string[]) => words.some((w) => header.split(" ").includes(w));
  if (has("residual", "net", "target")) {
    if (has("likelihood", "probability")) return "residualLikelihood";
    if (has("impact", "severity")) return "residualImpact";
    return undefined;
  }
  if (has("score", "rating", "level")) return undefined;
  if (has("likelihood", "probability")) return "likelihood";
  if (has("impact", "severity")) return "impact";
  if (has("annex")) return "controls";
  if (has("owner")) return "owner";
  return undefined;
}

export interface ImportError {
  line: number;
  column: string;
  message: string;
}

export interface RiskImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  /** Columns of the file that were not used. */
  ignoredColumns: string[];
  dryRun: boolean;
}

const TREATMENT_WORDS: Record<string, ParsedRiskInput["treatment"]> = {
  modify: "modify",
  mitigate: "modify",
  reduce: "modify",
  treat: "modify",
  retain: "retain",
  accept: "retain",
  tolerate: "retain",
  avoid: "avoid",
  terminate: "avoid",
  share: "share",
  transfer: "share",
  insure: "share",
};

/** "A.8.8, 8.9; A.12.6.1" -> ["8.8", "8.9", "8.8"]; 2013 ids map to their 2022 successors. */
export function parseControlList(text: string): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/[,;|\n/]+|\s{2,}/)) {
    const token = raw.trim().replace(/^annex\s*a\s*/i, "");
    if (!token) continue;
    const control = getControl(token) ?? getControl(token.replace(/^a(?=\d)/i, ""));
    if (control) {
      ids.push(control.id);
      continue;
    }
    const old = getControl2013(token);
    if (old) ids.push(...old.iso27001_2022);
    else unknown.push(raw.trim());
  }
  return { ids: [...new Set(ids)], unknown };
}

/** "C, I", "CIA", "Confidentiality/Availability" -> ["C", "I"], ["C", "I", "A"], ["C", "A"]. */
export function parseCia(text: string): ("C" | "I" | "A")[] {
  const found = new Set<string>();
  for (const token of text
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean)) {
    if (token.startsWith("CONF")) found.add("C");
    else if (token.startsWith("INT")) found.add("I");
    else if (token.startsWith("AVAIL")) found.add("A");
    else if (/^[CIA]+$/.test(token)) for (const letter of token) found.add(letter);
  }
  return (["C", "I", "A"] as const).filter((p) => found.has(p));
}

interface RowResult {
  line: number;
  input?: ParsedRiskInput;
  prepared?: PreparedRisk;
  errors: ImportError[];
}

function convertRow(
  table: Table,
  columns: Map<RiskImportField, number>,
  cells: string[],
  line: number,
  method: RiskMethodology,
  existing: ReadonlyMap<string, RiskView>,
): RowResult {
  const errors: ImportError[] = [];
  const columnName = (field: RiskImportField) => table.headers[columns.get(field) ?? -1] ?? field;
  const keyText = (cells[columns.get("key") ?? -1] ?? "").trim();
  const current = keyText ? existing.get(keyText) : undefined;
  const base = current ? viewToInput(current) : undefined;
  const get = (field: RiskImportField) => {
    const index = columns.get(field);
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  const fail = (field: RiskImportField, message: string) =>
    errors.push({ line, column: columnName(field), message });
  const scale = (field: RiskImportField, levels: readonly ScaleLevel[]) => {
    const text = get(field);
    if (!text) return undefined;
    const value = scaleValueOf(text, levels);
    if (typeof value === "string") fail(field, value);
    return typeof value === "number" ? value : undefined;
  };
  const likelihood = scale("likelihood", method.likelihood);
  const impact = scale("impact", method.impact);
  const residualLikelihood = scale("residualLikelihood", method.likelihood);
  const residualImpact = scale("residualImpact", method.impact);
  if (get("likelihood") === "") fail("likelihood", "required");
  if (get("impact") === "") fail("impact", "required");
  if ((residualLikelihood === undefined) !== (residualImpact === undefined) && !errors.length) {
    fail(
      residualLikelihood === undefined ? "residualLikelihood" : "residualImpact",
      "give both residual likelihood and impact, or neither",
    );
  }
  const treatmentText = get("treatment").toLowerCase();
  const treatment = treatmentText ? TREATMENT_WORDS[treatmentText.split(/\W+/)[0] ?? ""] : null;
  if (treatmentText && !treatment)
    fail("treatment", `"${get("treatment")}" is not a treatment: use modify, retain, avoid or share`);
  const controls = parseControlList(get("controls"));
  for (const bad of controls.unknown) fail("controls", `"${bad}" is not an Annex A control`);
  const acceptedBy = get("acceptedBy");
  const has = (field: RiskImportField) => columns.has(field);
  const split = (text: string, separators: RegExp) =>
    text
      .split(separators)
      .map((t) => t.trim())
      .filter(Boolean);
  // Only the columns the file has are taken from it; for a risk that exists already, the others
  // keep their current values (a narrower file never wipes data).
  const raw: Record<string, unknown> = {
    ...(get("key") && { key: get("key") }),
    ...((has("title") || !base) && { title: get("title") || get("description").slice(0, 120) }),
    ...(has("description") && { description: get("description") || null }),
    ...(has("threat") && { threat: get("threat") || null }),
    ...(has("vulnerability") && { vulnerability: get("vulnerability") || null }),
    ...(has("consequence") && { consequence: get("consequence") || null }),
    ...(has("owner") && { owner: get("owner") || null }),
    ...(has("cia") && { cia: parseCia(get("cia")) }),
    ...(has("assets") && { assets: split(get("assets"), /[,;\n]+/) }),
    inherent: { likelihood: likelihood ?? 0, impact: impact ?? 0 },
    ...(has("existingControls") && { existingControls: get("existingControls") || null }),
    ...(has("treatment") && { treatment: treatment ?? null }),
    ...(has("controls") && { controls: controls.ids }),
    // One control per line; a single-line cell may separate them with ";".
    ...(has("ownControls") && {
      ownControls: split(
        get("ownControls"),
        (cells[columns.get("ownControls") ?? -1] ?? "").includes("\n") ? /\n+/ : /;+/,
      ),
    }),
    ...((has("residualLikelihood") || has("residualImpact")) && {
      residual:
        residualLikelihood !== undefined && residualImpact !== undefined
          ? { likelihood: residualLikelihood, impact: residualImpact }
          : null,
    }),
    ...(has("residualJustification") && { residualJustification: get("residualJustification") || null }),
    ...(has("acceptedBy") && {
      acceptance: acceptedBy
        ? {
            by: acceptedBy,
            at: base?.acceptance?.by === acceptedBy ? base.acceptance.at : null,
            comment: has("acceptanceComment")
              ? get("acceptanceComment") || null
              : (base?.acceptance?.comment ?? null),
            exception: has("acceptanceException")
              ? get("acceptanceException") || null
              : (base?.acceptance?.exception ?? null),
          }
        : null,
    }),
    ...(has("nextReviewOn") && { nextReviewOn: get("nextReviewOn") || null }),
    ...(get("status") && { status: get("status").toLowerCase() }),
  };
  if (errors.length) return { line, errors };
  const parsed = ZRiskInput.safeParse({ ...base, ...raw });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] === "inherent" ? issue.path[1] : issue.path[0]) as RiskImportField;
      fail(field in RISK_IMPORT_FIELDS ? field : "title", issue.message);
    }
    return { line, errors };
  }
  const prepared = prepareRisk(method, parsed.data);
  if (!prepared.ok) {
    for (const issue of prepared.issues)
      errors.push({ line, column: columnFor(issue, columnName), message: issue.message });
    return { line, errors };
  }
  return { line, input: parsed.data, prepared: prepared.risk, errors };
}

function columnFor(issue: FieldIssue, columnName: (field: RiskImportField) => string): string {
  const [head, sub] = issue.path.split(".");
  if (head === "inherent") return columnName(sub === "impact" ? "impact" : "likelihood");
  if (head === "residual") return columnName(sub === "impact" ? "residualImpact" : "residualLikelihood");
  if (head?.startsWith("controls")) return columnName("controls");
  if (head === "acceptance") return columnName("acceptanceException");
  return columnName((head ?? "title") as RiskImportField);
}

export interface RiskImportOptions {
  dryRun?: boolean;
  /** column header -> field, overriding detection (`--map "Risk Ref=key"`). */
  map?: Record<string, string>;
  onProgress?: (done: number, total: number) => void;
}

/** Reads, checks and (unless dry-run or any row is bad) imports a register in one transaction. */
export async function importRisks(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  file: string,
  options: RiskImportOptions = {},
): Promise<RiskImportReport> {
  const table = await readTable(file);
  const overrides: Record<string, RiskImportField> = {};
  for (const [column, field] of Object.entries(options.map ?? {})) {
    if (!(field in RISK_IMPORT_FIELDS)) {
      throw invalid(
        `--map: "${field}" is not a risk field; use one of ${Object.keys(RISK_IMPORT_FIELDS).join(", ")}`,
      );
    }
    overrides[column] = field as RiskImportField;
  }
  const { columns, ignored } = matchColumns(table.headers, RISK_IMPORT_FIELDS, overrides, guessField);
  for (const required of ["likelihood", "impact"] as const) {
    if (!columns.has(required)) {
      throw invalid(
        `no ${required} column found in ${table.headers.join(", ")}; name it with --map "COLUMN=${required}"`,
      );
    }
  }
  if (!columns.has("title") && !columns.has("description")) {
    throw invalid('no title or description column found; name one with --map "COLUMN=title"');
  }
  const reader = new OrgReader(db, orgId);
  const { method } = await getMethodology(reader);
  const existing = new Map((await loadRiskViews(reader)).map((v) => [v.key, v]));
  const results: RowResult[] = [];
  const seenKeys = new Map<string, number>();
  for (const [i, row] of table.rows.entries()) {
    const result = convertRow(table, columns, row.cells, row.line, method, existing);
    const key = result.input?.key;
    if (key) {
      const first = seenKeys.get(key);
      if (first !== undefined) {
        result.errors.push({
          line: row.line,
          column: table.headers[columns.get("key") ?? 0] ?? "key",
          message: `risk ${key} also appears on line ${first}`,
        });
      } else seenKeys.set(key, row.line);
    }
    results.push(result);
    if (i % 2000 === 0) options.onProgress?.(i, table.rows.length);
  }
  const errors = results.flatMap((r) => r.errors);
  const report: RiskImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    errors,
    ignoredColumns: ignored,
    dryRun: options.dryRun === true,
  };
  if (errors.length) return report;
  const good = results.filter(
    (r): r is RowResult & { input: ParsedRiskInput; prepared: PreparedRisk } => !!r.prepared && !!r.input,
  );
  const counts = await applyImport(db, orgId, actor, good, options.dryRun === true, (done) =>
    options.onProgress?.(done, good.length),
  );
  return { ...report, ...counts };
}

type GoodRow = { input: ParsedRiskInput; prepared: PreparedRisk };

function sameRow(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).every(([k, v]) => k === "acceptedAt" || (current[k] ?? null) === (v ?? null));
}

async function applyImport(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  rows: readonly GoodRow[],
  dryRun: boolean,
  onProgress: (done: number) => void,
): Promise<{ imported: number; updated: number; unchanged: number }> {
  const run = async (w: import("../../db/store.js").OrgWriter) => {
    const existing = new Map((await w.list("risks")).map((r) => [r.key, r]));
    const views = new Map((await loadRiskViews(w)).map((v) => [v.key, v]));
    const assets = new Map((await w.list("assets")).map((a) => [a.key, a.id]));
    let next = Math.max(0, ...[...existing.keys()].map((k) => Number(/^R-(\d+)$/.exec(k)?.[1] ?? 0)));
    const fresh: { key: string; row: GoodRow }[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      for (const key of row.prepared.assetKeys)
        if (!assets.has(key)) throw invalid(`no asset "${key}" (risk ${row.input.key ?? row.input.title})`);
      const key = row.input.key;
      const current = key ? existing.get(key) : undefined;
      if (!current) {
        fresh.push({ key: key ?? `R-${String(++next).padStart(3, "0")}`, row });
        continue;
      }
      const view = views.get(current.key);
      const linksSame =
        JSON.stringify(view?.controls ?? []) ===
          JSON.stringify([...row.prepared.controls].sort(compareIds)) &&
        JSON.stringify(view?.assets ?? []) === JSON.stringify([...row.prepared.assetKeys].sort());
      if (
        sameRow(current as unknown as Record<string, unknown>, row.prepared.row as Record<string, unknown>) &&
        linksSame
      ) {
        unchanged++;
        continue;
      }
      await w.update("risks", current.id, current.version, row.prepared.row);
      await syncRiskLinks(w, current.id, row.prepared, false);
      updated++;
      if (updated % 500 === 0) onProgress(updated);
    }
    const inserted = await w.insertMany(
      "risks",
      fresh.map(({ key, row }) => ({ ...row.prepared.row, key })),
    );
    onProgress(updated + inserted.length);
    const controlRows = inserted.flatMap((risk, i) =>
      (fresh[i]?.row.prepared.controls ?? []).map((controlId) => ({ riskId: risk.id, controlId })),
    );
    await w.insertMany("riskControls", controlRows);
    const assetRows = inserted.flatMap((risk, i) =>
      (fresh[i]?.row.prepared.assetKeys ?? []).map((key) => ({
        riskId: risk.id,
        assetId: assets.get(key) ?? "",
      })),
    );
    await w.insertMany("riskAssets", assetRows);
    await w.record("risks", orgId, "import", { imported: inserted.length, updated });
    if (dryRun) throw new DryRunResult({ imported: inserted.length, updated, unchanged });
    return { imported: inserted.length, updated, unchanged };
  };
  try {
    return await writeOrg(db, orgId, actor, run);
  } catch (error) {
    if (error instanceof DryRunResult) return error.counts;
    throw error;
  }
}

/** Thrown to roll back a dry run after counting what it would have done. */
class DryRunResult extends Error {
  constructor(readonly counts: { imported: number; updated: number; unchanged: number }) {
    super("dry run");
  }
}
