/**
 * `isms asset list|import`: the asset inventory. An import takes a CSV or XLSX export (a CMDB, a
 * spreadsheet), all rows or none, with the same header-row, column and value choices as the risk
 * import (--header-row, --map, --value-map, --choices, --save-choices).
 */
import type { Command } from "commander";
import { collect, orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { choicesOf, type ImportFlags, positive } from "./risk-import.command.js";
import { withOrgScope } from "./workspace.js";

export function registerAssetCommands(program: Command): void {
  const asset = program.command("asset").description("the asset inventory (ISO/IEC 27001 A.5.9)");
  org(asset.command("list").description("list the inventory"))
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const { listAssets } = await import("../modules/assets/asset.service.js");
      const assets = await withOrgScope(o.org, (_scope, ctx) => listAssets(ctx.db, ctx.orgId));
      if (o.json) return printJson(assets);
      for (const a of assets)
        process.stdout.write(
          `${a.key}\t${a.name}\t${a.type}${a.owner ? `\t${a.owner}` : ""}${a.classification ? `\t${a.classification}` : ""}\n`,
        );
      if (!assets.length) process.stdout.write("The inventory is empty.\n");
    });
  org(
    asset
      .command("import")
      .description("import a CSV or XLSX inventory; all rows or none")
      .argument("<file>"),
  )
    .option("--dry-run", "check every row and report, without importing")
    .option("--map <column=field>", "use COLUMN for FIELD (repeatable), e.g. --map 'CI Name=name'", collect)
    .option(
      "--header-row <n>",
      "the row number of the header (found from the column names otherwise)",
      positive,
    )
    .option(
      "--value-map <column:value=allowed>",
      "read VALUE of COLUMN as an allowed value (repeatable), e.g. --value-map 'Category:Virtual machine=hardware'",
      collect,
    )
    .option("--choices <file>", "header row, column and value choices saved by --save-choices")
    .option("--save-choices <file>", "save the header row, column and value choices for the next import")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: ImportFlags) => {
      const { importAssets } = await import("../modules/assets/asset-import.service.js");
      const { createAssets: _unused, ...choices } = await choicesOf(o);
      const report = await withOrgScope(o.org, (scope) =>
        importAssets(scope, file, { ...choices, dryRun: o.dryRun === true }),
      );
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
      for (const e of report.errors.slice(0, 200)) out(`line ${e.line}, ${e.column}: ${e.message}`);
      if (report.errors.length > 200) out(`… and ${report.errors.length - 200} more`);
      for (const u of report.unknownValues.slice(0, 20))
        out(
          `  to read "${u.value}" in ${u.column} as ${u.suggestion ?? u.allowed[0]}: --value-map "${u.column}:${u.value}=${u.suggestion ?? u.allowed[0]}"`,
        );
      if (report.errors.length)
        return out(`Nothing imported: ${report.errors.length} problem(s) in the file.`);
      const verb = report.dryRun ? "Dry run: would import" : "Imported";
      out(
        `${verb} ${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged.` +
          (report.ignoredColumns.length ? ` Ignored columns: ${report.ignoredColumns.join(", ")}.` : ""),
      );
    });
}
