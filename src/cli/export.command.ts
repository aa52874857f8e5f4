/**
 * `isms export …`: audit-ready documents (XLSX, DOCX, PDF, CSV) and `isms verify-export` to check a
 * file against the audit trail.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { printJson, writeFileAtomic } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

const REPORT_NAMES = ["soa", "risks", "rtp", "methodology", "assets", "audit", "review", "readiness"];

export function registerExportCommands(program: Command): void {
  const exportCommand = program
    .command("export")
    .description("audit-ready documents: soa, risks, rtp, methodology, assets, audit, review, readiness");

  for (const report of REPORT_NAMES) {
    exportCommand
      .command(report)
      .description(`export the ${report === "rtp" ? "risk treatment plan" : report} document`)
      .option("--org <slug>", "the organization")
      .option("--format <format>", "xlsx | docx | pdf | csv", "xlsx")
      .option("--version <n>", "an approved SoA version instead of the current state (soa only)", Number)
      .requiredOption("--out <file>", "file to write")
      .option("--json", "machine-readable output")
      .action(async (o: { org?: string; format: string; version?: number; out: string; json?: boolean }) => {
        const { FORMATS } = await import("../exports/document.js");
        if (!(FORMATS as readonly string[]).includes(o.format))
          throw new CliError(`--format takes ${FORMATS.join(", ")}`, EXIT_USAGE);
        const { exportReport } = await import("../exports/export.service.js");
        const result = await withWorkspace(async ({ ws, actor }) =>
          exportReport(
            ws.db,
            (await requireOrg(ws, o.org)).id,
            actor,
            report as never,
            o.format as never,
            o.version !== undefined ? { soaVersion: o.version } : {},
          ),
        );
        const file = await writeFileAtomic(o.out, result.data);
        if (o.json) return printJson({ file, documentId: result.doc.documentId, ...result.record });
        process.stdout.write(
          `Wrote ${result.doc.title} (${result.doc.version}) to ${file}\nDocument ${result.doc.documentId}, SHA-256 ${result.record.sha256}\n`,
        );
      });
  }

  program
    .command("verify-export")
    .description("tell whether a file is one this installation produced, and for which version")
    .argument("<file>")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: { json?: boolean }) => {
      const { verifyExport } = await import("../exports/export.service.js");
      const data = await readFile(file).catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const verdict = await withWorkspace(({ ws }) => verifyExport(ws.db, data));
      if (!verdict.ok) process.exitCode = 1;
      if (o.json) return printJson(verdict);
      process.stdout.write(
        verdict.ok
          ? `OK: ${verdict.report} (${verdict.format}) of ${verdict.organization}, ${verdict.version}, document ${verdict.documentId}, generated ${verdict.generatedAt}\n`
          : `UNKNOWN: no document with SHA-256 ${verdict.sha256} was produced here (edited, or from elsewhere)\n`,
      );
    });
}
