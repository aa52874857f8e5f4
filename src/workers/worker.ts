/**
 * The entry point of every pool thread (see pool.ts). Built, it is plain JavaScript beside the
 * other modules of dist/. Run from the TypeScript sources (tests, scripts), the thread has no
 * test runner or loader of its own, so before loading anything else it teaches Node the two rules
 * the sources need: a relative ".js" specifier may name a ".ts" file, and TypeScript that is more
 * than erasable annotations (parameter properties) is transformed, not only stripped.
 *
 * This file itself must stay erasable TypeScript: Node loads it before any hook exists. The hooks'
 * functions are looked up only then, so the built file loads on any Node the package supports.
 */
import { readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { fileURLToPath } from "node:url";
import type { TaskMessage, TaskOutcome } from "./tasks.js";

function registerSourceHooks(): void {
  const transformed = process.features.typescript === "transform";
  nodeModule.registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === "ERR_MODULE_NOT_FOUND" && specifier.startsWith(".") && specifier.endsWith(".js"))
          return next(`${specifier.slice(0, -3)}.ts`, context);
        throw error;
      }
    },
    load(url, context, next) {
      if (transformed || !url.startsWith("file:") || !url.endsWith(".ts")) return next(url, context);
      const source = readFileSync(fileURLToPath(url), "utf8");
      return {
        format: "module",
        source: nodeModule.stripTypeScriptTypes(source, { mode: "transform" }),
        shortCircuit: true,
      };
    },
  });
}

if (import.meta.url.endsWith(".ts")) registerSourceHooks();

export default async function run(message: TaskMessage): Promise<TaskOutcome> {
  const { runTask } = await import("./tasks.js");
  return runTask(message);
}
