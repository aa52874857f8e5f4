/** What the `isms policy` commands share: output, state words and which version a step acts on. */
import { CliError, EXIT_USAGE } from "./errors.js";
import type { withOrgScope } from "./workspace.js";

/** How acknowledgement requests reach people from the command line: the configured mail, links. */
export async function deliveryFromConfig() {
  const { loadConfig } = await import("../config.js");
  const config = loadConfig();
  const { smtpMailer } = await import("../modules/mail/mailer.js");
  return {
    mailer: config.mail ? await smtpMailer(config.mail.url, config.mail.from) : undefined,
    publicUrl: config.publicUrl ?? `http://${config.host}:${config.port}`,
  };
}

export const out = (text: string) => void process.stdout.write(`${text}\n`);
export type Flags = { org?: string; json?: boolean };
export const words: Record<string, string> = {
  draft: "draft",
  in_review: "in review",
  approved: "approved",
  published: "published",
  superseded: "superseded",
};
export const versionOf = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--version ${value} is not a version number`, EXIT_USAGE);
  return n;
};
/** The version a step acts on: the one given, else the latest. */
export async function latest(
  scope: Parameters<Parameters<typeof withOrgScope>[1]>[0],
  key: string,
  given?: string,
) {
  if (given) return versionOf(given);
  const { getPolicy } = await import("../modules/policies/policy.service.js");
  const policy = await getPolicy(scope, key);
  return policy.versions.at(-1)?.number ?? 1;
}
