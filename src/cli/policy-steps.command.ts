/** `isms policy submit|comment|approve|publish|acks|review`: the steps of a policy's lifecycle. */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { collect, orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { deliveryFromConfig, type Flags, latest, out } from "./policy.shared.js";
import { readStdin } from "./user.command.js";
import { withOrgScope } from "./workspace.js";

export function registerPolicySteps(policy: Command): void {
  org(policy.command("submit").description("send a draft for review").argument("<key>"))
    .option("--version <n>", "the version (default the latest)")
    .action(async (key: string, o: Flags & { version?: string }) => {
      const { submitVersion } = await import("../modules/policies/policy.service.js");
      const v = await withOrgScope(o.org, async (scope) =>
        submitVersion(scope, key, await latest(scope, key, o.version)),
      );
      out(`${key} v${v.number} is in review (sha256 ${v.contentSha256}).`);
    });

  org(
    policy
      .command("comment")
      .description("comment on a version in review")
      .argument("<key>")
      .argument("<text>"),
  )
    .option("--version <n>", "the version (default the latest)")
    .option("--section <heading>", "the section the comment is about")
    .action(async (key: string, body: string, o: Flags & { version?: string; section?: string }) => {
      const { commentOn } = await import("../modules/policies/policy.service.js");
      await withOrgScope(o.org, async (scope) =>
        commentOn(scope, key, await latest(scope, key, o.version), {
          body,
          ...(o.section && { section: o.section }),
        }),
      );
      out(`${key}: comment recorded.`);
    });

  org(
    policy.command("approve").description("approve a version in review as a named person").argument("<key>"),
  )
    .requiredOption("--approver <email>", "the approver's account; they confirm with their password")
    .requiredOption("--role <role>", "the approver's role, e.g. CEO")
    .option("--version <n>", "the version (default the latest)")
    .option("--password-stdin", "read the approver's password from standard input")
    .option("--code <code>", "the approver's one-time code, with two-factor sign-in")
    .option("--note <text>", "a note kept with the approval")
    .action(
      async (
        key: string,
        o: Flags & {
          approver: string;
          role: string;
          version?: string;
          passwordStdin?: boolean;
          code?: string;
          note?: string;
        },
      ) => {
        const { approveVersion } = await import("../modules/policies/policy.service.js");
        const { confirmApprover } = await import("../modules/policies/policy.approver.js");
        const currentPassword = o.passwordStdin ? await readStdin() : process.env.ISMS_APPROVER_PASSWORD;
        if (!currentPassword && !o.code)
          throw new CliError(
            "the approver confirms with --password-stdin (or --code with two-factor sign-in)",
            EXIT_USAGE,
          );
        const v = await withOrgScope(o.org, async (scope, ctx) => {
          const approver = await confirmApprover(ctx.db, o.approver, { currentPassword, code: o.code });
          return approveVersion(scope, key, await latest(scope, key, o.version), approver, {
            role: o.role,
            ...(o.note && { note: o.note }),
          });
        });
        out(
          `${key} v${v.number} approved by ${v.approvedBy} (${v.approverRole}); sha256 ${v.contentSha256}.`,
        );
      },
    );

  org(
    policy
      .command("publish")
      .description("publish an approved version and ask people to acknowledge it")
      .argument("<key>"),
  )
    .option("--version <n>", "the version (default the latest)")
    .option("--effective <date>", "in force from (YYYY-MM-DD, default today)")
    .option("--everyone", "every member of the organization")
    .option("--role <role>", "members with this role (repeatable)", collect, [])
    .option("--person <name=email>", "someone without an account (repeatable)", collect, [])
    .option("--json", "machine-readable output")
    .action(
      async (
        key: string,
        o: Flags & {
          version?: string;
          effective?: string;
          everyone?: boolean;
          role: string[];
          person: string[];
        },
      ) => {
        const { publishVersion } = await import("../modules/policies/policy-ack.service.js");
        const people = o.person.map((p) => {
          const [name, email] = p.split("=").map((s) => s.trim());
          if (!name || !email) throw new CliError(`--person "${p}": write it as "Name=email"`, EXIT_USAGE);
          return { name, email };
        });
        const delivery = await deliveryFromConfig();
        const result = await withOrgScope(o.org, async (scope) =>
          publishVersion(
            scope,
            key,
            await latest(scope, key, o.version),
            {
              effectiveFrom: o.effective,
              audience: { everyone: o.everyone === true, roles: o.role, people },
            },
            delivery,
          ),
        );
        if (o.json) return printJson(result);
        out(
          `${key} v${result.version.number} published, in force from ${result.version.effectiveFrom}; ` +
            `${result.requested} asked to acknowledge, ${result.emailed} by e-mail.` +
            (result.requested && !delivery.mailer
              ? " Mail is not set up (ISMS_SMTP_URL): give people their links from the app."
              : ""),
        );
      },
    );

  org(
    policy
      .command("acks")
      .description("who has and has not acknowledged the version in force")
      .argument("<key>"),
  )
    .option("--json", "machine-readable output")
    .action(async (key: string, o: Flags) => {
      const { acknowledgements } = await import("../modules/policies/policy-ack.service.js");
      const acks = await withOrgScope(o.org, (scope) => acknowledgements(scope, key));
      if (o.json) return printJson(acks);
      out(
        `${key} v${acks.version ?? "–"}: ${acks.acknowledged} of ${acks.total} acknowledged, ${acks.pending} pending`,
      );
      for (const a of acks.people)
        out(
          `  ${a.person}${a.email ? ` <${a.email}>` : ""}\t${a.acknowledgedAt ? `acknowledged ${a.acknowledgedAt} (${a.via})` : "pending"}`,
        );
    });

  org(
    policy.command("remind").description("e-mail a fresh link to everyone still pending").argument("<key>"),
  ).action(async (key: string, o: Flags) => {
    const { remindPending } = await import("../modules/policies/policy-ack.service.js");
    const delivery = await deliveryFromConfig();
    const { reminded } = await withOrgScope(o.org, (scope) => remindPending(scope, key, delivery));
    out(`${key}: ${reminded} reminder(s) sent.`);
  });

  org(
    policy.command("review").description("record a scheduled review that changed nothing").argument("<key>"),
  )
    .option("--note <text>", "what the review found")
    .action(async (key: string, o: Flags & { note?: string }) => {
      const { reviewPolicy } = await import("../modules/policies/policy.review.js");
      const p = await withOrgScope(o.org, (scope) =>
        reviewPolicy(scope, key, { ...(o.note && { note: o.note }) }),
      );
      out(`${key}: review recorded; next review ${p.nextReviewOn}.`);
    });
}
