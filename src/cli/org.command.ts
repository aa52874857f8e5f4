/** `isms org create|list`: the organizations (ISMSs) of this installation. */
import type { Command } from "commander";
import { printJson } from "./output.js";
import { withWorkspace } from "./workspace.js";

export function registerOrgCommands(program: Command): void {
  const org = program.command("org").description("organizations: one organization is one ISMS");

  org
    .command("create")
    .description("create an organization with its 93 undecided SoA entries")
    .requiredOption("--slug <slug>", "short name used in commands and URLs (a-z, 0-9, -)")
    .requiredOption("--name <name>", "display name")
    .option("--json", "machine-readable output")
    .action(async (options: { slug: string; name: string; json?: boolean }) => {
      const { createOrganization } = await import("../modules/orgs/org.service.js");
      const created = await withWorkspace(({ ws, actor }) => createOrganization(ws.db, actor, options));
      if (options.json) return printJson({ id: created.id, slug: created.slug, name: created.name });
      process.stdout.write(`Created organization ${created.slug} (${created.name})\n`);
    });

  org
    .command("list")
    .description("list organizations")
    .option("--json", "machine-readable output")
    .action(async (options: { json?: boolean }) => {
      const { listOrganizations } = await import("../modules/orgs/org.service.js");
      const orgs = await withWorkspace(({ ws }) => listOrganizations(ws.db));
      if (options.json) return printJson(orgs.map(({ id, slug, name }) => ({ id, slug, name })));
      if (orgs.length === 0) {
        process.stdout.write(
          "No organizations yet: isms org create --slug acme --name 'Acme Ltd', or isms demo\n",
        );
        return;
      }
      for (const o of orgs) process.stdout.write(`${o.slug.padEnd(24)}${o.name}\n`);
    });
}
