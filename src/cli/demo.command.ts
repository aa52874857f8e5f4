/** `isms demo`: creates the fictional demo organization (slug "demo"); safe to run twice. */
import type { Command } from "commander";
import { printJson } from "./output.js";
import { progressLine } from "./progress.js";
import { withWorkspace } from "./workspace.js";

export function registerDemoCommands(program: Command): void {
  program
    .command("demo")
    .description("create a realistic fictional organization (slug demo) to explore; safe to run twice")
    .option("--json", "machine-readable output")
    .action(async (options: { json?: boolean }) => {
      const { createDemo } = await import("../modules/demo/demo.service.js");
      const progress = progressLine("Creating the demo:");
      let steps = 0;
      const result = await withWorkspace(({ ws, actor }) =>
        createDemo(ws, actor, { onProgress: (step) => progress.update(++steps, step) }),
      );
      progress.done();
      if (options.json) return printJson(result);
      if (!result.created) {
        process.stdout.write(
          `The demo organization already exists (${result.organization.name}); nothing changed.\n`,
        );
        return;
      }
      const c = result.counts;
      process.stdout.write(
        `Created ${result.organization.name} (slug ${result.organization.slug}): ${c.assets} assets, ${c.risks} risks, ` +
          `${c.soaEntries} SoA decisions, ${c.evidence} evidence items, ${c.users} people.\n` +
          "Verify its audit trail with: isms audit verify --org demo\n",
      );
    });
}
