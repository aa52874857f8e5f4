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
      const { openDatabase } = await import("../db/database.js");
      const { migrateToLatest } = await import("../db/migrate.js");
      const handle = await openDatabase(loadConfig().databaseUrl, { migrate: false });
      try {
        const schema = handle.target.dialect === "postgres" ? handle.target.schema : undefined;
        const result = await migrateToLatest(handle.db, schema);
        const applied = (result.results ?? [])
          .filter((r) => r.status === "Success")
          .map((r) => r.migrationName);
        if (options.json) return printJson({ applied, dialect: handle.target.dialect });
        process.stdout.write(
          applied.length ? `Applied ${applied.join(", ")}\n` : "The database schema is up to date\n",
        );
      } finally {
        await handle.close();
      }
    });
}
