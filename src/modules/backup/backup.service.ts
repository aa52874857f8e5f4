/**
 * `isms backup` and `isms restore`: a portable archive of everything (or one organization),
 * evidence files included. Restore validates the whole file first and then writes in one
 * transaction, so a damaged or foreign file, or a conflict, changes nothing.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { Kysely, Transaction } from "kysely";
import { ChainAppender } from "../../db/chain-appender.js";
import { migrationNames } from "../../db/migrate.js";
import { type Database, ORG_TABLES } from "../../db/schema.js";
import { conflict, DomainError, notFound } from "../../domain/errors.js";
import { verifyAuditChain } from "../audit-trail/audit-trail.service.js";
import { sha256Hex } from "../evidence/blob-store.js";
import type { Workspace } from "../workspace.js";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupLimits,
  type BackupLine,
  damaged,
  LineDigest,
  type ReadOptions,
  readBackup,
} from "./backup-format.js";
import { type BackupKey, installationBackupKey, trustedBackupKeys } from "./backup-key.js";
import { chainsOf, removeTrail, TrailRestorer, trailRows } from "./backup-trail.js";
import { type BackupUser, RestoreGate } from "./restore-gate.js";

// biome-ignore lint/suspicious/noExplicitAny: rows are copied table by table, by name.
type Loose = Kysely<any>;

/** Tables in restore order, with the column that pages them. */
const TABLES: readonly { name: keyof Database; key: string }[] = [
  { name: "organizations", key: "id" },
  { name: "users", key: "id" },
  { name: "chainHeads", key: "chainId" },
  { name: "auditEvents", key: "id" },
  ...ORG_TABLES.map((name) => ({ name, key: "id" })),
];
const PAGE = 500;
/** What a backup carries of a user: the identity, never a password hash or a TOTP seed. */
const USER_COLUMNS = ["id", "email", "name"] as const;

export interface BackupSummary {
  file: string;
  organizations: string[];
  rows: number;
  blobs: number;
}

export type Progress = (done: number, label: string) => void;

/** Writes a backup of every organization (or of the one with `orgSlug`) to `out`, atomically. */
export async function createBackup(
  ws: Workspace,
  out: string,
  options: { orgSlug?: string; onProgress?: Progress } = {},
): Promise<BackupSummary> {
  const db = ws.db as unknown as Loose;
  const orgs = await ws.db
    .selectFrom("organizations")
    .select(["id", "slug"])
    .$if(options.orgSlug !== undefined, (q) => q.where("slug", "=", options.orgSlug ?? ""))
    .execute();
  if (options.orgSlug !== undefined && orgs.length === 0) throw notFound(`organization "${options.orgSlug}"`);
  const orgIds = orgs.map((o) => o.id);
  const full = options.orgSlug === undefined;

  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  const key = await installationBackupKey(ws.db);
  const digest = new LineDigest([key]);
  let rows = 0;
  let blobs = 0;

  async function* lines(): AsyncGenerator<string> {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schema: migrationNames().at(-1) ?? "",
      createdAt: new Date().toISOString(),
      scope: full ? "all" : { organizations: orgs.map((o) => o.slug) },
      source: ws.target.dialect,
    };
    const emit = (value: unknown) => {
      const text = JSON.stringify(value);
      digest.add(text);
      return `${text}\n`;
    };
    yield emit(header);
    for (const table of TABLES) {
      if (table.name === "auditEvents") {
        for await (const row of trailRows(ws.db, await chainsOf(ws.db, orgIds, full))) {
          rows++;
          yield emit({ table: table.name, row });
        }
        options.onProgress?.(rows, table.name);
        continue;
      }
      let last: string | undefined;
      for (;;) {
        let query = db.selectFrom(table.name).orderBy(table.key).limit(PAGE);
        query =
          table.name === "users"
            ? query.select(USER_COLUMNS)
            : table.name === "chainHeads"
              ? query.select(["chainId", "seq", "hash"])
              : query.selectAll();
        if (last !== undefined) query = query.where(table.key, ">", last);
        query = scopeQuery(query, table.name, orgIds, full);
        const page = (await query.execute()) as Record<string, unknown>[];
        for (const row of page) {
          rows++;
          yield emit({ table: table.name, row });
        }
        options.onProgress?.(rows, table.name);
        if (page.length < PAGE) break;
        last = page.at(-1)?.[table.key] as string;
      }
    }
    const shas = await ws.db
      .selectFrom("evidence")
      .select("sha256")
      .distinct()
      .where("sha256", "is not", null)
      .$if(!full, (q) => q.where("orgId", "in", orgIds.length ? orgIds : [""]))
      .execute();
    for (const { sha256 } of shas) {
      if (!sha256) continue;
      const data = await ws.blobs.get(sha256);
      if (!data)
        throw new Error(`evidence file ${sha256} is missing from the file store; the backup was not written`);
      const meta = await ws.db
        .selectFrom("evidence")
        .select("mime")
        .where("sha256", "=", sha256)
        .executeTakeFirst();
      blobs++;
      const blob = {
        sha256,
        size: data.byteLength,
        mime: meta?.mime ?? "application/octet-stream",
        data: Buffer.from(data).toString("base64"),
      };
      yield emit({ blob });
      options.onProgress?.(rows + blobs, "evidence files");
    }
    const [signature] = digest.signatures();
    const trailer = {
      end: true,
      lines: digest.lines,
      sha256: digest.hex(),
      keyId: key.id,
      hmac: signature?.hmac,
    };
    yield `${JSON.stringify(trailer)}\n`;
  }

  try {
    await pipeline(lines, createGzip(), createWriteStream(temporary));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { file: target, organizations: orgs.map((o) => o.slug), rows, blobs };
}

// biome-ignore lint/suspicious/noExplicitAny: see Loose
function scopeQuery(query: any, table: keyof Database, orgIds: string[], full: boolean): any {
  if (full) return query;
  const ids = orgIds.length ? orgIds : [""];
  switch (table) {
    case "organizations":
      return query.where("id", "in", ids);
    case "users":
      return query.where("id", "in", (eb: Loose) =>
        eb.selectFrom("memberships").select("userId").where("orgId", "in", ids),
      );
    case "chainHeads":
    case "auditEvents":
      return query.where("chainId", "in", ids);
    default:
      return query.where("orgId", "in", ids);
  }
}

export interface RestoreSummary {
  organizations: string[];
  rows: number;
  blobs: number;
  /** Installation-level events kept from the target because it already had its own. */
  installationEventsSkipped: number;
  /** Users the backup named who did not exist here: created without a password. */
  usersCreated: string[];
}

export interface RestoreOptions {
  replace?: boolean;
  /** Accept a backup of the previous, unsigned format (the rows are still checked). */
  allowUnsigned?: boolean;
  /** Keys of other installations to accept for this restore (`--trust-key`). */
  trustKeys?: readonly BackupKey[];
  limits?: BackupLimits;
  /** Who is recorded on the installation chain as having created the backup's new users. */
  actor?: string;
  onProgress?: Progress;
}

/** The reader's options: this installation's key, the keys it trusts, and the caller's. */
async function readOptions(ws: Workspace, options: RestoreOptions): Promise<ReadOptions> {
  const keys = [
    await installationBackupKey(ws.db),
    ...(await trustedBackupKeys(ws.db)),
    ...(options.trustKeys ?? []),
  ];
  return {
    keys,
    allowUnsigned: options.allowUnsigned === true,
    ...(options.limits ? { limits: options.limits } : {}),
  };
}

/** First pass: reads the whole file without writing, checking structure, checksums, rows and blobs. */
async function planRestore(file: string, read: ReadOptions): Promise<RestoreGate> {
  let gate: RestoreGate | undefined;
  // A refused row is reported once the whole file was read: if the file was changed or made
  // elsewhere, that is the better explanation, and it is known only at the end.
  let refused: DomainError | undefined;
  await readBackup(
    file,
    read,
    (header) => {
      if (!migrationNames().includes(header.schema)) {
        throw damaged(`it was written by a newer schema (${header.schema}); upgrade ISMS Copilot first`);
      }
      gate = new RestoreGate(header);
    },
    (line, number) => {
      if (refused) return;
      try {
        const checked = (gate as RestoreGate).check(line, number);
        if ("blob" in checked) {
          const data = Buffer.from(checked.blob.data, "base64");
          if (sha256Hex(data) !== checked.blob.sha256)
            throw damaged(`evidence file ${checked.blob.sha256} does not match its hash`);
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused = error;
      }
    },
  );
  if (!gate) throw damaged("no header");
  if (refused) throw refused;
  gate.finish();
  return gate;
}

interface Placement {
  /** Existing organizations the restore replaces. */
  replaced: string[];
  /** Backup user id → the id of the same person here, when it differs (matched by email). */
  userIds: Map<string, string>;
  /** Backup users who do not exist here. */
  newUsers: Map<string, BackupUser>;
}

/** Refuses, before writing, anything that would overwrite or collide with existing data. */
async function place(db: Kysely<Database>, gate: RestoreGate, replace: boolean): Promise<Placement> {
  const replaced: string[] = [];
  for (const org of gate.orgs) {
    const existing = await db
      .selectFrom("organizations")
      .select(["id", "slug"])
      .where((eb) => eb.or([eb("id", "=", org.id), eb("slug", "=", org.slug)]))
      .execute();
    if (existing.length === 0) continue;
    if (!replace)
      throw conflict(
        `organization "${org.slug}" already exists here; restore with --replace to overwrite it`,
      );
    const other = existing.find((e) => e.id === org.id && e.slug !== org.slug);
    if (other) {
      throw conflict(
        `the backup's organization "${org.slug}" has the id of organization "${other.slug}" here; nothing was changed`,
      );
    }
    replaced.push(...existing.map((e) => e.id));
  }
  // People are matched by email first (the same person on another installation has another id),
  // then by id (same installation, email changed since the backup); the rest are created.
  const userIds = new Map<string, string>();
  const newUsers = new Map<string, BackupUser>();
  for (const user of gate.users) {
    const byEmail = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", user.email)
      .executeTakeFirst();
    if (byEmail) {
      if (byEmail.id !== user.id) userIds.set(user.id, byEmail.id);
      continue;
    }
    const byId = await db.selectFrom("users").select("id").where("id", "=", user.id).executeTakeFirst();
    if (!byId) newUsers.set(user.id, user);
  }
  return { replaced, userIds, newUsers };
}

/**
 * Restores a backup. Validates everything first (signature, checksum, every row against the
 * organizations the header names); writes in one transaction.
 */
export async function restoreBackup(
  ws: Workspace,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const read = await readOptions(ws, options);
  const plan = await planRestore(file, read);
  const placement = await place(ws.db, plan, options.replace === true);
  const installationHead = await ws.db
    .selectFrom("chainHeads")
    .select("seq")
    .where("chainId", "=", "installation")
    .executeTakeFirst();
  const keepTargetInstallation = Number(installationHead?.seq ?? 0) > 0;
  let rows = 0;
  let blobs = 0;
  let skipped = 0;

  await ws.db.transaction().execute(async (trx) => {
    const loose = trx as unknown as Loose;
    for (const orgId of placement.replaced) {
      await removeTrail(trx, orgId);
      await trx.deleteFrom("organizations").where("id", "=", orgId).execute();
    }
    let gate: RestoreGate | undefined;
    let batch: { table: string; rows: Record<string, unknown>[] } = { table: "", rows: [] };
    const flush = async () => {
      if (batch.rows.length) await loose.insertInto(batch.table).values(batch.rows).execute();
      batch = { table: "", rows: [] };
    };
    const trail = new TrailRestorer(trx, flush);
    const onLine = async (raw: BackupLine, number: number) => {
      const line = (gate as RestoreGate).check(raw, number);
      if ("blob" in line) {
        await flush();
        await storeBlob(ws, trx, line.blob);
        blobs++;
        return;
      }
      const { table } = line;
      let row = line.row;
      if (table === "users") {
        const user = placement.newUsers.get(String(row.id));
        if (!user) return;
        row = newUserRow(user);
      }
      if (table === "memberships") {
        row = { ...row, userId: placement.userIds.get(String(row.userId)) ?? row.userId };
      }
      const installation = row.chainId === "installation";
      if ((table === "auditEvents" || table === "chainHeads") && installation && keepTargetInstallation) {
        if (table === "auditEvents") skipped++;
        return;
      }
      if (table === "chainHeads" && installation) {
        await flush();
        await trx
          .updateTable("chainHeads")
          .set({ seq: Number(row.seq), hash: String(row.hash) })
          .where("chainId", "=", "installation")
          .execute();
        rows++;
        return;
      }
      if (table === "auditEvents") row = await trail.stored(row);
      const into = table === "auditEvents" ? "auditLog" : table;
      if (batch.table !== into || batch.rows.length >= 200) await flush();
      batch.table = into;
      batch.rows.push(row);
      rows++;
      if (rows % 1000 === 0) options.onProgress?.(rows, table);
    };
    // The same checks again while writing: the file may have changed since the first pass, and
    // the signature check at its end rolls this transaction back if so.
    await readBackup(
      file,
      read,
      (header) => {
        gate = new RestoreGate(header);
      },
      onLine,
    );
    await flush();
    (gate as RestoreGate).finish();
    // People who did not exist here are recorded on the installation's audit chain.
    if (placement.newUsers.size) {
      const chain = await ChainAppender.open(trx, "installation", options.actor ?? "restore");
      await chain.appendMany(
        [...placement.newUsers.values()].map((user) => ({
          entityType: "users",
          entityId: user.id,
          action: "restore",
          changes: { after: user, note: "created by a restore, without a password" },
        })),
      );
    }
    // The restored audit chains must verify, or the restore is rolled back.
    for (const { id } of plan.orgs) {
      const verdict = await verifyAuditChain(trx, id);
      if (!verdict.ok) throw damaged(`its audit trail does not verify (${verdict.reason})`);
    }
  });
  options.onProgress?.(rows, "done");
  return {
    organizations: plan.orgs.map((o) => o.slug),
    rows,
    blobs,
    installationEventsSkipped: skipped,
    usersCreated: [...placement.newUsers.values()].map((u) => u.email),
  };
}

/** A user the backup named who does not exist here: no password, no second factor, no rights. */
function newUserRow(user: BackupUser): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    passwordHash: null,
    isInstallationOwner: 0,
    disabled: 0,
    totpSecret: null,
    totpEnabled: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

async function storeBlob(
  ws: Workspace,
  trx: Transaction<Database>,
  blob: { sha256: string; mime: string; data: string },
) {
  const data = Buffer.from(blob.data, "base64");
  if (ws.blobs.kind === "database") {
    await trx
      .insertInto("blobs")
      .values({
        sha256: blob.sha256,
        size: data.byteLength,
        mime: blob.mime,
        data,
        createdAt: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();
  } else {
    // Content-addressed: a file written here and then rolled back is unreferenced, never wrong.
    await ws.blobs.put(data, blob.mime);
  }
}
