/**
 * The backup archive: gzip-compressed JSON lines, engine-neutral, so a backup taken on SQLite
 * restores into PostgreSQL and back.
 *
 *   line 1      { "format": "isms-copilot-backup", "formatVersion": 2, "schema": "...", ... }
 *   lines 2..n  { "table": "risks", "row": { ... } }   rows, in dependency order
 *               { "blob": { "sha256", "size", "mime", "data": base64 } }
 *   last line   { "end": true, "lines": n, "sha256": "<hash>", "keyId": "...", "hmac": "<HMAC>" }
 *
 * The trailer's SHA-256 makes truncation and corruption detectable before anything is written;
 * its HMAC-SHA-256 with the installation's backup key (ADR 0006) makes a changed or foreign file
 * detectable too, since a checksum alone can be recomputed by whoever edits the file. Version 1
 * files had no HMAC and are read only when the caller allows unsigned backups.
 *
 * The reader streams and counts: unpacked bytes, line length and line count have limits, so a
 * small file that inflates without end (a "gzip bomb") is refused with a clear error.
 */
import { createHash, type Hash, type Hmac } from "node:crypto";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { DomainError } from "../../domain/errors.js";
import { type BackupKey, lineHmac, sameDigest } from "./backup-key.js";

export const BACKUP_FORMAT = "isms-copilot-backup";
export const BACKUP_FORMAT_VERSION = 2;
/** The previous version: no signature, users with credentials. Read only with `allowUnsigned`. */
export const UNSIGNED_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The newest migration of the database that wrote it. */
  schema: string;
  createdAt: string;
  /** Slugs of the organizations inside; "all" for a full backup that includes the installation chain. */
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
  /** Fingerprint of the key that signed the file (format 2). */
  keyId?: string;
  /** HMAC-SHA-256 of the same bytes as `sha256`, with the installation's backup key (format 2). */
  hmac?: string;
}

export const damaged = (why: string) =>
  new DomainError("INTEGRITY", `not a usable backup: ${why}. Nothing was changed.`);

/** Limits of the reader, checked while the file is unpacked. */
export interface BackupLimits {
  /** Bytes after gunzip, the whole file. */
  maxUnpackedBytes: number;
  /** Bytes of one line after gunzip (an evidence file is one line, base64). */
  maxLineBytes: number;
  /** Lines in the file, header and trailer included. */
  maxLines: number;
}

const MIB = 1024 * 1024;
export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxUnpackedBytes: 4 * 1024 * MIB,
  maxLineBytes: 256 * MIB,
  maxLines: 20_000_000,
};

const LIMIT_VARIABLES: Record<keyof BackupLimits, string> = {
  maxUnpackedBytes: "ISMS_BACKUP_MAX_UNPACKED_BYTES",
  maxLineBytes: "ISMS_BACKUP_MAX_LINE_BYTES",
  maxLines: "ISMS_BACKUP_MAX_LINES",
};

/** The limits, each overridable by its environment variable (a positive whole number). */
export function backupLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): BackupLimits {
  const limits = { ...DEFAULT_BACKUP_LIMITS };
  for (const [field, variable] of Object.entries(LIMIT_VARIABLES) as [keyof BackupLimits, string][]) {
    const text = env[variable];
    if (text === undefined || text === "") continue;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new DomainError("VALIDATION", `${variable} must be a positive whole number, not "${text}"`);
    }
    limits[field] = value;
  }
  return limits;
}

const size = (bytes: number) =>
  bytes % (1024 * MIB) === 0
    ? `${bytes / (1024 * MIB)} GiB`
    : bytes % MIB === 0
      ? `${bytes / MIB} MiB`
      : `${bytes.toLocaleString("en")} bytes`;

/** Running SHA-256 (and HMACs, one per candidate key) of the lines between header and trailer. */
export class LineDigest {
  private readonly hash: Hash = createHash("sha256");
  private readonly macs: { key: BackupKey; mac: Hmac }[];
  lines = 0;
  constructor(keys: readonly BackupKey[] = []) {
    this.macs = keys.map((key) => ({ key, mac: lineHmac(key) }));
  }
  add(line: string): void {
    this.hash.update(line).update("\n");
    for (const { mac } of this.macs) mac.update(line).update("\n");
    this.lines++;
  }
  hex(): string {
    return this.hash.copy().digest("hex");
  }
  /** The HMAC with each key, in the order the keys were given. */
  signatures(): { key: BackupKey; hmac: string }[] {
    return this.macs.map(({ key, mac }) => ({ key, hmac: mac.digest("hex") }));
  }
}

/** The lines of a gzip file, unpacked as a stream and counted against `limits`. */
async function* unpackedLines(file: string, limits: BackupLimits): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const gunzip = createGunzip();
  raw.on("error", (error) => gunzip.destroy(error));
  raw.pipe(gunzip);
  let parts: Buffer[] = [];
  let length = 0;
  let total = 0;
  let count = 0;
  const line = () => {
    count++;
    if (count > limits.maxLines) {
      throw damaged(
        `it has more than ${limits.maxLines.toLocaleString("en")} lines (${LIMIT_VARIABLES.maxLines})`,
      );
    }
    const text = Buffer.concat(parts, length).toString("utf8");
    parts = [];
    length = 0;
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  };
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > limits.maxUnpackedBytes) {
        throw damaged(
          `the backup is larger than ${size(limits.maxUnpackedBytes)} when unpacked (${LIMIT_VARIABLES.maxUnpackedBytes})`,
        );
      }
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(0x0a, start);
        const piece = chunk.subarray(start, newline === -1 ? chunk.byteLength : newline);
        length += piece.byteLength;
        if (length > limits.maxLineBytes) {
          throw damaged(
            `line ${count + 1} is longer than ${size(limits.maxLineBytes)} when unpacked (${LIMIT_VARIABLES.maxLineBytes})`,
          );
        }
        if (piece.byteLength) parts.push(piece);
        if (newline === -1) break;
        yield line();
        start = newline + 1;
      }
    }
    if (length) yield line();
  } finally {
    gunzip.destroy();
    raw.destroy();
  }
}

export interface ReadOptions {
  /** Keys whose signature is accepted: this installation's, and any it was told to trust. */
  keys: readonly BackupKey[];
  /** Accept format 1 files, which carry no signature. */
  allowUnsigned?: boolean;
  limits?: BackupLimits;
}

/**
 * Reads a backup file line by line, checking the header first and the trailer last. `onLine`
 * sees every content line with its line number; an exception from the file (truncated gzip, bad
 * JSON) becomes a clear INTEGRITY error. The signature is checked at the end: callers that write
 * while reading do so in a transaction that this final check rolls back.
 */
export async function readBackup(
  file: string,
  options: ReadOptions,
  onHeader: (header: BackupHeader) => void | Promise<void>,
  onLine: (line: BackupLine, number: number) => void | Promise<void>,
): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  const digest = new LineDigest(options.keys);
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  let number = 0;
  try {
    for await (const text of unpackedLines(file, options.limits ?? DEFAULT_BACKUP_LIMITS)) {
      number++;
      if (trailer) throw damaged("data after the end marker");
      const value = JSON.parse(text) as Record<string, unknown>;
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw damaged(`line ${number} is not a JSON object`);
      }
      if (!header) {
        header = checkHeader(value, options.allowUnsigned === true);
        digest.add(text);
        await onHeader(header);
        continue;
      }
      if (value.end === true) {
        trailer = value as unknown as BackupTrailer;
        continue;
      }
      digest.add(text);
      await onLine(value as unknown as BackupLine, number);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    throw damaged(header ? `it is truncated or corrupted (${reason})` : `cannot read it (${reason})`);
  }
  if (!header) throw damaged("the file is empty");
  if (!trailer) throw damaged("it is truncated (no end marker)");
  if (trailer.lines !== digest.lines || trailer.sha256 !== digest.hex()) {
    throw damaged("its checksum does not match its content");
  }
  if (header.formatVersion === BACKUP_FORMAT_VERSION) checkSignature(trailer, digest);
  return { header, trailer };
}

function checkHeader(value: Record<string, unknown>, allowUnsigned: boolean): BackupHeader {
  if (value.format !== BACKUP_FORMAT) throw damaged("this file is not an ISMS Copilot backup");
  if (value.formatVersion === UNSIGNED_FORMAT_VERSION && !allowUnsigned) {
    throw damaged(
      "it is an unsigned backup of an older version; restore it with --allow-unsigned only if you are sure where it comes from",
    );
  }
  if (value.formatVersion !== BACKUP_FORMAT_VERSION && value.formatVersion !== UNSIGNED_FORMAT_VERSION) {
    throw damaged(`backup format ${String(value.formatVersion)} is not supported by this version`);
  }
  const scope = value.scope;
  const scoped =
    scope !== null &&
    typeof scope === "object" &&
    Array.isArray((scope as { organizations?: unknown }).organizations) &&
    (scope as { organizations: unknown[] }).organizations.length > 0 &&
    (scope as { organizations: unknown[] }).organizations.every((s) => typeof s === "string");
  if (scope !== "all" && !scoped) throw damaged("its header names no organizations");
  if (typeof value.schema !== "string") throw damaged("its header names no schema");
  return value as unknown as BackupHeader;
}

function checkSignature(trailer: BackupTrailer, digest: LineDigest): void {
  if (typeof trailer.hmac !== "string") throw damaged("it carries no signature");
  const valid = digest.signatures().some((s) => sameDigest(s.hmac, trailer.hmac ?? ""));
  if (!valid) {
    const signer = typeof trailer.keyId === "string" ? ` (signed with key ${trailer.keyId})` : "";
    throw damaged(
      `this backup was not made by this installation or was changed after it was made${signer}; to restore a backup of another installation, trust its key (isms restore --trust-key, isms backup key import)`,
    );
  }
}
