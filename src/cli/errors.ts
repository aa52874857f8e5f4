/** An error the CLI reports as one line on stderr, without a stack trace, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes: 1 for "the thing asked for does not exist or failed", 2 for bad usage. */
export const EXIT_USAGE = 2;

/**
 * Turns an error meant for people into one message and an exit code: our CLI errors, domain
 * errors (with their field issues), configuration errors. Anything else is a bug and is rethrown.
 */
export function describeError(error: unknown): { message: string; exitCode: number } | undefined {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (!(error instanceof Error)) return undefined;
  if (error.name === "ConfigError") return { message: error.message, exitCode: EXIT_USAGE };
  if (error.name === "DomainError") {
    const { code, issues } = error as Error & { code: string; issues?: { path: string; message: string }[] };
    const details = (issues ?? []).map((i) => `\n  ${i.path}: ${i.message}`).join("");
    return { message: `${error.message}${details}`, exitCode: code === "VALIDATION" ? EXIT_USAGE : 1 };
  }
  return undefined;
}
