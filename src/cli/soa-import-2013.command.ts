/**
 * `isms soa import-2013 <file>`: carries an ISO/IEC 27001:2013 SoA onto the 2022 controls, with the
 * same header-row, column and value choices (and choices file) as the other imports.
 */
import type { Command } from "commander";
import { choicesOf, type ImportFlags, importOptions, printFindings, saveChoices } from "./import-choices.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { withOrgScope } from "./workspace.js";

export function registerSoaImport2013(soa: Command): void {
  importOptions(
    org(
      soa
        .command("import-2013")
        .description("carry an ISO/IEC 27001:2013 SoA (CSV or XLSX) onto the 2022 controls")
        .argument("<file>"),
    ),
    { map: "Annex A ref=control", valueMap: "Selected:TBC=no" },
  )
    .option("--force", "overwrite decisions already made in 2022 terms")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: ImportFlags & { force?: boolean }) => {
      const { importSoa2013 } = await import("../modules/soa/soa-import-2013.service.js");
      const { createAssets: _unused, ...choices } = await choicesOf(o);
      const report = await withOrgScope(o.org, (scope) =>
        importSoa2013(scope, file, { ...choices, force: o.force === true, dryRun: o.dryRun === true }),
      );
      await saveChoices(o, choices, report.headerRow);
      if (report.errors.length) process.exitCode = 1;
      if (o.json) return printJson(report);
      const out = (text: string) => void process.stdout.write(`${text}\n`);
      printFindings(report, out);
      for (const c of report.conflicts)
        out(`CONFLICT A.${c.controlId} (from ${c.from.join(", ")}): ${c.detail}`);
      if (report.errors.length)
        return out(`Nothing carried: ${report.errors.length} problem(s) in the file.`);
      out(
        `${o.dryRun ? "Dry run: would carry" : "Carried"} ${report.carried} decision(s); ${report.conflicts.length} conflict(s); ` +
          `undecided: ${report.undecided.join(", ") || "none"}${report.keptExisting.length ? `; kept existing 2022 decisions on ${report.keptExisting.length} control(s) (use --force to overwrite)` : ""}`,
      );
    });
}
