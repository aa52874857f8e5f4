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
}

export class ConfigError extends Error {
  override name = "ConfigError";
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
  };
}
