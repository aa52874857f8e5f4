/**
 * `isms notify …`: e-mail reminders (digests now, people's settings, the sent-message log), and
 * `isms jobs run`: the scheduled work once, for deployments that run it from cron.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { deliveryFromConfig, out } from "./policy.shared.js";
import { withOrgScope, withWorkspace } from "./workspace.js";

const DIGESTS = ["off", "daily", "weekly"];

export function registerNotifyCommands(program: Command): void {
  const notify = program.command("notify").description("e-mail reminders: digests, settings, sent messages");
  org(
    notify
      .command("digest")
      .description("send each opted-in member's digest now (whatever the day and hour)"),
  )
    .option("--dry-run", "list who would receive what, send nothing")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; dryRun?: boolean; json?: boolean }) => {
      if (!o.org) throw new CliError("--org SLUG is required (see isms org list)", EXIT_USAGE);
      const { digestNow } = await import("../modules/notify/due-work.js");
      const delivery = await deliveryFromConfig();
      if (!o.dryRun && !delivery.mailer)
        throw new CliError(
          "no mail server is configured: set ISMS_SMTP_URL (and ISMS_MAIL_FROM), or look first with --dry-run",
        );
      const result = await withWorkspace(({ ws }) =>
        digestNow(ws, delivery, o.org ?? "", { dryRun: o.dryRun === true }),
      );
      if (o.json) return printJson(result);
      if (result.messages.length === 0)
        return out(
          `Nobody in ${result.organization.name} has opted in to a digest (isms notify settings --digest daily).`,
        );
      for (const m of result.messages)
        out(
          `${m.outcome === "sent" ? "sent" : m.outcome === "not-sent" ? "would send" : m.outcome}\t${m.to}\t${m.cadence}\t${m.overdue} overdue, ${m.due} due soon, ${m.upcoming} later`,
        );
    });
  org(notify.command("settings").description("a member's digest and immediate messages (or the default)"))
    .option("--email <email>", "the member (without it: the organization's default)")
    .option("--digest <cadence>", "off | daily | weekly")
    .option("--alerts <on|off>", "immediate messages for notification deadlines and approvals")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; email?: string; digest?: string; alerts?: string; json?: boolean }) => {
      if (o.digest !== undefined && !DIGESTS.includes(o.digest))
        throw new CliError(`--digest takes off, daily or weekly, not "${o.digest}"`, EXIT_USAGE);
      if (o.alerts !== undefined && !["on", "off"].includes(o.alerts))
        throw new CliError(`--alerts takes on or off, not "${o.alerts}"`, EXIT_USAGE);
      const { changeSettings } = await import("../modules/notify/settings.js");
      const result = await withOrgScope(o.org, (scope) =>
        changeSettings(scope, o.email, {
          ...(o.digest !== undefined && { digest: o.digest as "off" | "daily" | "weekly" }),
          ...(o.alerts !== undefined && { alerts: o.alerts === "on" }),
        }),
      );
      if (o.json) return printJson(result);
      out(
        `${result.email ?? "Default for members who have not chosen"}: digest ${result.digest}, immediate messages ${result.alerts ? "on" : "off"}`,
      );
    });
  org(notify.command("log").description("messages sent from the organization: to whom, what, when"))
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const { sentMessages } = await import("../modules/notify/outbox.js");
      const rows = await withOrgScope(o.org, (scope) => sentMessages(scope.db, scope.orgId));
      if (o.json) return printJson({ messages: rows });
      if (rows.length === 0) return out("No message has been sent yet.");
      for (const r of rows)
        out(
          `${(r.sentAt ?? r.attemptedAt).slice(0, 16).replace("T", " ")}\t${r.status}\t${r.kind}\t${r.recipient}\t${r.subject}`,
        );
    });

  const jobs = program.command("jobs").description("scheduled work (digests and immediate messages)");
  jobs
    .command("run")
    .description("send everything due now once and exit (for cron; safe to run beside isms serve)")
    .option("--json", "machine-readable output")
    .action(async (o: { json?: boolean }) => {
      const { loadConfig } = await import("../config.js");
      const config = loadConfig();
      const delivery = await deliveryFromConfig();
      if (!delivery.mailer)
        throw new CliError("no mail server is configured: set ISMS_SMTP_URL (and ISMS_MAIL_FROM)");
      const mailer = delivery.mailer;
      const { runDueWork } = await import("../modules/notify/due-work.js");
      const summary = await withWorkspace(({ ws }) =>
        runDueWork(ws, {
          mailer,
          publicUrl: delivery.publicUrl,
          schedule: { hour: config.jobs.digestHour, weekday: config.jobs.digestWeekday },
        }),
      );
      if (o.json) return printJson(summary);
      out(
        `${summary.sent} sent, ${summary.alreadySent} already sent, ${summary.failed} failed, ${summary.dropped} no longer needed`,
      );
      if (summary.failed > 0) process.exitCode = 1;
    });
}
