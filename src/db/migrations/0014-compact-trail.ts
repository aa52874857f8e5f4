/**
 * A smaller audit trail (ADR 0016). Events are stored in `audit_log`, keyed by the chain's number
 * and the sequence number: no separate event id, no copy of the organization id, no stored
 * previous hash (it is the hash of the event before), the hash as 32 bytes, and the actor and the
 * kind of event (entity type and action) as numbers of entries in `audit_actors` and `audit_kinds`
 * (a handful of people and a few dozen kinds of event make up a whole trail). `audit_events`
 * becomes a view with the columns readers knew. Events an older version wrote as whole rows are
 * rewritten as diffs (domain/audit-changes.ts) and their chain is hashed again, but only a chain
 * that verifies first: a broken chain is copied as it is, so it still reports where it broke.
 * A re-hashed chain ends with a "convert" event that names its former head, so a head recorded
 * elsewhere before the upgrade can still be matched.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";
import { GENESIS_HASH, hashEvent } from "../../domain/audit-chain.js";
import { compactChanges } from "../../domain/audit-changes.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

const PAGE = 5000;
const INSERT_ROWS = 500;

interface OldEvent {
  seq: number;
  at: string;
  actor: string;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: string;
  prev_hash: string;
  hash: string;
}

interface Chain {
  no: number;
  chain_id: string;
  seq: number;
  hash: string;
}

/** The events of one chain in order, a page at a time. */
async function* oldEvents(db: AnyDb, chainId: string): AsyncGenerator<OldEvent> {
  let after = 0;
  for (;;) {
    const page = (await db
      .selectFrom("audit_events")
      .select(["seq", "at", "actor", "entity_type", "entity_id", "action", "changes", "prev_hash", "hash"])
      .where("chain_id", "=", chainId)
      .where("seq", ">", after)
      .orderBy("seq")
      .limit(PAGE)
      .execute()) as OldEvent[];
    for (const event of page) yield { ...event, seq: Number(event.seq) };
    if (page.length < PAGE) return;
    after = Number(page.at(-1)?.seq);
  }
}

const material = (chainId: string, e: Omit<OldEvent, "hash">) => ({
  chainId,
  seq: e.seq,
  at: e.at,
  actor: e.actor,
  entityType: e.entity_type,
  entityId: e.entity_id,
  action: e.action,
  changes: e.changes,
  prevHash: e.prev_hash,
});

/** True when the chain verifies as the version before this one stored it. */
async function verifiesAsStored(db: AnyDb, chain: Chain): Promise<boolean> {
  let prevHash = GENESIS_HASH;
  let count = 0;
  for await (const event of oldEvents(db, chain.chain_id)) {
    count++;
    if (event.seq !== count || event.prev_hash !== prevHash) return false;
    if (hashEvent(material(chain.chain_id, event)) !== event.hash) return false;
    prevHash = event.hash;
  }
  return Number(chain.seq) === count && (count === 0 || chain.hash === prevHash);
}

/** Copies one chain into audit_log, as diffs and hashed again when it verifies; returns its new head. */
async function copyChain(
  db: AnyDb,
  chain: Chain,
  names: Names,
): Promise<{ seq: number; hash: string } | undefined> {
  const convert = await verifiesAsStored(db, chain);
  let prevHash = GENESIS_HASH;
  let seq = 0;
  let changed = false;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length) await db.insertInto("audit_log").values(batch).execute();
    batch = [];
  };
  const push = async (event: Omit<OldEvent, "prev_hash" | "hash">, hash: string) => {
    batch.push({
      chain_no: chain.no,
      seq: event.seq,
      actor_no: await names.actor(event.actor),
      kind_no: await names.kind(event.entity_type, event.action),
      at: event.at,
      entity_id: event.entity_id,
      changes: event.changes,
      hash: Buffer.from(hash, "hex"),
    });
    if (batch.length >= INSERT_ROWS) await flush();
  };
  for await (const event of oldEvents(db, chain.chain_id)) {
    seq = event.seq;
    const { prev_hash: _prev, hash: storedHash, ...fields } = event;
    if (!convert) {
      await push(fields, storedHash);
      continue;
    }
    const compact = JSON.stringify(compactChanges(event.action, JSON.parse(event.changes)));
    if (compact !== event.changes) changed = true;
    const rewritten = { ...fields, changes: compact };
    const hash = hashEvent(material(chain.chain_id, { ...rewritten, prev_hash: prevHash }));
    await push(rewritten, hash);
    prevHash = hash;
  }
  if (!convert || !changed) {
    await flush();
    return undefined;
  }
  const note = {
    seq: seq + 1,
    at: new Date().toISOString(),
    actor: "migration",
    entity_type: "auditTrail",
    entity_id: chain.chain_id,
    action: "convert",
    changes: JSON.stringify({
      formerHead: { seq: Number(chain.seq), hash: chain.hash },
      note: "events recorded as whole rows were rewritten as diffs and the chain was hashed again",
    }),
  };
  const hash = hashEvent(material(chain.chain_id, { ...note, prev_hash: prevHash }));
  await push(note, hash);
  await flush();
  return { seq: note.seq, hash };
}

/** Numbers for actors and kinds of event, added as they are first met. */
class Names {
  readonly #numbers = new Map<string, number>();
  constructor(private readonly db: AnyDb) {}

  async #no(table: string, values: Record<string, string>): Promise<number> {
    const key = `${table}\n${Object.values(values).join("\n")}`;
    const known = this.#numbers.get(key);
    if (known !== undefined) return known;
    await this.db.insertInto(table).values(values).execute();
    let query = this.db.selectFrom(table).select("no");
    for (const [column, value] of Object.entries(values)) query = query.where(column, "=", value);
    const no = Number((await query.executeTakeFirstOrThrow()).no);
    this.#numbers.set(key, no);
    return no;
  }

  actor = (actor: string) => this.#no("audit_actors", { actor });
  kind = (entityType: string, action: string) => this.#no("audit_kinds", { entity_type: entityType, action });
}

async function rebuild(db: AnyDb, pg: boolean): Promise<void> {
  await db.schema
    .createTable("chain_heads_next")
    .addColumn("no", pg ? "serial" : "integer", (c) => c.primaryKey())
    .addColumn("chain_id", "text", (c) => c.notNull().unique())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await sql`insert into chain_heads_next (chain_id, seq, hash)
    select chain_id, seq, hash from chain_heads order by chain_id`.execute(db);
  // Events whose chain lost its head keep failing verification, as they did.
  await sql`insert into chain_heads_next (chain_id, seq, hash)
    select distinct chain_id, 0, ${GENESIS_HASH} from audit_events
    where chain_id not in (select chain_id from chain_heads)`.execute(db);
  await db.schema
    .createTable("audit_actors")
    .addColumn("no", pg ? "serial" : "integer", (c) => c.primaryKey())
    .addColumn("actor", "text", (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable("audit_kinds")
    .addColumn("no", pg ? "serial" : "integer", (c) => c.primaryKey())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addUniqueConstraint("audit_kinds_uq", ["entity_type", "action"])
    .execute();
  // Whole numbers first: on PostgreSQL they then need no alignment padding.
  await sql`create table audit_log (
    chain_no integer not null,
    seq integer not null,
    actor_no integer not null,
    kind_no integer not null,
    at text not null,
    entity_id text not null,
    changes text not null,
    hash ${sql.raw(pg ? "bytea" : "blob")} not null,
    primary key (chain_no, seq)
  )${sql.raw(pg ? "" : " without rowid")}`.execute(db);

  const chains = (await db
    .selectFrom("chain_heads_next")
    .select(["no", "chain_id", "seq", "hash"])
    .orderBy("no")
    .execute()) as Chain[];
  const names = new Names(db);
  for (const chain of chains) {
    const head = await copyChain(db, { ...chain, no: Number(chain.no) }, names);
    if (head) await db.updateTable("chain_heads_next").set(head).where("no", "=", chain.no).execute();
  }

  await db.schema.dropTable("audit_events").execute();
  await db.schema.dropTable("chain_heads").execute();
  await db.schema.alterTable("chain_heads_next").renameTo("chain_heads").execute();
  // A record's history is found by its id (the kind is checked on the few rows found).
  await db.schema.createIndex("audit_log_entity_ix").on("audit_log").column("entity_id").execute();
  const hex = pg ? sql.raw("encode(l.hash, 'hex')") : sql.raw("lower(hex(l.hash))");
  await sql`create view audit_events as
    select h.chain_id || '#' || l.seq as id,
      h.chain_id,
      case when h.chain_id = 'installation' then null else h.chain_id end as org_id,
      l.seq, l.at, a.actor, k.entity_type, l.entity_id, k.action, l.changes,
      ${hex} as hash
    from audit_log l
    join chain_heads h on h.no = l.chain_no
    join audit_actors a on a.no = l.actor_no
    join audit_kinds k on k.no = l.kind_no`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  // PostgreSQL runs each migration in a transaction; on SQLite this one makes its own, so a crash
  // part-way leaves the trail as it was.
  if (pg) await rebuild(db, pg);
  else await db.transaction().execute((trx) => rebuild(trx, pg));
}
