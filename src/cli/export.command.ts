/**
 * `isms export …`: audit-ready documents (XLSX, DOCX, PDF, CSV) and `isms verify-export` to check a
 * file against the audit trail.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { registerOscalCommands } from "./oscal.command.js";
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

  exportCommand
    .command("pack")
    .description(
      "auditor evidence pack: a ZIP of the SoA, registers and evidence effective in the period, with a manifest",
    )
    .option("--org <slug>", "the organization")
    .option("--period <from..to>", "only evidence effective in this period, e.g. 2026-01-01..2026-06-30")
    .requiredOption("--out <file>", "ZIP file to write")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; period?: string; out: string; json?: boolean }) => {
      const { buildEvidencePack } = await import("../exports/pack.service.js");
      const pack = await withWorkspace(async ({ ws, actor }) =>
        buildEvidencePack(ws.db, ws.blobs, (await requireOrg(ws, o.org)).id, actor, o.period),
      );
      const file = await writeFileAtomic(o.out, pack.data);
      const evidence = pack.manifest.files.filter((f) => f.kind === "evidence").length;
      if (o.json)
        return printJson({ file, files: pack.manifest.files.length, evidence, sha256: pack.record.sha256 });
      process.stdout.write(
        `Wrote ${file}: ${pack.manifest.files.length - evidence} documents and ${evidence} evidence files, SHA-256 ${pack.record.sha256}\n`,
      );
    });

  registerOscalCommands(exportCommand);

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
      // A pack is also checked file by file against its own manifest.
      const isZip = data[0] === 0x50 && data[1] === 0x4b;
      const pack = isZip ? await (await import("../exports/pack.service.js")).verifyPack(data) : undefined;
      if (!verdict.ok || (pack && !pack.ok)) process.exitCode = 1;
      if (o.json) return printJson(pack ? { ...verdict, pack } : verdict);
      if (pack) {
        process.stdout.write(
          pack.ok
            ? `Pack contents: all ${pack.files} files match the manifest\n`
            : `Pack contents: ${pack.problems.join("; ")}\n`,
        );
      }
      process.stdout.write(
        verdict.ok
          ? `OK: ${verdict.report} (${verdict.format}) of ${verdict.organization}, ${verdict.version}, document ${verdict.documentId}, generated ${verdict.generatedAt}\n`
          : `UNKNOWN: no document with SHA-256 ${verdict.sha256} was produced here (edited, or from elsewhere)\n`,
      );
    });
}
