/**
 * `isms backup`, `isms restore` and `isms backup key`: portable archives, evidence files included,
 * signed with the installation's backup key.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { printJson } from "./output.js";
import { progressLine } from "./progress.js";
import { withWorkspace } from "./workspace.js";

export function registerBackupCommands(program: Command): void {
  const backup = program
    .command("backup")
    .description(
      "write a backup of every organization (or one) with its evidence files, signed by this installation",
    )
    .option("--out <file>", "archive to write (gzip-compressed JSON lines)")
    .option("--org <slug>", "only this organization")
    .option("--json", "machine-readable output")
    .action(async (options: { out?: string; org?: string; json?: boolean }) => {
      if (!options.out) throw new CliError("isms backup needs --out <file>", EXIT_USAGE);
      const out = options.out;
      const { createBackup } = await import("../modules/backup/backup.service.js");
      const progress = progressLine("Backing up");
      const summary = await withWorkspace(({ ws }) =>
        createBackup(ws, out, {
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

  const key = backup
    .command("key")
    .description("the key that signs this installation's backups (needed to restore them elsewhere)");
  key
    .command("export")
    .description("write this installation's backup key to a file; keep it as safely as the backups")
    .argument("<file>", "key file to write (an existing file is never overwritten)")
    .action(async (out: string) => {
      const { installationBackupKey, keyFileText } = await import("../modules/backup/backup-key.js");
      const { writeFile } = await import("node:fs/promises");
      const { resolve } = await import("node:path");
      const file = resolve(out);
      const exported = await withWorkspace(({ ws }) => installationBackupKey(ws.db));
      await writeFile(file, keyFileText(exported), { mode: 0o600, flag: "wx" }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new CliError(`${file} already exists`);
        throw error;
      });
      process.stdout.write(`Backup key ${exported.id} written to ${file}\n`);
    });
  key
    .command("import")
    .description("trust another installation's backup key for restores into this one")
    .argument("<file>", "key file written by isms backup key export")
    .action(async (file: string) => {
      const { importBackupKey, readKeyFile } = await import("../modules/backup/backup-key.js");
      const trusted = await readKeyFile(file);
      const keyId = await withWorkspace(({ ws }) => importBackupKey(ws.db, trusted));
      process.stdout.write(`Backups signed with key ${keyId} can now be restored here\n`);
    });

  program
    .command("restore")
    .description(
      "restore a backup; refuses damaged, changed or foreign files and existing organizations, and then changes nothing",
    )
    .argument("<file>", "archive written by isms backup")
    .option("--replace", "overwrite organizations that already exist here")
    .option(
      "--trust-key <file>",
      "also accept backups signed with this key file (from isms backup key export)",
    )
    .option(
      "--allow-unsigned",
      "accept an unsigned backup of the previous format (only if you know where it comes from)",
    )
    .option("--json", "machine-readable output")
    .action(
      async (
        file: string,
        options: { replace?: boolean; trustKey?: string; allowUnsigned?: boolean; json?: boolean },
      ) => {
        const { restoreBackup } = await import("../modules/backup/backup.service.js");
        const { backupLimitsFromEnv } = await import("../modules/backup/backup-format.js");
        const { readKeyFile } = await import("../modules/backup/backup-key.js");
        const limits = backupLimitsFromEnv();
        const trustKeys = options.trustKey ? [await readKeyFile(options.trustKey)] : [];
        const progress = progressLine("Restoring");
        const summary = await withWorkspace(({ ws, actor }) =>
          restoreBackup(ws, file, {
            actor,
            replace: options.replace === true,
            allowUnsigned: options.allowUnsigned === true,
            trustKeys,
            limits,
            onProgress: (n, what) => progress.update(n, what),
          }),
        );
        progress.done();
        if (options.json) return printJson(summary);
        process.stdout.write(
          `Restored ${summary.organizations.join(", ") || "no organizations"}: ${summary.rows} rows, ${summary.blobs} evidence files\n`,
        );
        if (summary.usersCreated.length) {
          process.stdout.write(
            `Created ${summary.usersCreated.length} user(s) without a password (${summary.usersCreated.join(", ")}): they sign in through single sign-on or once a password is set for them.\n`,
          );
        }
        if (summary.installationEventsSkipped) {
          process.stdout.write(
            `Kept this installation's own audit chain; ${summary.installationEventsSkipped} installation-level events of the backup were not imported.\n`,
          );
        }
      },
    );
}
