/**
 * One pool of worker threads for the CPU-heavy steps of requests (reading and checking imported
 * registers, rendering documents), so that one tenant's large file does not stall every other
 * request on the event loop. Created on first use; idle threads do not keep the process alive.
 *
 * The thread entry is worker.js in dist/ and worker.ts when the sources run directly (tests,
 * scripts): it sits beside this module either way.
 */
import { availableParallelism } from "node:os";
import { setImmediate } from "node:timers/promises";
import type { Transferable } from "node:worker_threads";
import type { Piscina } from "piscina";
import { DomainError } from "../domain/errors.js";
import type { TaskMessage, TaskOutcome, Tasks } from "./tasks.js";

const WORKER_FILE = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);

let pool: Promise<Piscina> | undefined;

function getPool(): Promise<Piscina> {
  pool ??= import("piscina").then(
    ({ Piscina }) =>
      new Piscina({
        filename: WORKER_FILE.href,
        // Two threads even on two cores: an import that checks rows should not make an export
        // wait for it. The operating system shares the cores; the event loop keeps its turn.
        maxThreads: Math.max(2, availableParallelism() - 1),
        minThreads: 0,
        // Pool threads yield the processor to the event loop when both want it.
        niceIncrement: 3,
        idleTimeout: 30_000,
      }),
  );
  return pool;
}

/** Runs a task in a pool thread; a domain error thrown there is thrown here as one. */
export async function runInWorker<N extends keyof Tasks>(
  name: N,
  input: Tasks[N]["input"],
  transferList: readonly Transferable[] = [],
): Promise<Tasks[N]["output"]> {
  const message: TaskMessage = { name, input };
  const outcome = (await (
    await getPool()
  ).run(message, {
    transferList: transferList as Transferable[],
  })) as TaskOutcome;
  if (!outcome.ok) throw new DomainError(outcome.error.code, outcome.error.message, outcome.error.issues);
  return outcome.value as Tasks[N]["output"];
}

/** Stops the pool's threads (a server shutting down); the next task starts a new pool. */
export async function closeWorkerPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  if (current) await (await current).close();
}

/**
 * For long work that must stay on the main thread (writes inside one transaction): call the
 * returned function between steps; it gives the event loop a turn once `budgetMs` have passed
 * since the last one, so other requests are answered meanwhile.
 */
export function pacer(budgetMs = 20): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await setImmediate();
    since = performance.now();
  };
}

/** Batch sizes `inBatches` steps through; a few fixed sizes keep its SQL statements reusable. */
const BATCH_SIZES = [25, 50, 100, 200] as const;

/**
 * Runs `work` over `items` in batches with a turn of the event loop between them. The batch size
 * steps down when a batch took longer than `targetMs` (a busy machine) and up when it took less
 * than half of it.
 */
export async function inBatches<T>(
  items: readonly T[],
  work: (batch: T[], start: number) => Promise<void>,
  targetMs = 20,
): Promise<void> {
  let step = 2;
  for (let start = 0; start < items.length; ) {
    const batch = items.slice(start, start + (BATCH_SIZES[step] ?? 100));
    const began = performance.now();
    await work(batch, start);
    const took = performance.now() - began;
    start += batch.length;
    if (took > targetMs) step = Math.max(0, step - 1);
    else if (took < targetMs / 2) step = Math.min(BATCH_SIZES.length - 1, step + 1);
    await setImmediate();
  }
}
