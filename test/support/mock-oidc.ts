/**
 * A minimal OpenID Connect provider on loopback, standing in for a hosted identity provider that
 * cannot run here: discovery, JWKS, and a token endpoint that checks PKCE and signs RS256 ID tokens.
 */
import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface MockProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * What the provider's login page would do: remember who signed in for this authorization request.
   * The subject is the email unless `claims` names another; `claims` also overrides
   * `email_verified` (true by default; `undefined` leaves it out) and adds others such as `amr`.
   */
  authorize(request: URL, email: string, claims?: Record<string, unknown>): string;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

export async function startMockProvider(): Promise<MockProvider> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" };
  const codes = new Map<
    string,
    { challenge: string; nonce: string; email: string; redirectUri: string; claims: Record<string, unknown> }
  >();
  const clientId = "isms-test";
  const clientSecret = "provider-secret";
  let issuer = "";

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      });
    }
    if (url.pathname === "/jwks") return json(200, { keys: [jwk] });
    if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      for await (const chunk of req) body += String(chunk);
      const form = new URLSearchParams(body);
      const grant = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (!grant || grant.challenge !== challenge || grant.redirectUri !== form.get("redirect_uri")) {
        return json(400, { error: "invalid_grant" });
      }
      const now = Math.floor(Date.now() / 1000);
      const header = b64url(JSON.stringify({ alg: "RS256", kid: "test-key", typ: "JWT" }));
      const payload = b64url(
        JSON.stringify({
          iss: issuer,
          sub: grant.email,
          aud: clientId,
          iat: now,
          exp: now + 300,
          nonce: grant.nonce,
          email: grant.email,
          email_verified: true,
          ...grant.claims,
        }),
      );
      const signature = sign("sha256", Buffer.from(`${header}.${payload}`), privateKey).toString("base64url");
      return json(200, {
        access_token: "at",
        token_type: "Bearer",
        expires_in: 300,
        id_token: `${header}.${payload}.${signature}`,
      });
    }
    json(404, { error: "not_found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    authorize(request, email, claims = {}) {
      const code = `code-${codes.size + 1}-${Date.now()}`;
      codes.set(code, {
        challenge: request.searchParams.get("code_challenge") ?? "",
        nonce: request.searchParams.get("nonce") ?? "",
        email,
        redirectUri: request.searchParams.get("redirect_uri") ?? "",
        claims,
      });
      return code;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
