/** `isms user create` and `isms member add`: accounts and roles. */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { printJson } from "./output.js";
import { withWorkspace } from "./workspace.js";

async function readStdin(): Promise<string> {
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

  program
    .command("member")
    .description("memberships")
    .command("add")
    .description("give a user a role in an organization")
    .requiredOption("--org <slug>")
    .requiredOption("--email <email>")
    .requiredOption("--role <role>", "owner | admin | editor | auditor | viewer")
    .action(async (o: { org: string; email: string; role: string }) => {
      const { addMember } = await import("../modules/users/user.service.js");
      await withWorkspace(({ ws, actor }) =>
        addMember(ws.db, actor, { orgSlug: o.org, email: o.email, role: o.role }),
      );
      process.stdout.write(`${o.email} is now ${o.role} of ${o.org}\n`);
    });
}
