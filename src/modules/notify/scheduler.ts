/**
 * Runs the scheduled work while `isms serve` runs.
 *
 * - SQLite (one process): a timer runs everything due, one run at a time.
 * - PostgreSQL (any number of nodes): pg-boss, a job queue in the same database. Every node offers
 *   a "tick" per interval, and pg-boss keeps one per interval whichever node offered it; the tick
 *   queues one job per message due, and any node sends it. A message's key makes it go once (the
 *   outbox locks it while sending); a node killed mid-run loses its transaction, and the next tick
 *   queues the message again. Jobs live in the database, so a restart loses nothing.
 */
import type { PgBoss } from "pg-boss";
import type { DatabaseTarget } from "../../db/database.js";
import { dueJobs, type Job, type NotifyDeps, type NotifyWorkspace, runDueWork, runJob } from "./due-work.js";

export interface SchedulerLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export interface SchedulerOptions extends NotifyDeps {
  intervalSeconds: number;
}

const TICK = "isms-tick";
const SEND = "isms-send";

export async function startScheduler(
  ws: NotifyWorkspace & { target: DatabaseTarget },
  options: SchedulerOptions,
  log: SchedulerLog,
): Promise<Scheduler> {
  return ws.target.dialect === "postgres"
    ? startQueue(ws, options, ws.target, log)
    : startLocal(ws, options, log);
}

function startLocal(ws: NotifyWorkspace, options: SchedulerOptions, log: SchedulerLog): Scheduler {
  let current: Promise<void> | undefined;
  const tick = () => {
    if (current) return;
    current = runDueWork(ws, options)
      .then((s) => {
        if (s.sent || s.failed) log.info({ sent: s.sent, failed: s.failed }, "scheduled messages");
      })
      .catch((error: unknown) => log.error({ err: error }, "scheduled work failed"))
      .finally(() => {
        current = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalSeconds * 1000);
  timer.unref();
  const first = setTimeout(tick, 1000);
  first.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(first);
      await current;
    },
  };
}

async function startQueue(
  ws: NotifyWorkspace,
  options: SchedulerOptions,
  postgres: { connectionString: string; schema: string | undefined },
  log: SchedulerLog,
): Promise<Scheduler> {
  const { PgBoss } = await import("pg-boss");
  const boss: PgBoss = new PgBoss({
    connectionString: postgres.connectionString,
    // Beside the application's own schema (tests give each database a schema of its own).
    schema: postgres.schema ? `${postgres.schema}_jobs` : "isms_jobs",
    max: 3,
  });
  boss.on("error", (error) => log.error({ err: error }, "job queue"));
  await boss.start();
  for (const [name, queue] of [
    [TICK, { retryLimit: 0, expireInSeconds: 300 }],
    // A send holds its message's lock while talking to the mail server (bounded by its timeouts).
    [SEND, { policy: "short" as const, retryLimit: 5, retryDelay: 30, expireInSeconds: 180 }],
  ] as const)
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, queue).catch(async (error: unknown) => {
        // Another node created it a moment ago.
        if (!(await boss.getQueue(name))) throw error;
      });
  await boss.work<null>(TICK, async () => {
    for (const job of await dueJobs(ws, options.schedule))
      await boss.send(SEND, job, { singletonKey: job.key });
  });
  await boss.work<Job>(
    SEND,
    { pollingIntervalSeconds: Math.min(2, options.intervalSeconds) },
    async ([job]) => {
      if (!job) return;
      const outcome = await runJob(ws, options, job.data);
      if (outcome === "sent") log.info({ key: job.data.key }, "scheduled message sent");
      // A refused message is tried again by pg-boss after its retry delay.
      if (outcome === "failed") throw new Error(`the mail server did not accept ${job.data.key}`);
    },
  );
  const offer = () =>
    boss
      .send(TICK, null, { singletonKey: "tick", singletonSeconds: options.intervalSeconds })
      .catch((error: unknown) => log.error({ err: error }, "job queue"));
  const timer = setInterval(offer, options.intervalSeconds * 1000);
  timer.unref();
  await offer();
  return {
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
