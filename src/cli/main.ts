#!/usr/bin/env node
/**
 * Entry point of the `isms` binary: runs the program and turns known errors into one clear line
 * on stderr and an exit code, without a stack trace.
 */
import module from "node:module";

// Node keeps the compiled code of the CLI's modules on disk, so later runs start faster.
module.enableCompileCache?.();

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  // The SQLite driver needs Node 22.12+; failing here is clearer than a crash inside it.
  process.stderr.write(
    `isms: Node.js 22.12 or later is required (this is ${process.version}). ` +
      "Run it through npm (npm start -- <command>), which uses the project's pinned Node 24, or upgrade Node.\n",
  );
  process.exit(2);
}

// Output piped into a reader that stops early (`isms asset list | head`) ends the program quietly,
// as other command-line tools do, instead of with a broken-pipe stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// Loaded after the compile cache is on (static imports would load before it).
const { describeError } = await import("./errors.js");
const { createProgram } = await import("./program.js");
try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  const known = describeError(error);
  if (!known) throw error;
  process.stderr.write(`isms: ${known.message}\n`);
  process.exitCode = known.exitCode;
}
