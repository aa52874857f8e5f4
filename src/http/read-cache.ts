/**
 * Answers repeated reads of an organization's derived views (the SoA, risk pages, heat maps,
 * readiness) without recomputing them while nothing they read has changed (ADR 9, ADR 15).
 *
 * Every write to an organization appends to its hash-chained audit trail, and the request's
 * authorization query returns the chain head (sequence number and hash), so every node decides
 * from the database alone. An entry remembers the head it is valid at and the tables its
 * computation read (recorded by the database handle it was given, see modules/read-deps.ts).
 * When the head has moved, the events since the entry's head are read: if none of them can have
 * changed a table the view read, the entry is still exact and is re-stamped with the new head;
 * otherwise it is recomputed. Requests that miss together share one check or computation.
 *
 * The key holds the caller's role and token scope (answers carry abilities), the URL and the date
 * (evidence freshness changes at midnight).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ReadSet } from "../modules/read-deps.js";
import { type ReadView, stillExact, trackedView } from "../modules/read-view.js";
import type { Db, OrgScope } from "../modules/scope.js";
import { type OrgContext, orgOf, scopeOf } from "./auth.js";

/**
 * An answer already written out as JSON, in pieces (text, or bytes kept encoded): sent as they are,
 * one after another. Large views assembled from kept pieces skip writing and encoding them again.
 */
export class JsonPieces {
  constructor(readonly pieces: readonly (string | Buffer)[]) {}

  bytes(): Buffer {
    return Buffer.concat(
      this.pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)),
    );
  }
}

const [OPEN, COMMA, CLOSE] = ["[", ",", "]"].map((text) => Buffer.from(text)) as [Buffer, Buffer, Buffer];

/**
 * Items' JSON as presented to a role and token scope, kept with the item objects: views assembled
 * from kept items (an SoA entry, a risk) write out only the items that changed.
 */
export class KeptJson<T extends object> {
  readonly #texts = new WeakMap<T, Map<string, Buffer>>();

  constructor(private readonly present: (request: FastifyRequest, item: T) => unknown) {}

  of(request: FastifyRequest, item: T, key = presentationOf(request)): Buffer {
    let texts = this.#texts.get(item);
    if (!texts) {
      texts = new Map();
      this.#texts.set(item, texts);
    }
    let text = texts.get(key);
    if (text === undefined) {
      text = Buffer.from(JSON.stringify(this.present(request, item)));
      texts.set(key, text);
    }
    return text;
  }

  /** The items as a JSON array, in pieces. */
  array(request: FastifyRequest, items: readonly T[]): Buffer[] {
    const key = presentationOf(request);
    const pieces: Buffer[] = [OPEN];
    for (const [i, item] of items.entries()) {
      if (i > 0) pieces.push(COMMA);
      pieces.push(this.of(request, item, key));
    }
    pieces.push(CLOSE);
    return pieces;
  }
}

/** What an item's presentation depends on besides the item: the role and the token's scope. */
const presentationOf = (request: FastifyRequest) =>
  `${orgOf(request).role}\n${request.principal?.scope ?? ""}`;

interface Entry {
  /** The head the answer is known to be exact at. */
  seq: number;
  hash: string;
  /** What the computation read. */
  reads: ReadSet;
  /** When (this cache's tick) the computation or check began: later reads of the database. */
  since: number;
  /** The answer's JSON, encoded once (sending a string would encode it again on every hit). */
  body: Buffer;
  headers: Record<string, string>;
}

/** How many reads of the cache ended which way (for tests and benchmarks). */
export interface ReadCacheStats {
  hits: number;
  /** Head moved, but no event since touched what the view reads. */
  kept: number;
  computed: number;
}

export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  /** The one check or computation under way per key. */
  readonly #pending = new Map<string, Promise<Entry>>();
  #tick = 0;
  readonly stats: ReadCacheStats = { hits: 0, kept: 0, computed: 0 };
  constructor(
    private readonly db: Db,
    private readonly capacity = 500,
  ) {}

  /**
   * Sends the cached JSON for this request while it is still exact, or computes it, sends it and
   * keeps it. `compute` must read through the view it is given (its database handle and scope
   * record what it reads); it may set headers on the reply (listed in `keepHeaders`, kept with the
   * body).
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: (view: ReadView) => Promise<unknown>,
    keepHeaders: string[] = [],
  ): Promise<FastifyReply> {
    const org = orgOf(request);
    const key = [
      org.id,
      org.role,
      request.principal?.scope ?? "",
      new Date().toISOString().slice(0, 10),
      request.url,
    ].join("\n");
    // The request was authorized before this tick: whatever is read from the database after it is
    // at least as new as the head the request saw.
    const arrived = ++this.#tick;
    for (;;) {
      const hit = this.#entries.get(key);
      if (hit && (hit.hash === org.head || hit.since > arrived)) {
        this.stats.hits++;
        // Most recently used last, so the oldest entry is the first to go.
        this.#entries.delete(key);
        this.#entries.set(key, hit);
        return sendEntry(reply, hit);
      }
      // One check or computation per key at a time: wait for the one under way, then look again
      // (it began after this request arrived, or the head it answers may still do).
      const pending = this.#pending.get(key);
      if (pending) {
        await pending.catch(() => undefined);
        continue;
      }
      const started = this.#refresh(key, hit, org, scopeOf(request), reply, compute, keepHeaders);
      this.#pending.set(key, started);
      try {
        return sendEntry(reply, await started);
      } finally {
        this.#pending.delete(key);
      }
    }
  }

  async #refresh(
    key: string,
    hit: Entry | undefined,
    org: OrgContext,
    scope: OrgScope,
    reply: FastifyReply,
    compute: (view: ReadView) => Promise<unknown>,
    keepHeaders: string[],
  ): Promise<Entry> {
    const since = ++this.#tick;
    const head = { seq: org.headSeq, hash: org.head };
    if (hit && hit.seq < head.seq) {
      if (await stillExact(this.db, org.id, hit, head)) {
        this.stats.kept++;
        return this.#keep(key, { ...hit, ...head, since });
      }
    }
    this.stats.computed++;
    // Stamped with the head of the request's authorization: what the computation reads is at this
    // head or later, and every event after it is examined before the entry is reused at another head.
    const view = trackedView(scope);
    const value = await compute(view);
    const headers: Record<string, string> = {};
    for (const name of keepHeaders) {
      const header = reply.getHeader(name);
      if (header !== undefined) headers[name] = String(header);
    }
    const body = value instanceof JsonPieces ? value.bytes() : encoded(value);
    return this.#keep(key, {
      ...head,
      since,
      reads: view.reads,
      body,
      headers,
    });
  }

  #keep(key: string, entry: Entry): Entry {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return entry;
  }
}

/** Answers as encoded, kept with the answer object (a view may answer with the very object it gave before). */
const encodings = new WeakMap<object, Buffer>();

function encoded(value: unknown): Buffer {
  if (value === null || typeof value !== "object") return Buffer.from(JSON.stringify(value));
  let bytes = encodings.get(value);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(value));
    encodings.set(value, bytes);
  }
  return bytes;
}

function sendEntry(reply: FastifyReply, entry: Entry): FastifyReply {
  return reply.headers(entry.headers).type("application/json; charset=utf-8").send(entry.body);
}
