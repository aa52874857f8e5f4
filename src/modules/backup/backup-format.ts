/**
 * The backup archive: gzip-compressed JSON lines, engine-neutral, so a backup taken on SQLite
 * restores into PostgreSQL and back.
 *
 *   line 1      { "format": "isms-copilot-backup", "formatVersion": 1, "schema": "...", ... }
 *   lines 2..n  { "table": "risks", "row": { ... } }   rows, in dependency order
 *               { "blob": { "sha256", "size", "mime", "data": base64 } }
 *   last line   { "end": true, "lines": n, "sha256": "<hash of every earlier line>" }
 *
 * The trailer makes truncation and corruption detectable before anything is written.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { DomainError } from "../../domain/errors.js";

export const BACKUP_FORMAT = "isms-copilot-backup";
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The newest migration of the database that wrote it. */
  schema: string;
  createdAt: string;
  /** Slugs of the organizations inside; "all" for a full backup that includes users and the installation chain. */
  scope: "all" | { organizations: string[] };
  source: "sqlite" | "postgres";
}

export type BackupLine =
  | { table: string; row: Record<string, unknown> }
  | { blob: { sha256: string; size: number; mime: string; data: string } };

export interface BackupTrailer {
  end: true;
  lines: number;
  sha256: string;
}

export const damaged = (why: string) =>
  new DomainError("INTEGRITY", `not a usable backup: ${why}. Nothing was changed.`);

/** Running hash and count of the lines between header and trailer (header included). */
export class LineDigest {
  private readonly hash = createHash("sha256");
  lines = 0;
  add(line: string): void {
    this.hash.update(line).update("\n");
    this.lines++;
  }
  hex(): string {
    return this.hash.copy().digest("hex");
  }
}

/**
 * Reads a backup file line by line, checking the header first and the trailer last. `onLine`
 * sees every content line; an exception from the file (truncated gzip, bad JSON) becomes a clear
 * INTEGRITY error.
 */
export async function readBackup(
  file: string,
  onHeader: (header: BackupHeader) => void | Promise<void>,
  onLine: (line: BackupLine) => void | Promise<void>,
): Promise<BackupTrailer> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const digest = new LineDigest();
  let trailer: BackupTrailer | undefined;
  let first = true;
  try {
    for await (const text of lines) {
      if (trailer) throw damaged("data after the end marker");
      const value = JSON.parse(text) as Record<string, unknown>;
      if (first) {
        first = false;
        if (value.format !== BACKUP_FORMAT) throw damaged("this file is not an ISMS Copilot backup");
        if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
          throw damaged(`backup format ${String(value.formatVersion)} is not supported by this version`);
        }
        digest.add(text);
        await onHeader(value as unknown as BackupHeader);
        continue;
      }
      if (value.end === true) {
        trailer = value as unknown as BackupTrailer;
        continue;
      }
      digest.add(text);
      await onLine(value as unknown as BackupLine);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    throw damaged(first ? `cannot read it (${reason})` : `it is truncated or corrupted (${reason})`);
  } finally {
    input.destroy();
  }
  if (first) throw damaged("the file is empty");
  if (!trailer) throw damaged("it is truncated (no end marker)");
  if (trailer.lines !== digest.lines || trailer.sha256 !== digest.hex()) {
    throw damaged("its checksum does not match its content");
  }
  return trailer;
}
