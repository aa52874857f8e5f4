/**
 * Opens a ZIP archive that a user supplied (an XLSX workbook to import, an evidence pack to
 * verify) within limits: how many entries it may hold, how many bytes one entry and all entries
 * together may inflate to. A zip bomb is a small file whose entries inflate to gigabytes, so the
 * inflated bytes are counted chunk by chunk while inflating and the entry stops at the limit; the
 * sizes the archive declares are never trusted, since they are what a bomb lies about.
 */
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { invalid } from "../domain/errors.js";

export interface ArchiveLimits {
  /** Entries (files and folders) the archive may hold. */
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all entries read together may inflate to. */
  maxTotalBytes: number;
}

export const MiB = 1024 * 1024;

/** How the message of a file that is no ZIP archive at all begins, after the file's name. */
export const NOT_A_ZIP = "is not a readable ZIP archive";

/** A ZIP archive opened within limits; every read counts against them. */
export interface LimitedArchive {
  /** The names of its files (folders left out), in archive order. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** Inflates one file, handing each chunk to `sink`; answers the inflated size. */
  read(name: string, sink: (chunk: Buffer) => void, maxBytes?: number): Promise<number>;
  /** Inflates one file without keeping it: its size and SHA-256. */
  digest(name: string): Promise<{ size: number; sha256: string }>;
  /** One file as UTF-8 text, for small files such as a manifest (a lower limit may be given). */
  text(name: string, maxBytes?: number): Promise<string>;
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/**
 * How many central-directory signatures the bytes hold, counting up to `stopAfter + 1`. Every
 * entry a reader lists starts with one, so this bounds the entries before the reader builds an
 * object for each of them.
 */
function entryBound(data: Buffer, stopAfter: number): number {
  let count = 0;
  for (let at = data.indexOf(CENTRAL_HEADER); at !== -1; at = data.indexOf(CENTRAL_HEADER, at + 1))
    if (++count > stopAfter) break;
  return count;
}

const megabytes = (bytes: number) => `${Math.round(bytes / MiB)} MB`;
const refused = (what: string, message: string) => invalid(`${what} ${message}`, [{ path: "file", message }]);

/** Opens `data` as a ZIP archive; `what` names it in messages ("the workbook", "the evidence pack"). */
export async function openArchive(
  data: Uint8Array,
  limits: ArchiveLimits,
  what: string,
): Promise<LimitedArchive> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tooMany = () => refused(what, `holds more than ${limits.maxEntries} entries`);
  if (entryBound(bytes, limits.maxEntries) > limits.maxEntries) throw tooMany();
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes).catch((error: Error) => {
    throw refused(what, `${NOT_A_ZIP} (${error.message})`);
  });
  const entries = Object.keys(zip.files);
  if (entries.length > limits.maxEntries) throw tooMany();
  const files = new Map(
    entries.flatMap((name) => {
      const entry = zip.files[name];
      return entry && !entry.dir ? [[name, entry] as const] : [];
    }),
  );
  let total = 0;

  const read = (name: string, sink: (chunk: Buffer) => void, maxBytes = limits.maxEntryBytes) => {
    const entry = files.get(name);
    if (!entry) return Promise.reject(refused(what, `has no file ${name}`));
    return new Promise<number>((resolve, reject) => {
      let size = 0;
      const stream = entry.nodeStream("nodebuffer") as Readable;
      const stop = (error: Error) => {
        stream.destroy();
        reject(error);
      };
      stream
        .on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          total += chunk.byteLength;
          if (size > maxBytes)
            stop(refused(what, `has a file that unzips to more than ${megabytes(maxBytes)}`));
          else if (total > limits.maxTotalBytes)
            stop(refused(what, `unzips to more than ${megabytes(limits.maxTotalBytes)}`));
          else sink(chunk);
        })
        .on("error", (error: Error) => reject(refused(what, `has a damaged entry (${error.message})`)))
        .on("end", () => resolve(size));
    });
  };

  return {
    names: [...files.keys()],
    has: (name) => files.has(name),
    read,
    async digest(name) {
      const hash = createHash("sha256");
      const size = await read(name, (chunk) => hash.update(chunk));
      return { size, sha256: hash.digest("hex") };
    },
    async text(name, maxBytes) {
      const chunks: Buffer[] = [];
      await read(
        name,
        (chunk) => chunks.push(chunk),
        Math.min(maxBytes ?? limits.maxEntryBytes, limits.maxEntryBytes),
      );
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** Inflates every file of the archive, keeping nothing, to check it stays within the limits. */
export async function checkArchive(data: Uint8Array, limits: ArchiveLimits, what: string): Promise<void> {
  const archive = await openArchive(data, limits, what);
  for (const name of archive.names) await archive.read(name, () => {});
}
