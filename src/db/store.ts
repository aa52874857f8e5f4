/**
 * The data-access layer every module uses. Two rules live here, so no caller can forget them:
 *
 * - Isolation: a reader or writer is bound to one organization; every query it builds is filtered
 *   by that organization, and references to other rows are checked to belong to it too.
 * - Audit trail: writes are only possible inside `writeOrg`/`writeInstallation`, whose writer
 *   appends a hash-chained audit event for every insert, update and delete in the same
 *   transaction. There are no hooks to bypass.
 */
import type { Insertable, Kysely, Transaction } from "kysely";
import { createdRow, deletedRow, rowDiff } from "../domain/audit-changes.js";
import { DomainError, invalid, notFound, stale } from "../domain/errors.js";
import { formatKey, keyNumber, uuidv7 } from "../domain/ids.js";
import { insertRows, missingIds } from "./bulk-insert.js";
import { type Actor, ChainAppender, type EventInput, nowIso } from "./chain-appender.js";
import { OrgReader, type OrgRowOf } from "./org-reader.js";
import { REFERENCES, refuseImmutable } from "./references.js";
import type { Database, OrgTableName } from "./schema.js";

/** Who is acting: a user id, or "cli:<name>" / "system" for work without a signed-in user. */
export type { Actor } from "./chain-appender.js";
export { nowIso } from "./chain-appender.js";

export type { OrgRowOf } from "./org-reader.js";
/** What a caller supplies on insert: everything but the columns the writer owns. */
export type NewOrgRow<T extends OrgTableName> = Omit<
  Insertable<Database[T]>,
  "id" | "orgId" | "version" | "createdAt" | "updatedAt"
> & { id?: string };
export type OrgRowPatch<T extends OrgTableName> = Partial<NewOrgRow<T>>;
export { OrgReader } from "./org-reader.js";

/** Writes to one organization's rows; every write is recorded in the organization's audit chain. */
export class OrgWriter extends OrgReader {
  constructor(
    private readonly trx: Transaction<Database>,
    orgId: string,
    private readonly chain: ChainAppender,
  ) {
    super(trx, orgId);
  }

  /** The transaction, for reads that need joins. Writes must go through this writer. */
  get reads(): Transaction<Database> {
    return this.trx;
  }

  private async checkReferences(table: OrgTableName, values: Record<string, unknown>): Promise<void> {
    for (const [column, target] of Object.entries(REFERENCES[table] ?? {})) {
      const id = values[column];
      if (typeof id === "string" && !(await this.get(target, id))) {
        // Another organization's row is reported exactly like a missing one.
        throw notFound(`${target} ${id}`);
      }
    }
  }

  /** Checks references of many rows with one query per referenced table and chunk. */
  private async checkReferencesMany(
    table: OrgTableName,
    rows: readonly Record<string, unknown>[],
  ): Promise<void> {
    for (const [column, target] of Object.entries(REFERENCES[table] ?? {})) {
      const ids = [...new Set(rows.map((r) => r[column]).filter((v): v is string => typeof v === "string"))];
      const missing = await missingIds(this.loose, this.orgId, target, ids);
      if (missing !== undefined) throw notFound(`${target} ${missing}`);
    }
  }

  /**
   * Many rows in multi-row statements, one event each; `events: "in-parent"`: links recorded in the
   * parent's event (`recordCreated`); `parentsChecked`: the caller read or wrote every parent here.
   */
  async insertMany<T extends OrgTableName>(
    table: T,
    values: readonly NewOrgRow<T>[],
    options: { events?: "each" | "in-parent"; parentsChecked?: boolean } = {},
  ): Promise<OrgRowOf<T>[]> {
    if (values.length === 0) return [];
    const now = nowIso();
    const rows = values.map(
      (v) =>
        ({
          ...v,
          id: v.id ?? uuidv7(),
          orgId: this.orgId,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }) as Record<string, unknown>,
    );
    if (!options.parentsChecked) await this.checkReferencesMany(table, rows);
    await insertRows(this.loose as never, table, rows);
    if (options.events !== "in-parent")
      await this.recordCreated(
        table,
        rows.map((row) => ({ row })),
      );
    return rows as OrgRowOf<T>[];
  }

  /** One "create" event per inserted row, in order; `links` adds what its link rows hold. */
  async recordCreated(
    table: OrgTableName,
    rows: readonly { row: Record<string, unknown>; links?: Record<string, unknown> }[],
  ): Promise<void> {
    await this.chain.appendMany(
      rows.map(({ row, links }) => ({
        entityType: table,
        entityId: row.id as string,
        action: "create",
        changes: { after: { ...createdRow(row), ...links } },
      })),
    );
  }

  async insert<T extends OrgTableName>(table: T, values: NewOrgRow<T>): Promise<OrgRowOf<T>> {
    const now = nowIso();
    const row = {
      ...values,
      id: values.id ?? uuidv7(),
      orgId: this.orgId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    } as Record<string, unknown>;
    await this.checkReferences(table, row);
    await this.loose
      .insertInto(table as string)
      .values(row)
      .execute();
    await this.chain.append({
      entityType: table,
      entityId: row.id as string,
      action: "create",
      changes: { after: createdRow(row) },
    });
    return row as OrgRowOf<T>;
  }

  /**
   * Updates a row if it is still at `expectedVersion`; otherwise fails with STALE_VERSION or
   * NOT_FOUND (missing or another organization's). Never overwrites a newer version.
   */
  async update<T extends OrgTableName>(
    table: T,
    id: string,
    expectedVersion: number,
    patch: OrgRowPatch<T>,
  ): Promise<OrgRowOf<T>> {
    refuseImmutable(table);
    const before = (await this.getOrThrow(table, id)) as Record<string, unknown>;
    if (before.version !== expectedVersion) {
      throw stale(`${table} ${id}`, String(before.version), expectedVersion);
    }
    const { id: _ignoredId, ...changes } = patch as Record<string, unknown>;
    for (const key of ["orgId", "version", "createdAt", "updatedAt"]) delete changes[key];
    await this.checkReferences(table, changes);
    const set = { ...changes, version: expectedVersion + 1, updatedAt: nowIso() };
    const result = await this.loose
      .updateTable(table as string)
      .set(set)
      .where("id", "=", id)
      .where("orgId", "=", this.orgId)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw new DomainError("STALE_VERSION", `${table} ${id} changed meanwhile: reload and retry`);
    const after = { ...before, ...set };
    await this.chain.append({
      entityType: table,
      entityId: id,
      action: "update",
      changes: rowDiff(before, after),
    });
    return after as OrgRowOf<T>;
  }

  /** Deletes a row (checking its version when given) and the rows that depend on it, recording each. */
  async remove<T extends OrgTableName>(table: T, id: string, expectedVersion?: number): Promise<void> {
    refuseImmutable(table);
    const before = (await this.getOrThrow(table, id)) as Record<string, unknown>;
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      throw stale(`${table} ${id}`, String(before.version), expectedVersion);
    }
    // Dependent rows go first, through this writer, so the trail records them too (the database
    // would cascade them silently).
    for (const [child, columns] of Object.entries(REFERENCES) as [
      OrgTableName,
      Record<string, OrgTableName>,
    ][]) {
      for (const [column, target] of Object.entries(columns)) {
        if (target !== table) continue;
        for (const row of await this.list(child, { [column]: id } as never)) {
          // A nonconformity outlives the audit finding it came from; it only loses the link.
          if (child === "nonconformities") await this.update(child, row.id, row.version, { findingId: null });
          else await this.remove(child, row.id);
        }
      }
    }
    await this.loose
      .deleteFrom(table as string)
      .where("id", "=", id)
      .where("orgId", "=", this.orgId)
      .execute();
    await this.chain.append({
      entityType: table,
      entityId: id,
      action: "delete",
      changes: { before: deletedRow(before) },
    });
  }

  /**
   * The next people-facing key of a table ("R-013"). Safe without a counter table because the
   * writer holds the organization's chain lock for the whole transaction.
   */
  async nextKey(table: OrgTableName, prefix: string): Promise<string> {
    const rows = (await this.loose
      .selectFrom(table as string)
      .select("key")
      .where("orgId", "=", this.orgId)
      .execute()) as { key: string }[];
    const highest = rows.reduce((max, row) => Math.max(max, keyNumber(row.key)), 0);
    return formatKey(prefix, highest + 1);
  }

  /** Records an action that is not a row change (an approval, an import, a restore). */
  async record(entityType: string, entityId: string, action: string, changes: unknown): Promise<void> {
    await this.chain.append({ entityType, entityId, action, changes });
  }
}

/**
 * Runs `work` in one transaction holding the chain's lock; once it has committed, what it appended
 * is announced (chain-appender.ts onChainCommitted).
 */
async function onChain<R>(
  db: Kysely<Database>,
  chainId: string,
  actor: Actor,
  work: (trx: Transaction<Database>, chain: ChainAppender) => Promise<R>,
): Promise<R> {
  const opened: { chain?: ChainAppender } = {};
  const result = await db.transaction().execute(async (trx) => {
    opened.chain = await ChainAppender.open(trx, chainId, actor, db);
    const done = await work(trx, opened.chain);
    opened.chain.committing(db);
    return done;
  });
  opened.chain?.committed(db);
  return result;
}

/** Runs `work` in one transaction with a writer bound to `orgId`; all or nothing. */
export async function writeOrg<R>(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  work: (writer: OrgWriter) => Promise<R>,
): Promise<R> {
  return onChain(db, orgId, actor, async (trx, chain) => {
    const organization = await trx
      .selectFrom("organizations")
      .select("id")
      .where("id", "=", orgId)
      .executeTakeFirst();
    if (!organization) throw notFound(`organization ${orgId}`);
    return work(new OrgWriter(trx, orgId, chain));
  });
}

/** Writes outside any organization (users, organizations themselves), on the installation chain. */
export async function writeInstallation<R>(
  db: Kysely<Database>,
  actor: Actor,
  work: (trx: Transaction<Database>, record: (event: EventInput) => Promise<void>) => Promise<R>,
): Promise<R> {
  return onChain(db, "installation", actor, (trx, chain) => work(trx, (event) => chain.append(event)));
}

/** Opens a writer on a freshly inserted organization inside the caller's transaction. */
export async function writerForNewOrg(
  trx: Transaction<Database>,
  orgId: string,
  actor: Actor,
): Promise<OrgWriter> {
  const chain = await ChainAppender.open(trx, orgId, actor);
  return new OrgWriter(trx, orgId, chain);
}

/** Rejects blank required text early with a field-level error. */
export function requireText(value: string | undefined | null, path: string): string {
  const text = value?.trim();
  if (!text) throw invalid(`${path} is required`, [{ path, message: "required" }]);
  return text;
}
