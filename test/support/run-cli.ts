import { afterAll, beforeAll, vi } from "vitest";
import { createProgram } from "../../src/cli/program.js";

/** Runs `isms <args>` in-process and returns what it printed; errors propagate as thrown. */
export async function runIsms(
  ...args: string[]
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const previousExitCode = process.exitCode;
  process.exitCode = 0;
  try {
    await createProgram().exitOverride().parseAsync(args, { from: "user" });
    return { stdout, stderr, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    process.exitCode = previousExitCode;
    out.mockRestore();
    err.mockRestore();
  }
}

/**
 * Points the CLI at a fresh SQLite database with the demo organization for the tests of one file;
 * returns a function that gives the temporary folder.
 */
export function useDemoDatabase(prefix: string): () => string {
  let dir = "";
  let previousUrl: string | undefined;
  beforeAll(async () => {
    const { mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    dir = await mkdtemp(join(tmpdir(), prefix));
    previousUrl = process.env.ISMS_DATABASE_URL;
    process.env.ISMS_DATABASE_URL = `file:${join(dir, "isms.db")}`;
    await runIsms("demo", "--json");
  });
  afterAll(async () => {
    const { rm } = await import("node:fs/promises");
    if (previousUrl === undefined) delete process.env.ISMS_DATABASE_URL;
    else process.env.ISMS_DATABASE_URL = previousUrl;
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
