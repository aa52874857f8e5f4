/** Row types of sign-in: sessions, API tokens, single sign-on logins in progress, linked identities and second-factor challenges. */

/** A single sign-on in progress (PKCE verifier and nonce by state), valid for a few minutes. */
export interface OidcStateTable {
  state: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: string;
  /** SHA-256 of the random value in the browser's sign-in cookie: only that browser can finish it. */
  browserHash: string;
}

/** An account's identity at a single sign-on provider: issuer and subject, linked once. */
export interface UserIdentityTable {
  issuer: string;
  subject: string;
  userId: string;
  /** The address the provider gave at the last sign-in (for people; never used to match). */
  email: string;
  createdAt: string;
  lastUsedAt: string;
}

/** A sign-in past its first factor (the provider) that waits for the user's one-time code. */
export interface SignInChallengeTable {
  idHash: string;
  userId: string;
  attempts: number;
  expiresAt: string;
}

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export interface SessionTable {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  /** Absolute end of the session. */
  expiresAt: string;
  /** A public id, to list and revoke a session without its secret. */
  id: string;
  /** Last use (the idle timeout counts from here). */
  lastSeenAt: string;
  /** The client's address and browser at sign-in. */
  ip: string | null;
  userAgent: string | null;
}

/** Personal API tokens, stored as SHA-256 hashes. */
export interface ApiTokenTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  /** "read" | "write" */
  scope: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
