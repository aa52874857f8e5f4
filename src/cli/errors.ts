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
