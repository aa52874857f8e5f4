/**
 * What every file import of the CLI shares (risks, assets, a 2013 SoA): the options that name the
 * header row, the columns and the values, a choices file to keep them for the next import, and the
 * lines that report what reading the file found.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { collect } from "./options.js";

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

/** The options every import takes; `examples` show a column map and a value map for this file kind. */
export function importOptions(command: Command, examples: { map: string; valueMap: string }): Command {
  return command
    .option("--dry-run", "check every row and report, without importing")
    .option(
      "--map <column=field>",
      `use COLUMN for FIELD (repeatable), e.g. --map '${examples.map}'`,
      collect,
    )
    .option(
      "--header-row <n>",
      "the row number of the header (found from the column names otherwise)",
      positive,
    )
    .option(
      "--value-map <column:value=allowed>",
      `read VALUE of COLUMN as an allowed value (repeatable), e.g. --value-map '${examples.valueMap}'`,
      collect,
    )
    .option("--choices <file>", "header row, column and value choices saved by --save-choices")
    .option("--save-choices <file>", "save the header row, column and value choices for the next import");
}

/** Writes the choices (with the header row the import used) when --save-choices asked for it. */
export async function saveChoices(o: ImportFlags, choices: ImportChoices, headerRow: number): Promise<void> {
  if (!o.saveChoices) return;
  const { writeFileAtomic } = await import("./output.js");
  const saved = { ...choices, headerRow };
  process.stderr.write(
    `Saved the choices to ${await writeFileAtomic(o.saveChoices, `${JSON.stringify(saved, null, 2)}\n`)}\n`,
  );
}

/** What reading a file found, as every import reports it. */
export interface FileFindings {
  headerRow: number;
  skippedRows: { line: number; reason: string }[];
  notes?: string[];
  errors: { line: number; column: string; message: string }[];
  unknownValues: { column: string; value: string; allowed: string[]; suggestion: string | null }[];
}

/** Prints the header row, skipped rows, notes, bad rows and the flag that places each unknown value. */
export function printFindings(report: FileFindings, out: (line: string) => void): void {
  if (report.headerRow > 1) out(`Header on row ${report.headerRow}; the rows above it were skipped.`);
  for (const s of report.skippedRows) out(`line ${s.line} skipped: ${s.reason}`);
  for (const note of report.notes ?? []) out(note);
  for (const e of report.errors.slice(0, 200)) out(`line ${e.line}, ${e.column}: ${e.message}`);
  if (report.errors.length > 200) out(`… and ${report.errors.length - 200} more`);
  for (const u of report.unknownValues.slice(0, 20)) {
    const to = u.suggestion ?? u.allowed[0];
    out(`  to read "${u.value}" in ${u.column} as ${to}: --value-map "${u.column}:${u.value}=${to}"`);
  }
}
