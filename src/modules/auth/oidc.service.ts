/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE). The user must already
 * exist here (an administrator invites people by email), so signing in with SSO never creates
 * accounts or memberships on its own.
 *
 * - A sign-in in progress is bound to the browser that started it: `start` returns a random value
 *   for an HttpOnly cookie and stores only its SHA-256 beside the state, PKCE verifier and nonce;
 *   `finish` refuses a state whose browser value does not match, and uses each state once.
 * - Accounts are linked to the provider's issuer and subject (`sub`). The first sign-in links to
 *   the account with the provider's email only when the provider says it verified that email
 *   (`email_verified: true`); afterwards only issuer and subject count, whatever email the
 *   provider sends, and an account linked to one subject cannot be claimed by another.
 * - A user with TOTP still gives their one-time code after the provider, unless the ID token's
 *   `amr` claim (RFC 8176) says the provider itself used more than one factor.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { OidcConfig } from "../../config.js";
import type { Database } from "../../db/schema.js";
import { type Actor, nowIso, writeInstallation } from "../../db/store.js";
import { DomainError } from "../../domain/errors.js";
import { totpStep } from "../../domain/totp.js";
import type { User } from "../users/user.service.js";
import { type ClientInfo, openSession, type SessionPolicy } from "./auth.service.js";
import { recordSecurityEvent, SECURITY_ENTITY, type SecurityEvent } from "./security-events.js";

type Client = typeof import("openid-client");
type Configuration = import("openid-client").Configuration;

/** How long a sign-in may stay at the provider. */
export const STATE_MINUTES = 10;
/** How long a user has to give their one-time code after the provider, and how many tries. */
export const CHALLENGE_MINUTES = 5;
const CHALLENGE_ATTEMPTS = 5;

/**
 * Authentication methods (RFC 8176) that mean the provider checked a second factor: "mfa" says so
 * outright; "otp", "hwk" and "swk" are a one-time password or a proof of possession of a key.
 */
const MULTI_FACTOR_METHODS = new Set(["mfa", "otp", "hwk", "swk"]);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const secret = () => randomBytes(32).toString("base64url");
const refused = (message: string) => new DomainError("UNAUTHENTICATED", message);
const NOT_THIS_BROWSER =
  "this sign-in was not started in this browser, or has expired; start single sign-on again";

/** The client (for the session and security events) and the installation's session policy. */
export interface SignInClient extends ClientInfo {
  policy?: SessionPolicy | undefined;
}

export type SsoOutcome =
  | { kind: "session"; session: Awaited<ReturnType<typeof openSession>> }
  /** The provider was satisfied; the user still owes their one-time code (the challenge cookie's value). */
  | { kind: "code"; challenge: string; user: User };

/** Whether the provider says it used more than one factor (the ID token's `amr` claim). */
export function providerUsedMultiFactor(amr: unknown): boolean {
  return Array.isArray(amr) && amr.some((method) => MULTI_FACTOR_METHODS.has(String(method)));
}

/**
 * Removes a user's links to single sign-on identities (when the provider gave them a new subject):
 * their next sign-in links again, by an email the provider verified. Recorded on the installation
 * trail. Answers how many links were removed.
 */
export async function unlinkSingleSignOn(db: Kysely<Database>, actor: Actor, user: User): Promise<number> {
  return writeInstallation(db, actor, async (trx, record) => {
    const removed = await trx.deleteFrom("userIdentities").where("userId", "=", user.id).executeTakeFirst();
    const links = Number(removed.numDeletedRows);
    if (links > 0)
      await record({
        entityType: SECURITY_ENTITY,
        entityId: user.id,
        action: "sso-unlinked",
        changes: { email: user.email, links },
      });
    return links;
  });
}

export class OidcSignIn {
  private configuration: Promise<Configuration> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: OidcConfig,
    /** Allows http:// issuers (only for providers on this machine, as in tests). */
    private readonly allowInsecure = false,
  ) {}

  get redirectUrl(): string {
    return this.settings.redirectUrl;
  }

  private async client(): Promise<{ client: Client; config: Configuration }> {
    const client = await import("openid-client");
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        {
          ...(this.allowInsecure && { execute: [client.allowInsecureRequests] }),
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new DomainError(
          "UNAUTHENTICATED",
          `the single sign-on provider cannot be reached (${(error as Error).message})`,
        );
      });
    return { client, config: await this.configuration };
  }

  /** Where to send the browser to sign in, and the value its sign-in cookie must carry back. */
  async start(): Promise<{ url: URL; browserSecret: string }> {
    const { client, config } = await this.client();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const browserSecret = secret();
    const expiresAt = new Date(Date.now() + STATE_MINUTES * 60_000).toISOString();
    await this.db.deleteFrom("oidcStates").where("expiresAt", "<", nowIso()).execute();
    await this.db
      .insertInto("oidcStates")
      .values({ state, codeVerifier, nonce, expiresAt, browserHash: sha256(browserSecret) })
      .execute();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: "openid email profile",
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
    });
    return { url, browserSecret };
  }

  /**
   * Finishes the sign-in the provider redirected back with. `browserSecret` is the value of the
   * sign-in cookie of the browser that opened the callback. Answers a session, or a challenge when
   * the user must still give their one-time code.
   */
  async finish(
    callbackUrl: URL,
    browserSecret: string | undefined,
    client: SignInClient = {},
  ): Promise<SsoOutcome> {
    const state = callbackUrl.searchParams.get("state") ?? "";
    const pending = await this.db
      .selectFrom("oidcStates")
      .selectAll()
      .where("state", "=", state)
      .executeTakeFirst();
    if (!pending || pending.expiresAt < nowIso())
      throw refused("this sign-in has expired or was already used; start again");
    // Login CSRF: a callback URL opened by another browser (or sent to a victim) is refused, and the
    // sign-in stays unused for the browser that started it.
    if (!browserSecret || sha256(browserSecret) !== pending.browserHash) {
      await this.record({
        action: "sign-in-failed",
        ip: client.ip,
        detail: { method: "sso", reason: "state not bound to this browser" },
      });
      throw refused(NOT_THIS_BROWSER);
    }
    // One use only, even when two requests race: the one that deletes the row goes on.
    const used = await this.db
      .deleteFrom("oidcStates")
      .where("state", "=", state)
      .where("browserHash", "=", pending.browserHash)
      .executeTakeFirst();
    if (Number(used.numDeletedRows) !== 1)
      throw refused("this sign-in has expired or was already used; start again");

    const claims = await this.exchange(callbackUrl, pending, client);
    const user = await this.accountFor(claims, client);
    if (user.totpEnabled === 1 && !providerUsedMultiFactor(claims.amr)) {
      const challenge = secret();
      await this.db.deleteFrom("signInChallenges").where("expiresAt", "<", nowIso()).execute();
      await this.db
        .insertInto("signInChallenges")
        .values({
          idHash: sha256(challenge),
          userId: user.id,
          attempts: 0,
          expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000).toISOString(),
        })
        .execute();
      return { kind: "code", challenge, user };
    }
    return { kind: "session", session: await this.open(user, client) };
  }

  /**
   * The second step after the provider, for a user with TOTP: the same one-time code as at a
   * password sign-in. `challenge` is the value of the challenge cookie set by `finish`.
   */
  async verifyCode(challenge: string | undefined, code: string, client: SignInClient = {}) {
    const expired = "this sign-in has expired; start single sign-on again";
    if (!challenge) throw refused(expired);
    const idHash = sha256(challenge);
    const row = await this.db
      .selectFrom("signInChallenges")
      .selectAll()
      .where("idHash", "=", idHash)
      .executeTakeFirst();
    if (!row || row.expiresAt < nowIso()) throw refused(expired);
    // Each try is counted before the code is checked, so parallel guesses share the same budget.
    const counted = await this.db
      .updateTable("signInChallenges")
      .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
      .where("idHash", "=", idHash)
      .where("attempts", "<", CHALLENGE_ATTEMPTS)
      .executeTakeFirst();
    if (Number(counted.numUpdatedRows) !== 1) {
      await this.db.deleteFrom("signInChallenges").where("idHash", "=", idHash).execute();
      throw refused("too many wrong codes; start single sign-on again");
    }
    const user = await this.db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", row.userId)
      .executeTakeFirst();
    if (!user || user.disabled) {
      await this.db.deleteFrom("signInChallenges").where("idHash", "=", idHash).execute();
      throw refused(expired);
    }
    if (user.totpEnabled === 1) {
      const problem = await this.spendCode(user, code.trim());
      if (problem) {
        await this.record({
          action: "sign-in-failed",
          userId: user.id,
          email: user.email,
          ip: client.ip,
          detail: { method: "sso", reason: problem },
        });
        throw new DomainError("UNAUTHENTICATED", "the one-time code is not right", [
          { path: "code", message: problem },
        ]);
      }
    }
    const removed = await this.db
      .deleteFrom("signInChallenges")
      .where("idHash", "=", idHash)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw refused(expired);
    return this.open(user, client);
  }

  /**
   * Checks a TOTP code as a password sign-in does: the current step or a neighbour, each step
   * accepted once per user (atomically, so of two racing requests one wins). Answers why it fails.
   */
  private async spendCode(user: User, code: string): Promise<string | undefined> {
    const step = totpStep(user.totpSecret ?? "", code);
    if (step === undefined) return "wrong code";
    const spent = await this.db
      .updateTable("users")
      .set({ totpLastStep: step })
      .where("id", "=", user.id)
      .where((eb) => eb.or([eb("totpLastStep", "is", null), eb("totpLastStep", "<", step)]))
      .executeTakeFirst();
    return Number(spent.numUpdatedRows) === 1 ? undefined : "code already used";
  }

  /** Opens the session (which records the sign-in as a security event). */
  private open(user: User, client: SignInClient) {
    const { policy, ...info } = client;
    return policy ? openSession(this.db, user, info, policy) : openSession(this.db, user, info);
  }

  /** Trades the code for tokens and answers the ID token's claims. */
  private async exchange(
    callbackUrl: URL,
    pending: { state: string; codeVerifier: string; nonce: string },
    signInClient: SignInClient,
  ): Promise<Record<string, unknown>> {
    const { client, config } = await this.client();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (error) {
      await this.record({
        action: "sign-in-failed",
        ip: signInClient.ip,
        detail: { method: "sso", reason: "provider refused" },
      });
      throw refused(`the single sign-on provider refused the sign-in (${(error as Error).message})`);
    }
    if (!claims || typeof claims.iss !== "string" || typeof claims.sub !== "string" || !claims.sub)
      throw refused("the single sign-on provider sent no ID token with a subject");
    return claims;
  }

  /** The account of the provider's subject: linked before, or linked now by a verified email. */
  private async accountFor(claims: Record<string, unknown>, client: SignInClient): Promise<User> {
    const issuer = String(claims.iss);
    const subject = String(claims.sub);
    const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
    const fail = async (error: DomainError, reason: string, userId?: string): Promise<never> => {
      await this.record({
        action: "sign-in-failed",
        userId,
        email: email || undefined,
        ip: client.ip,
        detail: { method: "sso", reason },
      });
      throw error;
    };

    const linked = await this.db
      .selectFrom("userIdentities")
      .innerJoin("users", "users.id", "userIdentities.userId")
      .selectAll("users")
      .where("userIdentities.issuer", "=", issuer)
      .where("userIdentities.subject", "=", subject)
      .executeTakeFirst();
    if (linked) {
      if (linked.disabled)
        return fail(new DomainError("FORBIDDEN", "this account is disabled"), "account disabled", linked.id);
      await this.db
        .updateTable("userIdentities")
        .set({ lastUsedAt: nowIso(), ...(email && { email }) })
        .where("issuer", "=", issuer)
        .where("subject", "=", subject)
        .execute();
      return linked;
    }

    // First sign-in with this provider: the email links the account only if the provider vouches for it.
    if (!email)
      return fail(
        refused("the single sign-on provider sent no email address, so no account can be linked"),
        "no email",
      );
    if (claims.email_verified !== true)
      return fail(
        refused(
          `the single sign-on provider has not verified ${email} (email_verified is not true), so it cannot be linked to an account here; verify the address at the provider and try again`,
        ),
        "email not verified",
      );
    const user = await this.db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
    if (!user || user.disabled)
      return fail(
        new DomainError("FORBIDDEN", `${email} has no account here; ask an administrator to invite you`),
        "no account",
        user?.id,
      );
    const other = await this.db
      .selectFrom("userIdentities")
      .select("subject")
      .where("issuer", "=", issuer)
      .where("userId", "=", user.id)
      .executeTakeFirst();
    const takenOver = new DomainError(
      "FORBIDDEN",
      `${email} is already linked to another identity at this single sign-on provider; an administrator can remove the old link (isms user unlink-sso)`,
    );
    if (other) return fail(takenOver, "account linked to another subject", user.id);
    const now = nowIso();
    try {
      await this.db
        .insertInto("userIdentities")
        .values({ issuer, subject, userId: user.id, email, createdAt: now, lastUsedAt: now })
        .execute();
    } catch {
      // Another sign-in linked at the same moment; the unique keys decide who won.
      const winner = await this.db
        .selectFrom("userIdentities")
        .select("userId")
        .where("issuer", "=", issuer)
        .where("subject", "=", subject)
        .executeTakeFirst();
      if (winner?.userId !== user.id) return fail(takenOver, "account linked to another subject", user.id);
    }
    return user;
  }

  private async record(event: SecurityEvent): Promise<void> {
    await recordSecurityEvent(this.db, event.userId ?? "anonymous", event);
  }
}
