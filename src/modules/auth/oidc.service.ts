/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE). The provider proves the
 * email address; the user must already exist here (an administrator invites people by email), so
 * signing in with SSO never creates accounts or memberships on its own.
 */
import type { Kysely } from "kysely";
import type { OidcConfig } from "../../config.js";
import type { Database } from "../../db/schema.js";
import { nowIso } from "../../db/store.js";
import { DomainError } from "../../domain/errors.js";
import { openSession } from "./auth.service.js";

type Client = typeof import("openid-client");
type Configuration = import("openid-client").Configuration;

const STATE_MINUTES = 10;

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

  /** Where to send the browser to sign in. */
  async start(): Promise<URL> {
    const { client, config } = await this.client();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const expiresAt = new Date(Date.now() + STATE_MINUTES * 60_000).toISOString();
    await this.db.deleteFrom("oidcStates").where("expiresAt", "<", nowIso()).execute();
    await this.db.insertInto("oidcStates").values({ state, codeVerifier, nonce, expiresAt }).execute();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: "openid email profile",
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
    });
  }

  /** Finishes the sign-in the provider redirected back with, and opens a session. */
  async finish(callbackUrl: URL) {
    const { client, config } = await this.client();
    const state = callbackUrl.searchParams.get("state") ?? "";
    const pending = await this.db
      .selectFrom("oidcStates")
      .selectAll()
      .where("state", "=", state)
      .executeTakeFirst();
    await this.db.deleteFrom("oidcStates").where("state", "=", state).execute();
    if (!pending || pending.expiresAt < nowIso())
      throw new DomainError("UNAUTHENTICATED", "this sign-in has expired or was already used; start again");
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (error) {
      throw new DomainError(
        "UNAUTHENTICATED",
        `the single sign-on provider refused the sign-in (${(error as Error).message})`,
      );
    }
    const email = typeof claims?.email === "string" ? claims.email.toLowerCase() : undefined;
    if (!email || claims?.email_verified === false)
      throw new DomainError("UNAUTHENTICATED", "the provider did not confirm an email address");
    const user = await this.db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
    if (!user || user.disabled)
      throw new DomainError("FORBIDDEN", `${email} has no account here; ask an administrator to invite you`);
    return openSession(this.db, user);
  }
}
