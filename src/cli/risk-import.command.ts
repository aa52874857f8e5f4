/**
 * `isms risk import <file>`: a CSV or XLSX register, all rows or none. The header row is found
 * (or given with --header-row), values of enumerated columns are read with their usual synonyms
 * and the user's --value-map, and assets the file names are added to the inventory unless
 * --no-create-assets. The choices can be kept in a JSON file for the next import (--choices).
 */
import type { Command } from "commander";
import { choicesOf, type ImportFlags, importOptions, printFindings, saveChoices } from "./import-choices.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { progressLine } from "./progress.js";
import { requireOrg, withWorkspace } from "./workspace.js";

export function registerRiskImport(risk: Command): void {
  importOptions(
    org(
      risk
        .command("import")
        .description("import a CSV or XLSX register; all rows or none")
        .argument("<file>"),
    ),
    { map: "Ref=key", valueMap: "Status:Under review=open" },
  )
    .option("--no-create-assets", "refuse rows naming assets the inventory lacks instead of adding them")
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
      await saveChoices(o, choices, report.headerRow);
      if (report.errors.length) process.exitCode = 1;
      if (o.json) return void printJson(report);
      const out = (text: string) => void process.stdout.write(`${text}\n`);
      printFindings(report, out);
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
