/**
 * Content-addressed storage of evidence files (SHA-256). On SQLite the files live in a local
 * folder beside the database; on PostgreSQL in a table, so every app node sees the same files.
 * The same content is stored once, whoever uploads it.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { nowIso } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";

export interface StoredBlob {
  sha256: string;
  size: number;
  mime: string;
  /** True when the same content was already stored. */
  existed: boolean;
}

export interface BlobStore {
  readonly kind: "folder" | "database";
  put(data: Uint8Array, mime: string): Promise<StoredBlob>;
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
}

export const sha256Hex = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

const HEX64 = /^[0-9a-f]{64}$/;

function checkSize(data: Uint8Array, maxBytes: number): void {
  if (data.byteLength > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw invalid(`the file is ${mb(data.byteLength)}; the limit is ${mb(maxBytes)}`, [
      { path: "file", message: "too large" },
    ]);
  }
}

/** Files under `<root>/<first two hex digits>/<sha256>`, written atomically, verified on read. */
export class FolderBlobStore implements BlobStore {
  readonly kind = "folder";
  constructor(
    private readonly root: string,
    private readonly maxBytes: number,
  ) {}

  private path(sha256: string): string {
    if (!HEX64.test(sha256)) throw invalid(`"${sha256}" is not a SHA-256 digest`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.path(sha256)).then(
      () => true,
      () => false,
    );
  }

  async put(data: Uint8Array, mime: string): Promise<StoredBlob> {
    checkSize(data, this.maxBytes);
    const sha256 = sha256Hex(data);
    const target = this.path(sha256);
    if (await this.has(sha256)) return { sha256, size: data.byteLength, mime, existed: true };
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, target);
    return { sha256, size: data.byteLength, mime, existed: false };
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    const data = await readFile(this.path(sha256)).catch(() => undefined);
    if (data && sha256Hex(data) !== sha256) throw new Error(`evidence file ${sha256} is corrupted on disk`);
    return data;
  }
}

/** Files in the `blobs` table. */
export class DatabaseBlobStore implements BlobStore {
  readonly kind = "database";
  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxBytes: number,
  ) {}

  async has(sha256: string): Promise<boolean> {
    return !!(await this.db
      .selectFrom("blobs")
      .select("sha256")
      .where("sha256", "=", sha256)
      .executeTakeFirst());
  }

  async put(data: Uint8Array, mime: string): Promise<StoredBlob> {
    checkSize(data, this.maxBytes);
    const sha256 = sha256Hex(data);
    const result = await this.db
      .insertInto("blobs")
      .values({ sha256, size: data.byteLength, mime, data: Buffer.from(data), createdAt: nowIso() })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .executeTakeFirst();
    return {
      sha256,
      size: data.byteLength,
      mime,
      existed: Number(result.numInsertedOrUpdatedRows ?? 0) === 0,
    };
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    const row = await this.db
      .selectFrom("blobs")
      .select("data")
      .where("sha256", "=", sha256)
      .executeTakeFirst();
    if (!row) return undefined;
    const data = new Uint8Array(row.data);
    if (sha256Hex(data) !== sha256) throw new Error(`evidence file ${sha256} is corrupted in the database`);
    return data;
  }
}
