/**
 * Configuration from environment variables, validated once with a readable error that lists every
 * bad value.
 */
import { z } from "zod";

const ConfigSchema = z.object({
  ISMS_DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres:\/\/|postgresql:\/\/)/, "must start with file: or postgres://")
    .default("file:./data/isms.db"),
  ISMS_DATA_DIR: z.string().min(1).optional(),
  ISMS_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  ISMS_ACTOR: z.string().min(1).optional(),
  ISMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ISMS_HOST: z.string().min(1).default("127.0.0.1"),
  ISMS_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ISMS_SECURE_COOKIES: z.enum(["true", "false"]).default("false"),
  ISMS_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  ISMS_LLM_BASE_URL: z.string().url().optional(),
  ISMS_LLM_MODEL: z.string().min(1).optional(),
  ISMS_LLM_API_KEY: z.string().min(1).optional(),
  ISMS_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  ISMS_OIDC_ISSUER: z.string().url().optional(),
  ISMS_OIDC_CLIENT_ID: z.string().min(1).optional(),
  ISMS_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ISMS_OIDC_REDIRECT_URL: z.string().url().optional(),
});

export interface Config {
  databaseUrl: string;
  /** Where local files live (evidence blobs on SQLite); defaults to the SQLite file's folder. */
  dataDir: string | undefined;
  maxUploadBytes: number;
  /** Who the CLI records as the actor of its writes. */
  actor: string | undefined;
  port: number;
  host: string;
  logLevel: string;
  /** Set when the app is served over HTTPS (cookies get Secure, HSTS is sent). */
  secureCookies: boolean;
  /** Sign-in attempts allowed per client, email and minute. */
  loginRateLimit: number;
  /** The optional language model, when ISMS_LLM_BASE_URL and ISMS_LLM_MODEL are set. */
  llm: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number } | undefined;
  /** Single sign-on, when ISMS_OIDC_ISSUER, _CLIENT_ID and _REDIRECT_URL are set. */
  oidc: OidcConfig | undefined;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** This app's callback URL, e.g. https://isms.example.com/api/v1/auth/oidc/callback. */
  redirectUrl: string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

function oidcConfig(c: z.infer<typeof ConfigSchema>): OidcConfig | undefined {
  const given = [c.ISMS_OIDC_ISSUER, c.ISMS_OIDC_CLIENT_ID, c.ISMS_OIDC_REDIRECT_URL].filter(Boolean).length;
  if (given === 0) return undefined;
  if (given < 3 || !c.ISMS_OIDC_ISSUER || !c.ISMS_OIDC_CLIENT_ID || !c.ISMS_OIDC_REDIRECT_URL) {
    throw new ConfigError(
      "invalid configuration:\n  single sign-on needs ISMS_OIDC_ISSUER, ISMS_OIDC_CLIENT_ID and ISMS_OIDC_REDIRECT_URL together",
    );
  }
  return {
    issuer: c.ISMS_OIDC_ISSUER,
    clientId: c.ISMS_OIDC_CLIENT_ID,
    clientSecret: c.ISMS_OIDC_CLIENT_SECRET,
    redirectUrl: c.ISMS_OIDC_REDIRECT_URL,
  };
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    databaseUrl: c.ISMS_DATABASE_URL,
    dataDir: c.ISMS_DATA_DIR,
    maxUploadBytes: c.ISMS_MAX_UPLOAD_BYTES,
    actor: c.ISMS_ACTOR,
    port: c.ISMS_PORT,
    host: c.ISMS_HOST,
    logLevel: c.ISMS_LOG_LEVEL,
    secureCookies: c.ISMS_SECURE_COOKIES === "true",
    loginRateLimit: c.ISMS_LOGIN_RATE_LIMIT,
    oidc: oidcConfig(c),
    llm:
      c.ISMS_LLM_BASE_URL && c.ISMS_LLM_MODEL
        ? {
            baseUrl: c.ISMS_LLM_BASE_URL,
            model: c.ISMS_LLM_MODEL,
            ...(c.ISMS_LLM_API_KEY && { apiKey: c.ISMS_LLM_API_KEY }),
            timeoutMs: c.ISMS_LLM_TIMEOUT_MS,
          }
        : undefined,
  };
}
