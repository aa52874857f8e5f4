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
import { migrationNames } from "../../db/migrate.js";
import { type Database, ORG_TABLES } from "../../db/schema.js";
import { verifyChain } from "../../domain/audit-chain.js";
import { conflict, notFound } from "../../domain/errors.js";
import { sha256Hex } from "../evidence/blob-store.js";
import type { Workspace } from "../workspace.js";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupLine,
  damaged,
  LineDigest,
  readBackup,
} from "./backup-format.js";

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
const KNOWN_TABLES = new Set<string>(TABLES.map((t) => t.name));
const PAGE = 500;

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
  const digest = new LineDigest();
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
      let last: string | undefined;
      for (;;) {
        let query = db.selectFrom(table.name).selectAll().orderBy(table.key).limit(PAGE);
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
    yield `${JSON.stringify({ end: true, lines: digest.lines, sha256: digest.hex() })}\n`;
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
}

interface Plan {
  header: BackupHeader;
  orgs: { id: string; slug: string }[];
  users: { id: string; email: string }[];
  installationEvents: number;
}

/** First pass: reads the whole file without writing, checking structure, checksums and blobs. */
async function planRestore(file: string): Promise<Plan> {
  let header: BackupHeader | undefined;
  const plan: Omit<Plan, "header"> = { orgs: [], users: [], installationEvents: 0 };
  await readBackup(
    file,
    (h) => {
      header = h;
    },
    (line) => {
      if ("blob" in line) {
        const data = Buffer.from(line.blob.data, "base64");
        if (sha256Hex(data) !== line.blob.sha256)
          throw damaged(`evidence file ${line.blob.sha256} does not match its hash`);
        return;
      }
      if (!KNOWN_TABLES.has(line.table)) throw damaged(`unknown table "${line.table}"`);
      const row = line.row;
      if (line.table === "organizations") plan.orgs.push({ id: String(row.id), slug: String(row.slug) });
      if (line.table === "users") plan.users.push({ id: String(row.id), email: String(row.email) });
      if (line.table === "auditEvents" && row.chainId === "installation") plan.installationEvents++;
    },
  );
  if (!header) throw damaged("no header");
  const known = migrationNames();
  if (!known.includes(header.schema)) {
    throw damaged(`it was written by a newer schema (${header.schema}); upgrade ISMS Copilot first`);
  }
  return { header, ...plan };
}

/** Refuses, before writing, anything that would overwrite or collide with existing data. */
async function checkConflicts(db: Kysely<Database>, plan: Plan, replace: boolean): Promise<string[]> {
  const replaced: string[] = [];
  for (const org of plan.orgs) {
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
    replaced.push(...existing.map((e) => e.id));
  }
  for (const user of plan.users) {
    const other = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", user.email)
      .executeTakeFirst();
    if (other && other.id !== user.id) {
      throw conflict(
        `user ${user.email} exists here with another identity; remove or rename one of them first`,
      );
    }
  }
  return replaced;
}

/** Restores a backup. Validates everything first; writes in one transaction. */
export async function restoreBackup(
  ws: Workspace,
  file: string,
  options: { replace?: boolean; onProgress?: Progress } = {},
): Promise<RestoreSummary> {
  const plan = await planRestore(file);
  const replaced = await checkConflicts(ws.db, plan, options.replace === true);
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
    for (const orgId of replaced) {
      await trx.deleteFrom("auditEvents").where("chainId", "=", orgId).execute();
      await trx.deleteFrom("chainHeads").where("chainId", "=", orgId).execute();
      await trx.deleteFrom("organizations").where("id", "=", orgId).execute();
    }
    const existingUsers = new Set((await trx.selectFrom("users").select("id").execute()).map((u) => u.id));
    let batch: { table: string; rows: Record<string, unknown>[] } = { table: "", rows: [] };
    const flush = async () => {
      if (batch.rows.length) await loose.insertInto(batch.table).values(batch.rows).execute();
      batch = { table: "", rows: [] };
    };
    const onLine = async (line: BackupLine) => {
      if ("blob" in line) {
        await flush();
        await storeBlob(ws, trx, line.blob);
        blobs++;
        return;
      }
      const { table, row } = line;
      if (table === "users" && existingUsers.has(String(row.id))) return;
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
      if (batch.table !== table || batch.rows.length >= 200) await flush();
      batch.table = table;
      batch.rows.push(row);
      rows++;
      if (rows % 1000 === 0) options.onProgress?.(rows, table);
    };
    await readBackup(file, () => undefined, onLine);
    await flush();
    await verifyRestoredChains(
      trx,
      plan.orgs.map((o) => o.id),
    );
  });
  options.onProgress?.(rows, "done");
  return { organizations: plan.orgs.map((o) => o.slug), rows, blobs, installationEventsSkipped: skipped };
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

/** The restored audit chains must verify, or the restore is rolled back. */
async function verifyRestoredChains(trx: Transaction<Database>, orgIds: string[]): Promise<void> {
  for (const chainId of orgIds) {
    const events = await trx
      .selectFrom("auditEvents")
      .selectAll()
      .where("chainId", "=", chainId)
      .orderBy("seq")
      .execute();
    const head = await trx
      .selectFrom("chainHeads")
      .select(["seq", "hash"])
      .where("chainId", "=", chainId)
      .executeTakeFirst();
    const verdict = verifyChain(
      events.map((e) => ({ ...e, seq: Number(e.seq) })),
      head ? { seq: Number(head.seq), hash: head.hash } : undefined,
    );
    if (!verdict.ok) throw damaged(`its audit trail does not verify (${verdict.reason})`);
  }
}
