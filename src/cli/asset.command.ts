/**
 * `isms asset list|import`: the asset inventory. An import takes a CSV or XLSX export (a CMDB, a
 * spreadsheet), all rows or none, with the same header-row, column and value choices as the risk
 * import (--header-row, --map, --value-map, --choices, --save-choices).
 */
import type { Command } from "commander";
import { choicesOf, type ImportFlags, importOptions, printFindings, saveChoices } from "./import-choices.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
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
  importOptions(
    org(
      asset
        .command("import")
        .description("import a CSV or XLSX inventory; all rows or none")
        .argument("<file>"),
    ),
    { map: "CI Name=name", valueMap: "Category:Virtual machine=hardware" },
  )
    .option("--json", "machine-readable output")
    .action(async (file: string, o: ImportFlags) => {
      const { importAssets } = await import("../modules/assets/asset-import.service.js");
      const { createAssets: _unused, ...choices } = await choicesOf(o);
      const report = await withOrgScope(o.org, (scope) =>
        importAssets(scope, file, { ...choices, dryRun: o.dryRun === true }),
      );
      await saveChoices(o, choices, report.headerRow);
      if (report.errors.length) process.exitCode = 1;
      if (o.json) return void printJson(report);
      const out = (text: string) => void process.stdout.write(`${text}\n`);
      printFindings(report, out);
      if (report.errors.length)
        return out(`Nothing imported: ${report.errors.length} problem(s) in the file.`);
      const verb = report.dryRun ? "Dry run: would import" : "Imported";
      out(
        `${verb} ${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged.` +
          (report.ignoredColumns.length ? ` Ignored columns: ${report.ignoredColumns.join(", ")}.` : ""),
      );
    });
}
