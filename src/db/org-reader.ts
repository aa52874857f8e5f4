/**
 * Reads of one organization's rows (store.ts): every query is filtered by the organization.
 */
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { notFound } from "../domain/errors.js";
import type { Database, OrgTableName } from "./schema.js";

export type OrgRowOf<T extends OrgTableName> = Selectable<Database[T]>;

// The generic layer addresses tables by name; Kysely cannot type that, so it works untyped inside
// and exposes typed results.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Loose = Kysely<any>;

/** Reads of one organization's rows. */
export class OrgReader {
  constructor(
    protected readonly executor: Kysely<Database> | Transaction<Database>,
    readonly orgId: string,
  ) {}

  protected get loose(): Loose {
    return this.executor as unknown as Loose;
  }

  /** A select on `table` already restricted to this organization. */
  from<T extends OrgTableName>(table: T) {
    return this.executor
      .selectFrom(table as OrgTableName)
      .where(`${table as "assets"}.orgId`, "=", this.orgId) as unknown as ReturnType<
      Kysely<Database>["selectFrom"]
    >;
  }

  async get<T extends OrgTableName>(table: T, id: string): Promise<OrgRowOf<T> | undefined> {
    return (await this.loose
      .selectFrom(table as string)
      .selectAll()
      .where("id", "=", id)
      .where("orgId", "=", this.orgId)
      .executeTakeFirst()) as OrgRowOf<T> | undefined;
  }

  async getOrThrow<T extends OrgTableName>(table: T, id: string): Promise<OrgRowOf<T>> {
    const row = await this.get(table, id);
    if (!row) throw notFound(`${table} ${id}`);
    return row;
  }

  /**
   * Rows of `table` in this organization, optionally filtered by equal column values and paged
   * (`limit`/`offset` are applied by the database).
   */
  async list<T extends OrgTableName>(
    table: T,
    where: Partial<OrgRowOf<T>> = {},
    orderBy = "id",
    page: { limit?: number; offset?: number } = {},
  ): Promise<OrgRowOf<T>[]> {
    let query = this.loose
      .selectFrom(table as string)
      .selectAll()
      .where("orgId", "=", this.orgId);
    for (const [column, value] of Object.entries(where)) {
      query = value === null ? query.where(column, "is", null) : query.where(column, "=", value);
    }
    query = query.orderBy(orderBy);
    // An offset needs a limit in SQL; "no limit" is the largest 32-bit count both engines accept.
    if (page.limit !== undefined || page.offset !== undefined)
      query = query.limit(page.limit ?? 2_147_483_647).offset(page.offset ?? 0);
    return (await query.execute()) as OrgRowOf<T>[];
  }

  /** Rows of `table` in this organization whose `column` is one of `values` (queried in chunks). */
  async listIn<T extends OrgTableName>(
    table: T,
    column: string,
    values: readonly string[],
  ): Promise<OrgRowOf<T>[]> {
    const rows: OrgRowOf<T>[] = [];
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      rows.push(
        ...((await this.loose
          .selectFrom(table as string)
          .selectAll()
          .where("orgId", "=", this.orgId)
          .where(column, "in", chunk)
          .execute()) as OrgRowOf<T>[]),
      );
    }
    return rows;
  }

  async count<T extends OrgTableName>(table: T): Promise<number> {
    const row = await this.loose
      .selectFrom(table as string)
      .select(sql<number>`count(*)`.as("n"))
      .where("orgId", "=", this.orgId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
