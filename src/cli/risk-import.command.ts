/**
 * `isms risk import <file>`: a CSV or XLSX register, all rows or none. The header row is found
 * (or given with --header-row), values of enumerated columns are read with their usual synonyms
 * and the user's --value-map, and assets the file names are added to the inventory unless
 * --no-create-assets. The choices can be kept in a JSON file for the next import (--choices).
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { collect, orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { progressLine } from "./progress.js";
import { requireOrg, withWorkspace } from "./workspace.js";

export interface ImportFlags {
  org?: string;
  dryRun?: boolean;
  map?: string[];
  headerRow?: number;
  valueMap?: string[];
  createAssets?: boolean;
  choices?: string;
  saveChoices?: string;
  json?: boolean;
}

/** What an import was told beyond the file: the shape of a --choices file. */
export interface ImportChoices {
  headerRow?: number;
  map?: Record<string, string>;
  valueMap?: Record<string, Record<string, string>>;
  createAssets?: boolean;
}

function pairs(list: readonly string[], flag: string, usage: string): [string, string][] {
  return list.map((pair) => {
    const at = pair.lastIndexOf("=");
    if (at < 1) throw new CliError(`${flag} expects ${usage}, got "${pair}"`, EXIT_USAGE);
    return [pair.slice(0, at), pair.slice(at + 1)];
  });
}

/** The choices file (if any) with the flags over it. */
export async function choicesOf(o: ImportFlags): Promise<ImportChoices> {
  let saved: ImportChoices = {};
  if (o.choices) {
    const { readFile } = await import("node:fs/promises");
    try {
      saved = JSON.parse(await readFile(o.choices, "utf8")) as ImportChoices;
    } catch {
      throw new CliError(`cannot read the choices in ${o.choices} (a JSON file written by --save-choices)`);
    }
  }
  const map = { ...saved.map, ...Object.fromEntries(pairs(o.map ?? [], "--map", "COLUMN=field")) };
  const valueMap: Record<string, Record<string, string>> = { ...saved.valueMap };
  for (const [left, to] of pairs(o.valueMap ?? [], "--value-map", '"COLUMN:value=allowed value"')) {
    const colon = left.indexOf(":");
    if (colon < 1)
      throw new CliError(`--value-map expects "COLUMN:value=allowed value", got "${left}=${to}"`, EXIT_USAGE);
    const column = left.slice(0, colon).trim();
    valueMap[column] = { ...valueMap[column], [left.slice(colon + 1).trim()]: to.trim() };
  }
  return {
    headerRow: o.headerRow ?? saved.headerRow,
    map,
    valueMap,
    createAssets: o.createAssets === false ? false : (saved.createAssets ?? true),
  };
}

export const positive = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--header-row expects a row number, got "${text}"`, EXIT_USAGE);
  return n;
};

export function registerRiskImport(risk: Command): void {
  org(
    risk.command("import").description("import a CSV or XLSX register; all rows or none").argument("<file>"),
  )
    .option("--dry-run", "check every row and report, without importing")
    .option("--map <column=field>", "use COLUMN for FIELD (repeatable), e.g. --map 'Ref=key'", collect)
    .option(
      "--header-row <n>",
      "the row number of the header (found from the column names otherwise)",
      positive,
    )
    .option(
      "--value-map <column:value=allowed>",
      "read VALUE of COLUMN as an allowed value (repeatable), e.g. --value-map 'Status:Under review=open'",
      collect,
    )
    .option("--no-create-assets", "refuse rows naming assets the inventory lacks instead of adding them")
    .option("--choices <file>", "header row, column and value choices saved by --save-choices")
    .option("--save-choices <file>", "save the header row, column and value choices for the next import")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: ImportFlags) => {
      const { importRisks } = await import("../modules/risks/risk-import.service.js");
      const choices = await choicesOf(o);
      const progress = progressLine("Importing risks");
      const report = await withWorkspace(async ({ ws, actor }) =>
        importRisks(ws.db, (await requireOrg(ws, o.org)).id, actor, file, {
          ...choices,
          dryRun: o.dryRun === true,
          onProgress: (done, total) => progress.update(done, `of ${total}`),
        }),
      );
      progress.done();
      if (o.saveChoices) {
        const { writeFileAtomic } = await import("./output.js");
        const saved = { ...choices, headerRow: report.headerRow };
        process.stderr.write(
          `Saved the choices to ${await writeFileAtomic(o.saveChoices, `${JSON.stringify(saved, null, 2)}\n`)}\n`,
        );
      }
      if (report.errors.length) process.exitCode = 1;
      if (o.json) return void printJson(report);
      const out = (text: string) => void process.stdout.write(`${text}\n`);
      if (report.headerRow > 1) out(`Header on row ${report.headerRow}; the rows above it were skipped.`);
      for (const s of report.skippedRows) out(`line ${s.line} skipped: ${s.reason}`);
      for (const note of report.notes) out(note);
      for (const e of report.errors.slice(0, 200)) out(`line ${e.line}, ${e.column}: ${e.message}`);
      if (report.errors.length > 200) out(`… and ${report.errors.length - 200} more`);
      for (const u of report.unknownValues.slice(0, 20))
        out(
          `  to read "${u.value}" in ${u.column} as ${u.suggestion ?? u.allowed[0]}: --value-map "${u.column}:${u.value}=${u.suggestion ?? u.allowed[0]}"`,
        );
      if (report.errors.length)
        return out(`Nothing imported: ${report.errors.length} problem(s) in the file.`);
      const verb = report.dryRun ? "Dry run: would import" : "Imported";
      const assets = report.createdAssets.map((a) => `${a.key} ${a.name}`).join(", ");
      out(
        `${verb} ${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged.` +
          (assets ? ` ${report.dryRun ? "Would add" : "Added"} assets: ${assets}.` : "") +
          (report.ignoredColumns.length ? ` Ignored columns: ${report.ignoredColumns.join(", ")}.` : ""),
      );
    });
}
