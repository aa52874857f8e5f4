/**
 * Configuration from environment variables, validated once with a readable error that lists every
 * bad value.
 */
import { isIP } from "node:net";
import { z } from "zod";

/**
 * Which proxies to believe about the client's address (X-Forwarded-For): none (`false`, the
 * default: the address of the TCP peer is the client), the number of proxy hops in front of the
 * app, or the proxies' addresses and CIDR ranges. `true` (believe anyone) is refused: any client
 * could then choose the address that rate limits and the audit trail see.
 */
export type TrustProxy = false | number | string[];

const TRUST_PROXY_HELP =
  "false, a number of proxy hops (1-10), or proxy addresses and CIDR ranges separated by commas";

function validProxyAddress(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const ZTrustProxy = z
  .string()
  .trim()
  .default("false")
  .transform((value, ctx): TrustProxy => {
    if (value === "" || value === "false") return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
      ctx.addIssue({ code: "custom", message: `must be ${TRUST_PROXY_HELP}` });
      return z.NEVER;
    }
    const entries = value.split(",").map((e) => e.trim());
    const bad = entries.filter((e) => !validProxyAddress(e));
    if (bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `must be ${TRUST_PROXY_HELP}; not an address or CIDR range: ${bad.map((b) => JSON.stringify(b)).join(", ")}`,
      });
      return z.NEVER;
    }
    return entries;
  });

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
  ISMS_LOGIN_CLIENT_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  ISMS_TRUST_PROXY: ZTrustProxy,
  ISMS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  ISMS_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(168),
  ISMS_TOKEN_DEFAULT_DAYS: z.coerce.number().int().min(1).max(366).default(90),
  ISMS_LLM_BASE_URL: z.string().url().optional(),
  ISMS_LLM_MODEL: z.string().min(1).optional(),
  ISMS_LLM_API_KEY: z.string().min(1).optional(),
  ISMS_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  ISMS_OIDC_ISSUER: z.string().url().optional(),
  ISMS_OIDC_CLIENT_ID: z.string().min(1).optional(),
  ISMS_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ISMS_OIDC_REDIRECT_URL: z.string().url().optional(),
  ISMS_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  ISMS_MAIL_FROM: z.string().min(3).default("ISMS Copilot <isms@localhost>"),
  ISMS_PUBLIC_URL: z.string().url().optional(),
  ISMS_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  ISMS_DIGEST_WEEKDAY: z.coerce.number().int().min(1).max(7).default(1),
  ISMS_JOBS: z.enum(["on", "off"]).default("on"),
  ISMS_JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
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
  /** Sign-in attempts allowed per account (email) and minute. */
  loginRateLimit: number;
  /** Sign-in attempts allowed per client address and minute, whatever the email (default 5 × the above). */
  loginClientRateLimit: number;
  /** Which proxies are believed about the client's address (off by default). */
  trustProxy: TrustProxy;
  /** Sessions end after this many minutes without a request... */
  sessionIdleMinutes: number;
  /** ...and this many hours after sign-in at most. */
  sessionMaxHours: number;
  /** API tokens created without an explicit term expire after this many days. */
  tokenDefaultDays: number;
  /** The optional language model, when ISMS_LLM_BASE_URL and ISMS_LLM_MODEL are set. */
  llm: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number } | undefined;
  /** Single sign-on, when ISMS_OIDC_ISSUER, _CLIENT_ID and _REDIRECT_URL are set. */
  oidc: OidcConfig | undefined;
  /** Outgoing e-mail (acknowledgement requests), when ISMS_SMTP_URL is set. */
  mail: { url: string; from: string } | undefined;
  /** The address people open the app at, for links in e-mails (ISMS_PUBLIC_URL). */
  publicUrl: string | undefined;
  /** Scheduled work: digests from `digestHour` (UTC), weekly ones on `digestWeekday` (1 = Monday). */
  jobs: { enabled: boolean; intervalSeconds: number; digestHour: number; digestWeekday: number };
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
    loginClientRateLimit: c.ISMS_LOGIN_CLIENT_RATE_LIMIT ?? 5 * c.ISMS_LOGIN_RATE_LIMIT,
    trustProxy: c.ISMS_TRUST_PROXY,
    sessionIdleMinutes: c.ISMS_SESSION_IDLE_MINUTES,
    sessionMaxHours: c.ISMS_SESSION_MAX_HOURS,
    tokenDefaultDays: c.ISMS_TOKEN_DEFAULT_DAYS,
    oidc: oidcConfig(c),
    mail: c.ISMS_SMTP_URL ? { url: c.ISMS_SMTP_URL, from: c.ISMS_MAIL_FROM } : undefined,
    publicUrl: c.ISMS_PUBLIC_URL,
    jobs: {
      enabled: c.ISMS_JOBS === "on",
      intervalSeconds: c.ISMS_JOBS_INTERVAL_SECONDS,
      digestHour: c.ISMS_DIGEST_HOUR,
      digestWeekday: c.ISMS_DIGEST_WEEKDAY,
    },
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
