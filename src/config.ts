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
});

export interface Config {
  databaseUrl: string;
  /** Where local files live (evidence blobs on SQLite); defaults to the SQLite file's folder. */
  dataDir: string | undefined;
  maxUploadBytes: number;
  /** Who the CLI records as the actor of its writes. */
  actor: string | undefined;
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
  };
}
