#!/usr/bin/env node
/**
 * Entry point of the `isms` binary: runs the program and turns known errors into one clear line
 * on stderr and an exit code, without a stack trace.
 */
import { CliError } from "./errors.js";
import { createProgram } from "./program.js";

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`isms: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
