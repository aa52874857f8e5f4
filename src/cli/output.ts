import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** Prints a value as pretty JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Writes a file atomically: to a temporary name beside it, then renamed over the target, so an
 * interrupted export never leaves a half-written file where a good one was.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<string> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, target);
  return target;
}
