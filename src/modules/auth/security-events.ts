/**
 * Security events (sign-ins, credentials, sessions, accounts and roles) appended to the
 * installation's hash-chained audit trail, so an administrator can see who signed in, who failed,
 * and who changed which credential. Events name the user and the client address; they never hold
 * a password, a code, a token or a secret.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, writeInstallation } from "../../db/store.js";

export const SECURITY_ACTIONS = [
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "token-created",
  "token-revoked",
  "totp-setup",
  "totp-enabled",
  "totp-reset",
  "password-changed",
  "user-disabled",
  "user-enabled",
  "session-revoked",
  "member-added",
  "member-role-changed",
  "member-removed",
] as const;
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];

/** The entity type of security events in the installation trail. */
export const SECURITY_ENTITY = "security";

export interface SecurityEvent {
  action: SecurityAction;
  /** The user the event is about; for a failed sign-in with an unknown email, none. */
  userId?: string | undefined;
  /** The email the event is about (as typed at sign-in, lower-cased; at most 254 characters). */
  email?: string | undefined;
  /** The client's address as the server sees it (after the configured proxy trust). */
  ip?: string | undefined;
  /** What else helps an investigation (a reason, a token's name and scope, an organization). */
  detail?: Record<string, string | number | boolean | null> | undefined;
}

const SECRET_KEYS = /password|secret|token$|code|hash/i;

/** The audit event of a security event (usable inside an installation write). */
export function securityEventInput(event: SecurityEvent) {
  const detail: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(event.detail ?? {})) {
    // A guard against a caller passing a credential by mistake: such keys are never stored.
    if (!SECRET_KEYS.test(key)) detail[key] = value;
  }
  return {
    entityType: SECURITY_ENTITY,
    entityId: event.userId ?? "unknown",
    action: event.action,
    changes: {
      ...(event.email !== undefined && { email: event.email.trim().toLowerCase().slice(0, 254) }),
      ...(event.ip !== undefined && { ip: event.ip }),
      ...detail,
    },
  };
}

/** Appends one security event to the installation trail, in its own transaction. */
export async function recordSecurityEvent(
  db: Kysely<Database>,
  actor: Actor,
  event: SecurityEvent,
): Promise<void> {
  await writeInstallation(db, actor, (_trx, record) => record(securityEventInput(event)));
}
