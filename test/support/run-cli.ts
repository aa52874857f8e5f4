import { vi } from "vitest";
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
