/**
 * The scheduled work of the installation: which digests and immediate messages are due now (and
 * not yet sent), and sending one of them. The scheduler (in-process on SQLite, pg-boss on
 * PostgreSQL) and `isms jobs run` call these; `isms notify digest` sends an organization's digests
 * at once.
 */
import { DomainError } from "../../domain/errors.js";
import { alertKey, type Digest, type DigestSchedule, digestKey, digestPeriod } from "../../domain/notify.js";
import type { Mailer } from "../mail/mailer.js";
import { type Db, isoToday, orgScope } from "../scope.js";
import { ALERT_KINDS, type AlertKind, composeAlert, dueAlerts } from "./alerts.js";
import { composeDigest } from "./digest.js";
import { type Outcome, sendLogged, sendOnce, sentKeys } from "./outbox.js";
import { type Recipient, recipientsOf, unsubscribeToken } from "./preferences.js";

export interface NotifyWorkspace {
  db: Db;
  target: { dialect: "sqlite" | "postgres" };
}

export interface NotifyDeps {
  mailer: Mailer;
  publicUrl: string;
  schedule: DigestSchedule;
}

/** One message to send, as plain data (a job queue stores it). */
export type Job =
  | {
      type: "digest";
      key: string;
      orgId: string;
      userId: string;
      cadence: Exclude<Digest, "off">;
      day: string;
    }
  | { type: "alert"; key: string; orgId: string; userId: string; kind: AlertKind; recordId: string };

export type JobOutcome = Outcome | "dropped";

async function organizations(db: Db) {
  return db.selectFrom("organizations").select(["id", "slug", "name"]).orderBy("slug").execute();
}

/** Every message due at `now` in every organization and not sent yet. */
export async function dueJobs(
  ws: NotifyWorkspace,
  schedule: DigestSchedule,
  now = new Date(),
): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const org of await organizations(ws.db)) {
    const people = await recipientsOf(ws.db, org.id);
    for (const p of people) {
      const day = digestPeriod(p.digest, now, schedule);
      if (day && p.digest !== "off")
        jobs.push({
          type: "digest",
          key: digestKey(org.id, p.userId, p.digest, day),
          orgId: org.id,
          userId: p.userId,
          cadence: p.digest,
          day,
        });
    }
    const wanting = new Set(people.filter((p) => p.alerts).map((p) => p.userId));
    for (const a of await dueAlerts(orgScope(ws.db, org.id, "system", isoToday(now))))
      if (wanting.has(a.userId))
        jobs.push({ type: "alert", key: alertKey(a.kind, a.recordId, a.userId), orgId: org.id, ...a });
  }
  const sent = await sentKeys(
    ws.db,
    jobs.map((j) => j.key),
  );
  return jobs.filter((j) => !sent.has(j.key));
}

async function context(ws: NotifyWorkspace, orgId: string, userId: string) {
  const org = await ws.db
    .selectFrom("organizations")
    .select(["slug", "name"])
    .where("id", "=", orgId)
    .executeTakeFirst();
  const person = org && (await recipientsOf(ws.db, orgId)).find((p) => p.userId === userId);
  return org && person ? { org, person } : undefined;
}

/** Sends one job's message, composed now; dropped when the person or the reason for it is gone. */
export async function runJob(
  ws: NotifyWorkspace,
  deps: NotifyDeps,
  job: Job,
  now = new Date(),
): Promise<JobOutcome> {
  const found = await context(ws, job.orgId, job.userId);
  if (!found) return "dropped";
  const { org, person } = found;
  const scope = orgScope(ws.db, job.orgId, "system", isoToday(now));
  const envelope = { orgId: job.orgId, userId: job.userId, key: job.key };
  if (job.type === "digest") {
    if (person.digest !== job.cadence) return "dropped";
    const { message } = await composeDigest(scope, person, {
      slug: org.slug,
      organization: org.name,
      publicUrl: deps.publicUrl,
      unsubscribe: await unsubscribeToken(ws.db, job.orgId, job.userId),
      cadence: job.cadence,
    });
    return sendOnce(ws, deps.mailer, message, { ...envelope, kind: "digest" });
  }
  if (!person.alerts || !(ALERT_KINDS as readonly string[]).includes(job.kind)) return "dropped";
  const message = await composeAlert(scope, job, person, {
    slug: org.slug,
    organization: org.name,
    publicUrl: deps.publicUrl,
  });
  if (!message) return "dropped";
  return sendOnce(ws, deps.mailer, message, { ...envelope, kind: `alert:${job.kind}` });
}

export interface RunSummary {
  sent: number;
  alreadySent: number;
  failed: number;
  dropped: number;
  jobs: { type: Job["type"]; key: string; outcome: JobOutcome }[];
}

/** Runs everything due now, one message after another (SQLite's scheduler and `isms jobs run`). */
export async function runDueWork(
  ws: NotifyWorkspace,
  deps: NotifyDeps,
  now = new Date(),
): Promise<RunSummary> {
  const summary: RunSummary = { sent: 0, alreadySent: 0, failed: 0, dropped: 0, jobs: [] };
  for (const job of await dueJobs(ws, deps.schedule, now)) {
    const outcome = await runJob(ws, deps, job, now);
    summary.jobs.push({ type: job.type, key: job.key, outcome });
    if (outcome === "sent") summary.sent++;
    else if (outcome === "failed") summary.failed++;
    else if (outcome === "dropped") summary.dropped++;
    else summary.alreadySent++;
  }
  return summary;
}

export interface DigestNowResult {
  organization: { slug: string; name: string };
  dryRun: boolean;
  messages: {
    to: string;
    name: string;
    cadence: Exclude<Digest, "off">;
    overdue: number;
    due: number;
    upcoming: number;
    subject: string;
    outcome: Outcome | "not-sent";
  }[];
}

/**
 * Every opted-in member's digest of one organization, now, whatever the hour or day: sent, or with
 * `dryRun` only listed. Each send is logged like a scheduled one.
 */
export async function digestNow(
  ws: NotifyWorkspace,
  deps: Omit<NotifyDeps, "mailer" | "schedule"> & { mailer?: Mailer | undefined },
  slug: string,
  options: { dryRun?: boolean; now?: Date } = {},
): Promise<DigestNowResult> {
  const org = await ws.db
    .selectFrom("organizations")
    .select(["id", "slug", "name"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!org) throw new DomainError("NOT_FOUND", `no organization "${slug}"`);
  const dryRun = options.dryRun === true;
  if (!dryRun && !deps.mailer)
    throw new DomainError(
      "VALIDATION",
      "no mail server is configured: set ISMS_SMTP_URL (and ISMS_MAIL_FROM), or look first with a dry run",
    );
  const scope = orgScope(ws.db, org.id, "system", isoToday(options.now));
  const result: DigestNowResult = { organization: { slug: org.slug, name: org.name }, dryRun, messages: [] };
  const opted = (await recipientsOf(ws.db, org.id)).filter(
    (p): p is Recipient & { digest: "daily" | "weekly" } => p.digest !== "off",
  );
  for (const person of opted) {
    const digest = await composeDigest(scope, person, {
      slug: org.slug,
      organization: org.name,
      publicUrl: deps.publicUrl,
      unsubscribe: await unsubscribeToken(ws.db, org.id, person.userId),
      cadence: person.digest,
    });
    const outcome =
      dryRun || !deps.mailer
        ? ("not-sent" as const)
        : await sendLogged(ws.db, deps.mailer, digest.message, {
            orgId: org.id,
            userId: person.userId,
            kind: "digest",
          });
    result.messages.push({
      to: person.email,
      name: person.name,
      cadence: person.digest,
      overdue: digest.overdue,
      due: digest.due,
      upcoming: digest.upcoming,
      subject: digest.message.subject,
      outcome,
    });
  }
  return result;
}
