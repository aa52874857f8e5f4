/**
 * Answers repeated reads of an organization's derived views (the SoA, risk pages, heat maps,
 * readiness) without recomputing them while nothing has changed. Every write to an organization
 * appends to its hash-chained audit trail, so the chain head's hash names the organization's state
 * exactly: an answer is reused only while the head is the one it was computed at. The head comes
 * with the request's authorization (the same query), so nodes sharing a database never serve each
 * other's stale answers; an answer is kept only if the head did not move while it was computed. The key also
 * holds the caller's role and token scope (answers carry abilities), the URL and the date (evidence
 * freshness changes at midnight).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { chainHead } from "../modules/audit-trail/audit-trail.service.js";
import type { Db } from "../modules/scope.js";
import { orgOf } from "./auth.js";

interface Entry {
  head: string;
  body: string;
  headers: Record<string, string>;
}

export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Map<string, Promise<Entry>>();
  constructor(
    private readonly db: Db,
    private readonly capacity = 500,
  ) {}

  async #head(orgId: string): Promise<string> {
    return chainHead(this.db, orgId);
  }

  /**
   * Sends the cached JSON for this request while the organization is unchanged, or computes it,
   * sends it and keeps it. `compute` may set headers on the reply (they are kept with the body).
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
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
    const head = org.head;
    const hit = this.#entries.get(key);
    if (hit && hit.head === head) {
      // Most recently used last, so the oldest entry is the first to go.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return reply.headers(hit.headers).type("application/json; charset=utf-8").send(hit.body);
    }
    // Requests that miss together at the same state share one computation (no stampede after a write).
    const flight = `${key}\n${head}`;
    let pending = this.#pending.get(flight);
    if (!pending) {
      pending = this.#compute(org.id, key, head, reply, compute, keepHeaders);
      this.#pending.set(flight, pending);
      void pending.finally(() => this.#pending.delete(flight)).catch(() => undefined);
    }
    const entry = await pending;
    return reply.headers(entry.headers).type("application/json; charset=utf-8").send(entry.body);
  }

  async #compute(
    orgId: string,
    key: string,
    head: string,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
    keepHeaders: string[],
  ): Promise<Entry> {
    const body = JSON.stringify(await compute());
    const headers: Record<string, string> = {};
    for (const name of keepHeaders) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const entry = { head, body, headers };
    this.#entries.delete(key);
    // A write that landed meanwhile may or may not be in this answer: then it is sent, not kept.
    if ((await this.#head(orgId)) === head) this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return entry;
  }
}
