/**
 * The installation's backup key: a random 256-bit secret that signs every backup (HMAC-SHA-256
 * in the trailer). It lives in the `installation_secrets` table, so every node sharing one
 * PostgreSQL database signs and verifies with the same key, and it is never part of a backup.
 *
 * A backup moves to another installation only on purpose: the source exports its key to a file
 * (`isms backup key export`), the target trusts it for one restore (`isms restore --trust-key`)
 * or for good (`isms backup key import`).
 */
import { createHash, createHmac, type Hmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { DomainError } from "../../domain/errors.js";

const OWN_KEY = "backup-signing-key";
const TRUSTED_PREFIX = "backup-trusted-key:";
const KEY_FILE_FORMAT = "isms-copilot-backup-key";

interface SecretsDb {
  installationSecrets: { name: string; value: string; createdAt: string };
}

export interface BackupKey {
  /** Short public fingerprint (first 16 hex digits of the key's SHA-256), printed in the trailer. */
  id: string;
  secret: Buffer;
}

const secrets = (db: Kysely<Database>) => db as unknown as Kysely<SecretsDb>;

function toKey(base64: string): BackupKey {
  const secret = Buffer.from(base64, "base64url");
  return { id: createHash("sha256").update(secret).digest("hex").slice(0, 16), secret };
}

/**
 * This installation's key, created on first use. Two nodes creating it at once both insert with
 * "do nothing on conflict" and then read the single row that won.
 */
export async function installationBackupKey(db: Kysely<Database>): Promise<BackupKey> {
  const store = secrets(db);
  await store
    .insertInto("installationSecrets")
    .values({
      name: OWN_KEY,
      value: randomBytes(32).toString("base64url"),
      createdAt: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await store
    .selectFrom("installationSecrets")
    .select("value")
    .where("name", "=", OWN_KEY)
    .executeTakeFirstOrThrow();
  return toKey(row.value);
}

/** Keys of other installations this one was told to trust with `isms backup key import`. */
export async function trustedBackupKeys(db: Kysely<Database>): Promise<BackupKey[]> {
  const rows = await secrets(db)
    .selectFrom("installationSecrets")
    .select("value")
    .where("name", "like", `${TRUSTED_PREFIX}%`)
    .execute();
  return rows.map((r) => toKey(r.value));
}

/** The text of a key file: the key itself, so it must be kept as safely as the backups. */
export function keyFileText(key: BackupKey): string {
  return `${JSON.stringify({ format: KEY_FILE_FORMAT, id: key.id, key: key.secret.toString("base64url") })}\n`;
}

/** Reads a key file written by `isms backup key export`. */
export async function readKeyFile(file: string): Promise<BackupKey> {
  let value: { format?: unknown; id?: unknown; key?: unknown };
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new DomainError(
      "VALIDATION",
      `cannot read the backup key file ${file} (${(error as Error).message})`,
    );
  }
  if (value.format !== KEY_FILE_FORMAT || typeof value.key !== "string") {
    throw new DomainError("VALIDATION", `${file} is not a backup key file written by isms backup key export`);
  }
  const key = toKey(value.key);
  if (key.secret.byteLength !== 32 || key.id !== value.id) {
    throw new DomainError("VALIDATION", `the backup key file ${file} is damaged`);
  }
  return key;
}

/** Trusts another installation's key for restores from now on; returns its id. */
export async function importBackupKey(db: Kysely<Database>, key: BackupKey): Promise<string> {
  await secrets(db)
    .insertInto("installationSecrets")
    .values({
      name: `${TRUSTED_PREFIX}${key.id}`,
      value: key.secret.toString("base64url"),
      createdAt: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  return key.id;
}

/** Running HMAC-SHA-256 of the backup lines, fed exactly like the trailer's SHA-256. */
export function lineHmac(key: BackupKey): Hmac {
  return createHmac("sha256", key.secret);
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.byteLength === y.byteLength && x.byteLength > 0 && timingSafeEqual(x, y);
}
