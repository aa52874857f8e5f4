/**
 * Row types of the audit trail (migration 0014): the chain heads, the stored events, the actors
 * they name, and the view readers use.
 */
import type { Generated } from "kysely";
import type { Json } from "./schema.js";

export interface ChainHeadTable {
  /** The chain's number, which its events carry instead of the id (assigned on insert). */
  no: Generated<number>;
  /** An organization id, or "installation" for events outside any organization. */
  chainId: string;
  seq: number;
  hash: string;
}

/**
 * The audit trail as readers see it: a view over `audit_log` (migration 0014) with the chain's id,
 * the organization, the hash in hex and an id made of the chain and the sequence number. Writes go
 * to `auditLog`, through the chain appender only.
 */
export interface AuditEventTable {
  id: string;
  chainId: string;
  orgId: string | null;
  seq: number;
  at: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: Json;
  hash: string;
}

/**
 * The stored trail: one row per event, keyed by chain number and sequence number. The previous
 * event's hash is not stored: it is the hash of the row before, and every verification recomputes
 * the links from it.
 */
export interface AuditLogTable {
  chainNo: number;
  seq: number;
  at: string;
  /** The number of the actor in `auditActors`. */
  actorNo: number;
  /** The number of the entity type and action in `auditKinds`. */
  kindNo: number;
  entityId: string;
  changes: Json;
  /** SHA-256 of the event's canonical fields (32 bytes). */
  hash: Uint8Array;
}

/** The kinds of event (entity type and action), numbered once. */
export interface AuditKindTable {
  no: Generated<number>;
  entityType: string;
  action: string;
}

/** The people and processes that wrote events, numbered once. */
export interface AuditActorTable {
  no: Generated<number>;
  actor: string;
}

/** The trail's tables and view, as the Database type lists them. */
export interface AuditTables {
  chainHeads: ChainHeadTable;
  auditEvents: AuditEventTable;
  auditLog: AuditLogTable;
  auditActors: AuditActorTable;
  auditKinds: AuditKindTable;
}
