/**
 * `isms soa import-2013 <file>`: carries an ISO/IEC 27001:2013 SoA onto the 2022 controls, with the
 * same header-row, column and value choices as the other imports.
 */
import type { Command } from "commander";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { choicesOf, type ImportFlags, positive } from "./risk-import.command.js";
import { withOrgScope } from "./workspace.js";

export function registerSoaImport2013(soa: Command): void {
  org(
    soa
      .command("import-2013")
      .description("carry an ISO/IEC 27001:2013 SoA (CSV or XLSX) onto the 2022 controls")
      .argument("<file>"),
  )
    .option("--force", "overwrite decisions already made in 2022 terms")
    .option("--dry-run", "report without changing anything")
    .option(
      "--map <column=field>",
      "use COLUMN for FIELD (control, applicable, justification, status, notes, owner)",
      (v: string, p: string[] = []) => [...p, v],
    )
    .option(
      "--header-row <n>",
      "the row number of the header (found from the column names otherwise)",
      positive,
    )
    .option(
      "--value-map <column:value=allowed>",
      "read VALUE of COLUMN as an allowed value (repeatable), e.g. --value-map 'Selected:TBC=no'",
      (v: string, p: string[] = []) => [...p, v],
    )
    .option("--json", "machine-readable output")
    .action(async (file: string, o: ImportFlags & { force?: boolean }) => {
      const { importSoa2013 } = await import("../modules/soa/soa-import-2013.service.js");
      const { map, valueMap, headerRow } = await choicesOf(o);
      const report = await withOrgScope(o.org, (scope) =>
        importSoa2013(scope, file, {
          force: o.force === true,
          dryRun: o.dryRun === true,
          map,
          valueMap,
          headerRow,
        }),
      );
      if (report.errors.length) process.exitCode = 1;
      if (o.json) return printJson(report);
      if (report.headerRow > 1)
        process.stdout.write(`Header on row ${report.headerRow}; the rows above it were skipped.\n`);
      for (const s of report.skippedRows) process.stdout.write(`line ${s.line} skipped: ${s.reason}\n`);
      for (const e of report.errors) process.stdout.write(`line ${e.line}, ${e.column}: ${e.message}\n`);
      for (const u of report.unknownValues.slice(0, 20))
        process.stdout.write(
          `  to read "${u.value}" in ${u.column} as ${u.suggestion ?? u.allowed[0]}: --value-map "${u.column}:${u.value}=${u.suggestion ?? u.allowed[0]}"\n`,
        );
      for (const c of report.conflicts)
        process.stdout.write(`CONFLICT A.${c.controlId} (from ${c.from.join(", ")}): ${c.detail}\n`);
      if (report.errors.length)
        return void process.stdout.write(
          `Nothing carried: ${report.errors.length} problem(s) in the file.\n`,
        );
      process.stdout.write(
        `${o.dryRun ? "Dry run: would carry" : "Carried"} ${report.carried} decision(s); ${report.conflicts.length} conflict(s); ` +
          `undecided: ${report.undecided.join(", ") || "none"}${report.keptExisting.length ? `; kept existing 2022 decisions on ${report.keptExisting.length} control(s) (use --force to overwrite)` : ""}\n`,
      );
    });
}
