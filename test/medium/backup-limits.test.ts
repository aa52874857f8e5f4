/**
 * The backup reader's limits: a file that inflates without end (a "gzip bomb"), too long a line or
 * too many lines is refused with a clear error and exit code 1, never a crash; and the key
 * commands of the CLI.
 */
import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { describeError } from "../../src/cli/errors.js";
import { restoreBackup } from "../../src/modules/backup/backup.service.js";
import { DEFAULT_BACKUP_LIMITS } from "../../src/modules/backup/backup-format.js";
import { readKeyFile } from "../../src/modules/backup/backup-key.js";
import { runIsms } from "../support/run-cli.js";
import { DIALECTS } from "../support/workspaces.js";
import { disposedAfterEach } from "./backup-fixtures.js";

const fresh = disposedAfterEach();

describe.each(DIALECTS)("backup limits on %s", (dialect) => {
  it("refuses a gzip bomb with a clear error, exit code 1, never a RangeError", async () => {
    const ws = await fresh(dialect);
    // Concatenated gzip members: 640 MiB of zeros without a newline, in a file of under 1 MiB.
    const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
    const bomb = join(ws.dir, "bomb.isms.gz");
    await writeFile(bomb, Buffer.concat(Array.from({ length: 640 }, () => member)));
    const error = await restoreBackup(ws, bomb).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INTEGRITY",
      message: expect.stringMatching(/line 1 is longer than 256 MiB when unpacked/),
    });
    expect(describeError(error)?.exitCode).toBe(1);

    await expect(
      restoreBackup(ws, bomb, { limits: { ...DEFAULT_BACKUP_LIMITS, maxUnpackedBytes: 8 * 1024 * 1024 } }),
    ).rejects.toThrow(/the backup is larger than 8 MiB when unpacked/);
    const many = join(ws.dir, "lines.isms.gz");
    const header = { format: "isms-copilot-backup", formatVersion: 2, schema: "0001-initial", scope: "all" };
    await writeFile(many, gzipSync(`${JSON.stringify(header)}\n${"{}\n".repeat(100)}`));
    await expect(
      restoreBackup(ws, many, { limits: { ...DEFAULT_BACKUP_LIMITS, maxLines: 10 } }),
    ).rejects.toThrow(/more than 10 lines/);
  });
});

describe("backup commands", () => {
  it("exports the key, restores elsewhere with --trust-key, refuses a bomb with its limit setting", async () => {
    const ws = await fresh("sqlite");
    const saved = { url: process.env.ISMS_DATABASE_URL, limit: process.env.ISMS_BACKUP_MAX_UNPACKED_BYTES };
    process.env.ISMS_DATABASE_URL = ws.url;
    try {
      const keyFile = join(ws.dir, "backup.key");
      const exported = await runIsms("backup", "key", "export", keyFile);
      expect(exported.stdout).toContain(`Backup key ${(await readKeyFile(keyFile)).id} written`);
      expect((await stat(keyFile)).mode & 0o077).toBe(0);
      await expect(runIsms("backup", "key", "export", keyFile)).rejects.toThrow(/already exists/);

      // Another installation restores the backup only with --trust-key.
      const file = join(ws.dir, "all.isms.gz");
      await runIsms("backup", "--out", file);
      const other = await fresh("sqlite");
      process.env.ISMS_DATABASE_URL = other.url;
      await expect(runIsms("restore", file)).rejects.toThrow(/not made by this installation/);
      await expect(runIsms("restore", file, "--trust-key", keyFile)).resolves.toMatchObject({ exitCode: 0 });

      const bomb = join(ws.dir, "bomb.isms.gz");
      await writeFile(
        bomb,
        Buffer.concat(Array.from({ length: 16 }, () => gzipSync(Buffer.alloc(1024 * 1024)))),
      );
      process.env.ISMS_BACKUP_MAX_UNPACKED_BYTES = String(4 * 1024 * 1024);
      const error = await runIsms("restore", bomb).catch((e: unknown) => e);
      expect(describeError(error)).toEqual({
        message: expect.stringMatching(/larger than 4 MiB when unpacked \(ISMS_BACKUP_MAX_UNPACKED_BYTES\)/),
        exitCode: 1,
      });
    } finally {
      for (const [name, value] of [
        ["ISMS_DATABASE_URL", saved.url],
        ["ISMS_BACKUP_MAX_UNPACKED_BYTES", saved.limit],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
