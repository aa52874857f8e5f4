/** `isms db migrate`: applies pending schema migrations (they also run at every start). */
import type { Command } from "commander";
import { printJson } from "./output.js";

export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("database maintenance");
  db.command("migrate")
    .description("bring the database schema up to date")
    .option("--json", "machine-readable output")
    .action(async (options: { json?: boolean }) => {
      const { loadConfig } = await import("../config.js");
      const { migrateWorkspace } = await import("../modules/workspace.js");
      const { applied, dialect } = await migrateWorkspace(loadConfig());
      if (options.json) return printJson({ applied, dialect });
      process.stdout.write(
        applied.length ? `Applied ${applied.join(", ")}\n` : "The database schema is up to date\n",
      );
    });
}
