/** `isms user …` and `isms member …`: accounts, their sign-in, and roles in organizations. */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { printJson } from "./output.js";
import { withWorkspace } from "./workspace.js";

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("user accounts");
  user
    .command("create")
    .description("create a user; --owner makes the first one the installation owner")
    .requiredOption("--email <email>")
    .option("--name <name>")
    .option("--password-stdin", "read the password from standard input")
    .option("--owner", "make this user the installation owner")
    .option("--json", "machine-readable output")
    .action(
      async (o: {
        email: string;
        name?: string;
        passwordStdin?: boolean;
        owner?: boolean;
        json?: boolean;
      }) => {
        const { createUser } = await import("../modules/users/user.service.js");
        const password = o.passwordStdin ? await readStdin() : undefined;
        if (o.passwordStdin && !password) throw new CliError("no password on standard input", EXIT_USAGE);
        const created = await withWorkspace(({ ws, actor }) =>
          createUser(ws.db, actor, {
            email: o.email,
            ...(o.name && { name: o.name }),
            ...(password && { password }),
            installationOwner: o.owner === true,
          }),
        );
        if (o.json)
          return printJson({
            id: created.id,
            email: created.email,
            installationOwner: created.isInstallationOwner === 1,
          });
        process.stdout.write(
          `Created ${created.email}${created.isInstallationOwner ? " (installation owner)" : ""}\n`,
        );
      },
    );

  user
    .command("list")
    .description("every user, with whether they are disabled and use two-factor sign-in")
    .option("--json", "machine-readable output")
    .action(async (o: { json?: boolean }) => {
      const { listUsers } = await import("../modules/users/user.service.js");
      const users = await withWorkspace(({ ws }) => listUsers(ws.db));
      if (o.json) return printJson(users);
      for (const u of users) {
        const flags = [
          u.installationOwner && "installation owner",
          u.disabled && "disabled",
          u.totpEnabled && "two-factor",
        ].filter(Boolean);
        process.stdout.write(`${u.email}${flags.length ? ` (${flags.join(", ")})` : ""}\n`);
      }
    });
  user
    .command("disable")
    .description("disable an account: sign-in is refused, its sessions and API tokens end at once")
    .requiredOption("--email <email>")
    .action(async (o: { email: string }) => {
      const { disableUser } = await import("../modules/users/user.service.js");
      const ended = await withWorkspace(({ ws, actor }) => disableUser(ws.db, actor, o.email));
      process.stdout.write(
        `Disabled ${o.email}: ${ended.sessionsEnded} session(s) ended, ${ended.tokensRevoked} token(s) revoked\n`,
      );
    });
  user
    .command("enable")
    .description("let a disabled account sign in again")
    .requiredOption("--email <email>")
    .action(async (o: { email: string }) => {
      const { enableUser } = await import("../modules/users/user.service.js");
      await withWorkspace(({ ws, actor }) => enableUser(ws.db, actor, o.email));
      process.stdout.write(`Enabled ${o.email}\n`);
    });
  user
    .command("set-password")
    .description("set a user's password (read from standard input); all their sessions end")
    .requiredOption("--email <email>")
    .action(async (o: { email: string }) => {
      const { setPassword } = await import("../modules/users/user.service.js");
      const password = await readStdin();
      if (!password) throw new CliError("no password on standard input", EXIT_USAGE);
      const ended = await withWorkspace(({ ws, actor }) => setPassword(ws.db, actor, o.email, password));
      process.stdout.write(`Password of ${o.email} changed; ${ended.sessionsEnded} session(s) ended\n`);
    });
  user
    .command("end-sessions")
    .description("sign a user out everywhere (their API tokens stay; disable the user to end those too)")
    .requiredOption("--email <email>")
    .action(async (o: { email: string }) => {
      const { endUserSessions } = await import("../modules/users/user.service.js");
      const ended = await withWorkspace(({ ws, actor }) => endUserSessions(ws.db, actor, o.email));
      process.stdout.write(`${ended.sessionsEnded} session(s) of ${o.email} ended\n`);
    });
  user
    .command("reset-totp")
    .description("turn two-factor sign-in off for a user who lost their authenticator")
    .requiredOption("--email <email>")
    .action(async (o: { email: string }) => {
      const { requireUser } = await import("../modules/users/user.service.js");
      const { resetTotp } = await import("../modules/auth/auth.service.js");
      await withWorkspace(async ({ ws, actor }) =>
        resetTotp(ws.db, actor, await requireUser(ws.db, o.email)),
      );
      process.stdout.write(`Two-factor sign-in is off for ${o.email}; they can set it up again\n`);
    });
  user
    .command("unlink-sso")
    .description(
      "remove a user's single sign-on link (after the provider gave them a new identity); their next SSO sign-in links again by a verified email",
    )
    .requiredOption("--email <email>")
    .action(async (o: { email: string }) => {
      const { requireUser } = await import("../modules/users/user.service.js");
      const { unlinkSingleSignOn } = await import("../modules/auth/oidc.service.js");
      const removed = await withWorkspace(async ({ ws, actor }) =>
        unlinkSingleSignOn(ws.db, actor, await requireUser(ws.db, o.email)),
      );
      process.stdout.write(`${removed} single sign-on link(s) of ${o.email} removed\n`);
    });

  const member = program.command("member").description("memberships");
  member
    .command("add")
    .description("give a user a role in an organization (or change it; the last owner stays)")
    .requiredOption("--org <slug>")
    .requiredOption("--email <email>")
    .requiredOption("--role <role>", "owner | admin | editor | auditor | viewer")
    .option("--title <title>", 'job title, as records name owners ("Head of Security"); "" clears it')
    .action(async (o: { org: string; email: string; role: string; title?: string }) => {
      const { addMember } = await import("../modules/users/membership.service.js");
      await withWorkspace(({ ws, actor }) =>
        addMember(ws.db, actor, { orgSlug: o.org, email: o.email, role: o.role, title: o.title }),
      );
      process.stdout.write(`${o.email} is now ${o.role} of ${o.org}\n`);
    });
  member
    .command("remove")
    .description("take a user out of an organization (never its last owner)")
    .requiredOption("--org <slug>")
    .requiredOption("--email <email>")
    .action(async (o: { org: string; email: string }) => {
      const { removeMember } = await import("../modules/users/membership.service.js");
      await withWorkspace(({ ws, actor }) => removeMember(ws.db, actor, { orgSlug: o.org, email: o.email }));
      process.stdout.write(`${o.email} is no longer a member of ${o.org}\n`);
    });
}
