/** `isms backup` and `isms restore`: portable archives, evidence files included. */
import type { Command } from "commander";
import { printJson } from "./output.js";
import { progressLine } from "./progress.js";
import { withWorkspace } from "./workspace.js";

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .description("write a backup of every organization (or one) with its evidence files")
    .requiredOption("--out <file>", "archive to write (gzip-compressed JSON lines)")
    .option("--org <slug>", "only this organization")
    .option("--json", "machine-readable output")
    .action(async (options: { out: string; org?: string; json?: boolean }) => {
      const { createBackup } = await import("../modules/backup/backup.service.js");
      const progress = progressLine("Backing up");
      const summary = await withWorkspace(({ ws }) =>
        createBackup(ws, options.out, {
          ...(options.org ? { orgSlug: options.org } : {}),
          onProgress: (n, what) => progress.update(n, what),
        }),
      );
      progress.done();
      if (options.json) return printJson(summary);
      process.stdout.write(
        `Backup written to ${summary.file}: ${summary.organizations.length} organization(s), ${summary.rows} rows, ${summary.blobs} evidence files\n`,
      );
    });

  program
    .command("restore")
    .description(
      "restore a backup; refuses damaged files and existing organizations and then changes nothing",
    )
    .argument("<file>", "archive written by isms backup")
    .option("--replace", "overwrite organizations that already exist here")
    .option("--json", "machine-readable output")
    .action(async (file: string, options: { replace?: boolean; json?: boolean }) => {
      const { restoreBackup } = await import("../modules/backup/backup.service.js");
      const progress = progressLine("Restoring");
      const summary = await withWorkspace(({ ws }) =>
        restoreBackup(ws, file, {
          replace: options.replace === true,
          onProgress: (n, what) => progress.update(n, what),
        }),
      );
      progress.done();
      if (options.json) return printJson(summary);
      process.stdout.write(
        `Restored ${summary.organizations.join(", ") || "no organizations"}: ${summary.rows} rows, ${summary.blobs} evidence files\n`,
      );
      if (summary.installationEventsSkipped) {
        process.stdout.write(
          `Kept this installation's own audit chain; ${summary.installationEventsSkipped} installation-level events of the backup were not imported.\n`,
        );
      }
    });
}
