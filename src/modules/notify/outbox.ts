/**
 * Every message the app sends goes through here and is logged: to whom, what kind, the subject,
 * when, and whether it went (never the body, whose links are secrets). A scheduled message carries
 * a key naming it; a key already sent is never sent again.
 *
 * On PostgreSQL the key's row is locked for the length of the send: a second node with the same
 * message waits and then sees it sent, and a node killed while sending loses its transaction, so
 * the message is not marked and the next run sends it. On SQLite (one process) a claim older than
 * the longest possible send is taken over after a crash.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { nowIso } from "../../db/store.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Mailer, MailMessage } from "../mail/mailer.js";
import type { Db } from "../scope.js";

export interface Envelope {
  orgId: string | null;
  userId: string | null;
  /** digest, alert:<kind>, acknowledgement… */
  kind: string;
  /** Set for scheduled messages: the same key goes out once. */
  key?: string | undefined;
}

export type Outcome = "sent" | "already-sent" | "in-progress" | "failed";

/** Longer than the mailer's own timeouts together: a claim this old was left by a crash. */
const CLAIM_MS = 10 * 60_000;

type Trx = Kysely<Database>;

const row = (message: MailMessage, envelope: Envelope) => ({
  id: uuidv7(),
  orgId: envelope.orgId,
  userId: envelope.userId,
  recipient: message.to,
  kind: envelope.kind,
  subject: message.subject.slice(0, 300),
  dedupeKey: envelope.key ?? null,
  status: "sending",
  attemptedAt: nowIso(),
  sentAt: null,
  error: null,
});

async function deliver(db: Trx, id: string, mailer: Mailer, message: MailMessage): Promise<Outcome> {
  try {
    await mailer.send(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db
      .updateTable("sentMessages")
      .set({ status: "failed", error: reason.slice(0, 500) })
      .where("id", "=", id)
      .execute();
    return "failed";
  }
  await db
    .updateTable("sentMessages")
    .set({ status: "sent", sentAt: nowIso(), error: null })
    .where("id", "=", id)
    .execute();
  return "sent";
}

/** Claims a scheduled message on SQLite: a new row, a failed one, or one a crash left behind. */
async function claimLocally(db: Db, fresh: ReturnType<typeof row>): Promise<string | null> {
  const inserted = await db
    .insertInto("sentMessages")
    .values(fresh)
    .onConflict((oc) => oc.column("dedupeKey").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return fresh.id;
  const existing = await db
    .selectFrom("sentMessages")
    .select(["id", "status", "attemptedAt"])
    .where("dedupeKey", "=", fresh.dedupeKey)
    .executeTakeFirstOrThrow();
  if (existing.status === "sent") return null;
  if (existing.status === "sending" && Date.parse(existing.attemptedAt) > Date.now() - CLAIM_MS) return null;
  const taken = await db
    .updateTable("sentMessages")
    .set({ status: "sending", attemptedAt: fresh.attemptedAt, recipient: fresh.recipient })
    .where("id", "=", existing.id)
    .where("attemptedAt", "=", existing.attemptedAt)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1 ? existing.id : null;
}

/** Sends a message and logs it; with a key, at most once (see the file comment). */
export async function sendOnce(
  ws: { db: Db; target: { dialect: "sqlite" | "postgres" } },
  mailer: Mailer,
  message: MailMessage,
  envelope: Envelope,
): Promise<Outcome> {
  if (!envelope.key) return sendLogged(ws.db, mailer, message, envelope);
  const fresh = row(message, envelope);
  if (ws.target.dialect === "postgres")
    return ws.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("sentMessages")
        .values(fresh)
        .onConflict((oc) => oc.column("dedupeKey").doNothing())
        .execute();
      const held = await trx
        .selectFrom("sentMessages")
        .select(["id", "status"])
        .where("dedupeKey", "=", fresh.dedupeKey)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (held.status === "sent") return "already-sent" as const;
      await trx
        .updateTable("sentMessages")
        .set({ status: "sending", attemptedAt: fresh.attemptedAt, recipient: fresh.recipient })
        .where("id", "=", held.id)
        .execute();
      return deliver(trx, held.id, mailer, message);
    });
  const id = await claimLocally(ws.db, fresh);
  if (!id) {
    const state = await ws.db
      .selectFrom("sentMessages")
      .select("status")
      .where("dedupeKey", "=", fresh.dedupeKey)
      .executeTakeFirst();
    return state?.status === "sent" ? "already-sent" : "in-progress";
  }
  return deliver(ws.db, id, mailer, message);
}

/** Keys among these already sent. */
export async function sentKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("sentMessages")
      .select("dedupeKey")
      .where("dedupeKey", "in", keys.slice(i, i + 500))
      .where("status", "=", "sent")
      .execute();
    for (const r of rows) if (r.dedupeKey) out.add(r.dedupeKey);
  }
  return out;
}

/** The organization's sent-message log, newest first. */
export async function sentMessages(db: Db, orgId: string, limit = 200) {
  return db
    .selectFrom("sentMessages")
    .select(["recipient", "kind", "subject", "status", "attemptedAt", "sentAt", "error"])
    .where("orgId", "=", orgId)
    .orderBy("attemptedAt", "desc")
    .limit(limit)
    .execute();
}

/** Sends a one-off message (an acknowledgement request, a manual digest) and logs it. */
export async function sendLogged(db: Db, mailer: Mailer, message: MailMessage, envelope: Envelope) {
  const fresh = row(message, { ...envelope, key: undefined });
  await db.insertInto("sentMessages").values(fresh).execute();
  return deliver(db, fresh.id, mailer, message);
}
